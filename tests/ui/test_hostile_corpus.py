"""The semantic corpus of hostile files (tests/support/hostile.py) opened in the real main window:
each is shown, or refused in one sentence; either way the window stays usable. Nothing hangs:
opening and painting must take less than ``CPU_S`` of this process's CPU time (a measure the load
of a busy machine does not inflate), and a file that froze the window outright (blocked on a read,
say) ends this test process with a traceback after ``HANG_S`` (``faulthandler``)."""

from __future__ import annotations

import faulthandler
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cjm_desktop.commands import AddTouchpoints
from cjm_desktop.model.domain import Touchpoint
from cjm_desktop.model.limits import MAX_NOTES
from cjm_desktop.model.placement import PARKING_CELL
from cjm_desktop.storage.schema import SCHEMA_VERSION
from tests.support.hostile import REFUSED, SEMANTIC

ROOT = Path(__file__).resolve().parents[2]
VALID = ROOT / "tests" / "golden" / f"v{SCHEMA_VERSION}.cjm"  # the newest golden file
CPU_S = 60.0  # far beyond the slowest file (the 20,000 notes of one cell: ~15 s offscreen)
HANG_S = 900
BIG = {"the most notes, in one cell", "one note too many", "the largest grid"}


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    faulthandler.dump_traceback_later(HANG_S, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def names() -> list:
    """Every corpus file (the biggest ones marked slow)."""
    return [pytest.param(name, marks=[pytest.mark.slow] if name in BIG else []) for name in sorted(SEMANTIC)]


@pytest.mark.parametrize("name", names())
def test_a_hostile_file_is_shown_or_refused_in_one_sentence(name, window, prompts, project, tmp_path, qtbot):
    path = SEMANTIC[name].make(VALID, tmp_path / "hostile.cjm")
    window.resize(1200, 800)
    window.show()
    window.load_icons()  # as after the first paint: channel icons are drawn from their (hostile) names
    started = time.process_time()
    opened = window.open_path(path)
    if opened:
        doc = window.controller.doc
        assert doc.path == path.resolve() and not prompts.warnings
        assert window.stack.currentWidget() is window.tabs
        assert window.tabs.count() == len(doc.state.journeys)
        window.grab()  # paint the map, whatever its texts hold
        scene = window.tabs.current_scene()
        if first := scene.reading_order()[:1]:
            scene.select_notes(first)  # its texts in the properties panel
            window.grab()
        assert time.process_time() - started < CPU_S
        full = len(doc.state.of(Touchpoint)) >= MAX_NOTES
        added = window.controller.execute(AddTouchpoints(window.current_journey_id(), PARKING_CELL, ["après"]), "add")
        assert added != full and len(prompts.warnings) == full  # an edit works, or is refused in one sentence
    else:
        assert SEMANTIC[name].expect == REFUSED, prompts.warnings
        [(sentence, details)] = prompts.warnings
        assert sentence and "\n" not in sentence and "\n" not in details
    # usable: another project opens (the hostile one, if shown, is closed and saved on the way)
    assert window.open_path(project)
    assert window.controller.doc.path == project.resolve()
    assert window.tabs.count() == 1 and window.scenes[0].note_count() == 62
