"""Commands on whole journeys: create one (from a template's lines) and delete one."""

from __future__ import annotations

from dataclasses import replace

from ..domain import (
    Action, ActionLink, Channel, Journey, JourneyKind, Kpi, Phase, ProjectState, Stage, StageDetails, Touchpoint,
)  # fmt: skip
from ..ops import Op, Put, Remove
from .base import Command, require


class AddJourney(Command):
    """A new journey with the given stages ``(name, phase)`` and channels ``(name, icon)``."""

    label = "Add journey"

    def __init__(
        self,
        name: str,
        kind: JourneyKind = JourneyKind.CURRENT,
        stages: list[tuple[str, Phase | None]] = (),
        channels: list[tuple[str, str]] = (),
        persona_id: int | None = None,
        derived_from_id: int | None = None,
    ) -> None:
        super().__init__()
        self.name, self.kind, self.persona_id, self.derived_from_id = name, kind, persona_id, derived_from_id
        self.stages, self.channels = list(stages), list(channels)
        self.created_id: int | None = None

    def plan(self, state: ProjectState) -> list[Op]:
        self.created_id = journey_id = state.next_id(Journey)
        position = len(state.journeys)
        ops: list[Op] = [Put(Journey(journey_id, self.name, JourneyKind(self.kind), position,
                                     self.persona_id, self.derived_from_id))]  # fmt: skip
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
        journey = state.get(Journey, self.journey_id)
        require(journey is not None, f"journey #{self.journey_id} does not exist")
        notes = {n.id for n in state.touchpoints(journey.id)}
        stages = {s.id for s in state.stages(journey.id)}
        ops: list[Op] = [Remove(ActionLink, l.id) for l in state.of(ActionLink).values() if l.touchpoint_id in notes]
        ops += [Put(replace(a, journey_id=None)) for a in state.of(Action).values() if a.journey_id == journey.id]
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
