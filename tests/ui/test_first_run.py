"""First run: the start page offers the sample project and shows each template's description; what needs a
project is disabled without one."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cjm_desktop.model.domain import Evaluation
from cjm_desktop.sample import load_sample
from cjm_desktop.templates import templates
from ui.i18n import language


def test_the_start_page_shows_each_templates_description(qtbot, window):
    window.show()
    page = window.start_page
    qtbot.waitExposed(window)
    shown = {template_id: label.text() for template_id, label in page.descriptions.items() if label.isVisible()}
    assert shown == {template.id: template.description for template in templates(language())}


def test_open_an_example_shows_the_sample_workshop_never_saved(qtbot, window):
    window.show()
    window.start_page.sample_button.click()
    doc = window.controller.doc
    assert doc is not None and doc.path is None
    assert doc.state.project.title == load_sample("fr").title
    notes = doc.state.touchpoints(doc.state.journeys[0].id)
    assert len(notes) == 62
    assert {note.evaluation for note in notes} >= {Evaluation.DELIGHT, Evaluation.PAIN, Evaluation.BREAKING}
    assert window.stack.currentWidget() is window.tabs
    assert not window.info_bar.isVisible()


def test_the_example_is_offered_to_be_saved_when_left(qtbot, window, prompts):
    window.show()
    assert window.open_sample()
    assert window.controller.unsaved or window.controller.doc.modified
    window.new_from_template("blank")
    assert prompts.untitled_questions == 1


def enabled_entries(menu: QMenu, path: str = "") -> list[str]:
    entries = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            entries += enabled_entries(action.menu(), f"{path}{action.text()} > ")
        elif action.isEnabled():
            entries.append(f"{path}{action.text()}")
    return entries


def test_without_a_project_only_what_needs_none_is_enabled(window):
    window.show()
    enabled = [entry for menu_action in window.menuBar().actions() for entry in enabled_entries(menu_action.menu())]
    needs_none = {window.actions_.open, window.actions_.quit, window.actions_.first_person_check,
                  window.participation.projector_action}  # (the last two are preferences)
    texts = {action.text() for action in needs_none}
    assert [entry for entry in enabled if entry.rpartition(" > ")[2] not in texts
            and "Préférences" not in entry and "Preferences" not in entry] == []


def test_document_actions_come_back_with_a_project(window, project):
    assert window.open_path(project)
    assert window.actions_.save.isEnabled() and window.presentation.action.isEnabled()
    assert isinstance(window.presentation.action, QAction)
