"""The Qt bridge: what the phones ask runs on the GUI thread, and only there; a GUI thread that does not answer
costs the phone a 503, never a late edit; closing participation never waits for the GUI thread."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from cjm_desktop.commands import AddTouchpoints
from cjm_desktop.model.domain import Touchpoint
from cjm_desktop.participation.bridge import RoomClosed
from cjm_desktop.storage.errors import EditRefused
from ui.participation.qt_bridge import QtBridge


@pytest.fixture
def bridge(window, project):
    """A bridge onto the opened sample project, face up, no timer."""
    assert window.open_path(project)
    made = QtBridge(window.controller, lambda: None, lambda: False, timeout=0.5)
    yield made
    made.close()


def in_thread(fn) -> tuple[threading.Thread, list[tuple[bool, Any]]]:
    box: list[tuple[bool, Any]] = []

    def run() -> None:
        try:
            box.append((True, fn()))
        except BaseException as error:  # noqa: BLE001 - looked at by the test
            box.append((False, error))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, box


def test_work_asked_from_another_thread_runs_on_the_gui_thread(bridge, qtbot):
    gui = threading.get_ident()
    thread, box = in_thread(lambda: bridge.call(lambda doc: (threading.get_ident(), doc.revision)))
    qtbot.waitUntil(lambda: bool(box))
    ok, (ident, revision) = box[0]
    assert ok and ident == gui and revision == bridge.controller.doc.revision


def test_work_asked_on_the_gui_thread_runs_at_once(bridge):
    assert bridge.call(lambda doc: threading.get_ident()) == threading.get_ident()


def test_a_gui_thread_that_does_not_answer_in_time_costs_a_503_and_the_work_never_runs(bridge):
    ran: list[int] = []
    thread, box = in_thread(lambda: bridge.call(lambda doc: ran.append(1)))
    thread.join(timeout=10)  # the GUI thread is busy (here: joining), past the bridge's 0.5 s
    QCoreApplication.processEvents()  # then it runs what was queued: the job, cancelled
    ok, error = box[0]
    assert not ok and isinstance(error, TimeoutError) and ran == []


def test_closing_refuses_what_waits_for_the_gui_thread(bridge):
    bridge.timeout = 30
    queued = threading.Event()
    bridge.posted.connect(lambda _job: queued.set(), Qt.ConnectionType.DirectConnection)
    ran: list[int] = []
    thread, box = in_thread(lambda: bridge.call(lambda doc: ran.append(1)))
    assert queued.wait(10)
    bridge.close()  # on the GUI thread, which has not run the job
    thread.join(timeout=10)
    QCoreApplication.processEvents()
    ok, error = box[0]
    assert not ok and isinstance(error, RoomClosed) and ran == []


def test_once_closed_the_bridge_refuses_at_once(bridge):
    bridge.close()
    thread, box = in_thread(lambda: bridge.call(lambda doc: None))
    thread.join(timeout=10)  # without the GUI thread's help
    assert not box[0][0] and isinstance(box[0][1], RoomClosed)


def test_a_phone_note_is_one_undo_step(bridge):
    controller = bridge.controller
    journey = controller.doc.state.journeys[0]
    before = controller.undo_stack.count()
    command = AddTouchpoints(journey.id, (None, None), texts=["Je scanne le QR code"])
    bridge.call(lambda doc: bridge.execute(command, "Add a note from a phone"))
    assert controller.undo_stack.count() == before + 1
    assert controller.doc.state.get(Touchpoint, command.created_ids[0]).text == "Je scanne le QR code"


def test_a_refused_edit_is_raised_to_the_room_without_a_box_or_an_undo_step(bridge, prompts):
    controller = bridge.controller
    journey = controller.doc.state.journeys[0]
    before, revision = controller.undo_stack.count(), controller.doc.revision
    command = AddTouchpoints(journey.id, (10**6, 10**6), texts=["Je suis nulle part"])
    with pytest.raises(EditRefused):
        bridge.call(lambda doc: bridge.execute(command, "Add a note from a phone"))
    assert (controller.undo_stack.count(), controller.doc.revision, prompts.warnings) == (before, revision, [])
