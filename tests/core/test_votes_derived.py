"""A note's vote count derives from the votes of voting sessions (schema v5): older files keep their counts,
deleting a note or an action takes its dots (undo brings them back), imports and exports speak in counts, and
a change names the notes whose dots changed."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from cjm_desktop.commands import DeleteJourney, DeleteTouchpoints
from cjm_desktop.commands.actions import AddAction, DeleteActions
from cjm_desktop.commands.imports import ImportJourneys
from cjm_desktop.commands.votes import CastDot, StartSession, StepVotes
from cjm_desktop.document import Document
from cjm_desktop.interop.files import export_journeys, read_import
from cjm_desktop.model.domain import Action, Touchpoint, Vote, VoteScope, VotingSession
from cjm_desktop.queries.votes import DIRECT_ENTRY, direct_session, is_direct, participants, sessions
from tests.support.documents import add, on_disk, snapshot

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
HEADER = "journey,kind,persona,stage,phase,channel,text,evaluation,moment_of_truth,emotion,departments,votes,comment"


def old_counts(path: Path) -> dict[int, int]:
    """Every note's count as a file older than version 5 stores it (``touchpoint.votes``), read with sqlite3."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT id, votes FROM touchpoint"))
    finally:
        conn.close()


@pytest.fixture(params=["v3", "v4"])
def migrated(request, store) -> tuple[Document, dict[int, int]]:
    """An older golden file opened (and so upgraded), with the counts its ``touchpoint.votes`` held."""
    path = GOLDEN / f"{request.param}.cjm"
    document = Document.open(store, path, read_only=True)
    yield document, old_counts(path)
    document.close(save=False)


# --- older files --------------------------------------------------------------------------------------


def test_an_older_file_keeps_every_notes_count(migrated):
    doc, counts = migrated
    assert any(counts.values())  # the golden file has counts to keep
    assert {note_id: doc.state.votes(note_id) for note_id in doc.state.of(Touchpoint)} == counts


def test_an_older_files_counts_become_direct_entry(migrated):
    doc, counts = migrated
    (session,) = sessions(doc.state)
    assert (session.name, is_direct(doc.state, session)) == (DIRECT_ENTRY, True)
    assert {v.touchpoint_id: v.count for v in doc.state.session_votes(session.id)} == {
        note_id: count for note_id, count in counts.items() if count}
    assert all(v.participant_id is None for v in doc.state.of(Vote).values())
    assert all(doc.state.shown_votes((Touchpoint, n)) == c for n, c in counts.items())  # the room sees them


def test_direct_entry_on_an_older_file_adds_to_its_counts(migrated):
    doc, counts = migrated
    note_id = next(n for n, c in counts.items() if c)
    doc.execute(StepVotes([note_id], 1))
    assert doc.state.votes(note_id) == counts[note_id] + 1
    assert len(sessions(doc.state)) == 1  # the migrated « Saisie directe », not a second one


# --- deleting notes and actions ------------------------------------------------------------------------


def test_deleting_a_note_takes_its_votes_and_undo_brings_them_back(doc, grid):
    journey, stages, channels = grid
    kept, doomed = add(doc, journey, (channels[0].id, stages[0].id), "Je compare", "J’attends")
    doc.execute(StepVotes([kept, doomed], 2))
    before = snapshot(doc)
    command = DeleteTouchpoints([doomed])
    doc.execute(command)
    assert doc.state.votes(doomed) == 0 and doc.state.votes(kept) == 2
    assert [v.touchpoint_id for v in doc.state.of(Vote).values()] == [kept]
    doc.undo(command)
    assert doc.state.votes(doomed) == 2
    assert snapshot(doc) == before == on_disk(doc)


def test_deleting_a_note_takes_the_dots_of_every_session(doc, grid):
    journey, stages, channels = grid
    (note,) = add(doc, journey, (channels[0].id, stages[0].id), "J’attends")
    start = StartSession("Vote", journey, VoteScope.NOTES, participants=["Claire"])
    doc.execute(start)
    (person,) = participants(doc.state, start.created_id)
    doc.execute(CastDot(start.created_id, person.id, (Touchpoint, note)))
    doc.execute(StepVotes([note], 3))
    command = DeleteTouchpoints([note])
    doc.execute(command)
    assert not doc.state.of(Vote) and len(sessions(doc.state)) == 2  # the sessions stay
    doc.undo(command)
    assert doc.state.votes(note) == 4


def test_deleting_an_action_takes_its_votes_and_undo_brings_them_back(doc, grid):
    doc.execute(AddAction("Rappeler sous 2 h", journey_id=grid[0]))
    action_id = max(doc.state.of(Action))
    start = StartSession("Actions", grid[0], VoteScope.ACTIONS, participants=["Claire", "Mehdi"])
    doc.execute(start)
    for person in participants(doc.state, start.created_id):
        doc.execute(CastDot(start.created_id, person.id, (Action, action_id)))
    before = snapshot(doc)
    command = DeleteActions([action_id])
    doc.execute(command)
    assert doc.state.action_votes(action_id) == 0 and not doc.state.of(Vote)
    doc.undo(command)
    assert doc.state.action_votes(action_id) == 2
    assert snapshot(doc) == before == on_disk(doc)


def test_deleting_a_journey_takes_its_notes_votes_and_its_sessions(doc, grid):
    journey, stages, channels = grid
    (note,) = add(doc, journey, (channels[0].id, stages[0].id), "J’attends")
    doc.execute(StepVotes([note], 2))  # direct entry: a session of every journey
    start = StartSession("Vote", journey, VoteScope.NOTES, participants=["Claire"])
    doc.execute(start)
    (person,) = participants(doc.state, start.created_id)
    doc.execute(CastDot(start.created_id, person.id, (Touchpoint, note)))
    before = snapshot(doc)
    command = DeleteJourney(journey)
    doc.execute(command)
    assert not doc.state.of(Vote) and [s.name for s in sessions(doc.state)] == [DIRECT_ENTRY]
    doc.undo(command)
    assert doc.state.votes(note) == 3
    assert snapshot(doc) == before == on_disk(doc)


# --- imports and exports ---------------------------------------------------------------------------------


def import_csv(doc: Document, tmp_path: Path, *rows: str) -> list[Touchpoint]:
    """Import a CSV of the row form; the notes it added, in the file's order."""
    path = tmp_path / "import.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    known = set(doc.state.of(Touchpoint))
    doc.execute(ImportJourneys(read_import(path).journeys))
    return sorted((n for n in doc.state.of(Touchpoint).values() if n.id not in known), key=lambda n: n.id)


def test_the_votes_of_an_imported_csv_become_direct_entry(doc, tmp_path):
    first, second = import_csv(doc, tmp_path, "Importé,current,,A,,Web,Je paie,,,,,4,",
                               "Importé,current,,A,,Web,Je râle,,,,,,")
    session = direct_session(doc.state)
    assert session is not None and session.name == DIRECT_ENTRY
    assert [(v.session_id, v.participant_id, v.touchpoint_id, v.count) for v in doc.state.of(Vote).values()] == [
        (session.id, None, first.id, 4)]
    assert (doc.state.votes(first.id), doc.state.votes(second.id)) == (4, 0)


def test_an_import_adds_to_the_existing_direct_entry_session(doc, grid, tmp_path):
    journey, stages, channels = grid
    (note,) = add(doc, journey, (channels[0].id, stages[0].id), "Je compare")
    doc.execute(StepVotes([note], 1))
    (imported,) = import_csv(doc, tmp_path, "Importé,current,,A,,Web,Je paie,,,,,2,")
    assert len(doc.state.of(VotingSession)) == 1
    assert (doc.state.votes(note), doc.state.votes(imported.id)) == (1, 2)


def test_an_import_without_votes_makes_no_session(doc, tmp_path):
    import_csv(doc, tmp_path, "Importé,current,,A,,Web,Je paie,,,,,,", "Importé,current,,A,,Web,Je râle,,,,,0,")
    assert not doc.state.of(VotingSession) and not doc.state.of(Vote)


def test_importing_is_one_undo_step_with_its_votes(doc, tmp_path):
    before = snapshot(doc)
    path = tmp_path / "import.csv"
    path.write_text(f"{HEADER}\nImporté,current,,A,,Web,Je paie,,,,,4,\n", encoding="utf-8")
    command = ImportJourneys(read_import(path).journeys)
    doc.execute(command)
    doc.undo(command)
    assert snapshot(doc) == before == on_disk(doc)


def test_the_csv_export_writes_every_sessions_dots_as_the_count(doc, grid, tmp_path):
    journey, stages, channels = grid
    a, b, c = add(doc, journey, (channels[0].id, stages[0].id), "Je compare", "J’attends", "Je paie")
    doc.execute(StepVotes([a, b], 2))
    start = StartSession("Vote", journey, VoteScope.NOTES, participants=["Claire"])
    doc.execute(start)
    (person,) = participants(doc.state, start.created_id)
    doc.execute(CastDot(start.created_id, person.id, (Touchpoint, b)))
    target = tmp_path / "export.csv"
    export_journeys(doc.state, [doc.state.journeys[0]], target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert {r["text"]: r["votes"] for r in rows if r["text"]} == {"Je compare": "2", "J’attends": "3", "Je paie": "0"}


def test_exported_counts_come_back_on_import(doc, grid, tmp_path, store):
    journey, stages, channels = grid
    notes = add(doc, journey, (channels[0].id, stages[0].id), "Je compare", "J’attends")
    doc.execute(StepVotes(notes[:1], 5))
    target = tmp_path / "export.csv"
    export_journeys(doc.state, [doc.state.journeys[0]], target)
    other = Document.new(store, [])
    try:
        other.execute(ImportJourneys(read_import(target).journeys))
        assert {n.text: other.state.votes(n.id) for n in other.state.of(Touchpoint).values()} == {
            "Je compare": 5, "J’attends": 0}
    finally:
        other.close(save=False)


# --- what a change names -----------------------------------------------------------------------------------


def test_a_change_names_only_the_notes_whose_dots_changed(doc, grid):
    journey, stages, channels = grid
    a, b = add(doc, journey, (channels[0].id, stages[0].id), "A", "B")
    doc.execute(StepVotes([a], 1))
    change = doc.execute(StepVotes([a, b], -1))  # b has no dot to lose
    assert change.voted_ids(Touchpoint) == {a} and change.voted_ids(Action) == frozenset()


def test_a_change_names_the_notes_whose_dots_a_deletion_took_and_its_undo_gave_back(doc, grid):
    journey, stages, channels = grid
    voted, plain = add(doc, journey, (channels[0].id, stages[0].id), "A", "B")
    doc.execute(StepVotes([voted], 2))
    command = DeleteTouchpoints([voted, plain])
    assert doc.execute(command).voted_ids(Touchpoint) == {voted}
    assert doc.undo(command).voted_ids(Touchpoint) == {voted}


def test_an_edit_without_votes_names_no_note(doc, grid):
    journey, stages, channels = grid
    notes = add(doc, journey, (channels[0].id, stages[0].id), "A", "B")
    assert doc.execute(DeleteTouchpoints(notes)).voted == frozenset()
