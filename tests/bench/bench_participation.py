"""Participation under load: 30 phones × 20 notes each on loopback, all at once, against a project of
--notes notes. Measures, per note, the time from its POST to its command committed on the document's thread
(the GUI thread in the app; a worker thread here, holding the document as the GUI thread does), and the
facilitator's edits meanwhile (an EditTouchpoints every 20 ms: waiting behind the phones' notes + executing).

    .venv/bin/python tests/bench/bench_participation.py [--phones 30] [--notes-each 20] [--notes 2000]

The phones run in a process of their own, as real phones are other devices (``time.perf_counter`` is the
system's monotonic clock, the same in both processes); a second run with the phones' threads inside the app's
process (sharing its GIL: a pessimistic figure) is printed too. Floor, measured in the same run: the same phones
posting to a bare aiohttp echo handler (no room, no document). Targets: p95 POST → in the document ≤ 150 ms
(phones in their own process); the facilitator's edit p95 ≤ 10 ms at 2,000 notes without phones.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from aiohttp import web  # noqa: E402

from cjm_desktop.commands import AddTouchpoints, EditTouchpoints  # noqa: E402
from cjm_desktop.participation.batch import AddNotesFromPhones  # noqa: E402
from cjm_desktop.participation.room import Room  # noqa: E402
from cjm_desktop.participation.server import ServerThread  # noqa: E402
from tests.support.participation import (  # noqa: E402
    Client,
    DocumentThread,
    PhonesRun,
    phone_notes,
    run_phones,
)
from tests.support.percentiles import percentile  # noqa: E402


def figures(name: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return (f"{name:<52} n={len(ms):>4}  p50 {percentile(ms, 0.5):6.1f} ms  p95 {percentile(ms, 0.95):6.1f} ms  "
            f"max {max(ms):6.1f} ms")


def fill(docs: DocumentThread, notes: int) -> list[int]:
    """``notes`` notes spread over the journey's cells; their ids."""
    def work(doc: Any) -> list[int]:
        journey = doc.state.journeys[0].id
        cells = [(c.id, s.id) for c in doc.state.channels(journey) for s in doc.state.stages(journey)]
        ids: list[int] = []
        for i, cell in enumerate(cells):
            count = notes // len(cells) + (1 if i < notes % len(cells) else 0)
            if count:
                command = AddTouchpoints(journey, cell, texts=[f"Je note {i}-{k}" for k in range(count)])
                doc.execute(command)
                ids += command.created_ids
        return ids

    return docs.run(work)


class Editor:
    """The facilitator editing a note every ``every`` seconds on the document's thread: how long each edit took
    from the request to its commit (``times``: waiting behind the phones' notes included) and to execute
    (``edits``: the command alone, as tests/bench/bench_edit_latency.py times it)."""

    def __init__(self, docs: DocumentThread, note_ids: list[int], every: float = 0.02) -> None:
        self.docs, self.note_ids, self.every = docs, note_ids, every
        self.times: list[float] = []
        self.edits: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run)

    def _run(self) -> None:
        i = 0
        while not self._stop.is_set():
            note_id = self.note_ids[i % len(self.note_ids)]
            began = time.perf_counter()
            self.edits.append(self.docs.run(lambda doc, n=note_id, k=i: self._edit(doc, n, k)))
            self.times.append(time.perf_counter() - began)
            i += 1
            time.sleep(self.every)

    @staticmethod
    def _edit(doc: Any, note_id: int, k: int) -> float:
        began = time.perf_counter()
        doc.execute(EditTouchpoints([note_id], text=f"Je modifie {k}"))
        return time.perf_counter() - began

    def __enter__(self) -> Editor:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def echo_floor(phones: int, each: int) -> list[float]:
    """Round trips of the same phones posting a note-sized JSON body to a bare aiohttp echo handler."""
    loop = asyncio.new_event_loop()
    ready, port = threading.Event(), [0]
    runner_box: list[web.AppRunner] = []

    async def echo(request: web.Request) -> web.Response:
        return web.json_response(await request.json(), status=201)

    async def start() -> None:
        app = web.Application()
        app.router.add_post("/api/notes", echo)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        runner_box.append(runner)
        port[0] = int(runner.addresses[0][1])

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(start())
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    ready.wait()
    times: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(phones)

    def phone(number: int) -> None:
        with Client("127.0.0.1", port[0]) as client:
            barrier.wait()
            for i in range(each):
                body = {"id": f"p{number}-n{i}", "text": f"Je note la chose {i} du téléphone {number}",
                        "stage": "Rechercher", "channel": "Site web", "evaluation": "irritant"}
                began = time.perf_counter()
                client.request("POST", "/api/notes", body)
                with lock:
                    times.append(time.perf_counter() - began)

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(phones)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    asyncio.run_coroutine_threadsafe(runner_box[0].cleanup(), loop).result()
    loop.call_soon_threadsafe(loop.stop)
    thread.join()
    loop.close()
    return times


PHONES_PROCESS = """
import json, sys
sys.path.insert(0, {root!r})
from tests.support.participation import run_phones
run = run_phones("127.0.0.1", {port}, {token!r}, {phones}, {each})
print(json.dumps({{"sent": run.sent, "statuses": run.statuses, "errors": run.errors, "seconds": run.seconds}}))
"""


def phones_elsewhere(port: int, token: str, phones: int, each: int) -> PhonesRun:
    """``run_phones`` in a process of its own."""
    code = PHONES_PROCESS.format(root=str(Path(__file__).resolve().parents[2]), port=port, token=token,
                                 phones=phones, each=each)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    return PhonesRun(data["sent"], {}, {int(k): v for k, v in data["statuses"].items()}, data["errors"],
                     data["seconds"])


def measure(args: argparse.Namespace, elsewhere: bool) -> tuple[PhonesRun, list[float], Editor, Editor,
                                                                  dict[str, list[int]]]:
    """One run on a fresh project: the phones' run, POST → committed latencies, the facilitator's edits without
    and with the phones, and the phone notes in the document."""
    with tempfile.TemporaryDirectory() as folder, DocumentThread(Path(folder)) as docs:
        ids = fill(docs, args.notes)
        committed: dict[str, float] = {}

        def on_execute(command: Any) -> None:
            now = time.perf_counter()
            if isinstance(command, AddTouchpoints):
                protos = command.prototypes
            elif isinstance(command, AddNotesFromPhones):
                protos = [proto for _, proto in command.notes]
            else:
                return
            for proto in protos:
                if '"phone"' in proto.interop:
                    committed[json.loads(proto.interop)["phone"]["id"]] = now

        docs.on_execute = on_execute
        with Editor(docs, ids) as quiet:
            time.sleep(2.0)
        room = Room(docs.bridge())
        room.open()
        server = ServerThread(room, "127.0.0.1", 0)
        server.start()
        try:
            with Editor(docs, ids) as busy:
                if elsewhere:
                    run = phones_elsewhere(server.port, room.join_token, args.phones, args.notes_each)
                else:
                    run = run_phones("127.0.0.1", server.port, room.join_token, args.phones, args.notes_each)
        finally:
            server.stop()
        in_map = docs.run(phone_notes)
    latencies = [committed[cid] - sent for cid, sent in run.sent.items() if cid in committed]
    return run, latencies, quiet, busy, in_map


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--phones", type=int, default=30)
    parser.add_argument("--notes-each", type=int, default=20)
    parser.add_argument("--notes", type=int, default=2000, help="notes in the project before the phones")
    args = parser.parse_args()
    phones, each = args.phones, args.notes_each

    floor = echo_floor(phones, each)
    print(f"participation: {phones} phones × {each} notes at once, project of {args.notes:,} notes")
    print(figures("floor: bare aiohttp echo, round trip", floor))
    exact_all, target = True, 0.0
    for elsewhere in (True, False):
        run, latencies, quiet, busy, in_map = measure(args, elsewhere)
        where = "phones in their own process" if elsewhere else "phones in the app's process (shared GIL)"
        print(f"-- {where}: {run.seconds:.2f} s, answers {dict(sorted(run.statuses.items()))}")
        print(figures("POST → note committed in the document", latencies))
        print(figures("facilitator's edit (execute), no phones", quiet.edits))
        print(figures("facilitator's edit (execute), phones sending", busy.edits))
        print(figures("facilitator's edit (wait + execute), no phones", quiet.times))
        print(figures("facilitator's edit (wait + execute), phones sending", busy.times))
        exact = len(in_map) == phones * each and all(len(v) == 1 for v in in_map.values()) and not run.errors
        print(f"every note exactly once: {'yes' if exact else 'NO'}; errors: {run.errors[:5]}")
        exact_all &= exact
        if elsewhere:
            target = percentile(latencies, 0.95)
    ok = exact_all and target <= 0.150
    print(f"target p95 ≤ 150 ms (phones in their own process): {target * 1000:.1f} ms,", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
