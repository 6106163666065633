"""The document lifecycle: save atomically, restore unsaved edits, lock, autosave, backups."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from cjm_desktop.commands import AddTouchpoints, EditEntity
from cjm_desktop.commands.new_project import new_project_ops
from cjm_desktop.document import AUTOSAVE_MAX_S, AUTOSAVE_QUIET_S, Document
from cjm_desktop.model.domain import Project, Touchpoint
from cjm_desktop.storage.errors import CjmError, DocumentLocked
from cjm_desktop.storage.safe_open import validate_file
from cjm_desktop.storage.working import backups_to_keep

ROOT = Path(__file__).resolve().parents[2]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_note(doc: Document, text: str) -> int:
    journey = doc.state.journeys[0].id
    cell = (doc.state.channels(journey)[0].id, doc.state.stages(journey)[0].id)
    command = AddTouchpoints(journey, cell, texts=[text])
    doc.execute(command)
    return command.created_ids[0]


def note_texts(doc: Document) -> set[str]:
    return {n.text for n in doc.state.of(Touchpoint).values()}


@pytest.fixture
def saved(doc: Document, tmp_path: Path) -> Path:
    """The fixture document saved as projet.cjm (still open)."""
    path = tmp_path / "projet.cjm"
    add_note(doc, "Je m’inscris à la newsletter")
    doc.save(path)
    return path


def test_save_writes_a_valid_self_contained_file(doc, saved):
    data = saved.read_bytes()
    assert data[18:20] == b"\x01\x01"  # not WAL: the file needs no -wal companion
    assert note_texts(doc) == {n.text for n in validate_file(saved).state.of(Touchpoint).values()}
    assert not doc.modified


def test_save_leaves_no_temporary_file(doc, saved):
    """Only the project, and while it is open the presence file that tells others who has it."""
    assert sorted(p.name for p in saved.parent.iterdir() if p.name != "data") == [".~lock.projet.cjm#", "projet.cjm"]
    doc.close()
    assert sorted(p.name for p in saved.parent.iterdir() if p.name != "data") == ["projet.cjm"]


def test_a_failed_save_leaves_the_old_file_untouched(doc, saved, monkeypatch):
    before = digest(saved)
    add_note(doc, "Je paie")

    def refuse(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(CjmError, match="No space left"):
        doc.save()
    assert digest(saved) == before
    assert doc.modified
    assert not [p for p in saved.parent.iterdir() if p.suffix == ".tmp"]


def test_editing_never_touches_the_file(doc, saved):
    before = digest(saved)
    add_note(doc, "Je compare")
    assert digest(saved) == before


def test_close_saves_pending_edits(doc, saved):
    add_note(doc, "Je compare")
    doc.close()
    assert "Je compare" in {n.text for n in validate_file(saved).state.of(Touchpoint).values()}


def test_a_clean_close_removes_the_working_copy(doc, saved):
    folder = doc.folder
    doc.close()
    assert not folder.exists()


def test_reopening_restores_unsaved_edits_and_says_so(doc, saved, store):
    add_note(doc, "Je reviens plus tard")
    doc.close(save=False)  # as after a crash: the working copy holds an unsaved edit
    reopened = Document.open(store, saved)
    try:
        assert reopened.report.restored_revision == reopened.revision
        assert "Je reviens plus tard" in note_texts(reopened)
        assert reopened.modified
    finally:
        reopened.close(save=False)


def test_opening_with_restore_does_not_modify_the_file(doc, saved, store):
    add_note(doc, "Je reviens plus tard")
    doc.close(save=False)
    before = digest(saved)
    Document.open(store, saved).close(save=False)
    assert digest(saved) == before


def test_restored_edits_can_be_discarded_and_are_kept_as_a_backup(doc, saved, store):
    add_note(doc, "Brouillon")
    doc.close(save=False)
    restored = Document.open(store, saved)
    fresh = restored.reopen_saved()
    try:
        assert "Brouillon" not in note_texts(fresh)
        backups = list(store.backup_folder(restored.folder).glob("*.cjm"))
        assert any("Brouillon" in {n.text for n in validate_file(b).state.of(Touchpoint).values()} for b in backups)
    finally:
        fresh.close(save=False)


def test_a_file_changed_elsewhere_wins_and_our_edits_are_kept_aside(doc, saved, store, tmp_path):
    add_note(doc, "Mon ajout")
    doc.close(save=False)
    colleague = Document.new(store, new_project_ops("Version du collègue"))
    colleague.save(tmp_path / "autre.cjm")
    colleague.close()
    os.replace(tmp_path / "autre.cjm", saved)
    reopened = Document.open(store, saved)
    try:
        assert reopened.state.project.title == "Version du collègue"
        assert "Mon ajout" in {n.text for n in validate_file(reopened.report.kept_aside).state.of(Touchpoint).values()}
    finally:
        reopened.close(save=False)


def test_a_save_whose_bookkeeping_was_lost_is_recognised_as_in_sync(doc, saved, store):
    folder = doc.folder
    stale_meta = (folder / "meta.json").read_text()
    add_note(doc, "Je paie")
    doc.save()
    doc.close(keep=True)
    (folder / "meta.json").write_text(stale_meta)  # as if killed between rename and meta write
    reopened = Document.open(store, saved)
    try:
        assert reopened.report.restored_revision is None and reopened.report.kept_aside is None
        assert "Je paie" in note_texts(reopened)
    finally:
        reopened.close(save=False)


def test_a_document_cannot_be_opened_twice_for_writing(doc, saved, store):
    with pytest.raises(DocumentLocked, match="already open"):
        Document.open(store, saved)


def test_another_process_gets_a_clear_locked_message(doc, saved, store):
    script = (
        "import sys; from cjm_desktop.document import Document; from cjm_desktop.storage.working import WorkingStore\n"
        "try:\n    Document.open(WorkingStore(sys.argv[1]), sys.argv[2])\n"
        "except Exception as e:\n    print(type(e).__name__, e)\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(store.root), str(saved)], capture_output=True,
                         text=True, cwd=ROOT, timeout=60)
    assert out.stdout.startswith("DocumentLocked") and f"process {os.getpid()}" in out.stdout


def test_the_lock_is_released_on_close(doc, saved, store):
    doc.close()
    Document.open(store, saved).close()


def test_save_as_moves_the_lock_to_the_new_file(doc, saved, store, tmp_path):
    copy = tmp_path / "copie.cjm"
    doc.save(copy)
    assert doc.path == copy.resolve()
    Document.open(store, saved).close()  # the old file is free again
    with pytest.raises(DocumentLocked):
        Document.open(store, copy)


def test_an_unsaved_new_project_keeps_its_working_copy_on_close(doc):
    folder = doc.folder
    doc.close()
    assert (folder / "copy.sqlite").exists()
    assert json.loads((folder / "meta.json").read_text())["source"] is None


def test_autosave_waits_for_a_quiet_moment(doc, saved):
    assert doc.autosave_delay() is None
    add_note(doc, "Je paie")
    edit_time = doc._last_edit
    assert doc.autosave_delay(now=edit_time) == pytest.approx(AUTOSAVE_QUIET_S)
    assert doc.autosave_delay(now=edit_time + AUTOSAVE_QUIET_S + 1) == 0


def test_autosave_does_not_wait_forever_while_editing_goes_on(doc, saved):
    add_note(doc, "Je paie")
    first = doc._first_unsaved_edit
    doc._last_edit = first + AUTOSAVE_MAX_S - 1  # edits kept coming
    assert doc.autosave_delay(now=first + AUTOSAVE_MAX_S) == 0


def test_a_never_saved_project_is_not_autosaved(doc):
    add_note(doc, "Je paie")
    assert doc.autosave_delay() is None


def test_backup_is_a_valid_snapshot(doc, saved):
    add_note(doc, "Juste avant la panne")
    backup = doc.backup()
    assert "Juste avant la panne" in {n.text for n in validate_file(backup).state.of(Touchpoint).values()}


def test_backups_are_pruned_to_recent_daily_and_weekly():
    now = datetime(2026, 11, 23, 12, 0)
    hourly_for_60_days = [now - timedelta(hours=h) for h in range(60 * 24)]
    kept = backups_to_keep(hourly_for_60_days, now)
    recent = sorted(kept, reverse=True)[:6]
    assert recent == hourly_for_60_days[:6]
    assert len(kept) < 6 + 8 + 9
    assert all(now - stamp <= timedelta(weeks=8) for stamp in kept)


def test_project_fields_survive_save_and_reopen(doc, saved, store):
    doc.execute(EditEntity(Project, 1, purpose="Réduire les appels au centre de contacts"))
    doc.close()
    reopened = Document.open(store, saved)
    try:
        assert reopened.state.project.purpose == "Réduire les appels au centre de contacts"
    finally:
        reopened.close()


def test_a_never_saved_project_can_be_resumed_after_its_window_is_gone(doc, store):
    add_note(doc, "Idée du matin")
    folder = doc.folder
    assert store.untitled_folders() == []  # still open here
    doc.close()
    assert store.untitled_folders() == [folder]
    resumed = Document.resume_untitled(store, folder)
    try:
        assert "Idée du matin" in note_texts(resumed)
        assert store.untitled_folders() == []
    finally:
        resumed.close()


def test_a_save_cleans_up_temp_files_left_by_a_killed_save(doc, saved):
    leftover = saved.with_name(f".{saved.name}.4242-deadbeef.tmp")
    leftover.write_bytes(b"half a database")
    doc.save()
    assert not leftover.exists()
