"""The friction table's rows: which notes, where they sit, how they sort, and their edits."""

from __future__ import annotations

from pathlib import Path

from cjm_desktop.commands import EditTouchpoints
from cjm_desktop.commands.fields import ConfirmedEdit
from cjm_desktop.commands.votes import CastDot, EditSession, StartSession, StepVotes
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Evaluation, Reveal, Touchpoint, VoteScope
from cjm_desktop.queries.frictions import SORT_KEYS, frictions
from cjm_desktop.queries.votes import participants
from cjm_desktop.storage.working import WorkingStore
from tests.support.documents import add


def evaluate(doc: Document, ids: list[int], evaluation: Evaluation, votes: int = 0) -> None:
    """Evaluate the notes, then give each ``votes`` dots by direct entry (« Saisie directe »)."""
    doc.execute(EditTouchpoints(ids, evaluation=evaluation))
    if votes:
        doc.execute(StepVotes(ids, votes))


def test_only_irritants_and_breaking_points_are_frictions(doc: Document, grid) -> None:
    journey, stages, channels = grid
    ids = add(doc, journey, (channels[0].id, stages[0].id), "Je vois", "J’attends", "Je raccroche", "Je note")
    evaluate(doc, ids[:1], Evaluation.DELIGHT)
    evaluate(doc, ids[1:2], Evaluation.PAIN)
    evaluate(doc, ids[2:3], Evaluation.BREAKING)
    assert [f.text for f in frictions(doc.state, journey)] == ["J’attends", "Je raccroche"]


def test_a_friction_names_its_channel_and_stage(doc: Document, grid) -> None:
    journey, stages, channels = grid
    ids = add(doc, journey, (channels[2].id, stages[3].id), "Le paiement refuse ma carte")
    evaluate(doc, ids, Evaluation.BREAKING, votes=4)
    (row,) = frictions(doc.state, journey)
    assert (row.channel, row.stage, row.votes, row.evaluation) == (channels[2].name, stages[3].name, 4,
                                                                   Evaluation.BREAKING)


def test_a_friction_counts_only_the_votes_the_room_may_see(doc: Document, grid) -> None:
    journey, stages, channels = grid
    ids = add(doc, journey, (channels[0].id, stages[0].id), "J’attends")
    evaluate(doc, ids, Evaluation.PAIN, votes=2)
    start = StartSession("Irritants", journey, VoteScope.FRICTIONS, reveal=Reveal.END, participants=["Claire"])
    doc.execute(start)
    (person,) = participants(doc.state, start.created_id)
    doc.execute(CastDot(start.created_id, person.id, (Touchpoint, ids[0])))
    assert [r.votes for r in frictions(doc.state, journey)] == [2]  # the session's dot waits for the reveal
    doc.execute(EditSession(start.created_id, revealed=True))
    assert [r.votes for r in frictions(doc.state, journey)] == [3]


def test_parked_frictions_are_listed_last_without_a_cell(doc: Document, grid) -> None:
    journey, stages, channels = grid
    parked = add(doc, journey, (None, None), "Je perds mon code")
    placed = add(doc, journey, (channels[-1].id, stages[-1].id), "Je ne trouve pas l’avis")
    evaluate(doc, parked + placed, Evaluation.PAIN)
    rows = frictions(doc.state, journey)
    assert [r.note_id for r in rows] == placed + parked
    assert rows[-1].parked and (rows[-1].channel, rows[-1].stage) == ("", "")


def test_frictions_follow_the_reading_order(doc: Document, grid) -> None:
    journey, stages, channels = grid
    late = add(doc, journey, (channels[0].id, stages[2].id), "Je relance")
    early = add(doc, journey, (channels[4].id, stages[0].id), "J’attends")
    evaluate(doc, late + early, Evaluation.PAIN)
    assert [r.note_id for r in frictions(doc.state, journey)] == early + late


def test_sorting_by_votes_keeps_the_map_order_for_ties(doc: Document, grid) -> None:
    journey, stages, channels = grid
    ids = add(doc, journey, (channels[0].id, stages[0].id), "A", "B", "C")
    evaluate(doc, ids[:1], Evaluation.PAIN, votes=1)
    evaluate(doc, ids[1:2], Evaluation.PAIN, votes=5)
    evaluate(doc, ids[2:], Evaluation.PAIN, votes=1)
    rows = sorted(frictions(doc.state, journey), key=SORT_KEYS["votes"], reverse=True)
    assert [r.text for r in rows] == ["B", "C", "A"]
    assert [r.text for r in sorted(frictions(doc.state, journey), key=SORT_KEYS["votes"])] == ["A", "C", "B"]


def test_negative_impact_and_solutions_persist(doc: Document, grid, tmp_path: Path, store: WorkingStore) -> None:
    journey, stages, channels = grid
    ids = add(doc, journey, (channels[0].id, stages[0].id), "Le site est lent")
    evaluate(doc, ids, Evaluation.PAIN)
    doc.execute(ConfirmedEdit(Touchpoint, ids[0], negative_impact="Rebond élevé, frustration"))
    doc.execute(ConfirmedEdit(Touchpoint, ids[0], solutions="Optimiser les images\nCDN"))
    doc.save(tmp_path / "frictions.cjm")
    doc.close()
    reopened = Document.open(store, tmp_path / "frictions.cjm")
    try:
        row = frictions(reopened.state, journey)[0]
        assert (row.negative_impact, row.solutions) == ("Rebond élevé, frustration", "Optimiser les images\nCDN")
    finally:
        reopened.close(save=False)
