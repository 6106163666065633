"""Dot-voting questions (no Qt): which sessions, who votes, what is in scope, who has dots left, the results.

A note's (or an action's) vote count is derived from the ``Vote`` rows of every session: ``ProjectState``
keeps the totals (``votes``, ``action_votes``, ``session_dots``, ``shown_votes``), so these questions cost
what they return. The « Saisie directe » session is the bucket of counts entered without a session (the
V key, the properties panel, the counts of files older than version 5): no budget, no participants.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from cjm_desktop.model.domain import (
    Action,
    Participant,
    ProjectState,
    Touchpoint,
    VoteScope,
    VotingSession,
)
from cjm_desktop.queries.frictions import is_friction

Target = tuple[type, int]  # (Touchpoint, id) or (Action, id)

DIRECT_ENTRY = "Saisie directe"  # the direct-entry session's name when the app creates it


def sessions(state: ProjectState) -> list[VotingSession]:
    """Every voting session, in order (the direct-entry one included)."""
    return sorted(state.of(VotingSession).values(), key=lambda s: (s.position, s.id))


def participants(state: ProjectState, session_id: int) -> list[Participant]:
    """The participants of a session, in order."""
    return sorted((p for p in state.of(Participant).values() if p.session_id == session_id),
                  key=lambda p: (p.position, p.id))


def is_direct(state: ProjectState, session: VotingSession) -> bool:
    """True for the direct-entry bucket: no budget and nobody named."""
    return session.budget == 0 and session.scope is VoteScope.NOTES and not participants(state, session.id)


def direct_session(state: ProjectState) -> VotingSession | None:
    """The direct-entry session, when there is one (the first, if a file holds several)."""
    return next((s for s in sessions(state) if not s.closed and is_direct(state, s)), None)


def in_scope(state: ProjectState, session: VotingSession, target: Target) -> bool:
    """May ``target`` receive dots in ``session``?"""
    kind, target_id = target
    if kind is Action:
        from cjm_desktop.queries.action_plan import journey_actions  # not needed for the first paint

        action = state.get(Action, target_id)
        if session.scope is not VoteScope.ACTIONS or action is None:
            return False
        return session.journey_id is None or action.id in {a.id for a in journey_actions(state, session.journey_id)}
    note = state.get(Touchpoint, target_id)
    if note is None or session.scope is VoteScope.ACTIONS:
        return False
    if session.journey_id is not None and note.journey_id != session.journey_id:
        return False
    if session.stage_ids and note.stage_id not in session.stage_ids:
        return False
    return session.scope is VoteScope.NOTES or is_friction(note)


def scope_targets(state: ProjectState, session: VotingSession) -> list[Target]:
    """Everything one may vote for in ``session``: notes in the map's order (journey, stage, channel, cell
    order), or actions in the plan's order."""
    if session.scope is VoteScope.ACTIONS:
        from cjm_desktop.queries.action_plan import journey_actions, ordered_actions  # not needed for the first paint

        actions = ordered_actions(state) if session.journey_id is None else journey_actions(state, session.journey_id)
        return [(Action, a.id) for a in actions]
    journeys = [j.id for j in state.journeys if session.journey_id in (None, j.id)]
    targets: list[Target] = []
    for journey_id in journeys:
        stages = [s.id for s in state.stages(journey_id) if not session.stage_ids or s.id in session.stage_ids]
        channels = [c.id for c in state.channels(journey_id)]
        for stage_id in stages:
            for channel_id in channels:
                targets.extend((Touchpoint, n.id) for n in state.cell(journey_id, channel_id, stage_id)
                               if in_scope(state, session, (Touchpoint, n.id)))
    return targets


def dots_of(state: ProjectState, session_id: int, participant_id: int | None) -> dict[Target, int]:
    """The dots one participant (None: paper dots and direct entry) put on each target in a session."""
    dots: dict[Target, int] = {}
    for vote in state.session_votes(session_id):
        if vote.participant_id == participant_id:
            dots[vote.target] = dots.get(vote.target, 0) + vote.count
    return dots


def remaining(state: ProjectState, session_id: int, participant_id: int | None) -> int | None:
    """The dots a participant has left (None: no budget, as for paper dots and the direct-entry session)."""
    session = state.get(VotingSession, session_id)
    if session is None or session.budget == 0 or participant_id is None:
        return None
    return max(0, session.budget - sum(dots_of(state, session_id, participant_id).values()))


def dots_cast(state: ProjectState, session_id: int) -> int:
    """Every dot of a session, all participants and paper dots together."""
    return sum(state.session_dots(session_id).values())


def shown_votes(state: ProjectState, target: Target) -> int:
    """The dots on ``target`` the room may see (sessions revealing at the end count once revealed)."""
    return state.shown_votes(target)


def label_of(state: ProjectState, target: Target) -> str:
    """The text of a note or the title of an action ("" when it is gone)."""
    kind, target_id = target
    if kind is Action:
        action = state.get(Action, target_id)
        return action.title if action else ""
    note = state.get(Touchpoint, target_id)
    return note.text if note else ""


@dataclass(frozen=True, slots=True)
class Result:
    """One line of a session's results."""

    target: Target
    label: str
    count: int
    rank: int  # 1 for the most dots; equal counts share a rank (« ex æquo ») and the next rank skips
    tied: bool


def results(state: ProjectState, session_id: int) -> list[Result]:
    """What got dots in a session, most dots first (equal counts in the map's or the plan's order)."""
    session = state.get(VotingSession, session_id)
    if session is None:
        return []
    dots = state.session_dots(session_id)
    order = {target: i for i, target in enumerate(scope_targets(state, session))}
    ranked = sorted(dots.items(), key=lambda item: (-item[1], order.get(item[0], len(order)), item[0][1]))
    how_many = Counter(count for _target, count in ranked)
    lines: list[Result] = []
    for index, (target, count) in enumerate(ranked):
        rank = lines[-1].rank if lines and lines[-1].count == count else index + 1
        lines.append(Result(target, label_of(state, target), count, rank, how_many[count] > 1))
    return lines
