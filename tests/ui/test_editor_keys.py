"""Issue 14, item 4: one rule for the keys of every editor of typed text, as in a spreadsheet.
Enter commits, Shift+Enter or Alt+Enter starts a new line, Escape closes the editor and keeps
what was typed: on a note of the map, in the frictions' cells and in the action plan's cells."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from cjm_desktop.commands.actions import AddAction
from cjm_desktop.model.domain import Action, Touchpoint
from tests.support.canvas_input import type_text
from ui.plan.action_plan_model import COLUMNS as ACTION_COLUMNS
from ui.plan.frictions_model import COLUMNS as FRICTION_COLUMNS
from ui.plan.rows_model import ID_ROLE

LEFT = Qt.MouseButton.LeftButton
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def shown(window, project, qtbot):
    """The sample project open in a shown window."""
    window.resize(1366, 900)
    window.open_path(project)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_cell_editor(qtbot, view, index, kind):
    """Double-click the cell, as a person would; the editor it opens."""
    spot = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=spot)
    qtbot.mouseDClick(view.viewport(), LEFT, pos=spot)
    editors = [e for e in view.viewport().findChildren(kind) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def is_closed(view, kind) -> bool:
    return not [e for e in view.viewport().findChildren(kind) if e.isVisible()]


# --- the frictions' cells ---------------------------------------------------------------
@pytest.fixture
def frictions(shown):
    docks = shown.plan_docks
    docks.open(docks.frictions_dock)
    return docks.frictions


def solutions_of(window, panel, row: int = 0) -> str:
    note_id = panel.proxy.index(row, 0).data(ID_ROLE)
    return window.controller.doc.state.get(Touchpoint, note_id).solutions


def solutions_cell(panel, row: int = 0):
    return panel.proxy.index(row, FRICTION_COLUMNS.index("solutions"))


def test_enter_commits_a_friction_cell_and_shift_enter_starts_a_line(shown, frictions, qtbot):
    view = frictions.view
    editor = open_cell_editor(qtbot, view, solutions_cell(frictions), QPlainTextEdit)
    editor.selectAll()
    type_text(editor, "Rappel sous 24 h")
    qtbot.keyClick(editor, Qt.Key.Key_Return, SHIFT)
    type_text(editor, "FAQ")
    qtbot.keyClick(editor, Qt.Key.Key_Return, ALT)
    type_text(editor, "Chat")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert is_closed(view, QPlainTextEdit)
    assert solutions_of(shown, frictions) == "Rappel sous 24 h\nFAQ\nChat"


def test_enter_on_the_keypad_commits_too(shown, frictions, qtbot):
    editor = open_cell_editor(qtbot, frictions.view, solutions_cell(frictions), QPlainTextEdit)
    editor.selectAll()
    type_text(editor, "Rappel")
    qtbot.keyClick(editor, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert solutions_of(shown, frictions) == "Rappel"


def test_escape_keeps_what_was_typed_in_a_friction_cell(shown, frictions, qtbot):
    view = frictions.view
    editor = open_cell_editor(qtbot, view, solutions_cell(frictions), QPlainTextEdit)
    editor.selectAll()
    type_text(editor, "Former les conseillers")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert is_closed(view, QPlainTextEdit)
    assert solutions_of(shown, frictions) == "Former les conseillers"


def test_f2_then_enter_commits_a_selected_friction_cell(shown, frictions, qtbot):
    view = frictions.view
    view.setCurrentIndex(solutions_cell(frictions))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = [e for e in view.viewport().findChildren(QPlainTextEdit) if e.isVisible()][0]
    editor.selectAll()
    type_text(editor, "Un SMS la veille")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert solutions_of(shown, frictions) == "Un SMS la veille"


# --- the action plan's cells ------------------------------------------------------------
@pytest.fixture
def actions(shown):
    shown.controller.execute(AddAction("Rappel automatique", shown.current_journey_id()), "Créer")
    docks = shown.plan_docks
    docks.open(docks.actions_dock)
    return docks.actions


def test_escape_keeps_a_title_being_typed_in_the_action_plan(shown, actions, qtbot):
    view = actions.view
    editor = open_cell_editor(qtbot, view, actions.proxy.index(0, ACTION_COLUMNS.index("title")), QLineEdit)
    editor.selectAll()
    type_text(editor, "Rappeler sous 24 h")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert is_closed(view, QLineEdit)
    assert shown.controller.doc.state.get(Action, 1).title == "Rappeler sous 24 h"


def test_enter_commits_a_title_in_the_action_plan(shown, actions, qtbot):
    view = actions.view
    editor = open_cell_editor(qtbot, view, actions.proxy.index(0, ACTION_COLUMNS.index("title")), QLineEdit)
    editor.selectAll()
    type_text(editor, "Former les conseillers")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown.controller.doc.state.get(Action, 1).title == "Former les conseillers")


# --- a note on the map ------------------------------------------------------------------
@pytest.fixture
def view(shown):
    journey_view = shown.current_view()
    journey_view.setFocus()
    return journey_view


def texts(window) -> set[str]:
    return {n.text for n in window.controller.doc.state.of(Touchpoint).values()}


def test_enter_commits_a_note_and_shift_enter_starts_a_line(shown, view, qtbot):
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_text(view.editor, "Je compare")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return, SHIFT)
    type_text(view.editor, "les forfaits")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return, ALT)
    type_text(view.editor, "en ligne")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert not view.editor.isVisible()
    assert "Je compare\nles forfaits\nen ligne" in texts(shown)


def test_escape_keeps_a_note_edited_on_the_map(shown, view, qtbot):
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_text(view.editor, "Je reçois un SMS")
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert not view.editor.isVisible() and "Je reçois un SMS" in texts(shown)
