"""The window under storage faults (issue 13): a failed write is told in one sentence and leaves the
document and the undo history in step; a project that cannot be saved can still be closed, its
edits kept; a file changed elsewhere or open elsewhere is never overwritten behind anyone's back."""

from __future__ import annotations

import os
from pathlib import Path

from cjm_desktop.commands import AddTouchpoints
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Touchpoint
from cjm_desktop.storage.presence import presence_path
from cjm_desktop.storage.safe_open import validate_file
from tests.support.faults import fill_working_copy, read_only_folder, refuse_writes
from ui.widgets.prompts import CloseChoice, OpenChoice


def note_count(window) -> int:
    return len(window.controller.doc.state.of(Touchpoint))


def add_note(window, text: str) -> bool:
    state = window.controller.doc.state
    journey = state.journeys[0].id
    cell = (state.channels(journey)[0].id, state.stages(journey)[0].id)
    return window.controller.execute(AddTouchpoints(journey, cell, texts=[text]), "Ajouter une note")


def test_a_full_disk_refuses_the_edit_with_one_sentence_and_no_undo_step(window, prompts, project):
    window.open_path(project)
    notes, steps = note_count(window), window.controller.undo_stack.count()
    fill_working_copy(window.controller.doc)
    assert not add_note(window, "x" * 50_000)
    assert (note_count(window), window.controller.undo_stack.count()) == (notes, steps)
    assert len(prompts.warnings) == 1 and "disque" in prompts.warnings[0][0]


def test_editing_goes_on_after_a_failed_write(window, project):
    window.open_path(project)
    fill_working_copy(window.controller.doc)
    add_note(window, "x" * 50_000)
    assert add_note(window, "Je réessaie")  # a fresh connection: the disk has room again
    window.controller.undo_stack.undo()
    assert "Je réessaie" not in {n.text for n in window.controller.doc.state.of(Touchpoint).values()}


def test_a_failed_undo_keeps_the_edit_and_its_undo_step(window, prompts, project):
    window.open_path(project)
    add_note(window, "Je signe mon contrat")
    stack, notes = window.controller.undo_stack, note_count(window)
    refuse_writes(window.controller.doc)
    stack.undo()
    assert (stack.index(), stack.count(), note_count(window)) == (1, 1, notes)
    assert len(prompts.warnings) == 1
    stack.undo()  # the disk has room again: the same step undoes
    assert (stack.index(), note_count(window)) == (0, notes - 1)


def test_a_failed_redo_keeps_the_history_where_it_was(window, project):
    window.open_path(project)
    add_note(window, "Je signe mon contrat")
    stack = window.controller.undo_stack
    stack.undo()
    notes = note_count(window)
    refuse_writes(window.controller.doc)
    stack.redo()
    assert (stack.index(), note_count(window)) == (0, notes)
    stack.redo()
    assert (stack.index(), note_count(window)) == (1, notes + 1)


def test_saving_to_a_read_only_place_says_so_and_offers_save_as(window, prompts, project, tmp_path):
    window.open_path(project)
    add_note(window, "Je signe mon contrat")
    with read_only_folder(tmp_path / "clé en lecture seule") as folder:
        prompts.path_to_save = folder / "atelier.cjm"
        assert not window.save_as()
    assert len(prompts.warnings) == 1 and "lecture seule" in prompts.warnings[0][0]
    assert window.info_bar.isVisibleTo(window) and window.info_bar.button.text() == "Enregistrer sous…"


def test_a_project_that_cannot_be_saved_can_still_be_closed_and_its_edits_come_back(window, prompts, project):
    window.open_path(project)
    add_note(window, "Je signe mon contrat")
    os.chmod(project, 0o444)
    prompts.close_unsaved_answer = CloseChoice.CLOSE
    assert window.close()
    os.chmod(project, 0o644)
    doc = Document.open(window.controller.store, project)
    assert doc.report.restored_revision is not None
    assert "Je signe mon contrat" in {n.text for n in doc.state.of(Touchpoint).values()}
    doc.close(save=False)


def test_closing_stays_open_when_the_user_cancels_after_a_failed_save(window, prompts, project):
    window.open_path(project)
    add_note(window, "Je signe mon contrat")
    os.chmod(project, 0o444)
    prompts.close_unsaved_answer = CloseChoice.CANCEL
    assert not window.close()
    assert window.controller.doc is not None and len(prompts.questions) == 1
    os.chmod(project, 0o644)


def test_a_file_changed_elsewhere_is_kept_beside_and_the_user_told(window, project, tmp_path):
    window.open_path(project)
    add_note(window, "Je signe mon contrat")
    theirs = project.read_bytes()[:-1] + bytes([project.read_bytes()[-1] ^ 0xFF])
    project.write_bytes(theirs)
    assert window.save()
    kept = [p for p in project.parent.glob("*.cjm") if p != project]
    assert len(kept) == 1 and kept[0].read_bytes() == theirs and "autre version" in kept[0].name
    assert kept[0].name in window.info_bar.label.text()


def test_a_project_open_on_another_machine_opens_read_only_when_asked(window, prompts, project):
    presence_path(project).write_text('{"user": "marie", "host": "PC-MARIE", "pid": 4242, '
                                      '"since": "2026-12-01T09:30:00Z"}', encoding="utf-8")
    prompts.open_elsewhere_answer = OpenChoice.READ_ONLY
    before = project.read_bytes()
    assert window.open_path(project)
    assert "marie" in prompts.questions[0] and "PC-MARIE" in prompts.questions[0]
    assert "lecture seule" in window.windowTitle()
    add_note(window, "Je signe mon contrat")
    assert not window.save()  # Save becomes Save As; no file chosen: nothing written
    assert project.read_bytes() == before


def test_a_project_open_on_another_machine_is_not_opened_when_the_user_cancels(window, prompts, project):
    presence_path(project).write_text('{"user": "marie", "host": "PC-MARIE", "pid": 4242, "since": ""}',
                                      encoding="utf-8")
    prompts.open_elsewhere_answer = OpenChoice.CANCEL
    assert not window.open_path(project)
    assert window.controller.doc is None and validate_file(project).state is not None


def test_an_unsaveable_closing_leaves_the_file_as_it_was(window, prompts, project: Path):
    window.open_path(project)
    before = project.read_bytes()
    add_note(window, "Je signe mon contrat")
    os.chmod(project, 0o444)
    prompts.close_unsaved_answer = CloseChoice.CLOSE
    window.close()
    os.chmod(project, 0o644)
    assert project.read_bytes() == before
