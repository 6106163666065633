"""Trust under faults (issue 13): no silent overwrite of a file changed elsewhere, no unsaved edit
dropped on a coincidence, storage errors reported as the project's own, read-only places and file
modes respected, nothing left behind by a killed save or import."""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cjm_desktop.commands import AddTouchpoints, EditEntity
from cjm_desktop.commands.new_project import new_project_ops
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Journey, Project, Touchpoint
from cjm_desktop.storage.errors import DocumentLocked, OpenElsewhere, ReadOnlyFile, StorageFailed
from cjm_desktop.storage.presence import presence_path, read_presence
from cjm_desktop.storage.safe_open import validate_file
from cjm_desktop.storage.snapshot import current_umask
from cjm_desktop.storage.working import WorkingStore
from tests.support.faults import fill_working_copy, read_only_folder

ROOT = Path(__file__).resolve().parents[2]


def add_note(doc: Document, text: str) -> int:
    journey = doc.state.journeys[0].id
    cell = (doc.state.channels(journey)[0].id, doc.state.stages(journey)[0].id)
    command = AddTouchpoints(journey, cell, texts=[text])
    doc.execute(command)
    return command.created_ids[0]


def texts_in(path: Path) -> set[str]:
    return {n.text for n in validate_file(path).state.of(Touchpoint).values()}


def saved_project(store: WorkingStore, path: Path, *notes: str) -> Path:
    doc = Document.new(store, new_project_ops("Atelier", "parcours-en-8"))
    for note in notes:
        add_note(doc, note)
    doc.save(path)
    doc.close()
    return path


@pytest.fixture
def project(store: WorkingStore, tmp_path: Path) -> Path:
    return saved_project(store, tmp_path / "atelier.cjm", "Je compare les offres")


def write_foreign_version(path: Path, tmp_path: Path, note: str) -> bytes:
    """Put another version of the project at ``path``, as a colleague's save or a copy would."""
    other = saved_project(WorkingStore(tmp_path / "elsewhere"), tmp_path / "other.cjm", note)
    data = other.read_bytes()
    path.write_bytes(data)
    return data


# --- 2. a file changed elsewhere is never silently overwritten ---------------------------------------

def test_saving_over_a_file_changed_elsewhere_keeps_both_versions(store, project, tmp_path):
    doc = Document.open(store, project)
    add_note(doc, "Je signe mon contrat")
    theirs = write_foreign_version(project, tmp_path, "Je reçois ma box")
    report = doc.save(other_version_label="autre version")
    doc.close()
    assert report.other_version is not None and report.other_version.read_bytes() == theirs
    assert "autre version" in report.other_version.name and report.other_version.parent == project.parent
    assert "Je signe mon contrat" in texts_in(project)


def test_a_copy_with_the_same_size_and_time_is_still_told_apart(store, project, tmp_path):
    doc = Document.open(store, project)
    add_note(doc, "Je signe mon contrat")
    info = project.stat()
    theirs = bytearray(project.read_bytes())
    theirs[-1] ^= 0xFF  # same size; the time is put back as a `cp -p` would
    project.write_bytes(bytes(theirs))
    os.utime(project, ns=(info.st_atime_ns, info.st_mtime_ns))
    report = doc.save()
    doc.close()
    assert report.other_version is not None and report.other_version.read_bytes() == bytes(theirs)


def test_a_save_of_an_unchanged_file_keeps_no_other_version(store, project):
    doc = Document.open(store, project)
    add_note(doc, "Je signe mon contrat")
    assert doc.save().other_version is None
    add_note(doc, "Je reçois ma box")
    assert doc.save().other_version is None  # our own last save is the known version
    doc.close()
    assert [p.name for p in project.parent.glob("*.cjm")] == [project.name]


def open_on_another_machine(project: Path) -> None:
    """What Marie's CJM Desktop leaves beside the project while she has it open on her PC."""
    presence_path(project).write_text('{"user": "marie", "host": "PC-MARIE", "pid": 4242, '
                                      '"since": "2026-12-01T09:30:00Z"}', encoding="utf-8")


def test_a_second_person_is_told_who_has_the_project_open(store, project):
    open_on_another_machine(project)
    with pytest.raises(OpenElsewhere) as refused:
        Document.open(store, project)
    assert (refused.value.user, refused.value.host, refused.value.since) == ("marie", "PC-MARIE",
                                                                             "2026-12-01T09:30:00Z")


def test_a_project_opened_read_only_is_saved_only_under_another_name(store, project, tmp_path):
    open_on_another_machine(project)
    doc = Document.open(store, project, read_only=True)
    add_note(doc, "Je signe mon contrat")
    with pytest.raises(ReadOnlyFile):
        doc.save()
    doc.save(tmp_path / "ma copie.cjm")
    doc.close()
    assert "Je signe mon contrat" in texts_in(tmp_path / "ma copie.cjm")
    assert "Je signe mon contrat" not in texts_in(project)
    assert read_presence(project).host == "PC-MARIE"  # Marie's presence is left as it is


def test_a_project_can_be_opened_for_editing_anyway(store, project):
    open_on_another_machine(project)
    Document.open(store, project, even_if_open_elsewhere=True).close()


def test_a_presence_left_by_a_dead_process_is_not_in_the_way(store, project):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    presence_path(project).write_text(
        f'{{"user": "x", "host": "{os.uname().nodename}", "pid": {int(dead.stdout)}, "since": "2026-01-01T00:00:00Z"}}',
        encoding="utf-8")
    Document.open(store, project).close()


def test_one_window_per_file_whatever_the_path(store, project, tmp_path):
    """The data folder's lock names the file, not the path string: a second mount of the same
    folder is the same file."""
    second = tmp_path / "second-mount"
    second.mkdir()
    if os.geteuid() == 0:
        subprocess.run(["mount", "--bind", str(project.parent), str(second)], check=True)
        other_path = second / project.name
    else:  # without mounts: a link to the folder (a mapped drive resolves like it)
        second.rmdir()
        second.symlink_to(project.parent, target_is_directory=True)
        other_path = second / project.name
    try:
        doc = Document.open(store, project)
        with pytest.raises(DocumentLocked):
            Document.open(store, other_path)
        doc.close()
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", "-l", str(second)], check=False)


# --- 3. unsaved edits are never dropped on a coincidence of revision numbers -------------------------

def test_unsaved_edits_are_kept_when_the_file_changed_to_another_project_of_the_same_revision(store, project,
                                                                                            tmp_path):
    doc = Document.open(store, project)
    add_note(doc, "Mes modifications non enregistrées")
    revision = doc.revision
    doc._close_connections()  # the app dies: the working copy holds an unsaved edit
    doc.lock.release()
    other = Document.new(WorkingStore(tmp_path / "elsewhere"), new_project_ops("Autre", "parcours-en-8"))
    while other.revision < revision:
        other.execute(EditEntity(Project, 1, title=f"Autre {other.revision}"))
    other.save(project)
    other.close()
    reopened = Document.open(store, project)
    assert reopened.report.kept_aside is not None  # ours kept aside, theirs shown: both kept
    assert "Mes modifications non enregistrées" in texts_in(reopened.report.kept_aside)
    reopened.close()


# --- 4. a storage error during an edit is the project's own error -------------------------------------

def test_a_full_disk_during_an_edit_refuses_it_and_changes_nothing(doc):
    before = dict(doc.state.of(Touchpoint)), doc.revision
    fill_working_copy(doc)
    with pytest.raises(StorageFailed):
        add_note(doc, "x" * 50_000)
    assert (dict(doc.state.of(Touchpoint)), doc.revision) == before


def test_the_next_edit_after_a_storage_error_is_written(doc):
    fill_working_copy(doc)
    with pytest.raises(StorageFailed):
        add_note(doc, "x" * 50_000)
    note = add_note(doc, "Je réessaie")  # a new connection: the disk has room again
    assert doc.state.get(Touchpoint, note) is not None


# --- 6. read-only places ------------------------------------------------------------------------------

def test_saving_into_a_read_only_folder_says_so_and_keeps_the_edits(store, project, tmp_path):
    doc = Document.open(store, project)
    add_note(doc, "Je signe mon contrat")
    with read_only_folder(tmp_path / "lecture-seule") as folder, pytest.raises(ReadOnlyFile):
        doc.save(folder / "copie.cjm")
    assert doc.modified and "Je signe mon contrat" in {n.text for n in doc.state.of(Touchpoint).values()}
    doc.close(save=False)


def test_a_read_only_project_file_is_not_replaced(store, project):
    doc = Document.open(store, project)
    add_note(doc, "Je signe mon contrat")
    before = project.read_bytes()
    os.chmod(project, 0o444)
    with pytest.raises(ReadOnlyFile):
        doc.save()
    doc.close(save=False)
    assert project.read_bytes() == before and stat.S_IMODE(project.stat().st_mode) == 0o444


# --- 7. file modes ------------------------------------------------------------------------------------

@pytest.mark.parametrize("mode", [0o600, 0o664, 0o640])
def test_a_save_keeps_the_mode_of_the_file_it_replaces(store, project, mode):
    os.chmod(project, mode)
    doc = Document.open(store, project)
    add_note(doc, "Je signe mon contrat")
    doc.save()
    doc.close()
    assert stat.S_IMODE(project.stat().st_mode) == mode


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_a_new_file_gets_the_mode_of_the_umask(doc, tmp_path, umask):
    old = os.umask(umask)
    try:
        doc.save(tmp_path / "nouveau.cjm")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "nouveau.cjm").stat().st_mode) == 0o666 & ~umask


def test_an_export_gets_the_mode_of_the_umask(project, tmp_path):
    old = os.umask(0o002)
    try:
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(project), "--to",
                                 str(tmp_path / "export.csv")], capture_output=True, text=True, timeout=60)
    finally:
        os.umask(old)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE((tmp_path / "export.csv").stat().st_mode) == 0o664


def test_the_umask_is_read_without_being_changed():
    before = os.umask(0o027)
    try:
        assert current_umask() == 0o027
        assert os.umask(0o027) == 0o027
    finally:
        os.umask(before)


# --- 9. what killed saves and imports leave behind -----------------------------------------------------

def test_opening_removes_what_a_killed_save_left_beside_the_file(store, project):
    leftovers = [project.with_name(f".{project.name}.4242-deadbeef.tmp"),
                 project.with_name(f".{project.name}.4242-deadbeef.tmp-journal")]
    for leftover in leftovers:
        leftover.write_bytes(b"half a save")
    Document.open(store, project).close()
    assert not any(p.exists() for p in leftovers)


def test_a_file_name_that_is_not_utf8_can_be_saved_and_reopened(store, tmp_path):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/atelier-\xe9t\xe9.cjm"))
    saved_project(store, path, "Je compare les offres")
    doc = Document.open(store, path)
    add_note(doc, "Je signe mon contrat")
    doc.save()
    doc.close()
    assert {"Je compare les offres", "Je signe mon contrat"} <= texts_in(path)


@pytest.mark.slow
def test_a_killed_import_leaves_nothing_to_restore(store, project, tmp_path):
    rows = "\n".join(f"Parcours importé;current;;Étape {i % 8};;Canal {i % 5};Je fais l’action {i};;;;;;"
                     for i in range(3000))
    source = tmp_path / "import.csv"
    source.write_text("journey;kind;persona;stage;phase;channel;text;evaluation;moment_of_truth;emotion;"
                      "departments;votes;comment\n" + rows, encoding="utf-8")
    rng = random.Random(13)
    for _ in range(8):
        process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "import", str(project), "--from",
                                    str(source)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        doc = Document.open(store, project)
        assert doc.report.restored_revision is None and doc.report.kept_aside is None
        doc.close()
        assert not list(project.parent.glob(f".{project.name}.*.tmp*"))
        journeys = {j.name for j in validate_file(project).state.of(Journey).values()}
        assert journeys in ({"Parcours existant"}, {"Parcours existant", "Parcours importé"})
