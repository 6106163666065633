"""The participation server in its own thread (``ServerThread``) on loopback: the join URL, start and stop,
IPv6, a port already taken, the interfaces the facilitator picks from, and 30 phones × 20 notes with retries."""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from cjm_desktop.participation.room import Room
from cjm_desktop.participation.server import ServerThread, interfaces, join_url
from tests.support.participation import Client, DocumentThread, phone_notes, run_phones
from tests.support.percentiles import percentile


@pytest.fixture
def server(room: Room) -> Iterator[ServerThread]:
    running = ServerThread(room, "127.0.0.1", 0)
    running.start()
    yield running
    running.stop()


def test_start_returns_the_join_url_on_a_free_port(room: Room) -> None:
    server = ServerThread(room, "127.0.0.1", 0)
    url = server.start()
    try:
        assert url == f"http://127.0.0.1:{server.port}/j/{room.join_token}" and server.port > 0
        with Client("127.0.0.1", server.port) as client:
            assert client.request("GET", urlsplit(url).path).status == 200
    finally:
        server.stop()


def test_stop_closes_the_port_and_ends_the_thread(room: Room) -> None:
    server = ServerThread(room, "127.0.0.1", 0)
    server.start()
    port = server.port
    server.stop()
    assert server.url == "" and not any(t.name == "participation-server" for t in threading.enumerate())
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_the_url_follows_the_token_of_the_new_opening(room: Room, server: ServerThread) -> None:
    first = server.url
    room.close()
    room.open()
    assert server.url != first and server.url.endswith(room.join_token)


def test_an_ipv6_address_is_written_in_brackets(room: Room) -> None:
    server = ServerThread(room, "::1", 0)
    url = server.start()
    try:
        assert url == f"http://[::1]:{server.port}/j/{room.join_token}"
        conn = http.client.HTTPConnection("::1", server.port, timeout=10)
        conn.request("GET", urlsplit(url).path)
        assert conn.getresponse().status == 200
        conn.close()
    finally:
        server.stop()


def test_a_port_already_taken_is_an_error(room: Room, server: ServerThread) -> None:
    with pytest.raises(OSError):
        ServerThread(room, "127.0.0.1", server.port).start()


def test_join_url_of_ipv4_and_ipv6() -> None:
    assert join_url("192.168.1.20", 8080, "T") == "http://192.168.1.20:8080/j/T"
    assert join_url("fe80::1", 8080, "T") == "http://[fe80::1]:8080/j/T"


def test_interfaces_are_named_with_loopback_first() -> None:
    found = interfaces()
    assert found[0][1].startswith("127.") and all(name and address for name, address in found)
    assert all(socket.inet_aton(address) for _, address in found)


def test_the_server_refuses_another_host_name(server: ServerThread) -> None:
    with Client("127.0.0.1", server.port) as client:
        answer = client.request("GET", "/api/state", headers={"Host": "attacker.example"})
    assert answer.status == 403 and answer.body["code"] == "host"


def test_a_busy_document_thread_gets_503_and_the_note_once_later(docs: DocumentThread) -> None:
    room = Room(docs.bridge(timeout=0.2))
    room.open()
    server = ServerThread(room, "127.0.0.1", 0)
    server.start()
    try:
        with Client("127.0.0.1", server.port) as client:
            client.join(room.join_token, "Marie")
            release = threading.Event()
            docs.jobs.put(lambda: release.wait(5))  # the GUI thread is busy (a modal moment, a long save)
            body = {"id": "busy", "text": "Je patiente"}
            assert client.request("POST", "/api/notes", body).status == 503
            release.set()
            assert client.request("POST", "/api/notes", body).status == 201
            assert len(docs.run(phone_notes)["busy"]) == 1
    finally:
        server.stop()


def test_stop_on_the_document_thread_does_not_wait_for_requests_waiting_on_it(docs: DocumentThread) -> None:
    room = Room(docs.bridge())
    room.open()
    server = ServerThread(room, "127.0.0.1", 0)
    server.start()
    queued = threading.Event()
    took: list[float] = []

    def close_participation() -> None:  # the facilitator closes participation while a note waits on the GUI
        queued.wait(5)
        began = time.perf_counter()
        room.close()
        server.stop()
        took.append(time.perf_counter() - began)

    with Client("127.0.0.1", server.port) as client:
        client.join(room.join_token, "Marie")
        docs.jobs.put(close_participation)
        sender = threading.Thread(target=lambda: _send_ignoring_errors(client))
        sender.start()
        while not room._inbox:  # noqa: SLF001 - the note is waiting for the document's thread
            time.sleep(0.001)
        queued.set()
        sender.join(10)
    docs.run(lambda doc: None)
    assert took and took[0] < 1.5 and docs.run(phone_notes) == {}


def _send_ignoring_errors(client: Client) -> None:
    with contextlib.suppress(OSError):  # the server went away: the page sends it again at the next opening
        client.request("POST", "/api/notes", {"id": "late", "text": "Je suis en retard"})


@pytest.mark.slow
def test_thirty_phones_with_retries_put_every_note_exactly_once(docs: DocumentThread, room: Room,
                                                                server: ServerThread) -> None:
    waits: list[float] = []
    stop = threading.Event()

    def probe() -> None:  # how long an edit of the facilitator waits behind the phones' notes
        while not stop.is_set():
            began = time.perf_counter()
            docs.run(lambda doc: None)
            waits.append(time.perf_counter() - began)
            time.sleep(0.01)

    prober = threading.Thread(target=probe)
    prober.start()
    try:
        run = run_phones("127.0.0.1", server.port, room.join_token, 30, 20, duplicate_every=3, lose_every=7,
                         resend_all=True)
    finally:
        stop.set()
        prober.join()
    in_map = docs.run(phone_notes)
    assert run.errors == []
    assert len(run.acked) == 600 and set(in_map) == set(run.acked)
    assert all(ids == [run.acked[cid]] for cid, ids in in_map.items())
    assert run.statuses[201] <= 600 and run.statuses[200] >= 600  # lost requests made notes: their resend got 200
    assert [p.notes for p in room.participants()] == [20] * 30
    assert percentile(waits, 0.95) < 0.25  # the document's thread keeps answering
