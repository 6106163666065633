"""Edit latency: time from a command to its committed transaction, on a 2,000-note project.

    .venv/bin/python tests/bench/bench_edit_latency.py [--notes 2000] [--edits 600]

Floor, measured in the same run on the same disk: a bare sqlite3 UPDATE + COMMIT with the
same pragmas (WAL, synchronous=FULL). Target: p95 ≤ 10 ms.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cjm_desktop.commands import AddTouchpoints, DeleteTouchpoints, EditTouchpoints, MoveTouchpoints  # noqa: E402
from cjm_desktop.commands.new_project import new_project_ops  # noqa: E402
from cjm_desktop.document import Document  # noqa: E402
from cjm_desktop.model.domain import Evaluation, Touchpoint  # noqa: E402
from cjm_desktop.storage.sqlite_io import configure_durable  # noqa: E402
from cjm_desktop.storage.working import WorkingStore  # noqa: E402

PHRASES = ["Je compare les offres sur le site", "J’appelle le service client", "Je reçois un e-mail de bienvenue",
           "Je m’inscris à la newsletter", "Je paie en trois fois", "J’attends ma livraison",
           "Je laisse un avis « très satisfait »", "Je parraine un ami"]


KINDS = ("edit text", "move", "delete", "add", "undo", "redo")  # delete before add: a full project stays full


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def build(folder: Path, notes: int) -> Path:
    doc = Document.new(WorkingStore(folder / "build"), new_project_ops("Bench", "parcours-en-8"))
    journey = doc.state.journeys[0].id
    cells = [(c.id, s.id) for c in doc.state.channels(journey) for s in doc.state.stages(journey)]
    per_cell = notes // len(cells)
    for i, cell in enumerate(cells):
        count = per_cell + (1 if i < notes - per_cell * len(cells) else 0)
        doc.execute(AddTouchpoints(journey, cell, texts=[f"{PHRASES[(i + k) % 8]} ({k})" for k in range(count)]))
    path = folder / "bench.cjm"
    doc.save(path)
    doc.close()
    return path


def measure_app(path: Path, edits: int, seed: int) -> dict[str, list[float]]:
    rng = random.Random(seed)
    doc = Document.open(WorkingStore(path.parent / "data"), path)
    journey = doc.state.journeys[0].id
    cells = [(c.id, s.id) for c in doc.state.channels(journey) for s in doc.state.stages(journey)]
    times: dict[str, list[float]] = {k: [] for k in KINDS}
    done = []

    def timed(kind, call):
        start = time.perf_counter()
        call()
        times[kind].append((time.perf_counter() - start) * 1000)

    doc.execute(EditTouchpoints([next(iter(doc.state.of(Touchpoint)))], text="warm-up"))  # imports, caches
    for i in range(edits):
        ids = list(doc.state.of(Touchpoint))
        kind = KINDS[i % 6]
        if kind == "edit text":
            command = EditTouchpoints([rng.choice(ids)], text=f"{rng.choice(PHRASES)} {i}", evaluation=Evaluation.PAIN)
        elif kind == "move":
            command = MoveTouchpoints([rng.choice(ids)], rng.choice(cells), index=rng.randint(0, 40))
        elif kind == "add":
            command = AddTouchpoints(journey, rng.choice(cells), texts=[rng.choice(PHRASES)])
        elif kind == "delete":
            command = DeleteTouchpoints([rng.choice(ids)])
        if kind == "undo":
            timed(kind, lambda: doc.undo(done[-1]))
        elif kind == "redo":
            timed(kind, lambda: doc.redo(done[-1]))
        else:
            timed(kind, lambda command=command: doc.execute(command))
            done.append(command)
    doc.close(save=False)
    return times


def measure_floor(folder: Path, edits: int) -> list[float]:
    conn = sqlite3.connect(folder / "floor.sqlite", autocommit=True)
    configure_durable(conn)
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    conn.executemany("INSERT INTO note VALUES (?, ?)", [(i, PHRASES[i % 8]) for i in range(2000)])
    times = []
    for i in range(edits):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE note SET text = ? WHERE id = ?", (f"edit {i}", i % 2000))
        conn.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--edits", type=int, default=600)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = build(folder, args.notes)
        floor = measure_floor(folder, args.edits)
        times = measure_app(path, args.edits, args.seed)
    every = [t for values in times.values() for t in values]
    print(f"edit latency on {args.notes} notes, {len(every)} edits (ms, command → committed transaction)")
    print(f"{'kind':<10} {'p50':>7} {'p95':>7} {'max':>7}")
    for kind, values in times.items():
        print(f"{kind:<10} {percentile(values, .5):7.2f} {percentile(values, .95):7.2f} {max(values):7.2f}")
    p50, p95 = percentile(every, .5), percentile(every, .95)
    f50, f95 = percentile(floor, .5), percentile(floor, .95)
    print(f"{'all':<10} {p50:7.2f} {p95:7.2f} {max(every):7.2f}")
    print(f"{'floor':<10} {f50:7.2f} {f95:7.2f} {max(floor):7.2f}   (bare sqlite3 UPDATE+COMMIT, same pragmas)")
    print(f"ratio to floor: p50 {p50 / f50:.1f}×, p95 {p95 / f95:.1f}×; mean {statistics.mean(every):.2f} ms")
    verdict = "meets" if p95 <= 10 else "MISSES"
    print(f"target p95 ≤ 10 ms: {verdict} ({p95:.2f} ms)")
    return 0 if p95 <= 10 else 1


if __name__ == "__main__":
    sys.exit(main())
