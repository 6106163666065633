"""The read-only « Blueprint » section of the properties panel: a note's service blueprint from an OpenJourney
file, one heading per layer, plain text, shown for one selected note that has one, following edits and undo."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.commands.imports import ImportJourneys
from cjm_desktop.interop.model import ImportedJourney, ImportedNote
from cjm_desktop.model.domain import Touchpoint
from cjm_desktop.queries.blueprint import MAX_LINES
from ui.canvas.properties_panel import PropertiesPanel

BLUEPRINT = {
    "evidence": [{"item": "Reçu", "type": "document"}],
    "onstage": [{"actor": "Conseiller", "action": "explique l'offre"}],
    "backstage": [],
    "support": [{"system": "CRM", "description": "fiche client"}],
}
HOSTILE = '<img src="/dev/zero"/> <b>gras</b>'


def note(blueprint: object, note_id: int = 1) -> Touchpoint:
    """A note whose OpenJourney fields hold ``blueprint``, as the import keeps it."""
    return Touchpoint(note_id, 1, "Je signe", 1, 2, interop=json.dumps({"ojf": {"blueprint": blueprint}}))


def shown(panel: PropertiesPanel) -> dict[str, str]:
    """The text of each layer the section shows."""
    return {key: label.text() for key, (heading, label) in panel.blueprint_layers.items() if label.isVisibleTo(panel)}


@pytest.fixture
def panel(qtbot, french):
    widget = PropertiesPanel()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_note_with_a_blueprint_shows_one_heading_and_its_lines_per_layer(panel):
    panel.show_notes([note(BLUEPRINT)])
    assert panel.blueprint_box.isVisibleTo(panel)
    assert shown(panel) == {"evidence": "• Reçu (document)", "onstage": "• Conseiller — explique l'offre",
                            "support": "• CRM — fiche client"}  # the empty backstage has no heading
    assert [h.isVisibleTo(panel) for h, _ in panel.blueprint_layers.values()] == [True, True, False, True, False]


def test_a_note_without_a_blueprint_hides_the_section(panel):
    panel.show_notes([note(BLUEPRINT)])
    panel.show_notes([Touchpoint(2, 1, "Je paie", 1, 2)])
    assert not panel.blueprint_box.isVisibleTo(panel)


def test_empty_lists_as_ptolemy_saves_them_hide_the_section(panel):
    panel.show_notes([note({"evidence": [], "onstage": [], "backstage": [], "support": []})])
    assert not panel.blueprint_box.isVisibleTo(panel)


def test_several_selected_notes_hide_the_section(panel):
    panel.show_notes([note(BLUEPRINT, 1), note(BLUEPRINT, 2)])
    assert not panel.blueprint_box.isVisibleTo(panel)


def test_a_long_layer_says_how_many_lines_are_not_shown(panel):
    panel.show_notes([note({"support": [f"Outil {i}" for i in range(MAX_LINES + 5)]})])
    assert shown(panel)["support"].splitlines()[-2:] == [f"• Outil {MAX_LINES - 1}", "… et 5 de plus"]


def test_the_files_text_is_shown_as_plain_text(panel):
    panel.show_notes([note({"evidence": HOSTILE})])
    _, label = panel.blueprint_layers["evidence"]
    assert (label.text(), label.textFormat().name) == (f"• {HOSTILE}", "PlainText")


def test_the_section_follows_an_edit_its_undo_and_the_imports_undo(window, project):
    window.open_path(project)
    doc, scene = window.controller.doc, window.tabs.current_scene()
    journey = doc.state.journeys[0]
    stage, channel = doc.state.stages(journey.id)[0], doc.state.channels(journey.id)[0]
    imported = ImportedNote("Je signe le contrat", stage.name, channel.name, interop={"ojf": {"blueprint": BLUEPRINT}})
    window.controller.execute(ImportJourneys([ImportedJourney(journey.name, notes=[imported])]), "Import")
    note_id = max(doc.state.touchpoints(journey.id), key=lambda n: n.id).id
    scene.select_notes([note_id])
    assert shown(window.properties)["onstage"] == "• Conseiller — explique l'offre"
    window.properties.text_edit.setPlainText("Je signe le contrat en agence")
    assert window.properties.blueprint_box.isVisibleTo(window.properties)
    window.controller.undo_stack.undo()  # the text
    assert (window.properties.text_edit.toPlainText(), shown(window.properties)["support"]) == (
        "Je signe le contrat", "• CRM — fiche client")
    window.controller.undo_stack.undo()  # the import: the note is gone
    assert not window.properties.blueprint_box.isVisibleTo(window.properties)
