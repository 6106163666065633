"""Quick capture driven from the keyboard: Ctrl+Shift+N, a line, Enter; a pasted block; a prefix; Alt+digit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from cjm_desktop.model.domain import Evaluation, Touchpoint
from tests.support.canvas_input import type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def shown(window, project, qtbot):
    window.open_path(project)
    with qtbot.waitExposed(window):
        window.show()
    window.current_view().setFocus()
    return window


def notes_of(window, cell) -> list[Touchpoint]:
    journey = window.current_journey_id()
    return window.controller.doc.state.cell(journey, *cell)


def test_ctrl_shift_n_then_a_line_and_enter_adds_a_note_in_the_current_cell(shown, qtbot):
    window = shown
    cell = window.tabs.current_scene().current_cell
    before = len(notes_of(window, cell))
    qtbot.keyClick(window.current_view(), Qt.Key.Key_N, CTRL_SHIFT)
    field = window.quick_capture.bar.field
    assert field.hasFocus()
    type_text(field, "Je compare les offres")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert [n.text for n in notes_of(window, cell)][before:] == ["Je compare les offres"]
    assert field.text() == "" and field.hasFocus()  # ready for the next line


def test_a_prefix_sends_the_line_to_the_cell_it_names(shown, qtbot):
    window = shown
    state, journey = window.controller.doc.state, window.current_journey_id()
    channel, stage = state.channels(journey)[1], state.stages(journey)[2]
    field = window.quick_capture.bar.field
    type_text(field, f"{channel.name.lower()}/{stage.name.upper()}: Je reçois le devis")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert notes_of(window, (channel.id, stage.id))[-1].text == "Je reçois le devis"


def test_a_pasted_block_becomes_one_note_per_line_in_one_undo_step(shown, qtbot):
    window = shown
    cell = window.tabs.current_scene().current_cell
    before = [n.id for n in notes_of(window, cell)]
    field = window.quick_capture.bar.field
    field.setFocus()
    QGuiApplication.clipboard().setText("Je cherche\nJe compare\n\nJe choisis\n")
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [n.text for n in notes_of(window, cell) if n.id not in before] == ["Je cherche", "Je compare",
                                                                              "Je choisis"]
    window.controller.undo_stack.undo()
    assert [n.id for n in notes_of(window, cell)] == before


def test_alt_3_in_the_field_makes_the_captured_notes_pain_points(shown, qtbot):
    window = shown
    cell = window.tabs.current_scene().current_cell
    field = window.quick_capture.bar.field
    qtbot.keyClick(field, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    type_text(field, "J’attends 40 minutes au téléphone")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert notes_of(window, cell)[-1].evaluation is Evaluation.PAIN
