"""The compare rules: a target note against the current note it was derived from."""

from __future__ import annotations

import pytest

from cjm_desktop.commands import (
    AddTouchpoints,
    DeleteTouchpoints,
    DuplicateTouchpoints,
    EditEntity,
    EditTouchpoints,
    MoveTouchpoints,
)
from cjm_desktop.commands.journeys import DeriveTarget, DuplicateJourney
from cjm_desktop.commands.votes import StepVotes
from cjm_desktop.model.domain import Evaluation, Stage
from cjm_desktop.queries.compare import compare_journeys, count_statuses


@pytest.fixture
def pair(doc, grid):
    """(current id, target id, {text: target note id}) after « Créer le parcours cible »."""
    journey_id, stages, channels = grid
    for stage_index, texts in ((0, ["Je compare", "Je lis les avis"]), (1, ["Je souscris"])):
        doc.execute(AddTouchpoints(journey_id, (channels[0].id, stages[stage_index].id), texts=texts))
    derive = DeriveTarget(journey_id, "Parcours cible")
    doc.execute(derive)
    notes = {n.text: n.id for n in doc.state.touchpoints(derive.created_id)}
    return journey_id, derive.created_id, notes


def statuses(doc, pair) -> list[tuple[str, str]]:
    current, target, _ = pair
    return [((d.target or d.current).text, d.status) for d in compare_journeys(doc.state, current, target)]


def test_a_fresh_target_is_the_same_note_for_note_in_reading_order(doc, pair):
    assert statuses(doc, pair) == [("Je compare", "same"), ("Je lis les avis", "same"), ("Je souscris", "same")]


def test_a_note_written_in_the_target_is_added(doc, pair):
    _, target, _ = pair
    cell = doc.state.touchpoints(target)[0].cell
    doc.execute(AddTouchpoints(target, cell, texts=["Je suis rappelé"]))
    assert ("Je suis rappelé", "added") in statuses(doc, pair)


def test_a_note_deleted_from_the_target_is_removed_and_listed_last(doc, pair):
    _, _, notes = pair
    doc.execute(DeleteTouchpoints([notes["Je compare"]]))
    assert statuses(doc, pair)[-1] == ("Je compare", "removed")


def test_changed_fields_are_named(doc, pair):
    current, target, notes = pair
    doc.execute(EditTouchpoints([notes["Je souscris"]], text="Je souscris en 3 clics", evaluation=Evaluation.DELIGHT))
    [diff] = [d for d in compare_journeys(doc.state, current, target) if d.target.id == notes["Je souscris"]]
    assert (diff.status, diff.changed, diff.moved) == ("changed", ("text", "evaluation"), False)


def test_a_note_placed_in_another_stage_is_moved(doc, pair, grid):
    _, stages, channels = grid
    current, target, notes = pair
    target_stages = doc.state.stages(target)
    doc.execute(MoveTouchpoints([notes["Je lis les avis"]], (doc.state.channels(target)[1].id, target_stages[2].id)))
    [diff] = [d for d in compare_journeys(doc.state, current, target) if d.target.id == notes["Je lis les avis"]]
    assert (diff.status, diff.moved, diff.changed) == ("moved", True, ())


def test_reordering_inside_a_cell_is_not_a_move(doc, pair):
    _, target, notes = pair
    note = doc.state.touchpoints(target)[0]
    doc.execute(MoveTouchpoints([notes["Je lis les avis"]], note.cell, 0))
    assert statuses(doc, pair)[:2] == [("Je lis les avis", "same"), ("Je compare", "same")]


def test_changed_wins_over_moved(doc, pair):
    current, target, notes = pair
    doc.execute(MoveTouchpoints([notes["Je compare"]], (None, None)))
    doc.execute(EditTouchpoints([notes["Je compare"]], comment="Vu en entretien"))
    [diff] = [d for d in compare_journeys(doc.state, current, target) if d.target.id == notes["Je compare"]]
    assert (diff.status, diff.moved, diff.changed) == ("changed", True, ("comment",))


def test_votes_are_not_compared(doc, pair):
    # votes are dots of a voting session on one journey's notes, not what the note says
    current, _, notes = pair
    origin = next(n for n in doc.state.touchpoints(current) if n.text == "Je compare")
    doc.execute(StepVotes([origin.id], 4))  # the current note has votes, its copy none
    doc.execute(StepVotes([notes["Je souscris"]], 2))  # the copy has votes, its origin none
    assert statuses(doc, pair) == [("Je compare", "same"), ("Je lis les avis", "same"), ("Je souscris", "same")]


def test_places_are_matched_by_stage_and_channel_name(doc, pair):
    current, target, notes = pair
    stage = doc.state.stages(target)[0]
    doc.execute(EditEntity(Stage, stage.id, name="Besoin exprimé"))
    [diff] = [d for d in compare_journeys(doc.state, current, target) if d.target.id == notes["Je compare"]]
    assert diff.status == "moved"


def test_a_target_note_whose_origin_was_deleted_is_added(doc, pair):
    current, target, notes = pair
    origin = next(n for n in doc.state.touchpoints(current) if n.text == "Je souscris")
    doc.execute(DeleteTouchpoints([origin.id]))
    assert ("Je souscris", "added") in statuses(doc, pair)
    assert all(status != "removed" for _, status in statuses(doc, pair))


def test_an_origin_in_another_journey_means_added(doc, pair):
    current, target, _ = pair
    copy = DuplicateJourney(current, "Copie de l’existant")
    doc.execute(copy)
    diffs = compare_journeys(doc.state, copy.created_id, target)
    assert [d.status for d in diffs] == ["added"] * 3 + ["removed"] * 3


def test_a_duplicated_target_note_matches_once(doc, pair):
    _, _, notes = pair
    doc.execute(DuplicateTouchpoints([notes["Je souscris"]]))
    assert statuses(doc, pair)[-2:] == [("Je souscris", "same"), ("Je souscris", "added")]


def test_counts_cover_every_status(doc, pair):
    current, target, notes = pair
    doc.execute(DeleteTouchpoints([notes["Je compare"]]))
    counts = count_statuses(compare_journeys(doc.state, current, target))
    assert counts == {"added": 0, "removed": 1, "changed": 0, "moved": 0, "same": 2}
