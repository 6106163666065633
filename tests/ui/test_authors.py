"""Who said a note (a person or a group): given by quick capture, edited in the properties, kept in the file,
and highlighted on the map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cjm_desktop.model.domain import Touchpoint
from cjm_desktop.storage.safe_open import validate_file
from tests.support.canvas_input import type_text
from ui.canvas.journey_scene import DIMMED


@pytest.fixture
def shown(window, project, qtbot):
    window.open_path(project)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_the_author_chosen_once_is_given_to_every_note_captured(shown, qtbot):
    window = shown
    bar = window.quick_capture.bar
    type_text(bar.author, "Groupe  B")
    for line in ("Je compare les offres", "Je signe en ligne"):
        type_text(bar.field, line)
        qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    notes = window.controller.doc.state.of(Touchpoint).values()
    assert {n.author for n in notes if n.text in ("Je compare les offres", "Je signe en ligne")} == {"Groupe B"}


def test_the_properties_panel_edits_the_author_and_the_file_keeps_it(shown, qtbot):
    window = shown
    scene = window.tabs.current_scene()
    note_id = scene.reading_order()[0]
    scene.select_notes([note_id])
    field = window.properties.author_edit
    field.setFocus()
    type_text(field, "Claire")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    window.save()
    validated = validate_file(window.controller.doc.path)
    validated.conn.close()
    assert validated.state.get(Touchpoint, note_id).author == "Claire"


def test_highlighting_an_author_dims_every_other_note(shown, prompts, qtbot):
    window = shown
    scene = window.tabs.current_scene()
    first, *others = scene.reading_order()
    window.on_editing(lambda editing: editing.edit_notes([first], {"author": "Claire"}))
    prompts.text_answer = "claire"
    window.quick_capture.highlight.trigger()
    assert scene.notes[first].opacity() == 1.0
    assert {scene.notes[i].opacity() for i in others} == {DIMMED}
    prompts.text_answer = ""
    window.quick_capture.highlight.trigger()
    assert {item.opacity() for item in scene.notes.values()} == {1.0}
