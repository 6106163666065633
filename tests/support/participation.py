"""Participation helpers for tests and benchmarks: a document living on its own worker thread (sqlite
connections belong to the thread that made them), a ``PostBridge`` onto it, and a small JSON HTTP client for the
room's server (standard library only, loopback only)."""

from __future__ import annotations

import http.client
import json
import queue
import random
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cjm_desktop.commands.new_project import new_project_ops
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Touchpoint
from cjm_desktop.participation.bridge import PostBridge, TimerView
from cjm_desktop.storage.working import WorkingStore


class DocumentThread:
    """A new project (« Parcours en 8 » by default) created, edited and closed on a worker thread of its own.

    ``run(fn)`` runs ``fn(document)`` there and returns its result; ``bridge()`` makes a ``PostBridge`` onto
    it. ``timer`` and ``face_down`` are what the bridge reports (set them from the test: they are read on the
    worker thread, as the app reads its GUI's). ``executed`` counts the commands run through the bridge, and
    ``on_execute`` (if set) is called on the worker thread after each one (the benches time notes with it).
    """

    def __init__(self, data_dir: Any, template: str = "parcours-en-8") -> None:
        self.jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self.timer: TimerView | None = None
        self.face_down = False
        self.executed = 0
        self.on_execute: Callable[[Any], None] | None = None
        self.doc: Document | None = None
        ready = threading.Event()

        def main() -> None:
            self.doc = Document.new(WorkingStore(data_dir), new_project_ops("Atelier téléphones", template))
            ready.set()
            while (job := self.jobs.get()) is not None:
                job()
            if not self.doc.closed:
                self.doc.close(save=False)

        self.thread = threading.Thread(target=main, name="document", daemon=True)
        self.thread.start()
        ready.wait()

    def run[T](self, fn: Callable[[Document], T]) -> T:
        """``fn(document)`` on the worker thread; its result (or what it raised)."""
        box: list[Any] = []
        done = threading.Event()

        def job() -> None:
            try:
                box.append((True, fn(self.document)))
            except BaseException as error:  # noqa: BLE001 - raised again on the caller's thread
                box.append((False, error))
            done.set()

        self.jobs.put(job)
        done.wait()
        ok, value = box[0]
        if not ok:
            raise value
        return value

    @property
    def document(self) -> Document:
        assert self.doc is not None
        return self.doc

    def _execute(self, command: Any, label: str) -> None:
        self.document.execute(command)
        self.executed += 1
        if self.on_execute is not None:
            self.on_execute(command)

    def bridge(self, timeout: float = 10.0) -> PostBridge:
        """A bridge onto this document (commands through ``Document.execute``)."""
        return PostBridge(self.jobs.put, lambda: self.doc, execute=self._execute, timer_view=lambda: self.timer,
                          face_down=lambda: self.face_down, thread=self.thread, timeout=timeout)

    def close(self) -> None:
        """Close the document (unsaved) and end the thread."""
        self.jobs.put(None)
        self.thread.join(timeout=30)

    def __enter__(self) -> DocumentThread:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class Answer:
    """An HTTP answer: ``status``, ``body`` (parsed JSON, or the text) and ``headers``."""

    status: int
    body: Any
    headers: dict[str, str]


class Client:
    """A tiny HTTP client for the room's server (one keep-alive connection; reconnects when it drops)."""

    def __init__(self, host: str, port: int, timeout: float = 30.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.conn = http.client.HTTPConnection(host, port, timeout=timeout)
        self.key: str | None = None

    def request(self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None,
                raw: bytes | None = None) -> Answer:
        """Send one request; JSON ``body`` (or ``raw`` bytes); the participant key if joined."""
        sent = dict(headers or {})
        if self.key and "X-Participant-Key" not in sent:
            sent["X-Participant-Key"] = self.key
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        if data is not None:
            sent.setdefault("Content-Type", "application/json")
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, body=data, headers=sent)
                response = self.conn.getresponse()
                payload = response.read()
                break
            except (ConnectionError, http.client.HTTPException):
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
                if attempt == 2:
                    raise
        text = payload.decode("utf-8", "replace")
        try:
            parsed: Any = json.loads(text)
        except ValueError:
            parsed = text
        return Answer(response.status, parsed, {k.lower(): v for k, v in response.getheaders()})

    def join(self, token: str, name: str) -> Answer:
        """POST /api/join; remembers the key."""
        answer = self.request("POST", "/api/join", {"name": name}, {"X-Join-Token": token})
        if answer.status == 201:
            self.key = answer.body["key"]
        return answer

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def phone_notes(doc: Document) -> dict[str, list[int]]:
    """The notes that came from phones, by client id (a list: more than one would be a duplicate)."""
    found: dict[str, list[int]] = {}
    for note in doc.state.of(Touchpoint).values():
        if '"phone"' in note.interop:
            client_id = json.loads(note.interop)["phone"]["id"]
            found.setdefault(client_id, []).append(note.id)
    return found


@dataclass
class PhonesRun:
    """What ``run_phones`` saw: per client id, when it was first sent (``time.perf_counter``) and the note id
    the server answered; the statuses of every answer; errors (unexpected answers) by phone."""

    sent: dict[str, float]
    acked: dict[str, int]
    statuses: dict[int, int]
    errors: list[str]
    seconds: float


STAGES = ["Besoin", "Rechercher", "Sélectionner", "Acheter", "Découvrir", "Utiliser", "Maintenir", "Recommander"]
CHANNELS = ["Site web", "E-mail", "Téléphone", "Réseaux sociaux", "Point de vente", "Espace client"]


def _lose(host: str, port: int, key: str, body: dict[str, Any]) -> None:
    """Send a note and drop the connection before the answer (a phone whose screen locks mid-request)."""
    data = json.dumps(body).encode()
    head = (f"POST /api/notes HTTP/1.1\r\nHost: {host}:{port}\r\nX-Participant-Key: {key}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n").encode()
    with socket.create_connection((host, port), timeout=5) as raw:
        raw.sendall(head + data)


def run_phones(host: str, port: int, token: str, phones: int = 30, notes: int = 20, *, duplicate_every: int = 0,
               lose_every: int = 0, resend_all: bool = False, think: float = 0.0, seed: int = 0) -> PhonesRun:
    """``phones`` simulated phones (one thread each) joining and sending ``notes`` notes each to the room's
    server on ``host:port``. Every note is sent until a 200/201 comes, waiting on 429/503 as the page does
    (``Retry-After``); every ``duplicate_every``-th note is sent again once answered, every ``lose_every``-th is
    first sent on a connection dropped before its answer; ``resend_all``: at the end each phone sends all its
    notes again (a phone back online). ``think``: seconds between two notes of one phone."""
    sent: dict[str, float] = {}
    acked: dict[str, int] = {}
    statuses: dict[int, int] = {}
    errors: list[str] = []
    lock = threading.Lock()
    start = threading.Barrier(phones)

    def post(client: Client, body: dict[str, Any]) -> int | None:
        for _ in range(200):
            try:
                answer = client.request("POST", "/api/notes", body)
            except OSError:
                time.sleep(0.05)
                continue
            with lock:
                statuses[answer.status] = statuses.get(answer.status, 0) + 1
            if answer.status in (200, 201):
                return int(answer.body["note"])
            if answer.status in (429, 503):
                time.sleep(float(answer.headers.get("retry-after", "1")))
                continue
            with lock:
                errors.append(f"{body['id']}: {answer.status} {answer.body}")
            return None
        with lock:
            errors.append(f"{body['id']}: gave up")
        return None

    def phone(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        client = Client(host, port)
        try:
            joined = client.join(token, f"Téléphone {number}")
            start.wait(timeout=60)  # every phone joined: they all send at once
            if joined.status != 201:
                with lock:
                    errors.append(f"phone {number}: join {joined.status} {joined.body}")
                return
            bodies = []
            for i in range(notes):
                body = {"id": f"p{number}-n{i}", "text": f"Je note la chose {i} du téléphone {number}",
                        "stage": rng.choice(STAGES), "channel": rng.choice([*CHANNELS, None]),
                        "evaluation": rng.choice([None, "irritant", "enchantement", "rupture", "neutre"])}
                bodies.append(body)
                with lock:
                    sent[body["id"]] = time.perf_counter()
                if lose_every and i % lose_every == lose_every - 1:
                    _lose(host, port, client.key or "", body)
                note_id = post(client, body)
                if note_id is not None and duplicate_every and i % duplicate_every == 0:
                    again = post(client, body)
                    if again != note_id:
                        with lock:
                            errors.append(f"{body['id']}: resent as {again}, first {note_id}")
                if note_id is not None:
                    with lock:
                        acked[body["id"]] = note_id
                if think:
                    time.sleep(think)
            if resend_all:
                for body in bodies:
                    again = post(client, body)
                    if again != acked.get(body["id"]):
                        with lock:
                            errors.append(f"{body['id']}: resent at the end as {again}")
        finally:
            client.close()

    began = time.perf_counter()
    threads = [threading.Thread(target=phone, args=(n,), name=f"phone-{n}") for n in range(1, phones + 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return PhonesRun(sent, acked, statuses, errors, time.perf_counter() - began)
