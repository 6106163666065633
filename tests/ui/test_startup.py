"""Start-up, tested in a subprocess as a user launches it: ``main.py FILE.cjm``.

The app's ``CJM_REPORT_FIRST_PAINT`` hook (``ui/app.py``) prints ``shown T`` and ``painted T``
(``time.time()``) and closes; with ``stall`` it first runs the warm-up for 2 s and prints the
longest event-loop stall.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SLOW_MODULES = ("qtawesome", "sqlmodel", "sqlalchemy", "reportlab", "pydantic")
# Never before the first paint: the slow ones, and what only the warm-up, an edit or a menu needs
NOT_BEFORE_THE_FIRST_PAINT = (*SLOW_MODULES, "qtpy", "PySide6.QtOpenGL", "cjm_desktop.storage.writer",
                              "cjm_desktop.storage.rows", "cjm_desktop.pdf", "cjm_desktop.interop", "ui.files",
                              "ui.compare", "ui.stage_details.stage_panel", "ui.personas.persona_dialog",
                              "ui.voting.dots_dialog", "ui.voting.session_dialog", "ui.voting.voting_panel")


def run_app(*args: str, report: str = "1", python: tuple[str, ...] = (),
            stderr: int = subprocess.PIPE) -> subprocess.CompletedProcess:
    """``main.py`` with its arguments; the data folder is the test's own (``CJM_DATA_DIR``, inherited)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CJM_REPORT_FIRST_PAINT": report}
    return subprocess.run([sys.executable, *python, str(ROOT / "main.py"), *args], stdout=subprocess.PIPE,
                          stderr=stderr, text=True, env=env, cwd=ROOT, timeout=60)


def reported(result: subprocess.CompletedProcess) -> dict[str, float]:
    """The hook's lines (``shown``, ``painted``, ``stall``, ``warmed``), by name."""
    lines = [line.split() for line in result.stdout.splitlines()]
    return {words[0]: float(words[1]) for words in lines if len(words) == 2 and words[0] in
            ("shown", "painted", "stall", "warmed")}


def test_the_app_opens_a_file_and_paints(project):
    result = run_app(str(project))
    assert result.returncode == 0, result.stderr
    times = reported(result)
    assert result.stdout.startswith("shown ")
    assert times["shown"] <= times["painted"]


def test_the_app_starts_without_a_file():
    result = run_app()
    assert (result.returncode, sorted(reported(result))) == (0, ["painted", "shown"]), result.stderr


def test_the_app_starts_on_a_bad_file_and_keeps_running(tmp_path):
    bad = tmp_path / "faux.cjm"
    bad.write_text("rien à voir")
    result = run_app(str(bad))
    assert (result.returncode, sorted(reported(result))) == (0, ["painted", "shown"]), result.stderr


def test_nothing_slow_is_imported_before_the_window_is_shown():
    script = f"import sys, ui.app; print(','.join(m for m in {SLOW_MODULES!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def imported_before_the_first_paint(*args: str) -> list[str]:
    """What ``python -X importtime main.py ARGS`` imports before it prints ``painted``: importtime
    writes a line to stderr as each import ends, in the same pipe as the app's stdout."""
    result = run_app(*args, python=("-X", "importtime"), stderr=subprocess.STDOUT)
    assert result.returncode == 0, result.stdout[-2000:]
    before, painted, _after = result.stdout.partition("\npainted ")
    assert painted, result.stdout[-2000:]
    return [line.rpartition("|")[2].strip() for line in before.splitlines() if line.startswith("import time:")]


def test_the_first_paint_imports_nothing_it_does_not_need(project):
    modules = imported_before_the_first_paint(str(project))
    assert "ui.window.main_window" in modules  # the check sees the app's imports
    assert [m for m in modules if m.startswith(NOT_BEFORE_THE_FIRST_PAINT)] == []
    assert "ui.window.start_page" not in modules  # opening a file never needs the start page


def test_the_start_page_paints_without_what_it_does_not_need():
    modules = imported_before_the_first_paint()
    assert "ui.window.start_page" in modules
    assert [m for m in modules if m.startswith(NOT_BEFORE_THE_FIRST_PAINT)] == []


def test_the_warm_up_runs_after_the_first_paint_and_the_app_closes(project):
    """The hook's ``stall`` mode: the app runs the warm-up for 2 s, reports, and ends cleanly (the
    2 s budget and the 50 ms stall budget are the benchmark's: a busy test machine would miss them)."""
    result = run_app(str(project), report="stall")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    times = reported(result)
    assert times["shown"] <= times["painted"] and times["stall"] > 0
    assert times.get("warmed", times["painted"]) >= times["painted"]
