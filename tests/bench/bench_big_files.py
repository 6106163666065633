"""Big files within the limits: time and peak memory of every operation on the worst files the
limits allow (issue 13, item 8). Not a test: it prints figures. Target: each operation < 30 s and
< 1 GB peak RSS.

Files, built in a temporary folder:

- ``grid``: one journey of ``--stages`` × ``--channels`` cells holding ``--notes`` notes spread
  over every cell (the worst grid for CSV and OpenJourney export, and for the poster tiles);
- ``tall``: the same grid with its notes piled into one column, so that each row is as tall as
  its tallest cell (the worst map for the PDF page count);
- ``long``: ``--long-notes`` notes of ``--long-chars`` characters each in an 8 × 7 grid;
- ``full`` (asked for with ``--files``): ``grid`` with every other table at its limit (personas, actions,
  links from actions to notes, KPIs all on one stage): the worst appendix.

Operations, each in a fresh child process (its own peak RSS, from ``resource.getrusage``):
``check`` (the CLI), ``open`` (the core's read, ``validate_file``), CSV, OpenJourney and Mermaid
export, import (the first journey exported to CSV, OpenJourney or Mermaid, then read and planned into
an empty project: ``read_import`` and ``ImportJourneys.plan``, timed from the written file), PDF export
(A3 fitted to pages, and A0 in tiles) and, with ``--gui``, opening the file in the main window up to its
first paint (offscreen). Export times include the read of the file.

    .venv/bin/python tests/bench/bench_big_files.py [--stages 100 --channels 60 --notes 20000]
        [--long-notes 124 --long-chars 100000] [--files grid,tall,long] [--ops check,open,...] [--gui]
        [--timeout 900]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.big_files import grid_entities, plan_entities, write_file  # noqa: E402

OPS = ("check", "open", "csv", "ojf", "mermaid", "import-csv", "import-ojf", "import-mermaid", "pdf-a3",
       "pdf-a0-tiles")
TARGET_S, TARGET_MB = 30.0, 1000.0


# --- building the files -----------------------------------------------------------------------


def build(folder: Path, args: argparse.Namespace) -> dict[str, Path]:
    files = {}
    wanted = args.files.split(",")
    if "grid" in wanted:
        files["grid"] = write_file(folder / "grid.cjm", grid_entities(args.stages, args.channels, args.notes))
    if "tall" in wanted:
        files["tall"] = write_file(folder / "tall.cjm",
                                   grid_entities(args.stages, args.channels, args.notes, tall=True))
    if "full" in wanted:
        files["full"] = write_file(folder / "full.cjm", grid_entities(args.stages, args.channels, args.notes)
                                   + plan_entities(args.notes))
    if "long" in wanted:
        files["long"] = write_file(folder / "long.cjm", grid_entities(8, 7, args.long_notes,
                                                                      long_chars=args.long_chars))
    return files


# --- one operation, in a child process --------------------------------------------------------


TIMER = {"start": 0.0}  # an import starts its clock once its file is written


def operation(op: str, path: Path, out: Path) -> str:
    """Run ``op`` on ``path``; return what it says (pages, refusal…)."""
    if op == "check":
        from cjm_desktop import cli

        status = cli.run(["check", str(path)])
        return "ok" if status == 0 else f"refused (status {status})"
    if op == "gui":
        return _gui(path)
    from cjm_desktop.storage.errors import CjmFileError
    from cjm_desktop.storage.safe_open import validate_file

    try:
        validated = validate_file(path)
    except CjmFileError as error:
        return f"refused: {error}"
    validated.conn.close()
    state = validated.state
    if op == "open":
        return f"{len(state.journeys)} journeys"
    if op in ("csv", "ojf", "mermaid"):
        from cjm_desktop.interop.files import export_journeys

        target = out / f"export.{'mmd' if op == 'mermaid' else op}"
        result = export_journeys(state, state.journeys, target)
        return f"{sum(p.stat().st_size for p in result.files) / 1e6:.1f} MB"
    if op.startswith("import-"):  # the file's journeys exported, then read and planned into an empty project
        from cjm_desktop.commands.imports import ImportJourneys
        from cjm_desktop.interop.files import export_journeys, read_import
        from cjm_desktop.model.domain import ProjectState

        kind = op.removeprefix("import-")
        target = out / f"export.{'mmd' if kind == 'mermaid' else kind}"
        [written] = export_journeys(state, state.journeys[:1], target).files
        TIMER["start"] = time.perf_counter()
        command = ImportJourneys(read_import(written).journeys)
        ops = command.plan(ProjectState())
        return f"{command.summary.notes:,} notes, {len(ops):,} operations"
    from cjm_desktop.pdf.export import export_pdf
    from cjm_desktop.pdf.page import PdfOptions

    options = PdfOptions("A3", "page") if op == "pdf-a3" else PdfOptions("A0", "tile")
    target = out / "export.pdf"
    result = export_pdf(state, state.journeys, target, options)
    notices = [p.code for p in result.notices + result.problems]
    return f"{result.pages} pages, {target.stat().st_size / 1e6:.1f} MB {notices}"


def _gui(path: Path) -> str:
    """Open ``path`` in the main window, up to its first paint."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from ui.window.main_window import MainWindow

    app = QApplication([])

    class Spy(QObject):
        painted = False

        def eventFilter(self, _watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                Spy.painted = True
            return False

    window = MainWindow(path=path)
    spy = Spy()
    window.installEventFilter(spy)
    window.show()
    while not Spy.painted:
        app.processEvents()
    notes = window.current_view().scene().note_count() if window.current_view() else 0
    window.controller.close()
    return f"{notes} notes shown"


def child(op: str, path: Path) -> dict:
    with tempfile.TemporaryDirectory() as out:
        TIMER["start"] = time.perf_counter()
        said = operation(op, path, Path(out))
        seconds = time.perf_counter() - TIMER["start"]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    return {"seconds": seconds, "peak_mb": peak, "said": said}


def run(op: str, path: Path, timeout: float) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "CJM_DATA_DIR": str(path.parent / "data")}
    try:
        done = subprocess.run([sys.executable, __file__, "--child", op, str(path)], capture_output=True, text=True,
                              env=env, cwd=ROOT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"seconds": timeout, "peak_mb": float("nan"), "said": f"stopped after {timeout:.0f} s"}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"seconds": float("nan"), "peak_mb": float("nan"),
                "said": f"failed: {(done.stderr.strip().splitlines() or ['?'])[-1][:200]}"}
    return json.loads(lines[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stages", type=int, default=100)
    parser.add_argument("--channels", type=int, default=60)
    parser.add_argument("--notes", type=int, default=20_000)
    parser.add_argument("--long-notes", type=int, default=124)
    parser.add_argument("--long-chars", type=int, default=100_000)
    parser.add_argument("--files", default="grid,tall,long")
    parser.add_argument("--ops", default=",".join(OPS))
    parser.add_argument("--gui", action="store_true", help="also open each file in the main window")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds allowed to one operation")
    parser.add_argument("--child", nargs=2, metavar=("OP", "PATH"))
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]))))
        return 0
    ops = args.ops.split(",") + (["gui"] if args.gui else [])
    worst = True
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        files = build(Path(tmp), args)
        print(f"built {', '.join(files)} in {time.perf_counter() - started:.1f} s "
              f"(grid {args.stages} × {args.channels}, {args.notes:,} notes; "
              f"long: {args.long_notes} notes × {args.long_chars:,} characters)")
        for name, path in files.items():
            print(f"\n{name}: {path.stat().st_size / 1e6:.1f} MB")
            for op in ops:
                figures = run(op, path, args.timeout)
                good = figures["seconds"] < TARGET_S and figures["peak_mb"] < TARGET_MB
                worst = worst and good
                print(f"  {op:13} {figures['seconds']:8.2f} s  {figures['peak_mb']:7.0f} MB  "
                      f"{'' if good else '!! '}{figures['said']}", flush=True)
    return 0 if worst else 1


if __name__ == "__main__":
    sys.exit(main())
