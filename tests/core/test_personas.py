"""Persona commands: add, reorder, delete (journeys keep going without it), photos stored in the file."""

from __future__ import annotations

import pytest

from cjm_desktop.commands import EditEntity
from cjm_desktop.commands.personas import AddPersona, DeletePersona, MovePersona
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Journey, Persona
from cjm_desktop.queries.personas import journeys_of, personas
from cjm_desktop.storage.errors import EditRefused
from tests.support.documents import assert_undo_redo_exact, on_disk, snapshot
from tests.support.photo_bytes import png


def add_persona(doc: Document, name: str, **values) -> int:
    command = AddPersona(name, **values)
    doc.execute(command)
    return command.created_id


def names(doc: Document) -> list[str]:
    return [p.name for p in personas(doc.state)]


def test_add_puts_the_persona_after_the_others_with_its_fields(doc):
    add_persona(doc, "Camille")
    created = add_persona(doc, "Jean-Marc", age=58, occupation="Artisan", quote="Je veux parler à quelqu'un.")
    persona = doc.state.get(Persona, created)
    assert names(doc) == ["Camille", "Jean-Marc"]
    assert (persona.position, persona.age, persona.occupation) == (1, 58, "Artisan")
    assert on_disk(doc) == snapshot(doc)


def test_add_is_undone_and_redone_exactly(doc):
    assert_undo_redo_exact(doc, AddPersona("Camille", segment="Jeunes actifs"))


def test_add_refuses_a_blank_name(doc):
    with pytest.raises(EditRefused):
        doc.execute(AddPersona("   "))
    assert names(doc) == []


def test_add_refuses_unknown_fields():
    with pytest.raises(EditRefused):
        AddPersona("Camille", position=3)


def test_an_age_out_of_range_is_refused_and_nothing_changes(doc):
    before = snapshot(doc)
    with pytest.raises(EditRefused):
        doc.execute(AddPersona("Camille", age=200))
    assert snapshot(doc) == before


def test_a_journey_gets_its_persona_by_a_plain_edit(doc):
    persona = add_persona(doc, "Camille")
    journey = doc.state.journeys[0]
    doc.execute(EditEntity(Journey, journey.id, persona_id=persona))
    assert journeys_of(doc.state, persona) == [doc.state.get(Journey, journey.id)]
    assert doc.state.persona_name(doc.state.get(Journey, journey.id).persona_id) == "Camille"


def test_delete_detaches_its_journeys_and_undo_restores_them(doc):
    camille = add_persona(doc, "Camille")
    journey = doc.state.journeys[0]
    doc.execute(EditEntity(Journey, journey.id, persona_id=camille))
    before = snapshot(doc)
    command = DeletePersona(camille)
    doc.execute(command)
    assert doc.state.get(Persona, camille) is None
    assert doc.state.get(Journey, journey.id).persona_id is None
    assert on_disk(doc) == snapshot(doc)
    doc.undo(command)
    assert snapshot(doc) == before
    assert doc.state.get(Journey, journey.id).persona_id == camille


def test_delete_is_undone_and_redone_exactly(doc):
    add_persona(doc, "Camille")
    middle = add_persona(doc, "Jean-Marc")
    add_persona(doc, "Sophie")
    doc.execute(EditEntity(Journey, doc.state.journeys[0].id, persona_id=middle))
    assert_undo_redo_exact(doc, DeletePersona(middle))


def test_delete_closes_the_gap_in_the_order(doc):
    add_persona(doc, "Camille")
    middle = add_persona(doc, "Jean-Marc")
    add_persona(doc, "Sophie")
    doc.execute(DeletePersona(middle))
    assert [(p.name, p.position) for p in personas(doc.state)] == [("Camille", 0), ("Sophie", 1)]


def test_delete_refuses_an_unknown_persona(doc):
    with pytest.raises(EditRefused):
        doc.execute(DeletePersona(42))


def test_move_reorders_the_personas(doc):
    add_persona(doc, "Camille")
    add_persona(doc, "Jean-Marc")
    sophie = add_persona(doc, "Sophie")
    command = MovePersona(sophie, 0)
    assert_undo_redo_exact(doc, command)
    assert names(doc) == ["Sophie", "Camille", "Jean-Marc"]


def test_a_photo_is_stored_inside_the_project_file(doc, tmp_path, store):
    photo = png(3, 3)
    persona = add_persona(doc, "Camille", photo=photo)
    path = tmp_path / "atelier.cjm"
    doc.save(path)
    doc.close(save=False)
    reopened = Document.open(store, path)
    try:
        assert reopened.state.get(Persona, persona).photo == photo
    finally:
        reopened.close(save=False)


def test_removing_a_photo_is_a_plain_edit_undone_exactly(doc):
    persona = add_persona(doc, "Camille", photo=png(3, 3))
    assert_undo_redo_exact(doc, EditEntity(Persona, persona, photo=None))
