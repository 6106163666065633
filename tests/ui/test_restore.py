"""What opening reports besides opening: restored edits, edits kept aside, resumed projects."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cjm_desktop.commands import AddTouchpoints
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Touchpoint
from cjm_desktop.storage.working import WorkingStore


def leave_unsaved_edit(data_dir, project, text: str = "Brouillon") -> None:
    doc = Document.open(WorkingStore(data_dir), project)
    doc.execute(AddTouchpoints(doc.state.journeys[0].id, (None, None), texts=[text]))
    doc.close(save=False)


def texts(window) -> set[str]:
    return {n.text for n in window.controller.doc.state.of(Touchpoint).values()}


def test_restored_edits_are_announced(window, project, data_dir):
    leave_unsaved_edit(data_dir, project)
    window.open_path(project)
    assert window.info_bar.isVisibleTo(window) and "Brouillon" in texts(window)
    assert window.info_bar.button.text() == "Revenir à la version enregistrée"


def test_restored_edits_count_as_unsaved(window, project, data_dir):
    leave_unsaved_edit(data_dir, project)
    window.open_path(project)
    assert window.isWindowModified()


def test_the_info_bar_button_goes_back_to_the_saved_version(window, project, data_dir):
    leave_unsaved_edit(data_dir, project)
    window.open_path(project)
    window.info_bar.button.click()
    assert "Brouillon" not in texts(window) and not window.info_bar.isVisibleTo(window)


def test_edits_kept_aside_are_announced_with_their_place(window, project, data_dir):
    leave_unsaved_edit(data_dir, project)
    changed = Document.open(WorkingStore(data_dir / "elsewhere"), project)  # a colleague's computer
    for text in ("Ailleurs", "Encore ailleurs"):
        changed.execute(AddTouchpoints(changed.state.journeys[0].id, (None, None), texts=[text]))
    changed.save()
    changed.close()
    window.open_path(project)
    report = window.controller.doc.report
    assert report.kept_aside is not None
    assert str(report.kept_aside) in window.info_bar.label.text()


def test_a_never_saved_project_is_offered_again(window):
    window.new_from_template("blank")
    folder = window.controller.doc.folder
    window.controller.close()
    entries = [window.start_page.recent.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(window.start_page.recent.count())]
    assert entries[0] == f"resume:{folder}"


def test_a_never_saved_project_can_be_resumed(window):
    window.new_from_template("blank")
    folder = window.controller.doc.folder
    window.controller.close()
    window.start_page.recent_chosen.emit(f"resume:{folder}")
    assert window.controller.doc is not None and window.controller.doc.folder == folder
