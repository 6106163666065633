"""File › Project sheet…: one undo step per OK, only the changed fields, kept in the file."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from cjm_desktop.document import Document
from cjm_desktop.model import limits
from cjm_desktop.model.domain import Project
from cjm_desktop.storage.working import WorkingStore
from ui.widgets.date_edit import short_date_format
from ui.window.project_sheet_dialog import ProjectSheetDialog, facilitators_from


def sheet_filler(**values):
    """Types ``values`` into the sheet and clicks OK (``date`` is a QDate or None for « no date »)."""
    def filler(dialog: ProjectSheetDialog) -> bool:
        for name, value in values.items():
            if name == "date":
                dialog.date.set_iso(value.toString(Qt.DateFormat.ISODate) if value is not None else None)
            elif name in ("purpose", "description", "facilitators"):
                getattr(dialog, name).setPlainText(value)
            else:
                getattr(dialog, name).setText(value)
        return True
    return filler


def test_the_sheet_is_reached_from_the_file_menu(window, project):
    window.open_path(project)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.actions_.project_sheet in file_menu.actions()
    assert window.actions_.project_sheet.isEnabled()


def test_an_edit_persists_after_save_and_reopen(window, project, prompts, data_dir):
    window.open_path(project)
    prompts.dialog_filler = sheet_filler(organisation="Maison Dupont", purpose="Réduire les appels au SAV",
                                         date=QDate(2026, 12, 3), facilitators="Claire\n\n Karim \nClaire")
    window.actions_.project_sheet.trigger()
    assert window.save()
    window.controller.close()
    doc = Document.open(WorkingStore(data_dir), project)
    try:
        sheet = doc.state.project
        assert (sheet.organisation, sheet.purpose) == ("Maison Dupont", "Réduire les appels au SAV")
        assert sheet.workshop_date == "2026-12-03"
        assert sheet.facilitators == ("Claire", "Karim")
    finally:
        doc.close(save=False)


def test_one_ok_is_one_undo_step_and_undo_restores(window, project, prompts):
    window.open_path(project)
    before = window.controller.doc.state.project
    steps = window.controller.undo_stack.count()
    prompts.dialog_filler = sheet_filler(title="Atelier parcours cible", description="Demi-journée, 12 personnes")
    window.edit_project_sheet()
    assert window.controller.undo_stack.count() == steps + 1
    assert window.controller.doc.state.project.title == "Atelier parcours cible"
    window.controller.undo_stack.undo()
    assert window.controller.doc.state.project == before


def test_two_oks_are_two_undo_steps(window, project, prompts):
    window.open_path(project)
    steps = window.controller.undo_stack.count()
    for title in ("Premier titre", "Second titre"):
        prompts.dialog_filler = sheet_filler(title=title)
        window.edit_project_sheet()
    assert window.controller.undo_stack.count() == steps + 2


def test_only_the_changed_fields_are_edited(window):
    sheet = Project(title="Atelier", organisation="Maison Dupont", workshop_date="2026-12-03",
                    facilitators=("Claire",))
    dialog = ProjectSheetDialog(sheet, window)
    assert dialog.changes() == {}
    dialog.purpose.setPlainText("  Choisir un CRM  ")
    assert dialog.changes() == {"purpose": "Choisir un CRM"}


def test_no_date_clears_the_workshop_date(window):
    dialog = ProjectSheetDialog(Project(workshop_date="2026-12-03"), window)
    assert dialog.date.date() == QDate(2026, 12, 3)
    dialog.date.set_iso(None)
    assert dialog.changes() == {"workshop_date": None}


def test_a_project_without_date_shows_no_date(window):
    dialog = ProjectSheetDialog(Project(), window)
    assert dialog.date.text() == dialog.date.specialValueText()
    assert dialog.changes() == {}


def test_a_date_before_2000_stays_a_date(window):
    dialog = ProjectSheetDialog(Project(workshop_date="1998-06-15"), window)
    assert dialog.date.iso() == "1998-06-15"
    assert dialog.changes() == {}


def test_the_date_is_shown_in_the_locale_short_format(window):
    dialog = ProjectSheetDialog(Project(workshop_date="2026-12-03"), window)
    assert dialog.date.displayFormat() == short_date_format()
    assert "2026" in dialog.date.text()


def test_too_many_facilitators_keep_the_sheet_open_with_the_reason(window):
    dialog = ProjectSheetDialog(Project(), window)
    dialog.facilitators.setPlainText("\n".join(f"Animateur {n}" for n in range(limits.MAX_LIST_ITEMS + 1)))
    dialog.accept()
    assert dialog.result() != ProjectSheetDialog.DialogCode.Accepted
    assert not dialog.problem.isHidden()
    assert dialog.changes()["facilitators"][-1] == f"Animateur {limits.MAX_LIST_ITEMS}"  # nothing typed is lost


def test_a_valid_sheet_closes_on_ok(window):
    dialog = ProjectSheetDialog(Project(), window)
    dialog.title.setText("Atelier")
    dialog.accept()
    assert dialog.result() == ProjectSheetDialog.DialogCode.Accepted
    assert dialog.problem.isHidden()


def test_the_short_fields_stop_at_the_short_text_limit(window):
    dialog = ProjectSheetDialog(Project(), window)
    dialog.title.setText("x" * (limits.SHORT_TEXT + 10))
    assert len(dialog.values()["title"]) == limits.SHORT_TEXT


def test_ok_without_changes_and_cancel_make_no_undo_step(window, project, prompts):
    window.open_path(project)
    steps = window.controller.undo_stack.count()
    prompts.dialog_filler = sheet_filler()
    assert not window.edit_project_sheet()
    prompts.dialog_filler = None
    assert not window.edit_project_sheet()
    assert window.controller.undo_stack.count() == steps


def test_facilitators_are_one_per_line_without_blanks_or_repeats():
    assert facilitators_from("Claire\n \n Karim\r\nClaire\n") == ("Claire", "Karim")
