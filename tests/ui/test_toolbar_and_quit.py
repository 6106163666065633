"""Issue 14, items 8 and 14: the toolbar never moves under the pointer (Undo and Redo keep their
labels; the command's name is in the tooltip), and the quit question's buttons say what happens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from tests.support.canvas_input import type_text
from ui.widgets.prompts import Prompts, UntitledChoice


def shown_text(tip: str) -> str:
    """A tooltip as the user reads it (``plain_tip`` makes it escaped rich text)."""
    return QTextDocumentFragment.fromHtml(tip).toPlainText() if tip.startswith("<") else tip


def toolbar_button(window, action) -> QToolButton:
    button = window.menus.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


@pytest.fixture
def workshop(window, project, qtbot):
    """The sample project in a shown 1366 × 768 window, icons loaded (as after the first paint)."""
    window.resize(1366, 768)
    window.open_path(project)
    window.show()
    qtbot.waitExposed(window)
    window.load_icons()
    QApplication.processEvents()
    return window


def test_undo_keeps_its_label_and_names_the_edit_in_its_tooltip(workshop, qtbot):
    undo, redo = workshop.actions_.undo, workshop.actions_.redo
    button = toolbar_button(workshop, undo)
    label, width = button.text(), button.width()
    assert label == "Annuler" and toolbar_button(workshop, redo).text() == "Rétablir"
    view = workshop.current_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_text(view.editor, "Je compare les forfaits")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    name = workshop.controller.undo_stack.undoText()
    assert name
    QApplication.processEvents()
    assert button.text() == label and button.width() == width
    assert undo.text() == "&Annuler"  # the Edit menu too
    assert shown_text(button.toolTip()) == f"Annuler : {name}"
    assert undo.isEnabled() and not redo.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Je compare les forfaits" not in {n.text for n in workshop.controller.doc.state.touchpoints(
        workshop.current_journey_id())}
    assert button.text() == "Annuler" and toolbar_button(workshop, redo).text() == "Rétablir"
    assert shown_text(toolbar_button(workshop, redo).toolTip()) == f"Rétablir : {name}"


def test_every_toolbar_action_fits_at_1366_pixels(workshop, qtbot):
    toolbar = workshop.menus.toolbar
    view = workshop.current_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # select a note, then change its evaluation (a long undo text)
    workshop.tabs.current_editing().delete_selected()
    QApplication.processEvents()
    assert workshop.controller.undo_stack.undoText()
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    for action in toolbar.actions():
        if not action.isSeparator():
            assert toolbar.widgetForAction(action).isVisible(), action.text()


# --- the quit question -------------------------------------------------------------------
def click_when_shown(qtbot, text: str) -> None:
    """Click the button labelled ``text`` of the message box about to be shown (with the mouse)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        button = next((b for b in box.buttons() if b.text() == text), None)
        if button is None:  # not offered: close the box, and the test fails on the answer
            box.reject()
            return
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, click)


def test_the_never_saved_question_says_the_project_is_kept(window, french):
    box = Prompts().untitled_box(window)
    try:
        # (their order is the platform's)
        assert {b.text() for b in box.buttons()} == {"Enregistrer…", "Garder dans le dossier de données", "Annuler"}
        for button in box.buttons():
            assert box.standardButton(button) == QMessageBox.StandardButton.NoButton  # « Discard » has a bin
            assert button.icon().isNull()
        assert "dossier de données" in box.text()
    finally:
        box.deleteLater()


@pytest.mark.parametrize(("button", "choice"), [
    ("Enregistrer…", UntitledChoice.SAVE),
    ("Garder dans le dossier de données", UntitledChoice.KEEP),
    ("Annuler", UntitledChoice.CANCEL),
])
def test_each_button_of_the_never_saved_question(window, qtbot, button, choice):
    window.show()
    click_when_shown(qtbot, button)
    assert Prompts().ask_save_untitled(window) is choice


def test_escape_cancels_the_never_saved_question(window, qtbot):
    window.show()

    def escape() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, escape)
            return
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    QTimer.singleShot(0, escape)
    assert Prompts().ask_save_untitled(window) is UntitledChoice.CANCEL
