"""Edits through the undo adapter: undo/redo, merging, refusals, the unsaved mark, saving."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cjm_desktop import document
from cjm_desktop.commands import AddTouchpoints, EditEntity, EditTouchpoints
from cjm_desktop.model.domain import Journey, Touchpoint
from cjm_desktop.storage.safe_open import validate_file


def add_note(window, text: str = "Je m’inscris à la newsletter") -> bool:
    doc = window.controller.doc
    journey = doc.state.journeys[0].id
    cell = (doc.state.channels(journey)[0].id, doc.state.stages(journey)[0].id)
    return window.controller.execute(AddTouchpoints(journey, cell, texts=[text]), "Ajouter")


def texts(doc) -> set[str]:
    return {n.text for n in doc.state.of(Touchpoint).values()}


def saved_texts(path) -> set[str]:
    validated = validate_file(path)
    validated.conn.close()
    return {n.text for n in validated.state.of(Touchpoint).values()}


def test_an_edit_is_applied_and_drawn(window, project):
    window.open_path(project)
    add_note(window, "Je découvre l’offre")
    assert "Je découvre l’offre" in texts(window.controller.doc)
    assert window.scenes[0].note_count() == 63


def test_undo_reverts_the_edit_in_the_document(window, project):
    window.open_path(project)
    add_note(window, "Je découvre l’offre")
    window.actions_.undo.trigger()
    assert "Je découvre l’offre" not in texts(window.controller.doc)
    assert window.scenes[0].note_count() == 62


def test_redo_reapplies_the_edit(window, project):
    window.open_path(project)
    add_note(window, "Je découvre l’offre")
    window.actions_.undo.trigger()
    window.actions_.redo.trigger()
    assert "Je découvre l’offre" in texts(window.controller.doc)


def test_edits_of_the_same_field_merge_into_one_undo_step(window, project):
    window.open_path(project)
    journey = window.controller.doc.state.journeys[0].id
    for name in ("P", "Pa", "Parcours cible"):
        window.controller.execute(EditEntity(Journey, journey, name=name), "Renommer")
    assert window.controller.undo_stack.count() == 1
    window.actions_.undo.trigger()
    assert window.controller.doc.state.get(Journey, journey).name == "Parcours existant"


def test_a_refused_edit_is_explained_and_not_undoable(window, prompts, project):
    window.open_path(project)
    assert not window.controller.execute(EditTouchpoints([999_999], text="Je n’existe pas"), "Modifier")
    assert window.controller.undo_stack.count() == 0
    assert prompts.warnings[-1][0] == "Cette modification a été refusée\u202f; le projet est inchangé."


def test_the_title_marks_unsaved_changes(window, project):
    window.open_path(project)
    assert window.windowTitle() == "atelier.cjm[*] — CJM Desktop" and not window.isWindowModified()
    add_note(window)
    assert window.isWindowModified()


def test_saving_clears_the_unsaved_mark(window, project):
    window.open_path(project)
    add_note(window, "Je garde ça")
    window.actions_.save.trigger()
    assert not window.isWindowModified()
    assert "Je garde ça" in saved_texts(project)


def test_undoing_back_to_the_saved_state_clears_the_unsaved_mark(window, project):
    window.open_path(project)
    add_note(window)
    window.actions_.undo.trigger()
    assert not window.isWindowModified()


def test_autosave_saves_once_editing_pauses(window, project, qtbot, monkeypatch):
    monkeypatch.setattr(document, "AUTOSAVE_QUIET_S", 0.05)
    window.open_path(project)
    add_note(window, "Je sauvegarde tout seul")
    qtbot.waitUntil(lambda: not window.controller.doc.modified, timeout=5000)
    assert "Je sauvegarde tout seul" in saved_texts(project)


def test_closing_the_window_saves(window, project):
    window.open_path(project)
    add_note(window, "Dernière note")
    window.close()
    assert "Dernière note" in saved_texts(project)


def test_save_as_writes_an_untitled_project_where_the_user_chose(window, prompts, tmp_path):
    window.new_from_template("blank")
    prompts.path_to_save = tmp_path / "nouveau.cjm"
    window.actions_.save.trigger()
    assert prompts.path_to_save.is_file() and window.windowTitle().startswith("nouveau.cjm")


def test_quitting_a_never_saved_project_asks_first(window, prompts):
    window.new_from_template("blank")
    window.close()
    assert prompts.untitled_questions == 1


def test_cancelling_the_question_keeps_the_window_open(window, prompts, qtbot):
    from ui.widgets.prompts import UntitledChoice

    window.show()
    window.new_from_template("blank")
    prompts.untitled_answer = UntitledChoice.CANCEL
    window.close()
    assert window.isVisible() and window.controller.doc is not None
    prompts.untitled_answer = UntitledChoice.KEEP


def test_the_inline_editor_opens_at_a_readable_size_when_zoomed_out(window, project, qtbot):
    """Issue 14.9: at « fit » on a big map a note is a few pixels high; its editor is not."""
    window.open_path(project)
    with qtbot.waitExposed(window):
        window.show()
    view = window.current_view()
    view.zoom(0.25)
    qtbot.keyClick(view.viewport(), Qt.Key.Key_N)  # a new note in the current cell
    editor = view.editor
    assert editor.isVisible()
    assert editor.font().pixelSize() >= 15 and editor.width() >= 260
    assert editor.height() >= 4 * editor.fontMetrics().lineSpacing()
    assert view.viewport().rect().contains(editor.geometry())
