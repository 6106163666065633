"""Reading what a stage means and how it is measured."""

from __future__ import annotations

from cjm_desktop.model.domain import Kpi, ProjectState, StageDetails


def details_of(state: ProjectState, stage_id: int) -> StageDetails | None:
    """The details row of a stage, if it has one."""
    return next((d for d in state.of(StageDetails).values() if d.stage_id == stage_id), None)


def kpis_of(state: ProjectState, stage_id: int) -> list[Kpi]:
    """A stage's KPIs, in their order."""
    return sorted((k for k in state.of(Kpi).values() if k.stage_id == stage_id), key=lambda k: (k.position, k.id))
