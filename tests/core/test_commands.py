"""Every core command: what it does, that undo restores exactly, that it persists at once."""

from __future__ import annotations

import pytest

from cjm_desktop.commands import (
    PARKING,
    AddAxisItem,
    AddJourney,
    AddTouchpoints,
    DeleteAxisItem,
    DeleteJourney,
    DeleteTouchpoints,
    DuplicateTouchpoints,
    EditEntity,
    EditTouchpoints,
    MarkTouchpoints,
    MoveAxisItem,
    MoveTouchpoints,
    StepTouchpoints,
)
from cjm_desktop.commands.votes import StepVotes
from cjm_desktop.document import Document
from cjm_desktop.model.domain import (
    Action,
    ActionLink,
    Channel,
    Evaluation,
    Journey,
    JourneyKind,
    Kpi,
    Phase,
    Project,
    Stage,
    StageDetails,
    Touchpoint,
)
from cjm_desktop.model.ops import Put, Remove
from cjm_desktop.storage.errors import EditRefused
from tests.support.documents import add, assert_undo_redo_exact, on_disk, snapshot


def texts(doc: Document, journey_id: int, cell) -> list[str]:
    return [n.text for n in doc.state.cell(journey_id, *cell)]


# --- touchpoints ---------------------------------------------------------------------

def test_add_places_notes_at_the_end_of_the_cell_in_order(doc, grid):
    journey, stages, channels = grid
    cell = (channels[0].id, stages[0].id)
    add(doc, journey, cell, "Je cherche", "Je compare")
    add(doc, journey, cell, "Je choisis")
    assert texts(doc, journey, cell) == ["Je cherche", "Je compare", "Je choisis"]
    positions = [n.position for n in doc.state.cell(journey, *cell)]
    assert positions == sorted(set(positions))


def test_add_at_an_index_shifts_the_following_notes(doc, grid):
    journey, stages, channels = grid
    cell = (channels[0].id, stages[0].id)
    add(doc, journey, cell, "A", "C")
    add(doc, journey, cell, "B", index=1)
    assert texts(doc, journey, cell) == ["A", "B", "C"]


def test_add_refuses_a_cell_of_another_journey(doc, grid):
    journey, stages, channels = grid
    other = AddJourney("Cible", JourneyKind.TARGET, [("Étape", None)], [("Canal", "mdi6.web")])
    doc.execute(other)
    foreign_stage = doc.state.stages(other.created_id)[0].id
    with pytest.raises(EditRefused):
        doc.execute(AddTouchpoints(journey, (channels[0].id, foreign_stage), texts=["Je"]))


def test_edit_many_notes_at_once(doc, grid):
    journey, stages, channels = grid
    ids = add(doc, journey, (channels[0].id, stages[0].id), "Je paie", "J’attends")
    doc.execute(EditTouchpoints(ids, evaluation=Evaluation.PAIN, emotion=-2))
    notes = [doc.state.get(Touchpoint, i) for i in ids]
    assert {(n.evaluation, n.emotion) for n in notes} == {(Evaluation.PAIN, -2)}


def test_edit_undo_redo_is_exact(doc, grid):
    journey, stages, channels = grid
    ids = add(doc, journey, (channels[0].id, stages[0].id), "Je paie")
    assert_undo_redo_exact(doc, EditTouchpoints(ids, text="Je paie « en ligne » 😀 <&>", moment_of_truth=True))


def test_an_invalid_value_is_refused_and_nothing_changes(doc, grid):
    journey, stages, channels = grid
    ids = add(doc, journey, (channels[0].id, stages[0].id), "Je paie")
    before, revision = snapshot(doc), doc.revision
    with pytest.raises(EditRefused):
        doc.execute(EditTouchpoints(ids, emotion=5))
    assert snapshot(doc) == before and on_disk(doc) == before and doc.revision == revision


def test_consecutive_edits_of_the_same_field_merge(doc, grid):
    journey, stages, channels = grid
    ids = add(doc, journey, (channels[0].id, stages[0].id), "J")
    before = snapshot(doc)
    first, second = EditTouchpoints(ids, text="Je"), EditTouchpoints(ids, text="Je paie")
    doc.execute(first)
    doc.execute(second)
    assert first.merge(second)
    doc.undo(first)
    assert snapshot(doc) == before
    doc.redo(first)
    assert doc.state.get(Touchpoint, ids[0]).text == "Je paie"


def test_edits_of_different_fields_do_not_merge(doc, grid):
    journey, stages, channels = grid
    ids = add(doc, journey, (channels[0].id, stages[0].id), "Je")
    first, second = EditTouchpoints(ids, text="Je paie"), EditTouchpoints(ids, emotion=-1)
    doc.execute(first)
    doc.execute(second)
    assert not first.merge(second)


def test_move_to_another_cell_writes_only_the_moved_note(doc, grid):
    journey, stages, channels = grid
    source, target = (channels[0].id, stages[0].id), (channels[1].id, stages[2].id)
    a, b, c = add(doc, journey, source, "A", "B", "C")
    add(doc, journey, target, "X", "Y")
    command = MoveTouchpoints([b], target, index=1)
    doc.execute(command)
    assert texts(doc, journey, source) == ["A", "C"]
    assert texts(doc, journey, target) == ["X", "B", "Y"]
    assert [op.entity.id for op in command.ops] == [b]


def test_move_many_keeps_their_given_order(doc, grid):
    journey, stages, channels = grid
    a, b, c = add(doc, journey, (channels[0].id, stages[0].id), "A", "B", "C")
    target = (channels[2].id, stages[3].id)
    doc.execute(MoveTouchpoints([c, a], target))
    assert texts(doc, journey, target) == ["C", "A"]


def test_reorder_within_a_cell(doc, grid):
    journey, stages, channels = grid
    cell = (channels[0].id, stages[0].id)
    a, b, c = add(doc, journey, cell, "A", "B", "C")
    doc.execute(MoveTouchpoints([c], cell, index=0))
    assert texts(doc, journey, cell) == ["C", "A", "B"]


def test_move_undo_redo_is_exact(doc, grid):
    journey, stages, channels = grid
    a, b = add(doc, journey, (channels[0].id, stages[0].id), "A", "B")
    add(doc, journey, (channels[3].id, stages[1].id), "X")
    assert_undo_redo_exact(doc, MoveTouchpoints([a, b], (channels[3].id, stages[1].id), index=0))


def test_move_to_the_parking_area(doc, grid):
    journey, stages, channels = grid
    (a,) = add(doc, journey, (channels[0].id, stages[0].id), "A")
    doc.execute(MoveTouchpoints([a], (None, None)))
    assert doc.state.get(Touchpoint, a).cell == (None, None)


def test_duplicate_places_each_copy_after_its_original(doc, grid):
    journey, stages, channels = grid
    cell = (channels[0].id, stages[0].id)
    a, b = add(doc, journey, cell, "A", "B")
    command = DuplicateTouchpoints([a, b])
    assert_undo_redo_exact(doc, command)
    assert texts(doc, journey, cell) == ["A", "A", "B", "B"]
    assert len(command.created_ids) == 2


def test_delete_leaves_the_other_notes_untouched_and_undo_restores(doc, grid):
    journey, stages, channels = grid
    cell = (channels[0].id, stages[0].id)
    a, b, c = add(doc, journey, cell, "A", "B", "C")
    command = DeleteTouchpoints([b])
    assert_undo_redo_exact(doc, command)
    assert texts(doc, journey, cell) == ["A", "C"]
    assert command.ops == [Remove(Touchpoint, b)]


def test_deleting_a_note_removes_its_action_links_and_undo_brings_them_back(doc, grid):
    journey, stages, channels = grid
    (a,) = add(doc, journey, (channels[0].id, stages[0].id), "Je paie")
    doc._commit([Put(Action(1, "Simplifier le paiement", journey_id=journey)), Put(ActionLink(1, 1, a))])
    command = DeleteTouchpoints([a])
    assert_undo_redo_exact(doc, command)
    assert doc.state.of(ActionLink) == {} and 1 in doc.state.of(Action)


# --- stages and channels ---------------------------------------------------------------

def test_add_stage_at_an_index(doc, grid):
    journey, stages, _ = grid
    command = AddAxisItem(Stage, journey, "Comparer", index=1, phase=Phase.BEFORE)
    assert_undo_redo_exact(doc, command)
    assert [s.name for s in doc.state.stages(journey)][:3] == [stages[0].name, "Comparer", stages[1].name]


def test_add_channel_at_the_end(doc, grid):
    journey, _, channels = grid
    doc.execute(AddAxisItem(Channel, journey, "Courrier", icon="mdi6.mailbox-outline"))
    assert doc.state.channels(journey)[-1].name == "Courrier"


def test_rename_a_stage(doc, grid):
    journey, stages, _ = grid
    assert_undo_redo_exact(doc, EditEntity(Stage, stages[0].id, name="Prise de conscience"))
    assert doc.state.stages(journey)[0].name == "Prise de conscience"


def test_reorder_a_channel(doc, grid):
    journey, _, channels = grid
    assert_undo_redo_exact(doc, MoveAxisItem(Channel, channels[0].id, 3))
    assert [c.id for c in doc.state.channels(journey)][:4] == [channels[1].id, channels[2].id, channels[3].id,
                                                              channels[0].id]
    assert [c.position for c in doc.state.channels(journey)] == list(range(len(channels)))


def test_deleting_a_stage_holding_notes_needs_a_destination(doc, grid):
    journey, stages, channels = grid
    add(doc, journey, (channels[0].id, stages[1].id), "Je compare")
    before = snapshot(doc)
    with pytest.raises(EditRefused, match="holds 1 notes"):
        doc.execute(DeleteAxisItem(Stage, stages[1].id))
    assert snapshot(doc) == before


def test_deleting_a_stage_moves_its_notes_to_the_neighbour_column(doc, grid):
    journey, stages, channels = grid
    add(doc, journey, (channels[0].id, stages[0].id), "Déjà là")
    add(doc, journey, (channels[0].id, stages[1].id), "Je compare")
    add(doc, journey, (channels[2].id, stages[1].id), "J’appelle")
    assert_undo_redo_exact(doc, DeleteAxisItem(Stage, stages[1].id, notes_to=stages[0].id))
    assert texts(doc, journey, (channels[0].id, stages[0].id)) == ["Déjà là", "Je compare"]
    assert texts(doc, journey, (channels[2].id, stages[0].id)) == ["J’appelle"]
    assert [s.position for s in doc.state.stages(journey)] == list(range(len(stages) - 1))


def test_deleting_a_channel_can_park_its_notes(doc, grid):
    journey, stages, channels = grid
    add(doc, journey, (channels[1].id, stages[0].id), "A")
    add(doc, journey, (channels[1].id, stages[4].id), "B")
    assert_undo_redo_exact(doc, DeleteAxisItem(Channel, channels[1].id, notes_to=PARKING))
    assert sorted(texts(doc, journey, (None, None))) == ["A", "B"]


def test_deleting_a_stage_removes_its_details_and_undo_restores_them(doc, grid):
    journey, stages, _ = grid
    doc._commit([Put(StageDetails(1, stages[2].id, customer_goal="Trouver vite")),
                 Put(Kpi(1, stages[2].id, "Taux de rebond", target="< 40 %", alert_threshold="60 %"))])
    assert_undo_redo_exact(doc, DeleteAxisItem(Stage, stages[2].id))
    assert doc.state.of(StageDetails) == {} and doc.state.of(Kpi) == {}


def test_notes_cannot_go_to_a_line_of_another_journey(doc, grid):
    journey, stages, channels = grid
    add(doc, journey, (channels[0].id, stages[0].id), "A")
    other = AddJourney("Cible", JourneyKind.TARGET, [("Étape", None)], [("Canal", "")])
    doc.execute(other)
    with pytest.raises(EditRefused):
        doc.execute(DeleteAxisItem(Stage, stages[0].id, notes_to=doc.state.stages(other.created_id)[0].id))


# --- journeys and project ----------------------------------------------------------------

def test_add_a_target_journey_derived_from_the_current_one(doc, grid):
    journey, _, _ = grid
    command = AddJourney("Parcours cible", JourneyKind.TARGET, [("Besoin", Phase.BEFORE)], [("Site web", "mdi6.web")],
                         derived_from_id=journey)
    assert_undo_redo_exact(doc, command)
    created = doc.state.get(Journey, command.created_id)
    assert (created.kind, created.derived_from_id, created.position) == (JourneyKind.TARGET, journey, 1)


def test_delete_a_journey_with_everything_on_it(doc, grid):
    journey, stages, channels = grid
    add(doc, journey, (channels[0].id, stages[0].id), "A", "B")
    target = AddJourney("Cible", JourneyKind.TARGET, [("Étape", None)], [("Canal", "")], derived_from_id=journey)
    doc.execute(target)
    assert_undo_redo_exact(doc, DeleteJourney(journey))
    assert [j.id for j in doc.state.journeys] == [target.created_id]
    remaining = doc.state.get(Journey, target.created_id)
    assert (remaining.derived_from_id, remaining.position) == (None, 0)
    assert doc.state.of(Touchpoint) == {}


def test_edit_the_project_sheet(doc):
    command = EditEntity(Project, 1, organisation="Maison Dupré", purpose="Choisir un CRM",
                         workshop_date="2026-12-03", facilitators=("Claire", "Mehdi"))
    assert_undo_redo_exact(doc, command)
    assert doc.state.project.facilitators == ("Claire", "Mehdi")


def test_a_bad_date_is_refused(doc):
    with pytest.raises(EditRefused):
        doc.execute(EditEntity(Project, 1, workshop_date="3 décembre"))


def test_placement_fields_are_not_plain_edits(doc, grid):
    _, stages, _ = grid
    with pytest.raises(EditRefused):
        doc.execute(EditEntity(Stage, stages[0].id, position=4))


def test_every_command_reports_what_it_touched(doc, grid):
    journey, stages, channels = grid
    command = AddTouchpoints(journey, (channels[0].id, stages[0].id), texts=["A"])
    change = doc.execute(command)
    assert change.ids(Touchpoint) == frozenset(command.created_ids) and not change.structure
    assert doc.execute(AddAxisItem(Stage, journey, "Fin")).structure


def test_stepping_emotions_keeps_each_note_in_range_and_counts_none_as_zero(doc, grid):
    journey, stages, channels = grid
    a, b = add(doc, journey, (channels[0].id, stages[0].id), "A", "B")
    doc.execute(EditTouchpoints([a], emotion=2))
    command = StepTouchpoints([a, b], "emotion", 1)
    assert_undo_redo_exact(doc, command)
    assert (doc.state.get(Touchpoint, a).emotion, doc.state.get(Touchpoint, b).emotion) == (2, 1)
    assert [op.entity.id for op in command.ops] == [b]  # the note at the bound is left as it was


def test_stepping_votes_never_goes_below_zero(doc, grid):
    journey, stages, channels = grid
    (a,) = add(doc, journey, (channels[0].id, stages[0].id), "A")
    doc.execute(StepVotes([a], 1))
    doc.execute(StepVotes([a], -1))
    assert doc.execute(StepVotes([a], -1)).empty
    assert doc.state.votes(a) == 0


def test_stepping_votes_is_one_exact_undo_step(doc, grid):
    journey, stages, channels = grid
    a, b = add(doc, journey, (channels[0].id, stages[0].id), "A", "B")
    assert_undo_redo_exact(doc, StepVotes([a, b], 2))
    assert (doc.state.votes(a), doc.state.votes(b)) == (2, 2)


def test_only_emotions_are_stepped_on_the_note_itself():
    with pytest.raises(EditRefused):
        StepTouchpoints([1], "votes", 1)


def test_a_mark_is_its_own_undo_step():
    assert MarkTouchpoints([1], evaluation=Evaluation.PAIN).merge_key() is None
