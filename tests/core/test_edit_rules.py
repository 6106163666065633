"""The rules every field edit follows, whichever panel or table sends it."""

from __future__ import annotations

import pytest

from cjm_desktop.commands import AddTouchpoints
from cjm_desktop.commands.actions import AddAction
from cjm_desktop.commands.fields import ConfirmedEdit, EditEntity
from cjm_desktop.commands.personas import AddPersona
from cjm_desktop.commands.stage_details import AddKpi, EditStageDetails
from cjm_desktop.model.domain import Action, ActionStatus, Journey, Persona, Project, StageDetails, Touchpoint
from cjm_desktop.storage.errors import EditRefused
from tests.support.photo_bytes import png


@pytest.mark.parametrize("name", ["origin_id", "interop", "created_at", "derived_from_id"])
def test_fields_the_app_records_itself_are_not_edited_by_hand(name):
    cls = Journey if name == "derived_from_id" else Touchpoint
    with pytest.raises(EditRefused, match="not edited by hand"):
        EditEntity(cls, 1, **{name: None})


def test_a_name_or_title_cannot_be_blanked_and_the_refusal_comes_from_execute(doc, grid):
    journey, _, _ = grid
    persona, action = AddPersona("Camille"), AddAction("Rappeler sous 2 h", journey, [])
    doc.execute(persona)
    doc.execute(action)
    for cls, entity_id, field in ((Journey, journey, "name"), (Persona, persona.created_id, "name"),
                                  (Action, action.created_id, "title")):
        command = ConfirmedEdit(cls, entity_id, **{field: "   "})  # built without complaint…
        with pytest.raises(EditRefused, match="cannot be empty"):
            doc.execute(command)  # …refused where the caller reports it


def test_the_project_title_may_be_empty(doc):
    doc.execute(ConfirmedEdit(Project, 1, title=""))
    assert doc.state.project.title == ""


def test_a_kpi_needs_a_name(doc, grid):
    _, stages, _ = grid
    with pytest.raises(EditRefused, match="KPI needs a name"):
        doc.execute(AddKpi(stages[0].id, " "))


def test_a_photo_is_checked_whichever_command_sets_it(doc):
    with pytest.raises(EditRefused, match="damaged"):
        doc.execute(AddPersona("Camille", photo=b"\x89PNG\r\n\x1a\n"))
    command = AddPersona("Camille", photo=png(8, 8))  # a real image is accepted
    doc.execute(command)
    with pytest.raises(EditRefused, match="damaged"):
        doc.execute(EditEntity(Persona, command.created_id, photo=b"\x89PNG\r\n\x1a\n"))


def test_stage_details_lists_are_lists_not_texts(doc, grid):
    _, stages, _ = grid
    with pytest.raises(EditRefused, match="list of texts"):
        doc.execute(EditStageDetails(stages[0].id, departments="Marketing"))
    doc.execute(EditStageDetails(stages[0].id, departments=["Marketing"]))
    assert [d.departments for d in doc.state.of(StageDetails).values()] == [("Marketing",)]


def test_an_unknown_status_is_refused_before_it_reaches_the_file(doc, grid):
    journey, _, _ = grid
    command = AddAction("Rappeler sous 2 h", journey, [])
    doc.execute(command)
    with pytest.raises(EditRefused, match="unknown value"):
        doc.execute(ConfirmedEdit(Action, command.created_id, status="bogus"))
    with pytest.raises(EditRefused, match="unknown value"):
        doc.execute(ConfirmedEdit(Action, command.created_id, status="done"))  # a plain text, not the enum
    doc.execute(ConfirmedEdit(Action, command.created_id, status=ActionStatus.DONE))
    assert doc.state.get(Action, command.created_id).status is ActionStatus.DONE


def test_a_confirmed_edit_never_merges_into_the_previous_one_typing_does(doc, grid):
    journey, stages, channels = grid
    doc.execute(AddTouchpoints(journey, (channels[0].id, stages[0].id), ["Je compare"]))
    note = max(doc.state.of(Touchpoint))
    texts = ("Un comparateur", "Un comparateur clair")
    first, second = (ConfirmedEdit(Touchpoint, note, solutions=text) for text in texts)
    typed, more = (EditEntity(Touchpoint, note, solutions=text) for text in texts)
    for command in (first, second, typed, more):
        doc.execute(command)
    assert not first.merge(second)
    assert typed.merge(more)
