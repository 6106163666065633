"""What a phone sees of the room (no Qt): the journey notes go to, the agenda step, the voting session, and the
JSON pieces of ``GET /api/state`` built from them (see resources/PARTICIPATION.md). Everything here runs on the
document's thread, inside ``Bridge.call``.

Which journey notes go to (``target_journey``): the journey of the current agenda step (the timer's step when a
timer is given) if it names one, else the first current journey (by position), else the first journey.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cjm_desktop.model.domain import (
    AgendaStep,
    Evaluation,
    Journey,
    JourneyKind,
    Participant,
    ProjectState,
    Touchpoint,
    VoteScope,
    VotingSession,
)
from cjm_desktop.model.placement import PARKING_CELL
from cjm_desktop.participation.bridge import Bridge, TimerView

if TYPE_CHECKING:
    from cjm_desktop.document import Document

MAX_NOTE = 2_000  # characters of a note sent from a phone (a sticky note, not an essay): 413 beyond
MAX_NOTES_SHOWN = 500  # revealed notes in GET /api/state
PARKING_NAME = "À classer"


@dataclass
class Phone:
    """One participant's device: ``key`` (secret, per device), ``name`` (unique in the room), how many ``notes``
    (in the map) and ``votes`` (dots cast, net) it sent, when it joined (``time.time()``), whether the
    facilitator ``kicked`` it, and its Participant in each voting session (``sessions``: session id → id)."""

    key: str
    name: str
    notes: int = 0
    votes: int = 0
    joined_at: float = 0.0
    kicked: bool = False
    sessions: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class RoomView:
    """What the room reads of the document and the UI at one moment (on the document's thread): the journey
    notes go to, the agenda step shown (the timer's, else the current one), the timer, face-down capture, the
    active voting session and the document's revision."""

    journey_id: int | None
    step_id: int | None
    timer: TimerView | None
    face_down: bool
    session_id: int | None
    revision: int


def target_journey(state: ProjectState, step: AgendaStep | None) -> Journey | None:
    """The journey phone notes go to: the step's journey if it names one that exists, else the first current
    journey, else the first journey (None: the project has none)."""
    if step is not None and step.journey_id is not None:
        journey = state.get(Journey, step.journey_id)
        if journey is not None:
            return journey
    journeys = state.journeys
    return next((j for j in journeys if j.kind is JourneyKind.CURRENT), journeys[0] if journeys else None)


def active_session(state: ProjectState) -> VotingSession | None:
    """The session phones vote in: the latest open session on notes (or frictions) that is not the direct-entry
    bucket (no budget and nobody named)."""
    from cjm_desktop.queries.votes import is_direct, sessions  # the room's only use of them

    open_ones = [s for s in sessions(state) if not s.closed and s.scope is not VoteScope.ACTIONS
                 and not is_direct(state, s)]
    return open_ones[-1] if open_ones else None


def room_view(doc: Document, bridge: Bridge) -> RoomView:
    """Read the ``RoomView`` (on the document's thread, inside ``Bridge.call``)."""
    from cjm_desktop.queries.agenda import current_step

    state, timer = doc.state, bridge.timer_view()
    step = state.get(AgendaStep, timer["step_id"]) if timer and timer["step_id"] is not None else None
    step = step or current_step(state)
    journey, session = target_journey(state, step), active_session(state)
    return RoomView(journey.id if journey else None, step.id if step else None, timer, bridge.face_down(),
                    session.id if session else None, doc.revision)


def shared_state(doc: Document, view: RoomView) -> dict[str, Any]:
    """The part of ``GET /api/state`` every phone sees alike: the journey, its grid and its revealed notes."""
    from cjm_desktop.queries.votes import shown_votes

    state = doc.state
    stages = state.stages(view.journey_id) if view.journey_id is not None else []
    channels = state.channels(view.journey_id) if view.journey_id is not None else []
    notes: list[dict[str, Any]] = []
    if view.journey_id is not None:
        stage_names = {s.id: s.name for s in stages}
        channel_names = {c.id: c.name for c in channels}
        cells: list[tuple[int | None, int | None]] = [(c.id, s.id) for s in stages for c in channels]
        for channel_id, stage_id in [*cells, PARKING_CELL]:
            for note in state.cell(view.journey_id, channel_id, stage_id):
                if note.hidden:
                    continue
                notes.append({"id": note.id, "text": note.text[:MAX_NOTE],
                              "stage": stage_names.get(stage_id) if stage_id is not None else None,
                              "channel": channel_names.get(channel_id) if channel_id is not None else None,
                              "evaluation": None if note.evaluation is Evaluation.NONE else note.evaluation.value,
                              "votes": shown_votes(state, (Touchpoint, note.id))})
                if len(notes) >= MAX_NOTES_SHOWN:
                    break
            if len(notes) >= MAX_NOTES_SHOWN:
                break
    journey = state.get(Journey, view.journey_id) if view.journey_id is not None else None
    shared = {"open": True, "revision": doc.revision,
              "journey": {"id": journey.id, "name": journey.name} if journey else None,
              "stages": [{"name": s.name} for s in stages], "channels": [{"name": c.name} for c in channels],
              "parking": PARKING_NAME, "notes": notes, "evaluations": [e.value for e in Evaluation
                                                                       if e is not Evaluation.NONE]}
    return shared

def step_state(state: ProjectState, view: RoomView) -> dict[str, Any] | None:
    """The agenda step phones see (its name, instructions and time left), or None."""
    step = state.get(AgendaStep, view.step_id) if view.step_id is not None else None
    if step is None:
        return None
    timer = view.timer if view.timer is not None and view.timer["step_id"] == step.id else None
    remaining = timer["remaining"] if timer else max(0, step.duration - step.spent)
    return {"name": step.name, "instructions": step.instructions, "remaining": int(remaining),
            "running": bool(timer and timer["running"])}

def voting_state(state: ProjectState, session_id: int, phone: Phone) -> dict[str, Any] | None:
    """The voting session as ``phone`` sees it: its rules and this phone's own dots, or None."""
    from cjm_desktop.queries.votes import dots_of

    session = state.get(VotingSession, session_id)
    if session is None:
        return None
    participant_id = phone.sessions.get(session_id)
    if participant_id is not None and state.get(Participant, participant_id) is None:
        participant_id = None
    mine = dots_of(state, session_id, participant_id) if participant_id is not None else {}
    spent = sum(mine.values())
    return {"id": session.id, "name": session.name, "budget": session.budget,
            "remaining": max(0, session.budget - spent) if session.budget else None,
            "repeat": session.repeat, "scope": session.scope.value,
            "my_votes": {str(target_id): n for (kind, target_id), n in mine.items() if kind is Touchpoint}}
