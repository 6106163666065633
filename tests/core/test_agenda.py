"""The workshop's agenda in the core: the method's steps, editing the steps, the timer's records, and the
time spent against the plan."""

from __future__ import annotations

import pytest

from cjm_desktop.commands.agenda import AddStep, DeleteStep, EditStep, FillAgenda, MoveStep, RecordTime
from cjm_desktop.commands.journeys import DeleteJourney, DeriveTarget
from cjm_desktop.commands.new_project import new_project_ops
from cjm_desktop.document import Document
from cjm_desktop.model.domain import AgendaStep, JourneyKind, StepStatus
from cjm_desktop.queries.agenda import (
    clock_text,
    current_step,
    method_journey,
    method_steps,
    plan_vs_spent,
    step_stages,
    steps,
)
from cjm_desktop.storage.errors import EditRefused
from tests.support.documents import assert_undo_redo_exact, on_disk, snapshot


def names(doc: Document) -> list[str]:
    return [s.name for s in steps(doc.state)]


def clear_agenda(doc: Document) -> None:
    for step in steps(doc.state):
        doc.execute(DeleteStep(step.id))


def add_step(doc: Document, name: str, **values) -> int:
    command = AddStep(name, **values)
    doc.execute(command)
    return command.created_id


# --- the method ---------------------------------------------------------------------------------
def test_a_new_project_gets_the_methods_agenda_for_a_half_day(doc):
    agenda = steps(doc.state)
    assert names(doc)[:3] == ["Accueil et finalité", "Personas", "Parcours existant"]
    assert "Vote par gommettes" in names(doc) and names(doc)[-2:] == ["Plan d'actions", "Conclusion"]
    assert 3 * 3600 <= sum(s.duration for s in agenda) <= 4 * 3600
    assert [s.position for s in agenda] == list(range(len(agenda)))
    assert all(s.status is StepStatus.TODO and s.spent == 0 for s in agenda)


def test_the_method_follows_personas_current_frictions_votes_target_actions(doc):
    order = [names(doc).index(n) for n in ("Personas", "Parcours existant", "Irritants et points de rupture",
                                           "Vote par gommettes", "Parcours cible", "Plan d'actions")]
    assert order == sorted(order)


def test_the_current_journey_steps_name_the_current_journey(doc):
    current = doc.state.journeys[0].id
    by_name = {s.name: s for s in steps(doc.state)}
    assert by_name["Parcours existant"].journey_id == current
    assert by_name["Irritants et points de rupture"].journey_id == current
    assert by_name["Personas"].journey_id is None


def test_the_target_step_names_the_target_derived_from_the_current_journey(doc):
    derive = DeriveTarget(doc.state.journeys[0].id, "Parcours cible")
    doc.execute(derive)
    planned = {s.name: s for s in method_steps(doc.state)}
    assert planned["Parcours cible"].journey_id == derive.created_id
    assert method_journey(doc.state, JourneyKind.TARGET).id == derive.created_id


def test_the_method_speaks_english_when_asked(doc):
    assert [s.name for s in method_steps(doc.state, "en")][:3] == ["Welcome and purpose", "Personas",
                                                                    "Current journey"]


def test_a_new_project_in_english_gets_an_english_agenda(store):
    document = Document.new(store, new_project_ops("Workshop", "parcours-en-8", language="en"))
    try:
        assert names(document)[-1] == "Wrap-up"
    finally:
        document.close(save=False)


def test_fill_puts_the_method_in_an_empty_agenda(doc):
    clear_agenda(doc)
    doc.execute(FillAgenda())
    assert names(doc) == [s.name for s in method_steps(doc.state)]
    assert on_disk(doc) == snapshot(doc)


def test_fill_is_undone_and_redone_exactly(doc):
    clear_agenda(doc)
    assert_undo_redo_exact(doc, FillAgenda())


def test_fill_refuses_an_agenda_that_has_steps(doc):
    with pytest.raises(EditRefused):
        doc.execute(FillAgenda())


# --- editing the steps --------------------------------------------------------------------------
def test_add_puts_a_step_at_the_end_with_its_fields(doc):
    clear_agenda(doc)
    journey = doc.state.journeys[0].id
    stage = doc.state.stages(journey)[1].id
    add_step(doc, "Accueil", duration=300)
    created = add_step(doc, " Irritants ", duration=1200, journey_id=journey, stage_ids=(stage,),
                       instructions="Chacun colle trois gommettes.")
    step = doc.state.get(AgendaStep, created)
    assert names(doc) == ["Accueil", "Irritants"]
    assert (step.position, step.duration, step.journey_id, step.stage_ids) == (1, 1200, journey, (stage,))
    assert on_disk(doc) == snapshot(doc)


def test_add_at_an_index_moves_the_next_steps_down(doc):
    created = add_step(doc, "Tour de table", index=1)
    assert names(doc)[1] == "Tour de table"
    assert [s.position for s in steps(doc.state)] == list(range(len(names(doc))))
    assert doc.state.get(AgendaStep, created).position == 1


def test_add_is_undone_and_redone_exactly(doc):
    assert_undo_redo_exact(doc, AddStep("Tour de table", index=0))


@pytest.mark.parametrize("values", [{"name": "  "}, {"name": "Pause", "duration": -60},
                                    {"name": "Pause", "duration": 25 * 3600}, {"name": "Pause", "journey_id": 99}])
def test_add_refuses_a_bad_step_and_nothing_changes(doc, values):
    before = snapshot(doc)
    with pytest.raises(EditRefused):
        doc.execute(AddStep(**values))
    assert snapshot(doc) == before


def test_add_refuses_stages_of_another_journey(doc):
    derive = DeriveTarget(doc.state.journeys[0].id, "Cible")
    doc.execute(derive)
    other_stage = doc.state.stages(derive.created_id)[0].id
    with pytest.raises(EditRefused):
        doc.execute(AddStep("Irritants", journey_id=doc.state.journeys[0].id, stage_ids=(other_stage,)))


def test_edit_sets_the_fields_of_a_step(doc):
    step = steps(doc.state)[0]
    doc.execute(EditStep(step.id, name="Accueil café", duration=900, instructions="Croissants"))
    edited = doc.state.get(AgendaStep, step.id)
    assert (edited.name, edited.duration, edited.instructions) == ("Accueil café", 900, "Croissants")


def test_edit_is_undone_and_redone_exactly(doc):
    assert_undo_redo_exact(doc, EditStep(steps(doc.state)[2].id, duration=3600))


def test_moving_a_step_to_another_journey_drops_its_stages(doc):
    journey = doc.state.journeys[0].id
    step = steps(doc.state)[2]
    doc.execute(EditStep(step.id, stage_ids=(doc.state.stages(journey)[0].id,)))
    derive = DeriveTarget(journey, "Cible")
    doc.execute(derive)
    doc.execute(EditStep(step.id, journey_id=derive.created_id))
    assert doc.state.get(AgendaStep, step.id).stage_ids == ()


def test_edit_refuses_the_timers_fields(doc):
    with pytest.raises(EditRefused):
        EditStep(steps(doc.state)[0].id, spent=10)


def test_edit_refuses_a_blank_name(doc):
    with pytest.raises(EditRefused):
        doc.execute(EditStep(steps(doc.state)[0].id, name=""))


def test_move_reorders_the_steps(doc):
    first, second = steps(doc.state)[:2]
    doc.execute(MoveStep(first.id, 1))
    assert names(doc)[:2] == [second.name, first.name]
    assert [s.position for s in steps(doc.state)] == list(range(len(names(doc))))


def test_move_is_undone_and_redone_exactly(doc):
    assert_undo_redo_exact(doc, MoveStep(steps(doc.state)[-1].id, 0))


def test_delete_removes_the_step_and_the_others_close_up(doc):
    removed = steps(doc.state)[1]
    doc.execute(DeleteStep(removed.id))
    assert removed.name not in names(doc)
    assert [s.position for s in steps(doc.state)] == list(range(len(names(doc))))


def test_delete_is_undone_and_redone_exactly(doc):
    assert_undo_redo_exact(doc, DeleteStep(steps(doc.state)[3].id))


def test_an_agenda_holds_at_most_a_hundred_steps(doc):
    clear_agenda(doc)
    for n in range(100):
        add_step(doc, f"Étape {n}")
    with pytest.raises(EditRefused):
        doc.execute(AddStep("Une de trop"))


# --- the timer's records ------------------------------------------------------------------------
def test_record_time_sets_the_spent_time_and_status(doc):
    step = steps(doc.state)[0]
    doc.execute(RecordTime(step.id, 125, StepStatus.CURRENT))
    recorded = doc.state.get(AgendaStep, step.id)
    assert (recorded.spent, recorded.status) == (125, StepStatus.CURRENT)
    assert current_step(doc.state) == recorded
    assert on_disk(doc) == snapshot(doc)


def test_making_a_step_current_ends_the_previous_current_step(doc):
    first, second, third = steps(doc.state)[:3]
    doc.execute(RecordTime(first.id, 300, StepStatus.CURRENT))
    doc.execute(RecordTime(third.id, 0, StepStatus.CURRENT))
    assert doc.state.get(AgendaStep, first.id).status is StepStatus.DONE
    doc.execute(RecordTime(second.id, 0, StepStatus.CURRENT))
    assert doc.state.get(AgendaStep, third.id).status is StepStatus.TODO  # no time spent on it: still to do
    assert current_step(doc.state).id == second.id


def test_recording_the_same_time_again_writes_nothing(doc):
    step = steps(doc.state)[0]
    doc.execute(RecordTime(step.id, 60, StepStatus.CURRENT))
    revision = doc.revision
    doc.execute(RecordTime(step.id, 60, StepStatus.CURRENT))
    assert doc.revision == revision


def test_record_time_refuses_a_step_that_is_gone(doc):
    with pytest.raises(EditRefused):
        doc.execute(RecordTime(999, 60, StepStatus.DONE))


def test_the_recorded_time_survives_saving_and_reopening(doc, store, tmp_path):
    step = steps(doc.state)[2]
    doc.execute(RecordTime(step.id, 2712, StepStatus.DONE))
    path = tmp_path / "atelier.cjm"
    doc.save(path)
    doc.close()
    reopened = Document.open(store, path)
    try:
        assert (reopened.state.get(AgendaStep, step.id).spent, reopened.state.get(AgendaStep, step.id).status) == \
            (2712, StepStatus.DONE)
    finally:
        reopened.close(save=False)


def test_undoing_an_edit_keeps_the_time_recorded_since(doc):
    """The timer's records are not content: undoing a rename (or a move) does not take the time back."""
    step = steps(doc.state)[0]
    rename = EditStep(step.id, name="Accueil café")
    doc.execute(rename)
    doc.execute(RecordTime(step.id, 420, StepStatus.CURRENT))
    doc.undo(rename)
    undone = doc.state.get(AgendaStep, step.id)
    assert (undone.name, undone.spent, undone.status) == (step.name, 420, StepStatus.CURRENT)


# --- reading the agenda -------------------------------------------------------------------------
def test_plan_vs_spent_gives_each_step_and_the_totals(doc):
    first, second = steps(doc.state)[:2]
    doc.execute(RecordTime(first.id, first.duration + 120, StepStatus.DONE))
    doc.execute(RecordTime(second.id, 60, StepStatus.CURRENT))
    summary = plan_vs_spent(doc.state)
    assert [(s.name, s.spent) for s in summary.steps[:2]] == [(first.name, first.duration + 120), (second.name, 60)]
    assert summary.steps[0].over == 120
    assert summary.planned == sum(s.duration for s in steps(doc.state))
    assert summary.spent == first.duration + 180


def test_plan_vs_spent_counts_the_running_step_as_the_timer_does(doc):
    step = steps(doc.state)[0]
    assert plan_vs_spent(doc.state, {step.id: 42}).steps[0].spent == 42


def test_a_step_whose_journey_is_deleted_keeps_going_without_one(doc):
    journey = doc.state.journeys[0].id
    doc.execute(DeriveTarget(journey, "Cible"))  # a project keeps one journey at least
    doc.execute(DeleteJourney(journey))
    assert all(s.journey_id != journey for s in steps(doc.state))
    assert len(steps(doc.state)) == len(method_steps(doc.state))


def test_step_stages_ignores_stages_that_are_gone(doc):
    journey = doc.state.journeys[0].id
    stages = doc.state.stages(journey)
    step = AgendaStep(1, "Irritants", journey_id=journey, stage_ids=(stages[2].id, 9999, stages[0].id))
    assert [s.id for s in step_stages(doc.state, step)] == [stages[0].id, stages[2].id]


@pytest.mark.parametrize(("seconds", "text"), [(0, "00:00"), (65, "01:05"), (3723, "1:02:03"), (-42, "−00:42")])
def test_clock_text(seconds, text):
    assert clock_text(seconds) == text
