"""Commands on what a stage means and how it is measured: its details (customer goal, nominal
duration, listening devices, departments), its KPIs, its emotion override, and the lanes a
journey shows on its canvas. Each is one undo step: none merges with the next edit."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from cjm_desktop.commands.base import Command, existing, require, require_room
from cjm_desktop.commands.fields import ConfirmedEdit
from cjm_desktop.model.domain import EMOTION_MAX, EMOTION_MIN, LANES, Journey, Kpi, ProjectState, Stage, StageDetails
from cjm_desktop.model.ops import Op, Put, Remove
from cjm_desktop.model.placement import renumber_items, reorder, slot
from cjm_desktop.queries.stage_details import details_of, kpis_of

DETAIL_FIELDS = {f.name for f in fields(StageDetails)} - {"id", "stage_id"}
LIST_FIELDS = {"listening_devices", "departments"}
KPI_FIELDS = {"name", "target", "alert_threshold"}


def _stage(state: ProjectState, stage_id: int) -> Stage:
    return existing(state.get(Stage, stage_id), f"stage #{stage_id} does not exist")






class EditStageDetails(Command):
    """Set some details of a stage, creating its details row the first time (one undo step)."""

    label = "Edit stage details"

    def __init__(self, stage_id: int, **changes: object) -> None:
        super().__init__()
        unknown = set(changes) - DETAIL_FIELDS
        require(bool(changes) and not unknown, f"unknown stage details {sorted(unknown)}")
        self.stage_id = stage_id
        for name in LIST_FIELDS & set(changes):
            require(isinstance(changes[name], (list, tuple)), f"{name} is a list of texts")
        # field values by name (names checked above), as given; lists become tuples
        self.changes: dict[str, Any] = {
            k: tuple(v) if k in LIST_FIELDS and isinstance(v, (list, tuple)) else v for k, v in changes.items()
        }

    def plan(self, state: ProjectState) -> list[Op]:
        _stage(state, self.stage_id)
        current = details_of(state, self.stage_id)
        if current is None:
            if all(not value for value in self.changes.values()):
                return []  # emptying what is not there: nothing to write
            return [Put(StageDetails(state.next_id(StageDetails), self.stage_id, **self.changes))]
        updated = replace(current, **self.changes)
        return [Put(updated)] if updated != current else []


class AddKpi(Command):
    """A new KPI for a stage, at ``index`` among its KPIs (default: the end)."""

    label = "Add KPI"

    def __init__(self, stage_id: int, name: str, target: str = "", alert_threshold: str = "",
                 index: int | None = None) -> None:
        super().__init__()
        self.stage_id, self.name, self.target, self.alert_threshold = stage_id, name, target, alert_threshold
        self.index = index
        self.created_id: int | None = None

    def plan(self, state: ProjectState) -> list[Op]:
        _stage(state, self.stage_id)
        require(bool(self.name.strip()), "a KPI needs a name")
        require_room(state, Kpi)
        kpis = kpis_of(state, self.stage_id)
        self.created_id = state.next_id(Kpi)
        order = [k.id for k in kpis]
        index = slot(len(order), self.index)
        order.insert(index, self.created_id)
        new = Kpi(self.created_id, self.stage_id, self.name, index, self.target, self.alert_threshold)
        return [Put(new), *renumber_items(kpis, order)]


class EditKpi(ConfirmedEdit):
    """Set the name, target or alert threshold of a KPI."""

    label = "Edit KPI"

    def __init__(self, kpi_id: int, **changes: object) -> None:
        require(set(changes) <= KPI_FIELDS, f"unknown KPI fields {sorted(set(changes) - KPI_FIELDS)}")
        super().__init__(Kpi, kpi_id, **changes)


class DeleteKpi(Command):
    """Delete a KPI; the others of its stage close the gap."""

    label = "Delete KPI"

    def __init__(self, kpi_id: int) -> None:
        super().__init__()
        self.kpi_id = kpi_id

    def plan(self, state: ProjectState) -> list[Op]:
        kpi = existing(state.get(Kpi, self.kpi_id), f"KPI #{self.kpi_id} does not exist")
        others = [k for k in kpis_of(state, kpi.stage_id) if k.id != kpi.id]
        return [Remove(Kpi, kpi.id), *renumber_items(others, [k.id for k in others])]


class MoveKpi(Command):
    """Move a KPI to ``index`` among the KPIs of its stage."""

    label = "Reorder KPIs"

    def __init__(self, kpi_id: int, index: int) -> None:
        super().__init__()
        self.kpi_id, self.index = kpi_id, index

    def plan(self, state: ProjectState) -> list[Op]:
        kpi = existing(state.get(Kpi, self.kpi_id), f"KPI #{self.kpi_id} does not exist")
        kpis = kpis_of(state, kpi.stage_id)
        return reorder(kpis, kpi.id, self.index)


class SetStageEmotion(ConfirmedEdit):
    """Override a stage's value on the emotion curve (−2 … +2), or ``None`` to derive it from its notes."""

    label = "Stage emotion"

    def __init__(self, stage_id: int, emotion: int | None) -> None:
        require(emotion is None or (type(emotion) is int and EMOTION_MIN <= emotion <= EMOTION_MAX),
                "an emotion is between -2 and +2")
        super().__init__(Stage, stage_id, emotion=emotion)


def toggled_lanes(lanes: tuple[str, ...], lane: str, on: bool) -> tuple[str, ...]:
    """``lanes`` with ``lane`` shown or hidden, always in the order of ``LANES``."""
    require(lane in LANES, f"unknown lane « {lane} »")
    wanted = (set(lanes) | {lane}) if on else (set(lanes) - {lane})
    return tuple(name for name in LANES if name in wanted)


class SetLanes(ConfirmedEdit):
    """Choose the lanes a journey shows on its canvas (names from ``LANES``)."""

    label = "Lanes"

    def __init__(self, journey_id: int, lanes: tuple[str, ...]) -> None:
        require(set(lanes) <= set(LANES), f"unknown lanes {sorted(set(lanes) - set(LANES))}")
        super().__init__(Journey, journey_id, lanes=tuple(name for name in LANES if name in lanes))  # one order
