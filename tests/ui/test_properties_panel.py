"""The properties panel alone (real widgets), then wired to the canvas of the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cjm_desktop.domain import Evaluation, Touchpoint
from ui.properties_panel import PropertiesPanel, departments_from

NOTE = Touchpoint(3, 1, "Je compare les offres", 1, 2, evaluation=Evaluation.PAIN, moment_of_truth=True,
                  emotion=-1, departments=("Marketing", "SAV"), comment="Trop de choix", votes=4)  # fmt: skip


@pytest.fixture
def panel(qtbot, french):
    widget = PropertiesPanel()
    qtbot.addWidget(widget)
    widget.show()
    widget.edits = []
    widget.edit_requested.connect(lambda ids, changes: widget.edits.append((ids, changes)))
    return widget


def test_one_note_fills_every_field(panel):
    panel.show_notes([NOTE])
    assert (panel.text_edit.toPlainText(), panel.evaluation_combo.currentData(), panel.moment_check.isChecked(),
            panel.emotion_combo.currentData(), panel.votes_spin.value(), panel.departments_edit.text(),
            panel.comment_edit.toPlainText()) == (
        "Je compare les offres", Evaluation.PAIN, True, -1, 4, "Marketing, SAV", "Trop de choix")  # fmt: skip


def test_no_note_shows_the_placeholder(panel):
    panel.show_notes([])
    assert not panel.placeholder.isHidden() and panel.fields.isHidden()


def test_showing_notes_never_emits(panel):
    panel.show_notes([NOTE])
    panel.show_notes([NOTE, Touchpoint(4, 1, "Je paie", 1, 2)])
    assert panel.edits == []


def test_typing_emits_the_text_for_the_note(panel, qtbot):
    panel.show_notes([NOTE])
    panel.text_edit.setPlainText("Je compare")
    assert panel.edits[-1] == ([3], {"text": "Je compare"})


def test_choosing_an_evaluation_emits_it(panel):
    panel.show_notes([NOTE])
    panel.evaluation_combo.setCurrentIndex(panel.evaluation_combo.findData(Evaluation.DELIGHT))
    panel.evaluation_combo.activated.emit(panel.evaluation_combo.currentIndex())
    assert panel.edits == [([3], {"evaluation": Evaluation.DELIGHT})]


def test_emotion_not_set_emits_none(panel):
    panel.show_notes([NOTE])
    panel.emotion_combo.setCurrentIndex(0)
    panel.emotion_combo.activated.emit(0)
    assert panel.edits == [([3], {"emotion": None})]


def test_departments_are_trimmed_and_deduplicated():
    assert departments_from("Marketing, SAV ,, Marketing") == ("Marketing", "SAV")


def test_several_notes_show_mixed_values_and_edit_them_all(panel, qtbot):
    panel.show_notes([NOTE, Touchpoint(4, 1, "Je paie", 1, 2, evaluation=Evaluation.DELIGHT)])
    assert not panel.text_edit.isEnabled()
    assert panel.evaluation_combo.currentData() == "__mixed__"
    assert panel.moment_check.checkState() == Qt.CheckState.PartiallyChecked
    qtbot.mouseClick(panel.moment_check, Qt.MouseButton.LeftButton)
    assert panel.edits[-1][0] == [3, 4]


def test_showing_the_same_note_again_keeps_the_cursor(panel, qtbot):
    panel.show_notes([NOTE])
    cursor = panel.text_edit.textCursor()
    cursor.setPosition(5)
    panel.text_edit.setTextCursor(cursor)
    panel.show_notes([NOTE])
    assert panel.text_edit.textCursor().position() == 5


@pytest.mark.parametrize(("text", "shown"), [("Le technicien ne vient pas", True), ("Je m'inscris", False),
                                             ("J’appelle le SAV", False)])  # fmt: skip
def test_the_first_person_hint_shows_for_notes_that_need_it(panel, text, shown):
    panel.show_notes([Touchpoint(5, 1, text, 1, 2)])
    assert panel.fix_hint.isVisibleTo(panel) is shown


def test_the_fix_button_emits_the_fixed_text(panel, qtbot):
    panel.show_notes([Touchpoint(5, 1, "Le technicien ne vient pas", 1, 2)])
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert panel.edits == [([5], {"text": "Je constate que le technicien ne vient pas"})]


def test_the_hint_is_hidden_when_the_check_is_off(panel):
    panel.first_person_check = False
    panel.show_notes([Touchpoint(5, 1, "Le technicien ne vient pas", 1, 2)])
    assert not panel.fix_hint.isVisibleTo(panel)


def test_the_panel_edits_the_selected_note_in_one_undo_step(window, project, qtbot):
    window.open_path(project)
    scene = window.tabs.current_scene()
    note_id = scene.reading_order()[0]
    scene.select_notes([note_id])
    assert window.properties.notes[0].id == note_id
    window.properties.text_edit.setFocus()
    for text in ("Je", "Je lis", "Je lis la notice"):
        window.properties.text_edit.setPlainText(text)
    assert window.controller.doc.state.get(Touchpoint, note_id).text == "Je lis la notice"
    assert window.controller.undo_stack.count() == 1
    assert scene.notes[note_id].note.text == "Je lis la notice"
