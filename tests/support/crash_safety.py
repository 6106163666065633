"""Crash safety: kill -9 a process that is committing edits and saving, again and again.

Shared by the test (``tests/core/test_crash_safety.py``, a few kills) and the benchmark script
(``tests/bench/crash_safety.py``, hundreds of kills and the figures).

A worker (this module run with ``python -m``) opens the project, restoring what the last one
left, prints ``ready N`` (N: the last edit found), then commits edits as fast as it can, saving
every few edits. Each edit is ONE command of four operations (three notes and the project
title), so a half-applied edit is visible. The worker prints ``ack N`` only after the edit's
transaction returned, and ``saved N`` after a save returned.

The driver kills it at a random moment. For most kills the timer starts from the worker's first
``ack`` line, not from the start of the process: a loaded machine can take longer to start
Python, open the project and import the writing path (the first edit of a process imports
SQLAlchemy, about half a second) than any fixed delay, and then every kill would land before
the first edit, testing nothing. One kill in five counts from the start instead, to cover
start-up, opening and the first edit. After each kill it checks:

- the working copy passes ``quick_check``;
- reopening succeeds and holds every acknowledged edit, and no edit partly;
- the ``.cjm`` file passes every check of the open path and holds every edit up to the
  last acknowledged save.
"""

from __future__ import annotations

import glob
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

from cjm_desktop.commands import Command
from cjm_desktop.commands.new_project import new_project_ops
from cjm_desktop.document import COPY_NAME, Document
from cjm_desktop.model.domain import ProjectState, Touchpoint
from cjm_desktop.model.ops import Put
from cjm_desktop.storage.errors import CjmError
from cjm_desktop.storage.safe_open import validate_file
from cjm_desktop.storage.working import WorkingStore

ROOT = Path(__file__).resolve().parents[2]
PARTS = 3
SAVE_EVERY = 7
FIRST_EDIT_TIMEOUT_S = 120  # only a broken worker takes this long to open a project and edit it
NOTE = re.compile(r"^edit (\d+) part (\d+)$")
WORKER_MODULE = "tests.support.crash_safety"  # run with ``python -m`` from the project root


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
    """Open (or create) the project, say ``ready``, then edit and save until killed."""
    store = WorkingStore(data)
    if path.exists():
        doc = Document.open(store, path)
    else:
        doc = Document.new(store, new_project_ops("edit 0", "blank"))
        doc.save(path)
    number = max(edits_in(doc.state), default=0)
    print(f"ready {number}", flush=True)
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
    killed_at_start_up: int = 0  # before the worker said ``ready``
    killed_before_first_edit: int = 0  # ready, no edit acknowledged yet
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


@dataclass(frozen=True)
class KillMoment:
    after_first_edit: bool  # the delay counts from the worker's first ``ack`` line (else from its start)
    delay: float  # seconds


def kill_moment(rng: random.Random) -> KillMoment:
    """Mostly while editing and saving (soon, a while, long after the first edit), now and then
    during start-up, opening or the first edit."""
    if rng.random() < 0.2:
        return KillMoment(after_first_edit=False, delay=rng.uniform(0.0, 1.2))
    return KillMoment(after_first_edit=True, delay=rng.choice([rng.uniform(0.0, 0.05), rng.uniform(0.05, 0.4),
                                                               rng.uniform(0.4, 1.0)]))


def run_worker(data: Path, path: Path, moment: KillMoment, save_every: int = SAVE_EVERY) -> list[str]:
    """Start a worker, SIGKILL it at ``moment``, return the lines it printed."""
    process = subprocess.Popen(
        [sys.executable, "-m", WORKER_MODULE, str(data), str(path), str(save_every)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )
    lines: list[str] = []
    editing = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line.strip())
            if line.startswith("ack "):
                editing.set()
        editing.set()  # the worker ended by itself (an error): nothing more to wait for

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if moment.after_first_edit and not editing.wait(FIRST_EDIT_TIMEOUT_S):
        lines.append(f"stderr: no edit after {FIRST_EDIT_TIMEOUT_S} s")
    time.sleep(moment.delay)  # the random kill moment itself, not a wait for something
    process.kill()
    process.wait()
    reader.join()
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()
    errors = process.stderr.read()
    process.stderr.close()
    if "Traceback" in errors:
        lines.append("stderr: " + errors.strip().splitlines()[-1])
    return lines


def check(data: Path, path: Path, lines: list[str], totals: Totals, save_every: int = SAVE_EVERY) -> None:
    acks = [int(x.split()[1]) for x in lines if x.startswith("ack ")]
    saves = [int(x.split()[1]) for x in lines if x.startswith("saved ")]
    last_ack, last_save = max(acks, default=0), max(saves, default=0)
    totals.acked_edits += len(acks)
    if not any(x.startswith("ready ") for x in lines):
        totals.killed_at_start_up += 1
    elif not acks:
        totals.killed_before_first_edit += 1
    elif last_ack % save_every == 0 and last_save != last_ack:
        totals.killed_around_a_save += 1  # the edit before a save was acknowledged, the save was not
    else:
        totals.killed_while_editing += 1
    totals.failures += [f"worker error: {x}" for x in lines if x.startswith("stderr:")]
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
    # what a killed save left beside the file and reopening did not clean (SQLite's journals included)
    totals.stray_temp_files += len(list(path.parent.glob(f".{glob.escape(path.name)}.*.tmp*")))
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


def drive(iterations: int, seed: int, folder: Path | None = None, verbose: bool = True) -> Totals:
    """Run the kill loop in ``folder`` (a temporary one if None); returns the totals
    (``failures`` empty when all is well)."""
    if folder is None:
        with tempfile.TemporaryDirectory() as tmp:
            return drive(iterations, seed, Path(tmp), verbose)
    rng = random.Random(seed)
    totals = Totals()
    data, path = folder / "data", folder / "atelier-0.cjm"
    for iteration in range(iterations):
        if iteration % 25 == 0:  # now and then, a brand-new project
            path = folder / f"atelier-{iteration}.cjm"
        lines = run_worker(data, path, kill_moment(rng))
        check(data, path, lines, totals)
        totals.iterations += 1
        if verbose and (iteration + 1) % 20 == 0:
            print(f"  {iteration + 1} kills, {totals.acked_edits} acknowledged edits, "
                  f"{len(totals.failures)} failures", flush=True)
    return totals


if __name__ == "__main__":
    worker(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
