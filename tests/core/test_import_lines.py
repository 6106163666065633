"""What an import keeps of a file's journey, stages and rows beyond their names: stages (or rows) of the same
name kept apart when the file gives them apart, each note in its own one, and the file's extra fields stored on
the journey, stage or row they belong to (schema version 6)."""

from __future__ import annotations

import json

from cjm_desktop.commands.imports import ImportJourneys
from cjm_desktop.interop.model import ImportedJourney, ImportedNote, LineExtras
from cjm_desktop.model.domain import Journey, ProjectState
from cjm_desktop.model.ops import apply_to_state


def imported_state(*journeys: ImportedJourney, state: ProjectState | None = None) -> ProjectState:
    state = state if state is not None else ProjectState()
    apply_to_state(ImportJourneys(list(journeys)).plan(state), state)
    return state


def twice_called_section() -> ImportedJourney:
    journey = ImportedJourney("Matin", interop={"mermaid": {"accTitle": "Le matin"}})
    first = journey.append_stage("Se lever", extras=LineExtras({"ojf": {"id": "s1"}}, emotion=-1))
    journey.append_stage("Déjeuner")
    again = journey.append_stage("se  lever")  # the same name, a stage of its own
    row = journey.append_channel("Moi", extras=LineExtras({"ojf": {"id": "l1", "color": None}}))
    journey.notes += [ImportedNote("Je me lève", "Se lever", "Moi", stage_index=first, channel_index=row),
                      ImportedNote("Je me recouche", "se  lever", "Moi", stage_index=again, channel_index=row)]
    return journey


def test_stages_of_the_same_name_given_apart_stay_apart_in_file_order():
    state = imported_state(twice_called_section())
    (journey,) = state.journeys
    assert [s.name for s in state.stages(journey.id)] == ["Se lever", "Déjeuner", "se  lever"]


def test_each_note_goes_to_the_stage_it_was_given_in():
    state = imported_state(twice_called_section())
    (journey,) = state.journeys
    first, _, again = state.stages(journey.id)
    by_text = {n.text: n.stage_id for n in state.touchpoints(journey.id)}
    assert by_text == {"Je me lève": first.id, "Je me recouche": again.id}


def test_the_files_extra_fields_are_kept_on_the_journey_stage_and_row():
    state = imported_state(twice_called_section())
    (journey,) = state.journeys
    assert json.loads(journey.interop) == {"mermaid": {"accTitle": "Le matin"}}
    first, second, _ = state.stages(journey.id)
    assert (json.loads(first.interop), first.emotion, second.interop) == ({"ojf": {"id": "s1"}}, -1, "")
    assert json.loads(state.channels(journey.id)[0].interop) == {"ojf": {"id": "l1", "color": None}}


def test_importing_again_into_the_journey_matches_the_kth_stage_of_a_name_and_adds_none():
    state = imported_state(twice_called_section())
    state = imported_state(twice_called_section(), state=state)
    (journey,) = state.journeys
    assert len(state.stages(journey.id)) == 3 and len(state.channels(journey.id)) == 1
    first, _, again = state.stages(journey.id)
    assert sorted(n.stage_id for n in state.touchpoints(journey.id)) == sorted([first.id, first.id, again.id, again.id])


def test_a_note_named_by_its_stage_goes_to_the_first_stage_of_that_name():
    journey = twice_called_section()
    journey.notes.append(ImportedNote("Je bâille", "SE LEVER", "moi"))
    state = imported_state(journey)
    (imported,) = state.journeys
    first = state.stages(imported.id)[0]
    assert next(n for n in state.touchpoints(imported.id) if n.text == "Je bâille").stage_id == first.id


def test_a_journey_completed_by_an_import_keeps_its_own_extra_fields():
    state = imported_state(twice_called_section())
    again = twice_called_section()
    again.interop = {"mermaid": {"accTitle": "Autre"}}
    state = imported_state(again, state=state)
    assert [json.loads(j.interop) for j in state.of(Journey).values()] == [{"mermaid": {"accTitle": "Le matin"}}]
