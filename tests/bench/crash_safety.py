"""Crash safety: kill -9 a process that is committing edits and saving, again and again.

    .venv/bin/python tests/bench/crash_safety.py [--iterations 200] [--seed 1]

A worker opens the project (restoring what the last one left), then commits edits as fast as
it can, saving every few edits. Each edit is ONE command of four operations (three notes and
the project title), so a half-applied edit is visible. The worker prints ``ack N`` only after
the edit's transaction returned, and ``saved N`` after a save returned. The driver kills it
at a random moment (start-up, open, commit, save), then checks:

- the working copy passes ``quick_check``;
- reopening succeeds and holds every acknowledged edit, and no edit partly;
- the ``.cjm`` file passes every check of the open path and holds every edit up to the
  last acknowledged save.

Exit status 1 on any failure.
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cjm_desktop.commands import Command  # noqa: E402
from cjm_desktop.commands.new_project import new_project_ops  # noqa: E402
from cjm_desktop.document import COPY_NAME, Document  # noqa: E402
from cjm_desktop.model.domain import ProjectState, Touchpoint  # noqa: E402
from cjm_desktop.model.ops import Put  # noqa: E402
from cjm_desktop.storage.errors import CjmError  # noqa: E402
from cjm_desktop.storage.safe_open import validate_file  # noqa: E402
from cjm_desktop.storage.working import WorkingStore  # noqa: E402

PARTS = 3
NOTE = re.compile(r"^edit (\d+) part (\d+)$")


class NumberedEdit(Command):
    """Three notes and the project title, in one transaction: all of edit N, or none of it."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number

    def plan(self, state: ProjectState) -> list:
        journey = state.journeys[0].id
        first = state.next_id(Touchpoint)
        notes = [Put(Touchpoint(first + k, journey, f"edit {self.number} part {k}", position=first + k))
                 for k in range(PARTS)]
        return [*notes, Put(replace(state.project, title=f"edit {self.number}"))]


def edits_in(state: ProjectState) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for note in state.of(Touchpoint).values():
        if match := NOTE.match(note.text):
            found.setdefault(int(match[1]), set()).add(int(match[2]))
    return found


def worker(data: Path, path: Path, save_every: int) -> None:
    store = WorkingStore(data)
    if path.exists():
        doc = Document.open(store, path)
    else:
        doc = Document.new(store, new_project_ops("edit 0", "blank"))
        doc.save(path)
    number = max(edits_in(doc.state), default=0)
    print(f"start {number}", flush=True)
    while True:
        number += 1
        doc.execute(NumberedEdit(number))
        print(f"ack {number}", flush=True)
        if number % save_every == 0:
            doc.save()
            print(f"saved {number}", flush=True)


@dataclass
class Totals:
    iterations: int = 0
    killed_before_first_edit: int = 0
    killed_while_editing: int = 0
    killed_around_a_save: int = 0
    acked_edits: int = 0
    failed_quick_check: int = 0
    failed_reopen: int = 0
    half_applied: int = 0
    lost_acked: int = 0
    bad_saved_file: int = 0
    saved_file_behind: int = 0
    stray_temp_files: int = 0
    failures: list[str] = field(default_factory=list)


def run_worker(data: Path, path: Path, delay: float, save_every: int) -> list[str]:
    """Start a worker, SIGKILL it after ``delay`` seconds, return the lines it printed."""
    process = subprocess.Popen(
        [sys.executable, __file__, "--worker", str(data), str(path), str(save_every)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(line.strip() for line in process.stdout), daemon=True)
    reader.start()
    time.sleep(delay)
    process.kill()
    process.wait()
    reader.join(timeout=10)
    process.stdout.close()
    errors = process.stderr.read()
    process.stderr.close()
    if errors.strip() and "Traceback" in errors:
        lines.append("stderr: " + errors.strip().splitlines()[-1])
    return lines


def check(data: Path, path: Path, lines: list[str], totals: Totals) -> None:
    acks = [int(x.split()[1]) for x in lines if x.startswith("ack ")]
    saves = [int(x.split()[1]) for x in lines if x.startswith("saved ")]
    last_ack, last_save = max(acks, default=0), max(saves, default=0)
    totals.acked_edits += len(acks)
    if not acks:
        totals.killed_before_first_edit += 1
    elif last_ack % SAVE_EVERY == 0 and last_save != last_ack:
        totals.killed_around_a_save += 1  # the edit before a save was acknowledged, the save was not
    else:
        totals.killed_while_editing += 1
    if any(x.startswith("stderr:") for x in lines):
        totals.failures.append(f"worker error: {lines[-1]}")
    store = WorkingStore(data)
    folder = store.folder_for(path)
    if folder is not None and (folder / COPY_NAME).exists():
        conn = sqlite3.connect(folder / COPY_NAME)
        try:
            if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                totals.failed_quick_check += 1
                totals.failures.append(f"working copy failed quick_check after {lines[-3:]}")
        finally:
            conn.close()
    totals.stray_temp_files = len(list(path.parent.glob(f".{path.name}.*.tmp")))  # left now (a save cleans)
    if not path.exists():
        if acks:
            totals.lost_acked += len(acks)
            totals.failures.append("the file vanished although edits were acknowledged")
        return
    try:
        doc = Document.open(store, path)
    except CjmError as error:
        totals.failed_reopen += 1
        totals.failures.append(f"reopen failed: {error}")
        return
    try:
        found = edits_in(doc.state)
        missing = [n for n in range(1, last_ack + 1) if n not in found]
        partial = [n for n, parts in found.items() if parts != set(range(PARTS))]
        if missing:
            totals.lost_acked += len(missing)
            totals.failures.append(f"acknowledged edits lost: {missing[:5]}")
        if partial:
            totals.half_applied += len(partial)
            totals.failures.append(f"half-applied edits: {partial[:5]}")
        if doc.state.project.title != f"edit {max(found, default=0)}":
            totals.half_applied += 1
            totals.failures.append(f"title {doc.state.project.title!r} does not match the last edit")
    finally:
        doc.close(save=False)  # keep the working copy: the next worker restores it
    try:
        saved = validate_file(path)
        saved.conn.close()
    except CjmError as error:
        totals.bad_saved_file += 1
        totals.failures.append(f"saved file refused: {error}")
        return
    in_file = edits_in(saved.state)
    if any(n not in in_file for n in range(1, last_save + 1)):
        totals.saved_file_behind += 1
        totals.failures.append(f"the file lacks edits saved up to {last_save}")


SAVE_EVERY = 7


def drive(iterations: int, seed: int, verbose: bool = True) -> Totals:
    """Run the kill loop; returns the totals (``failures`` empty when all is well)."""
    rng = random.Random(seed)
    totals = Totals()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        data, path = root / "data", root / "atelier-0.cjm"
        for iteration in range(iterations):
            if iteration % 25 == 0:  # now and then, a brand-new project
                path = root / f"atelier-{iteration}.cjm"
            delay = rng.choice([rng.uniform(0.05, 0.6), rng.uniform(0.6, 1.6), rng.uniform(1.6, 2.5)])
            lines = run_worker(data, path, delay, SAVE_EVERY)
            check(data, path, lines, totals)
            totals.iterations += 1
            if verbose and (iteration + 1) % 20 == 0:
                print(f"  {iteration + 1} kills, {totals.acked_edits} acknowledged edits, "
                      f"{len(totals.failures)} failures", flush=True)
    return totals


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description="kill -9 a process committing edits and saving")
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()
    totals = drive(args.iterations, args.seed)
    print(f"iterations: {totals.iterations} in {time.monotonic() - started:.0f} s")
    print(f"killed before the first edit: {totals.killed_before_first_edit}, while editing: "
          f"{totals.killed_while_editing}, around a save: {totals.killed_around_a_save}")
    print(f"acknowledged edits: {totals.acked_edits}")
    for name in ("failed_quick_check", "failed_reopen", "half_applied", "lost_acked", "bad_saved_file",
                 "saved_file_behind"):
        print(f"{name.replace('_', ' ')}: {getattr(totals, name)}")
    print(f"temporary files of killed saves left beside the file at the end: {totals.stray_temp_files}")
    for failure in totals.failures[:20]:
        print("FAIL", failure)
    return 1 if totals.failures else 0


if __name__ == "__main__":
    sys.exit(main())
