"""Issue 14, item 3: a date is typed in the locale's format (French here), Backspace edits one digit,
a visible ✕ empties it, each empty date says which date is missing, and the calendar shows whole
weekday names, in the project sheet and in the action plan's due-date cells."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView, QToolButton

from cjm_desktop.commands.actions import AddAction
from cjm_desktop.model.domain import Action, Project
from ui.plan.action_plan_model import COLUMNS
from ui.widgets.date_edit import OptionalDateEdit
from ui.window.project_sheet_dialog import ProjectSheetDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def editor(qtbot, french):
    """An empty date editor, shown and focused, in the French locale."""
    widget = OptionalDateEdit(empty_text="Pas de date")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def clear_button(widget: OptionalDateEdit) -> QToolButton:
    buttons = [b for b in widget.findChildren(QToolButton) if b.defaultAction() is widget.clear_action]
    assert len(buttons) == 1
    return buttons[0]


@pytest.mark.parametrize(("typed", "iso"), [
    ("15/12/2026", "2026-12-15"),
    ("15122026", "2026-12-15"),
    ("5/3/2027", "2027-03-05"),
    ("05/03/2027", "2027-03-05"),
    ("1/2/2026", "2026-02-01"),
    ("31/12/2030", "2030-12-31"),
])
def test_a_date_typed_into_an_empty_editor_is_that_date(editor, qtbot, typed, iso):
    assert editor.iso() is None and editor.text() == "Pas de date"
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.iso() == iso


def test_backspace_removes_one_digit(editor, qtbot):
    qtbot.keyClicks(editor, "15/12/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "15/12/202"
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.iso() == "2027-12-15"


def test_letters_are_never_typed_into_the_empty_text(editor, qtbot):
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "Pas de date" and editor.iso() is None


def test_the_clear_button_empties_the_date(editor, qtbot):
    assert not clear_button(editor).isVisible()  # nothing to clear yet
    editor.set_iso("2026-12-15")
    button = clear_button(editor)
    assert button.isVisible() and button.toolTip() == "Effacer la date"
    qtbot.mouseClick(button, LEFT)
    assert editor.iso() is None and editor.text() == "Pas de date"
    assert not button.isVisible()


def test_the_workshop_date_is_typed_in_the_sheet(window, qtbot):
    dialog = ProjectSheetDialog(Project(), window)
    qtbot.addWidget(dialog)
    assert dialog.date.text() == "Pas de date d'atelier"
    qtbot.keyClicks(dialog.date, "03/12/2026")
    assert dialog.changes() == {"workshop_date": "2026-12-03"}


# --- the action plan's due dates --------------------------------------------------------
@pytest.fixture
def plan(window, project, qtbot):
    """The action plan of the sample project with one action, shown; returns (window, panel)."""
    window.resize(1366, 900)
    window.open_path(project)
    window.controller.execute(AddAction("Rappel automatique", window.current_journey_id()), "Créer")
    docks = window.plan_docks
    docks.open(docks.actions_dock)
    window.show()
    qtbot.waitExposed(window)
    return window, docks.actions


def due_date_editor(qtbot, panel) -> OptionalDateEdit:
    """Double-click the first row's due date, as a person would, and return its editor."""
    view = panel.view
    index = panel.proxy.index(0, COLUMNS.index("due_date"))
    spot = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=spot)
    qtbot.mouseDClick(view.viewport(), LEFT, pos=spot)
    return open_editor(view)


def open_editor(view) -> OptionalDateEdit:
    """The date editor open in ``view`` (a closed one is hidden until it is deleted)."""
    editors = [e for e in view.viewport().findChildren(OptionalDateEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def due_date(window) -> str | None:
    return window.controller.doc.state.get(Action, 1).due_date


def test_a_due_date_is_typed_in_its_cell(plan, qtbot):
    window, panel = plan
    editor = due_date_editor(qtbot, panel)
    assert editor.text() == "Sans échéance"
    qtbot.keyClicks(editor, "15/12/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: due_date(window) == "2026-12-15")  # Qt commits once the editor has read Enter


def test_a_due_date_is_typed_straight_into_a_selected_cell(plan, qtbot):
    window, panel = plan
    view = panel.view
    view.setCurrentIndex(panel.proxy.index(0, COLUMNS.index("due_date")))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_1)  # any key starts editing the cell, and is typed into it
    editor = open_editor(view)
    qtbot.keyClicks(editor, "5/12/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: due_date(window) == "2026-12-15")  # Qt commits once the editor has read Enter


def test_the_clear_button_removes_a_due_date(plan, qtbot):
    window, panel = plan
    editor = due_date_editor(qtbot, panel)
    qtbot.keyClicks(editor, "15/12/2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: due_date(window) == "2026-12-15")
    editor = due_date_editor(qtbot, panel)
    assert editor.iso() == "2026-12-15"
    qtbot.mouseClick(clear_button(editor), LEFT)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: due_date(window) is None)


def test_the_calendar_shows_whole_weekday_names(plan, qtbot):
    window, panel = plan
    editor = due_date_editor(qtbot, panel)
    qtbot.mouseClick(editor, LEFT, pos=QPoint(editor.width() - 4, editor.height() // 2))  # the ▾ arrow
    calendar = editor.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    days = calendar.findChild(QTableView)
    style, metrics = days.style(), days.fontMetrics()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, days) + 1)
    names = []
    for column in range(days.model().columnCount()):
        index = days.model().index(0, column)
        if not index.data() or not days.columnWidth(column):
            continue  # the week numbers' corner
        option = QStyleOptionViewItem()
        option.initFrom(days)
        option.rect = days.visualRect(index)
        option.text = index.data()
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, days).width() - margin
        names.append(index.data())
        assert metrics.horizontalAdvance(index.data()) <= room, index.data()
    assert names == ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
