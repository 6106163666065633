"""Snapshots (« instantanés »): take one, delete one, restore a journey of one as a new journey.

A snapshot never overwrites current work: restoring copies a journey of the snapshot into the project as a
new journey, with fresh ids. How snapshots are stored is ``storage/snapshots.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cjm_desktop.commands.base import Command, existing, require, require_room
from cjm_desktop.model.clock import utc_now
from cjm_desktop.model.domain import (
    Channel,
    Journey,
    JourneyKind,
    Kpi,
    Persona,
    ProjectState,
    Snapshot,
    Stage,
    StageDetails,
    Touchpoint,
)
from cjm_desktop.model.ops import Op, Put
from cjm_desktop.storage.snapshots import deleted_snapshot_ops, read_snapshot, snapshot_ops


class TakeSnapshot(Command):
    """« Prendre un instantané »: the whole project as it is now, kept under ``name`` (undo removes it)."""

    label = "Take a snapshot"

    def __init__(self, name: str, now: str | None = None) -> None:
        super().__init__()
        self.name, self.now = name.strip(), now
        self.created_id: int | None = None

    def plan(self, state: ProjectState) -> list[Op]:
        require(bool(self.name), "a snapshot needs a name")
        ops = snapshot_ops(state, self.name, self.now or utc_now())
        self.created_id = state.next_id(Snapshot)
        return ops


class DeleteSnapshot(Command):
    """Delete a snapshot, and the chunks no other snapshot shares (undo brings it back)."""

    label = "Delete a snapshot"

    def __init__(self, snapshot_id: int) -> None:
        super().__init__()
        self.snapshot_id = snapshot_id

    def plan(self, state: ProjectState) -> list[Op]:
        existing(state.get(Snapshot, self.snapshot_id), f"snapshot #{self.snapshot_id} does not exist")
        return deleted_snapshot_ops(state, self.snapshot_id)


class RestoreJourney(Command):
    """« Restaurer comme nouveau parcours »: journey ``journey_id`` of snapshot ``snapshot_id``, copied into the
    project as a new journey named ``name``, placed last: its stages (details, KPIs), channels and notes as
    they were, with fresh ids. Its persona, and the current journey a target derives from, are kept when
    they still exist (a target's notes then keep their origins); votes and links to actions are not copied."""

    label = "Restore a journey"

    def __init__(self, snapshot_id: int, journey_id: int, name: str) -> None:
        super().__init__()
        self.snapshot_id, self.journey_id, self.name = snapshot_id, journey_id, name.strip()
        self.created_id: int | None = None

    def plan(self, state: ProjectState) -> list[Op]:
        existing(state.get(Snapshot, self.snapshot_id), f"snapshot #{self.snapshot_id} does not exist")
        require(bool(self.name), "a journey needs a name")
        then = read_snapshot(state, self.snapshot_id)
        source = existing(then.get(Journey, self.journey_id),
                          f"the snapshot holds no journey #{self.journey_id}")
        notes = sorted(then.touchpoints(source.id), key=lambda n: n.id)
        stages, channels = then.stages(source.id), then.channels(source.id)
        stage_ids = {s.id for s in stages}
        details = sorted((d for d in then.of(StageDetails).values() if d.stage_id in stage_ids), key=lambda d: d.id)
        kpis = sorted((k for k in then.of(Kpi).values() if k.stage_id in stage_ids), key=lambda k: k.id)
        require_room(state, Journey)
        require_room(state, Touchpoint, len(notes))
        require_room(state, Kpi, len(kpis))

        derived = state.get(Journey, source.derived_from_id)
        keep_origin = derived is not None and derived.kind is JourneyKind.CURRENT
        self.created_id = journey_id = state.next_id(Journey)
        persona = source.persona_id if state.get(Persona, source.persona_id) is not None else None
        ops: list[Op] = [Put(replace(source, id=journey_id, name=self.name, position=len(state.journeys),
                                     persona_id=persona,
                                     derived_from_id=source.derived_from_id if keep_origin else None))]
        new_stage = _fresh_ids(state, Stage, stages)
        new_channel = _fresh_ids(state, Channel, channels)
        ops += [Put(replace(s, id=new_stage[s.id], journey_id=journey_id)) for s in stages]
        ops += [Put(replace(c, id=new_channel[c.id], journey_id=journey_id)) for c in channels]
        first = state.next_id(StageDetails)
        ops += [Put(replace(d, id=first + i, stage_id=new_stage[d.stage_id])) for i, d in enumerate(details)]
        first = state.next_id(Kpi)
        ops += [Put(replace(k, id=first + i, stage_id=new_stage[k.stage_id])) for i, k in enumerate(kpis)]
        first = state.next_id(Touchpoint)
        ops += [
            Put(replace(note, id=first + i, journey_id=journey_id,
                        channel_id=new_channel[note.channel_id] if note.channel_id is not None else None,
                        stage_id=new_stage[note.stage_id] if note.stage_id is not None else None,
                        origin_id=note.origin_id if keep_origin else None))
            for i, note in enumerate(notes)
        ]
        return ops


def _fresh_ids(state: ProjectState, cls: type, items: Sequence[Stage | Channel]) -> dict[int, int]:
    """New ids in ``state`` for ``items`` (a journey's stages or channels), in order."""
    first = state.next_id(cls)
    return {item.id: first + i for i, item in enumerate(items)}
