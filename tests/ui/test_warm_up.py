"""The warm-up after the first paint (``ui/app.py: WarmUp``): icons on the GUI thread, SQLAlchemy and
the writer in a background thread, and the app stays safe whatever the user does meanwhile.

In this process SQLAlchemy is usually imported already (by other tests), so the background import
is instant here; the subprocess tests start from a fresh interpreter, as a user's launch does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from ui.app import WarmUp
from ui.widgets import icons

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def warm_up(window, project):
    assert window.open_path(project)
    warm_up = WarmUp(window)
    yield warm_up
    warm_up.stop()  # no thread outlives the test


def test_the_warm_up_loads_the_icons_then_the_writer(warm_up, window, qtbot):
    called = []
    warm_up.then = lambda: called.append(True)
    warm_up.start()
    qtbot.waitUntil(lambda: warm_up.finished_at is not None, timeout=30_000)
    assert window.icons_loaded and not window.actions_.undo.icon().isNull()
    assert "cjm_desktop.storage.writer" in sys.modules and not warm_up.importing
    assert called == [True]
    assert not [t for t in threading.enumerate() if t.name == "cjm-warm-up"]


def test_stopping_the_warm_up_runs_no_more_steps(warm_up, window, qtbot):
    warm_up.start()
    warm_up.stop()
    qtbot.wait(50)
    assert warm_up.finished_at is None and not warm_up.importing


def test_the_warm_up_steps_only_load_qtawesome():
    steps = list(icons.warm_up_steps())
    assert len(steps) > 3  # in slices
    assert "qtawesome" in sys.modules and icons.has("mdi6.heart") and not icons.has("mdi6.no-such-icon")


def test_icons_of_other_sets_still_come_from_qtawesome():
    assert icons.has("fa5s.car") and not icons.named("fa5s.car").isNull()
    assert not icons.has("fa5s.no-such-icon") and not icons.has("nothing")


# A fresh app (``run_gui``) whose first paint is followed by the warm-up and by ``ACTION``, run as soon
# as the background import has started (or, with WHEN=paint, at once); it prints what happened.
SCRIPT = """
import os, sys
from PySide6.QtCore import QTimer
import ui.app
from cjm_desktop.commands import AddTouchpoints

start_warm_up = ui.app.after_first_paint


def action(window, app, warm_up):
    if os.environ["ACTION"] == "edit":
        doc = window.controller.doc
        journey = doc.state.journeys[0].id
        cell = (doc.state.channels(journey)[0].id, doc.state.stages(journey)[0].id)
        before = len(doc.state.touchpoints(journey))
        done = window.controller.execute(AddTouchpoints(journey, cell, texts=["Je note tôt"]), "add")
        print("edited", done, len(doc.state.touchpoints(journey)) - before, flush=True)
        window.close()
    else:
        window.close()
    print("closed", flush=True)


def after_first_paint(window, app):
    warm_up = start_warm_up(window, app)
    def poll():
        if os.environ["WHEN"] == "paint" or warm_up.importing:
            print("importing before", warm_up.importing, flush=True)
            action(window, app, warm_up)
        else:
            QTimer.singleShot(1, poll)
    poll()
    return warm_up


ui.app.after_first_paint = after_first_paint
sys.exit(ui.app.run_gui([sys.argv[1]]))
"""


def run_script(project: Path, action: str, when: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ACTION": action, "WHEN": when, "PYTHONPATH": str(ROOT)}
    env.pop("CJM_REPORT_FIRST_PAINT", None)
    return subprocess.run([sys.executable, "-c", SCRIPT, str(project)], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60)


@pytest.mark.parametrize("when", ["paint", "import"])
def test_an_edit_made_before_the_warm_up_ends_works(project, when):
    """At once (before the background import starts), or while it runs: the edit waits for it."""
    result = run_script(project, "edit", when)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"importing before {when == 'import'}"
    assert lines[1:] == ["edited True 1", "closed"]


@pytest.mark.parametrize("when", ["paint", "import"])
def test_closing_the_window_during_the_warm_up_ends_the_app_cleanly(project, when):
    result = run_script(project, "close", when)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Fatal" not in result.stderr
    assert result.stdout.splitlines() == [f"importing before {when == 'import'}", "closed"]
