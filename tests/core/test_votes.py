"""Dot-voting sessions in the core: rules of a session, proxy and paper dots, results with ties, reveal, undo."""

from __future__ import annotations

import pytest

from cjm_desktop.commands import EditTouchpoints
from cjm_desktop.commands.actions import AddAction
from cjm_desktop.commands.votes import (
    AddParticipant,
    CastDot,
    DeleteParticipant,
    DeleteSession,
    EditSession,
    SetPaperDots,
    SetProxyDots,
    StartSession,
    StepVotes,
    WithdrawDot,
)
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Action, Evaluation, Participant, Reveal, Touchpoint, Vote, VoteScope
from cjm_desktop.queries.votes import (
    dots_cast,
    dots_of,
    in_scope,
    is_direct,
    participants,
    remaining,
    results,
    scope_targets,
    sessions,
)
from cjm_desktop.storage.errors import EditRefused
from tests.support.documents import add


def start(doc: Document, journey: int, **settings) -> tuple[int, list[int]]:
    """A session of 6 participants on ``journey``'s notes (settings override the defaults)."""
    names = [f"Participant {i}" for i in range(1, 7)]
    command = StartSession(settings.pop("name", "Vote"), journey, settings.pop("scope", VoteScope.NOTES),
                           participants=names, **settings)
    doc.execute(command)
    return command.created_id, [p.id for p in participants(doc.state, command.created_id)]


@pytest.fixture
def notes(doc: Document, grid) -> list[int]:
    journey, stages, channels = grid
    return add(doc, journey, (channels[0].id, stages[0].id), "Je compare", "J’attends", "Je paie", "Je reçois")


def dot(doc: Document, session: int, person: int | None, note: int) -> None:
    doc.execute(CastDot(session, person, (Touchpoint, note)))


def test_a_session_keeps_its_participants_in_order(doc, grid):
    session, people = start(doc, grid[0])
    assert [p.name for p in participants(doc.state, session)] == [f"Participant {i}" for i in range(1, 7)]
    assert [s.id for s in sessions(doc.state)] == [session] and len(people) == 6


def test_a_dot_counts_on_the_note_and_for_its_participant(doc, grid, notes):
    session, people = start(doc, grid[0])
    dot(doc, session, people[0], notes[1])
    assert doc.state.votes(notes[1]) == 1
    assert dots_of(doc.state, session, people[0]) == {(Touchpoint, notes[1]): 1}
    assert remaining(doc.state, session, people[0]) == 2


def test_a_participant_cannot_spend_more_than_the_budget(doc, grid, notes):
    session, people = start(doc, grid[0], budget=2)
    dot(doc, session, people[0], notes[0])
    dot(doc, session, people[0], notes[1])
    with pytest.raises(EditRefused, match="no dots left"):
        dot(doc, session, people[0], notes[2])
    assert doc.state.votes(notes[2]) == 0


def test_one_dot_per_note_unless_repeats_are_allowed(doc, grid, notes):
    session, people = start(doc, grid[0])
    dot(doc, session, people[0], notes[0])
    with pytest.raises(EditRefused, match="one dot per note"):
        dot(doc, session, people[0], notes[0])
    repeat, others = start(doc, grid[0], repeat=True)
    dot(doc, repeat, others[0], notes[0])
    dot(doc, repeat, others[0], notes[0])
    assert dots_of(doc.state, repeat, others[0]) == {(Touchpoint, notes[0]): 2}


def test_the_cap_per_note_holds_for_everyone_together(doc, grid, notes):
    session, people = start(doc, grid[0], cap=2)
    dot(doc, session, people[0], notes[0])
    dot(doc, session, people[1], notes[0])
    with pytest.raises(EditRefused, match="most dots allowed"):
        dot(doc, session, people[2], notes[0])


def test_a_frictions_session_refuses_a_note_that_is_no_friction(doc, grid, notes):
    doc.execute(EditTouchpoints(notes[1:2], evaluation=Evaluation.PAIN))
    session, people = start(doc, grid[0], scope=VoteScope.FRICTIONS)
    assert scope_targets(doc.state, doc.state.get(type(sessions(doc.state)[0]), session)) == [(Touchpoint, notes[1])]
    with pytest.raises(EditRefused, match="does not vote on that"):
        dot(doc, session, people[0], notes[0])


def test_a_session_on_some_stages_refuses_notes_of_the_others(doc, grid):
    journey, stages, channels = grid
    first = add(doc, journey, (channels[0].id, stages[0].id), "Je cherche")
    second = add(doc, journey, (channels[0].id, stages[1].id), "Je compare")
    session, people = start(doc, journey, stage_ids=(stages[1].id,))
    voting = sessions(doc.state)[0]
    assert not in_scope(doc.state, voting, (Touchpoint, first[0]))
    assert in_scope(doc.state, voting, (Touchpoint, second[0]))


def test_a_closed_session_takes_no_more_dots(doc, grid, notes):
    session, people = start(doc, grid[0])
    doc.execute(EditSession(session, closed=True))
    with pytest.raises(EditRefused, match="closed"):
        dot(doc, session, people[0], notes[0])


def test_withdrawing_the_last_dot_removes_the_vote(doc, grid, notes):
    session, people = start(doc, grid[0])
    dot(doc, session, people[0], notes[0])
    doc.execute(WithdrawDot(session, people[0], (Touchpoint, notes[0])))
    assert doc.state.votes(notes[0]) == 0 and not doc.state.of(Vote)


def test_paper_dots_are_counted_in_one_go_outside_any_budget(doc, grid, notes):
    session, _people = start(doc, grid[0], budget=1)
    doc.execute(SetPaperDots(session, (Touchpoint, notes[0]), 7))
    doc.execute(SetPaperDots(session, (Touchpoint, notes[0]), 5))
    assert doc.state.votes(notes[0]) == 5 and dots_of(doc.state, session, None) == {(Touchpoint, notes[0]): 5}


def test_proxy_dots_replace_an_absent_participants_dots_and_mark_them(doc, grid, notes):
    session, people = start(doc, grid[0])
    dot(doc, session, people[5], notes[0])
    doc.execute(SetProxyDots(session, people[5], {(Touchpoint, notes[1]): 1, (Touchpoint, notes[2]): 1}))
    assert dots_of(doc.state, session, people[5]) == {(Touchpoint, notes[1]): 1, (Touchpoint, notes[2]): 1}
    assert doc.state.get(Participant, people[5]).proxy


def test_proxy_dots_keep_to_the_budget(doc, grid, notes):
    session, people = start(doc, grid[0], budget=2)
    with pytest.raises(EditRefused, match="2 dots"):
        doc.execute(SetProxyDots(session, people[0], {(Touchpoint, n): 1 for n in notes[:3]}))


def test_results_rank_by_dots_and_show_ties(doc, grid, notes):
    session, people = start(doc, grid[0])
    for person, note in [(0, 2), (1, 2), (2, 0), (3, 1), (4, 3), (5, 3)]:
        dot(doc, session, people[person], notes[note])
    lines = results(doc.state, session)
    assert [(r.label, r.count, r.rank, r.tied) for r in lines] == [
        ("Je paie", 2, 1, True), ("Je reçois", 2, 1, True), ("Je compare", 1, 3, True), ("J’attends", 1, 3, True)]
    assert dots_cast(doc.state, session) == 6


def test_counts_revealed_at_the_end_stay_hidden_until_the_reveal(doc, grid, notes):
    session, people = start(doc, grid[0], reveal=Reveal.END)
    dot(doc, session, people[0], notes[0])
    assert (doc.state.votes(notes[0]), doc.state.shown_votes((Touchpoint, notes[0]))) == (1, 0)
    change = doc.execute(EditSession(session, revealed=True))
    assert doc.state.shown_votes((Touchpoint, notes[0])) == 1 and not change.empty


def test_every_dot_is_its_own_undo_step(doc, grid, notes):
    session, people = start(doc, grid[0])
    first, second = CastDot(session, people[0], (Touchpoint, notes[0])), CastDot(session, people[1], (Touchpoint,
                                                                                                        notes[0]))
    doc.execute(first)
    doc.execute(second)
    doc.undo(second)
    assert doc.state.votes(notes[0]) == 1
    doc.undo(first)
    assert doc.state.votes(notes[0]) == 0
    doc.redo(first)
    assert dots_of(doc.state, session, people[0]) == {(Touchpoint, notes[0]): 1}


def test_a_change_names_the_notes_whose_dots_changed(doc, grid, notes):
    session, people = start(doc, grid[0])
    command = CastDot(session, people[0], (Touchpoint, notes[2]))
    assert doc.execute(command).voted_ids(Touchpoint) == {notes[2]}
    assert doc.undo(command).voted_ids(Touchpoint) == {notes[2]}


def test_deleting_a_participant_takes_their_dots(doc, grid, notes):
    session, people = start(doc, grid[0])
    dot(doc, session, people[0], notes[0])
    doc.execute(DeleteParticipant(people[0]))
    assert doc.state.votes(notes[0]) == 0 and len(participants(doc.state, session)) == 5


def test_a_participant_added_late_votes_like_the_others(doc, grid, notes):
    session, _people = start(doc, grid[0])
    command = AddParticipant(session, "  Zoé  ")
    doc.execute(command)
    dot(doc, session, command.created_id, notes[0])
    assert doc.state.get(Participant, command.created_id).name == "Zoé" and doc.state.votes(notes[0]) == 1


def test_deleting_a_session_takes_its_participants_and_dots(doc, grid, notes):
    session, people = start(doc, grid[0])
    dot(doc, session, people[0], notes[0])
    doc.execute(DeleteSession(session))
    assert not doc.state.of(Vote) and not doc.state.of(Participant) and not sessions(doc.state)


def test_direct_entry_makes_its_session_once_and_never_goes_below_zero(doc, grid, notes):
    doc.execute(StepVotes(notes[:2], 1))
    doc.execute(StepVotes(notes[:1], 1))
    assert doc.execute(StepVotes(notes[2:3], -1)).empty
    (direct,) = sessions(doc.state)
    assert is_direct(doc.state, direct) and [doc.state.votes(n) for n in notes[:3]] == [2, 1, 0]


def test_an_actions_session_votes_on_actions(doc, grid):
    command = AddAction("Rappeler sous 2 h", journey_id=grid[0])
    doc.execute(command)
    action_id = max(doc.state.of(Action))
    session, people = start(doc, grid[0], scope=VoteScope.ACTIONS)
    doc.execute(CastDot(session, people[0], (Action, action_id)))
    assert doc.state.action_votes(action_id) == 1


def test_votes_survive_saving_and_reopening(doc, grid, notes, tmp_path, store):
    session, people = start(doc, grid[0], reveal=Reveal.END, cap=3)
    dot(doc, session, people[0], notes[0])
    doc.execute(SetPaperDots(session, (Touchpoint, notes[1]), 2))
    path = tmp_path / "votes.cjm"
    doc.save(path)
    doc.close()
    again = Document.open(store, path)
    try:
        assert results(again.state, session) == results(doc.state, session)
        assert again.state.get(type(sessions(again.state)[0]), session) == sessions(doc.state)[0]
    finally:
        again.close(save=False)
