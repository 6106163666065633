"""Commands on whole journeys: create one (from a template's lines), derive a target journey
from a current one, duplicate one, delete one. Renaming is a plain ``EditEntity``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from cjm_desktop.commands.base import Command, existing, require, require_lines, require_room
from cjm_desktop.commands.votes import DeleteSession, votes_on
from cjm_desktop.model.clock import utc_now
from cjm_desktop.model.domain import (
    Action,
    ActionLink,
    AgendaStep,
    Channel,
    Journey,
    JourneyKind,
    Kpi,
    Phase,
    ProjectState,
    Stage,
    StageDetails,
    Touchpoint,
    Vote,
    VotingSession,
)
from cjm_desktop.model.ops import Op, Put, Remove


class AddJourney(Command):
    """A new journey with the given stages ``(name, phase)`` and channels ``(name, icon)``."""

    label = "Add journey"

    def __init__(
        self,
        name: str,
        kind: JourneyKind = JourneyKind.CURRENT,
        stages: Sequence[tuple[str, Phase | None]] = (),
        channels: Sequence[tuple[str, str]] = (),
        persona_id: int | None = None,
        derived_from_id: int | None = None,
    ) -> None:
        super().__init__()
        self.name, self.kind, self.persona_id, self.derived_from_id = name, kind, persona_id, derived_from_id
        self.stages, self.channels = list(stages), list(channels)
        self.created_id: int | None = None

    def plan(self, state: ProjectState) -> list[Op]:
        require_room(state, Journey)
        require_lines(Stage, len(self.stages))
        require_lines(Channel, len(self.channels))
        self.created_id = journey_id = state.next_id(Journey)
        position = len(state.journeys)
        ops: list[Op] = [Put(Journey(journey_id, self.name, JourneyKind(self.kind), position,
                                     self.persona_id, self.derived_from_id))]
        first_stage, first_channel = state.next_id(Stage), state.next_id(Channel)
        ops += [
            Put(Stage(first_stage + i, journey_id, name, i, Phase(phase) if phase else None))
            for i, (name, phase) in enumerate(self.stages)
        ]
        ops += [
            Put(Channel(first_channel + i, journey_id, name, i, icon))
            for i, (name, icon) in enumerate(self.channels)
        ]
        return ops


class DeleteJourney(Command):
    """Delete a journey and everything on it. Actions are kept (detached from it); journeys
    derived from it forget their origin."""

    label = "Delete journey"

    def __init__(self, journey_id: int) -> None:
        super().__init__()
        self.journey_id = journey_id

    def plan(self, state: ProjectState) -> list[Op]:
        journey = existing(state.get(Journey, self.journey_id), f"journey #{self.journey_id} does not exist")
        notes = {n.id for n in state.touchpoints(journey.id)}
        stages = {s.id for s in state.stages(journey.id)}
        ops: list[Op] = [
            Remove(ActionLink, link.id) for link in state.of(ActionLink).values() if link.touchpoint_id in notes
        ]
        ops += [Put(replace(a, journey_id=None)) for a in state.of(Action).values() if a.journey_id == journey.id]
        doomed_sessions = [s.id for s in state.of(VotingSession).values() if s.journey_id == journey.id]
        for session_id in doomed_sessions:  # sessions on this journey go with it, their dots too
            ops += DeleteSession(session_id).plan(state)
        ops += [op for op in votes_on(state, note_ids=notes)  # dots of other sessions on its notes
                if state.of(Vote)[op.id].session_id not in doomed_sessions]
        ops += [Put(replace(step, journey_id=None)) for step in state.of(AgendaStep).values()
                if step.journey_id == journey.id]  # the agenda keeps its steps
        ops += [Remove(Touchpoint, i) for i in notes]
        ops += [Remove(StageDetails, d.id) for d in state.of(StageDetails).values() if d.stage_id in stages]
        ops += [Remove(Kpi, k.id) for k in state.of(Kpi).values() if k.stage_id in stages]
        ops += [Remove(Stage, i) for i in stages]
        ops += [Remove(Channel, c.id) for c in state.channels(journey.id)]
        ops.append(Remove(Journey, journey.id))
        remaining = [j for j in state.journeys if j.id != journey.id]
        for position, other in enumerate(remaining):
            origin = None if other.derived_from_id == journey.id else other.derived_from_id
            updated = replace(other, position=position, derived_from_id=origin)
            if updated != other:
                ops.append(Put(updated))
        return ops


def _copy_journey(
    state: ProjectState, source: Journey, journey: Journey, origin_of: Callable[[Touchpoint], int | None]
) -> list[Op]:
    """Puts for ``journey`` (holding its new id, name and kind) placed right after ``source``,
    with copies of the source's stages (details and KPIs too), channels and notes;
    ``origin_of(note)`` gives each copied note its ``origin_id``."""
    notes = sorted(state.touchpoints(source.id), key=lambda n: n.id)
    require_room(state, Journey)
    require_room(state, Touchpoint, len(notes))
    others = [j for j in state.journeys if j.id != journey.id]
    order = [j.id for j in others]
    order.insert(order.index(source.id) + 1, journey.id)
    ops: list[Op] = [Put(replace(journey, position=order.index(journey.id)))]
    ops += [Put(replace(j, position=order.index(j.id))) for j in others if j.position != order.index(j.id)]
    stage_ids = _new_ids(state, Stage, state.stages(source.id))
    channel_ids = _new_ids(state, Channel, state.channels(source.id))
    ops += [Put(replace(s, id=stage_ids[s.id], journey_id=journey.id)) for s in state.stages(source.id)]
    cls: type[StageDetails] | type[Kpi]
    for cls in (StageDetails, Kpi):
        owned = sorted((e for e in state.of(cls).values() if e.stage_id in stage_ids), key=lambda e: e.id)
        if cls is Kpi:
            require_room(state, Kpi, len(owned))
        first = state.next_id(cls)
        ops += [Put(replace(e, id=first + i, stage_id=stage_ids[e.stage_id])) for i, e in enumerate(owned)]
    ops += [Put(replace(c, id=channel_ids[c.id], journey_id=journey.id)) for c in state.channels(source.id)]
    now, first = utc_now(), state.next_id(Touchpoint)
    ops += [
        Put(replace(note, id=first + i, journey_id=journey.id, channel_id=_new_id(channel_ids, note.channel_id),
                    stage_id=_new_id(stage_ids, note.stage_id), origin_id=origin_of(note),
                    created_at=now, updated_at=now))
        for i, note in enumerate(notes)
    ]
    return ops


def _new_id(new_ids: dict[int, int], old_id: int | None) -> int | None:
    """The new id of ``old_id`` (``None``: none, or not copied)."""
    return new_ids.get(old_id) if old_id is not None else None


def _new_ids(state: ProjectState, cls: type, items: Sequence[Stage | Channel]) -> dict[int, int]:
    first = state.next_id(cls)
    return {item.id: first + i for i, item in enumerate(items)}


class DeriveTarget(Command):
    """« Créer le parcours cible »: a new target journey right after a current one, for the
    same persona, with the same lanes, stages (details, KPIs), channels and notes; each copied
    note remembers the current note it comes from (``origin_id``)."""

    label = "Create the target journey"

    def __init__(self, current_journey_id: int, name: str) -> None:
        super().__init__()
        self.current_journey_id, self.name = current_journey_id, name.strip()
        self.created_id: int | None = None

    def plan(self, state: ProjectState) -> list[Op]:
        source = existing(state.get(Journey, self.current_journey_id),
                          f"journey #{self.current_journey_id} does not exist")
        require(source.kind is JourneyKind.CURRENT, "a target journey derives from a current journey")
        require(bool(self.name), "a journey needs a name")
        self.created_id = state.next_id(Journey)
        journey = Journey(self.created_id, self.name, JourneyKind.TARGET, persona_id=source.persona_id,
                          derived_from_id=source.id, lanes=source.lanes)
        return _copy_journey(state, source, journey, lambda note: note.id)


class DuplicateJourney(Command):
    """A full copy of a journey, right after it, of the same kind. A copy of a target journey
    keeps its notes' origins (it compares with the current journey the same way); a copy of a
    current journey is a new starting point (no origins). Links to actions are not copied."""

    label = "Duplicate journey"

    def __init__(self, journey_id: int, name: str) -> None:
        super().__init__()
        self.journey_id, self.name = journey_id, name.strip()
        self.created_id: int | None = None

    def plan(self, state: ProjectState) -> list[Op]:
        source = existing(state.get(Journey, self.journey_id), f"journey #{self.journey_id} does not exist")
        require(bool(self.name), "a journey needs a name")
        self.created_id = state.next_id(Journey)
        journey = replace(source, id=self.created_id, name=self.name)
        keep = source.kind is JourneyKind.TARGET
        return _copy_journey(state, source, journey, lambda note: note.origin_id if keep else None)
