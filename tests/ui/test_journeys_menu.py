"""Menu Parcours: new, « Créer le parcours cible », rename, duplicate, delete (asked, undoable)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cjm_desktop.model.domain import Action, ActionLink, Journey, JourneyKind
from tests.support.documents import PutAll
from ui.window.journey_menu import suggest_target_name


def open_project(window, project):
    assert window.open_path(project)
    return window.journey_menu


def kinds(window) -> list[tuple[str, str]]:
    return [(j.name, j.kind.value) for j in window.controller.doc.state.journeys]


def test_target_names_follow_the_current_journey_name():
    assert suggest_target_name("Parcours existant", "existant", "cible") == "Parcours cible"
    assert suggest_target_name("Existant Sophie", "existant", "cible") == "Cible Sophie"
    assert suggest_target_name("Sophie", "existant", "cible") == "Sophie — cible"


def test_create_the_target_journey_opens_its_tab_after_the_current_one(window, project, prompts):
    menu = open_project(window, project)
    prompts.text_answer = "Parcours cible"
    assert menu.derive.isEnabled() and not menu.compare.isEnabled()
    assert menu.derive_target()
    assert kinds(window) == [("Parcours existant", "current"), ("Parcours cible", "target")]
    assert window.tabs.currentIndex() == 1 and window.tabs.tabText(1) == "Parcours cible"
    assert "Parcours existant" in window.tabs.tabToolTip(1)
    assert menu.compare.isEnabled() and not menu.derive.isEnabled()


def test_create_the_target_journey_suggests_its_name(window, project, prompts):
    menu = open_project(window, project)
    menu.derive_target()  # the recorded prompt answers None: cancelled
    assert prompts.questions and len(window.controller.doc.state.journeys) == 1


def test_creating_the_target_is_one_undo_step(window, project, prompts):
    menu = open_project(window, project)
    prompts.text_answer = "Parcours cible"
    menu.derive_target()
    window.controller.undo_stack.undo()
    assert kinds(window) == [("Parcours existant", "current")]
    assert window.tabs.count() == 1


def test_rename_asks_the_new_name(window, project, prompts):
    menu = open_project(window, project)
    prompts.text_answer = "Parcours de Sophie"
    assert menu.rename_journey()
    assert window.tabs.tabText(0) == "Parcours de Sophie · existant"


def test_duplicate_puts_a_copy_right_after(window, project):
    menu = open_project(window, project)
    assert menu.duplicate_journey()
    state = window.controller.doc.state
    first, copy = state.journeys
    expected = QCoreApplication.translate("JourneyMenu", "%1 (copy)").replace("%1", "Parcours existant")
    assert copy.name == expected and copy.kind is JourneyKind.CURRENT
    assert len(state.touchpoints(copy.id)) == len(state.touchpoints(first.id))


def test_delete_asks_first_and_does_nothing_when_refused(window, project, prompts):
    menu = open_project(window, project)
    prompts.confirm_answer = False
    assert not menu.delete_journey()
    assert "Parcours existant" in prompts.questions[-1] and len(window.controller.doc.state.journeys) == 1


def test_delete_then_undo_restores_the_notes_and_action_links(window, project, prompts):
    menu = open_project(window, project)
    doc = window.controller.doc
    note = sorted(doc.state.touchpoints(doc.state.journeys[0].id), key=lambda n: n.id)[0]
    window.controller.execute(PutAll(Action(90, "Rappeler"), ActionLink(90, 90, note.id)), "test")
    before = {cls: dict(table) for cls, table in doc.state.tables.items()}
    assert menu.delete_journey()
    assert window.tabs.count() == 0 and not doc.state.of(ActionLink)
    window.controller.undo_stack.undo()
    assert {cls: dict(table) for cls, table in doc.state.tables.items()} == before
    assert window.tabs.count() == 1


def test_new_journey_copies_the_grid_of_the_journey_on_screen(window, project, prompts):
    menu = open_project(window, project)
    prompts.text_answer = "Parcours de Marc"
    assert menu.new_journey()
    state = window.controller.doc.state
    shown = state.get(Journey, window.current_journey_id())
    assert (shown.name, shown.kind, state.touchpoints(shown.id)) == ("Parcours de Marc", JourneyKind.CURRENT, [])
    assert [s.name for s in state.stages(shown.id)] == [s.name for s in state.stages(state.journeys[0].id)]


def test_the_tab_context_menu_offers_the_journey_actions(window, project):
    menu = open_project(window, project)
    context = menu.tab_menu(0)
    assert menu.derive in context.actions() and menu.delete in context.actions()


def test_the_journey_menu_holds_the_actions(window):
    [journey_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Parcours"]
    assert window.journey_menu.derive in journey_menu.actions()
    assert not window.journey_menu.derive.isEnabled()  # no project open
