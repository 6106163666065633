"""The properties panel alone (real widgets, French translators), then wired to the main window."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from cjm_desktop.model.domain import Evaluation, ProjectState, Touchpoint, Vote, VotingSession
from ui.canvas.properties_panel import PropertiesPanel, departments_from

NOTE = Touchpoint(3, 1, "Je compare les offres", 1, 2, evaluation=Evaluation.PAIN, moment_of_truth=True,
                  emotion=-1, departments=("Marketing", "SAV"), comment="Trop de choix")
OTHER = Touchpoint(4, 1, "Je paie", 1, 2, evaluation=Evaluation.DELIGHT, departments=("Finance",))
PLAIN = Touchpoint(5, 1, "Je m'inscris", 1, 2)
TWIN = replace(NOTE, id=6, text="Je paie")  # as many dots as NOTE


def voted() -> ProjectState:
    """The notes' dots: 4 on NOTE (3 in a session, 1 entered directly), 1 on OTHER, 4 on TWIN."""
    state = ProjectState()
    for note in (NOTE, OTHER, PLAIN, TWIN):
        state.put(note)
    state.put(VotingSession(1, "Priorités"))
    state.put(VotingSession(2, "Saisie directe", budget=0))
    for vote_id, (session, note, count) in enumerate(((1, 3, 3), (2, 3, 1), (1, 4, 1), (1, 6, 4)), start=1):
        state.put(Vote(vote_id, session, None, note, count=count))
    return state


@pytest.fixture
def panel(qtbot, french):
    widget = PropertiesPanel()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.edits = []
    widget.edit_requested.connect(lambda ids, changes: widget.edits.append((ids, changes)))
    return widget


def test_one_note_fills_every_field(panel):
    panel.show_notes([NOTE], voted())
    assert (panel.header_label.text(), panel.text_edit.toPlainText(), panel.evaluation_combo.currentText(),
            panel.moment_check.isChecked(), panel.emotion_combo.currentText(), panel.votes_label.text(),
            panel.departments_edit.text(), panel.comment_edit.toPlainText()) == (
        "1 note", "Je compare les offres", "Irritant", True, "−1 Négative", "4", "Marketing, SAV", "Trop de choix")


def test_the_votes_tooltip_tells_each_sessions_dots(panel):
    panel.show_notes([NOTE], voted())
    tip = panel.votes_label.toolTip()
    assert "Priorités" in tip and "3" in tip and "1" in tip


def test_no_note_shows_the_placeholder_and_hides_the_editors(panel):
    panel.show_notes([NOTE])
    panel.show_notes([])
    assert panel.placeholder.isVisibleTo(panel) and not panel.fields.isVisibleTo(panel)


def test_showing_notes_never_emits(panel):
    for notes in ([NOTE], [NOTE, OTHER], [PLAIN], [], [OTHER, PLAIN], [NOTE]):
        panel.show_notes(notes)
    assert panel.edits == []


def test_typing_text_emits_it_for_the_note_at_each_keystroke(panel, qtbot):
    panel.show_notes([PLAIN])
    panel.text_edit.moveCursor(panel.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(panel.text_edit, " ici")
    assert panel.edits == [([5], {"text": "Je m'inscris" + " ici"[:n]}) for n in range(1, 5)]


def test_choosing_an_evaluation_emits_the_enum(panel, qtbot):
    panel.show_notes([PLAIN])  # not evaluated: three steps down is « irritant »
    for _ in range(3):
        qtbot.keyClick(panel.evaluation_combo, Qt.Key.Key_Down)
    assert panel.edits[-1] == ([5], {"evaluation": Evaluation.PAIN})
    assert type(panel.edits[-1][1]["evaluation"]) is Evaluation


def test_choosing_no_emotion_emits_none(panel, qtbot):
    panel.show_notes([NOTE])
    qtbot.keyClick(panel.emotion_combo, Qt.Key.Key_Home)
    assert panel.edits == [([3], {"emotion": None})]


def test_the_votes_are_read_only_and_plus_asks_for_one_more(panel, qtbot):
    steps = []
    panel.votes_step_requested.connect(steps.append)
    panel.show_notes([NOTE], voted())
    qtbot.mouseClick(panel.votes_more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.votes_less, Qt.MouseButton.LeftButton)
    assert steps == [1, -1] and panel.edits == []


def test_clicking_the_moment_of_truth_emits_it(panel, qtbot):
    panel.show_notes([NOTE])
    qtbot.mouseClick(panel.moment_check, Qt.MouseButton.LeftButton)
    assert panel.edits == [([3], {"moment_of_truth": False})]


def test_departments_are_trimmed_and_deduplicated():
    assert departments_from("Marketing, SAV ,, Marketing") == ("Marketing", "SAV")


def test_departments_emit_once_when_editing_finishes(panel, qtbot):
    panel.show_notes([PLAIN])
    qtbot.keyClicks(panel.departments_edit, "Marketing, SAV ,, Marketing")
    assert panel.edits == []  # not at each keystroke
    qtbot.keyClick(panel.departments_edit, Qt.Key.Key_Return)
    panel.departments_edit.editingFinished.emit()  # e.g. the focus leaves afterwards
    assert panel.edits == [([5], {"departments": ("Marketing", "SAV")})]


def test_unchanged_departments_do_not_emit(panel, qtbot):
    panel.show_notes([NOTE])
    panel.departments_edit.selectAll()
    qtbot.keyClicks(panel.departments_edit, "Marketing,SAV")
    qtbot.keyClick(panel.departments_edit, Qt.Key.Key_Return)
    assert panel.edits == []


def test_several_notes_show_differing_values_as_mixed(panel):
    panel.show_notes([NOTE, OTHER], voted())
    mixed = panel.mixed_label
    assert (panel.header_label.text(), panel.text_edit.isEnabled(), panel.text_edit.toPlainText(),
            panel.evaluation_combo.currentText(), panel.moment_check.checkState(), panel.emotion_combo.currentText(),
            panel.votes_label.text(), panel.departments_edit.text(), panel.comment_edit.toPlainText()) == (
        "2 notes", False, "", mixed, Qt.CheckState.PartiallyChecked, mixed, mixed, "", "")


def test_several_notes_show_the_values_they_share(panel):
    panel.show_notes([NOTE, TWIN], voted())
    assert (panel.evaluation_combo.currentText(), panel.votes_label.text(), panel.evaluation_combo.count()) == (
        "Irritant", "4", 5)


def test_choosing_an_evaluation_for_several_notes_emits_every_id(panel, qtbot):
    panel.show_notes([NOTE, OTHER])
    qtbot.keyClick(panel.evaluation_combo, Qt.Key.Key_Home)
    assert panel.edits == [([3, 4], {"evaluation": Evaluation.NONE})]


def test_choosing_the_mixed_entry_emits_nothing(panel, qtbot):
    panel.show_notes([NOTE, OTHER])
    qtbot.keyClick(panel.evaluation_combo, Qt.Key.Key_End)  # the "mixed" entry is the last one
    panel.evaluation_combo.activated.emit(panel.evaluation_combo.currentIndex())
    assert panel.edits == []


def test_leaving_mixed_departments_empty_keeps_each_notes_own(panel, qtbot):
    panel.show_notes([NOTE, OTHER])
    qtbot.keyClick(panel.departments_edit, Qt.Key.Key_Return)
    assert panel.edits == []


def test_showing_the_same_note_after_an_edit_keeps_the_cursor(panel, qtbot):
    panel.show_notes([PLAIN])
    panel.text_edit.setFocus()
    cursor = panel.text_edit.textCursor()
    cursor.setPosition(2)
    panel.text_edit.setTextCursor(cursor)
    qtbot.keyClicks(panel.text_edit, ",")
    panel.show_notes([replace(PLAIN, text=panel.edits[-1][1]["text"])])  # what the canvas does
    assert (panel.text_edit.toPlainText(), panel.text_edit.textCursor().position()) == ("Je, m'inscris", 3)


@pytest.mark.parametrize(("text", "shown"), [("Le technicien ne vient pas", True), ("Je m'inscris", False),
                                             ("J’appelle le SAV", False)])
def test_the_first_person_hint_shows_for_notes_that_need_it(panel, text, shown):
    panel.show_notes([Touchpoint(5, 1, text, 1, 2)])
    assert panel.fix_hint.isVisibleTo(panel) is shown


def test_the_fix_button_emits_the_fixed_text(panel, qtbot):
    panel.show_notes([Touchpoint(5, 1, "Le technicien ne vient pas", 1, 2)])
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert panel.edits == [([5], {"text": "Je constate que le technicien ne vient pas"})]


def test_the_fix_button_shows_the_proposed_text_elided(panel):
    panel.resize(800, 600)
    panel.show_notes([Touchpoint(5, 1, "Le technicien ne vient pas", 1, 2)])
    assert panel.fix_button.text() == "Corriger : « Je constate que le technicien ne vient… »"


def test_the_fix_button_fits_a_narrow_panel(panel):
    panel.resize(panel.minimumWidth(), 600)
    panel.show_notes([Touchpoint(5, 1, "Le technicien ne vient pas le jour prévu", 1, 2)])
    assert panel.fix_button.sizeHint().width() <= panel.fields.width()


def test_the_hint_is_hidden_when_the_check_is_off(panel):
    panel.first_person_check = False
    panel.show_notes([Touchpoint(5, 1, "Le technicien ne vient pas", 1, 2)])
    assert not panel.fix_hint.isVisibleTo(panel)


def test_the_hint_is_hidden_for_several_notes(panel):
    panel.show_notes([Touchpoint(5, 1, "Le technicien ne vient pas", 1, 2), NOTE])
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


def test_an_evaluation_chosen_in_the_panel_reaches_the_document_as_an_evaluation(window, project):
    window.open_path(project)
    scene = window.tabs.current_scene()
    note_id = scene.reading_order()[0]
    scene.select_notes([note_id])
    combo = window.properties.evaluation_combo
    combo.setCurrentIndex(combo.findText("Irritant"))
    combo.activated.emit(combo.currentIndex())
    assert window.controller.doc.state.get(Touchpoint, note_id).evaluation is Evaluation.PAIN
