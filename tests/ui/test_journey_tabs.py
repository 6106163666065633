"""The journey tabs: a label per journey and one tooltip telling its kind, origin and persona."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from cjm_desktop.commands import EditEntity
from cjm_desktop.commands.personas import AddPersona
from cjm_desktop.model.domain import Journey, JourneyKind, Persona, ProjectState
from ui.widgets.journey_labels import journey_tooltip


def shown(tip: str) -> str:
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def test_a_current_journey_tooltip_tells_its_kind(window, project):
    window.open_path(project)
    state = window.controller.doc.state
    expected = QCoreApplication.translate("JourneyMenu", "Current journey")
    assert shown(journey_tooltip(state, state.journeys[0])) == expected


def test_a_target_tooltip_tells_its_current_journey_and_its_persona(window, project, prompts):
    window.open_path(project)
    prompts.text_answer = "Parcours cible"
    window.journey_menu.derive_target()
    window.controller.execute(AddPersona("Camille"), "add")
    window.personas.set_journey_persona(window.current_journey_id(), 1)
    lines = shown(window.tabs.tabToolTip(1)).splitlines()
    assert len(lines) == 2
    assert "Parcours existant" in lines[0] and lines[1].endswith("Camille")


def test_the_tab_tooltip_follows_a_persona_rename(window, project):
    window.open_path(project)
    window.controller.execute(AddPersona("Camille"), "add")
    window.personas.set_journey_persona(window.current_journey_id(), 1)
    window.controller.execute(EditEntity(Persona, 1, name="Camille Martin"), "rename")
    assert shown(window.tabs.tabToolTip(0)).endswith("Camille Martin")


def test_a_target_without_its_current_journey_says_target(qapp):
    target = Journey(99, "Cible", JourneyKind.TARGET, derived_from_id=42)
    expected = QCoreApplication.translate("JourneyMenu", "Target journey")
    assert shown(journey_tooltip(ProjectState(), target)) == expected
