"""Dot-voting commands: sessions, participants, and every dot as its own undo step.

A vote row holds ``count`` dots of one participant (or of nobody: paper dots, direct entry) on one note
or one action. Casting a dot adds one to that row (or makes it); withdrawing takes one away (removing the
row at zero). The rules of a session are checked when a dot is cast: open, in scope, within the
participant's budget, within the cap per note, once per note unless repeats are allowed.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Any

from cjm_desktop.commands.base import Command, existing, require
from cjm_desktop.model.clock import utc_now
from cjm_desktop.model.domain import (
    Action,
    Journey,
    Participant,
    ProjectState,
    Reveal,
    Touchpoint,
    Vote,
    VoteScope,
    VotingSession,
)
from cjm_desktop.model.limits import MAX_COUNT, MAX_LIST_ITEMS
from cjm_desktop.model.ops import Op, Put, Remove
from cjm_desktop.queries.votes import DIRECT_ENTRY, Target, direct_session, in_scope, participants, remaining

MAX_PARTICIPANTS = 500  # people in one session: a room, or a company's whole staff voting on paper


def _session(state: ProjectState, session_id: int) -> VotingSession:
    return existing(state.get(VotingSession, session_id), "this voting session no longer exists")


def _vote_row(state: ProjectState, session_id: int, participant_id: int | None, target: Target) -> Vote | None:
    """The row holding this participant's dots on ``target`` in the session (the first, if a file holds two)."""
    return next((v for v in state.session_votes(session_id)
                 if v.participant_id == participant_id and v.target == target), None)


def _with_count(state: ProjectState, row: Vote | None, session_id: int, participant_id: int | None,
                target: Target, count: int) -> list[Op]:
    """The ops that make this participant's dots on ``target`` equal ``count``."""
    if row is not None:
        return [Remove(Vote, row.id)] if count == 0 else [Put(replace(row, count=count))] if count != row.count else []
    if count == 0:
        return []
    kind, target_id = target
    note_id, action_id = (target_id, None) if kind is Touchpoint else (None, target_id)
    return [Put(Vote(state.next_id(Vote), session_id, participant_id, note_id, action_id, count))]


def votes_on(state: ProjectState, note_ids: Collection[int] = (), action_ids: Collection[int] = ()) -> list[Remove]:
    """The removal of every vote on these notes or actions (their deletion takes their dots with them)."""
    notes, actions = set(note_ids), set(action_ids)
    return [Remove(Vote, v.id) for v in state.of(Vote).values() if v.touchpoint_id in notes or v.action_id in actions]


class StartSession(Command):
    """A new voting session with its participants (names; the UI names anonymous ones « Participant 1 »…)."""

    label = "Start a voting session"

    def __init__(self, name: str, journey_id: int | None, scope: VoteScope, stage_ids: tuple[int, ...] = (),
                 budget: int = 3, cap: int = 0, repeat: bool = False, reveal: Reveal = Reveal.LIVE,
                 participants: list[str] | None = None) -> None:
        super().__init__()
        names = [" ".join(n.split()) for n in participants or []]
        require(all(names), "a participant needs a name")
        require(len(names) <= MAX_PARTICIPANTS, f"a session holds at most {MAX_PARTICIPANTS} participants")
        require(bool(" ".join(name.split())), "a voting session needs a name")
        require(0 <= budget <= MAX_COUNT and 0 <= cap <= MAX_COUNT, "the dots must be a whole number from 0")
        require(len(stage_ids) <= MAX_LIST_ITEMS, "too many stages")
        self.session = VotingSession(0, " ".join(name.split()), journey_id=journey_id, scope=scope,
                                     stage_ids=tuple(stage_ids), budget=budget, cap=cap, repeat=repeat, reveal=reveal)
        self.names = names
        self.created_id = 0

    def plan(self, state: ProjectState) -> list[Op]:
        journey_id = self.session.journey_id
        require(journey_id is None or state.get(Journey, journey_id) is not None, "that journey no longer exists")
        self.created_id = state.next_id(VotingSession)
        position = max((s.position for s in state.of(VotingSession).values()), default=-1) + 1
        ops: list[Op] = [Put(replace(self.session, id=self.created_id, position=position, created_at=utc_now()))]
        first = state.next_id(Participant)
        ops += [Put(Participant(first + i, self.created_id, name, i)) for i, name in enumerate(self.names)]
        return ops


class EditSession(Command):
    """Change a session's settings: name, budget, cap, repeat, reveal, revealed, closed."""

    label = "Edit a voting session"
    FIELDS = ("name", "budget", "cap", "repeat", "reveal", "revealed", "closed")

    def __init__(self, session_id: int, **fields: Any) -> None:
        super().__init__()
        require(set(fields) <= set(self.FIELDS), "unknown session settings")
        self.session_id, self.fields = session_id, fields

    def plan(self, state: ProjectState) -> list[Op]:
        session = _session(state, self.session_id)
        changed = replace(session, **self.fields)
        require(bool(changed.name.strip()), "a voting session needs a name")
        return [Put(changed)] if changed != session else []


class AddParticipant(Command):
    """One more participant in a session."""

    label = "Add a participant"

    def __init__(self, session_id: int, name: str, proxy: bool = False) -> None:
        super().__init__()
        self.session_id, self.name, self.proxy = session_id, " ".join(name.split()), proxy
        require(bool(self.name), "a participant needs a name")
        self.created_id = 0

    def plan(self, state: ProjectState) -> list[Op]:
        _session(state, self.session_id)
        people = participants(state, self.session_id)
        require(len(people) < MAX_PARTICIPANTS, f"a session holds at most {MAX_PARTICIPANTS} participants")
        self.created_id = state.next_id(Participant)
        position = people[-1].position + 1 if people else 0
        return [Put(Participant(self.created_id, self.session_id, self.name, position, self.proxy))]


class DeleteParticipant(Command):
    """Remove a participant and their dots."""

    label = "Remove a participant"

    def __init__(self, participant_id: int) -> None:
        super().__init__()
        self.participant_id = participant_id

    def plan(self, state: ProjectState) -> list[Op]:
        person = existing(state.get(Participant, self.participant_id), "this participant no longer exists")
        ops: list[Op] = [Remove(Vote, v.id) for v in state.session_votes(person.session_id)
                         if v.participant_id == person.id]
        return ops + [Remove(Participant, person.id)]


class _Dot(Command):
    """One dot of a participant (None: paper dots) on a note or an action, in an open session."""

    def __init__(self, session_id: int, participant_id: int | None, target: Target) -> None:
        super().__init__()
        self.session_id, self.participant_id, self.target = session_id, participant_id, target

    def open_session(self, state: ProjectState) -> VotingSession:
        session = _session(state, self.session_id)
        require(not session.closed, "this voting session is closed")
        return session


class CastDot(_Dot):
    """One dot of a participant (None: a paper dot) on a note or an action, within the session's rules."""

    label = "Vote"

    def plan(self, state: ProjectState) -> list[Op]:
        session = self.open_session(state)
        require(in_scope(state, session, self.target), "this session does not vote on that")
        if self.participant_id is not None:
            person = existing(state.get(Participant, self.participant_id), "this participant no longer exists")
            require(person.session_id == session.id, "this participant votes in another session")
        left = remaining(state, session.id, self.participant_id)
        require(left is None or left > 0, "no dots left for this participant")
        if session.cap:
            require(state.session_dots(session.id).get(self.target, 0) < session.cap,
                    f"this one already has the most dots allowed ({session.cap})")
        row = _vote_row(state, session.id, self.participant_id, self.target)
        require(row is None or session.repeat or self.participant_id is None,
                "one dot per note and per participant in this session")
        count = (row.count if row else 0) + 1
        require(count <= MAX_COUNT, "too many dots")
        return _with_count(state, row, session.id, self.participant_id, self.target, count)


class WithdrawDot(_Dot):
    """One dot less from a participant (None: paper dots) on a note or an action."""

    label = "Withdraw a vote"

    def plan(self, state: ProjectState) -> list[Op]:
        session = self.open_session(state)
        row = _vote_row(state, session.id, self.participant_id, self.target)
        require(row is not None, "no dot to withdraw there")
        assert row is not None
        return _with_count(state, row, session.id, self.participant_id, self.target, row.count - 1)


class SetPaperDots(Command):
    """The paper dots counted on one note or action, in one go (they count for nobody in particular, so
    no budget applies; the cap per note does)."""

    label = "Count paper dots"

    def __init__(self, session_id: int, target: Target, count: int) -> None:
        super().__init__()
        require(0 <= count <= MAX_COUNT, "the dots must be a whole number from 0")
        self.session_id, self.target, self.count = session_id, target, count

    def plan(self, state: ProjectState) -> list[Op]:
        session = _session(state, self.session_id)
        require(not session.closed, "this voting session is closed")
        require(in_scope(state, session, self.target), "this session does not vote on that")
        row = _vote_row(state, session.id, None, self.target)
        if session.cap:
            others = state.session_dots(session.id).get(self.target, 0) - (row.count if row else 0)
            require(others + self.count <= session.cap, f"this one may hold at most {session.cap} dots")
        return _with_count(state, row, session.id, None, self.target, self.count)


class SetProxyDots(Command):
    """An absent participant's dots, entered by the facilitator in one step (they replace any dots the
    participant had); the participant is marked as voting by proxy."""

    label = "Vote by proxy"

    def __init__(self, session_id: int, participant_id: int, dots: dict[Target, int]) -> None:
        super().__init__()
        require(all(0 <= n <= MAX_COUNT for n in dots.values()), "the dots must be a whole number from 0")
        self.session_id, self.participant_id, self.dots = session_id, participant_id, dict(dots)

    def plan(self, state: ProjectState) -> list[Op]:
        session = _session(state, self.session_id)
        require(not session.closed, "this voting session is closed")
        person = existing(state.get(Participant, self.participant_id), "this participant no longer exists")
        require(person.session_id == session.id, "this participant votes in another session")
        wanted = {target: n for target, n in self.dots.items() if n}
        require(all(in_scope(state, session, t) for t in wanted), "this session does not vote on some of these")
        require(not session.budget or sum(wanted.values()) <= session.budget,
                f"a participant has {session.budget} dots in this session")
        require(session.repeat or all(n == 1 for n in wanted.values()),
                "one dot per note and per participant in this session")
        ops: list[Op] = []
        mine = {v.target: v for v in state.session_votes(session.id) if v.participant_id == person.id}
        totals = state.session_dots(session.id)
        next_id = state.next_id(Vote)
        for target in dict.fromkeys([*mine, *wanted]):
            count, row = wanted.get(target, 0), mine.get(target)
            if session.cap and count:
                others = totals.get(target, 0) - (row.count if row else 0)
                require(others + count <= session.cap, f"one of these may hold at most {session.cap} dots")
            for op in _with_count(state, row, session.id, person.id, target, count):
                if isinstance(op, Put) and row is None:
                    op = Put(replace(op.entity, id=next_id))
                    next_id += 1
                ops.append(op)
        if not person.proxy:
            ops.append(Put(replace(person, proxy=True)))
        return ops


class DeleteSession(Command):
    """Delete a voting session, its participants and its dots."""

    label = "Delete a voting session"

    def __init__(self, session_id: int) -> None:
        super().__init__()
        self.session_id = session_id

    def plan(self, state: ProjectState) -> list[Op]:
        session = _session(state, self.session_id)
        ops: list[Op] = [Remove(Vote, v.id) for v in state.session_votes(session.id)]
        ops += [Remove(Participant, p.id) for p in participants(state, session.id)]
        return ops + [Remove(VotingSession, session.id)]


class StepVotes(Command):
    """Each note's direct-entry count one ``step`` up or down (the V key, the properties panel), kept from 0:
    one undo step for all of them. The « Saisie directe » session is made when the project has none."""

    label = "Step votes"

    def __init__(self, ids: list[int], step: int) -> None:
        super().__init__()
        self.ids, self.step = list(dict.fromkeys(ids)), step

    def plan(self, state: ProjectState) -> list[Op]:
        require(all(state.get(Touchpoint, i) is not None for i in self.ids), "some of these notes no longer exist")
        return direct_entry_ops(state, dict.fromkeys(self.ids, self.step))


def direct_entry_ops(state: ProjectState, steps: dict[int, int]) -> list[Op]:
    """Add ``steps[note_id]`` dots (or take them away, down to 0) to each note's direct-entry count: the
    « Saisie directe » session, made when the project has none. Nothing when no count changes."""
    session = direct_session(state)
    ops: list[Op] = []
    if session is None:
        session = VotingSession(state.next_id(VotingSession), DIRECT_ENTRY, budget=0, repeat=True, revealed=True,
                                position=min((s.position for s in state.of(VotingSession).values()), default=1) - 1,
                                created_at=utc_now())
        ops.append(Put(session))
    next_id = state.next_id(Vote)
    for note_id, step in steps.items():
        target: Target = (Touchpoint, note_id)
        row = _vote_row(state, session.id, None, target)
        count = max(0, min(MAX_COUNT, (row.count if row else 0) + step))
        for op in _with_count(state, row, session.id, None, target, count):
            if isinstance(op, Put) and row is None:
                op = Put(replace(op.entity, id=next_id))
                next_id += 1
            ops.append(op)
    return ops if len(ops) > (session.id not in state.of(VotingSession)) else []


def action_target(action_id: int) -> Target:
    """The target of dots on an action."""
    return (Action, action_id)


def note_target(note_id: int) -> Target:
    """The target of dots on a note."""
    return (Touchpoint, note_id)
