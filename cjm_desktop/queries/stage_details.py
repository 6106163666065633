"""Reading what a stage means and how it is measured."""

from __future__ import annotations

from collections.abc import Callable

from cjm_desktop.model.domain import Kpi, ProjectState, StageDetails


def details_of(state: ProjectState, stage_id: int) -> StageDetails | None:
    """The details row of a stage, if it has one."""
    return next((d for d in state.of(StageDetails).values() if d.stage_id == stage_id), None)


def kpis_of(state: ProjectState, stage_id: int) -> list[Kpi]:
    """A stage's KPIs, in their order."""
    return sorted((k for k in state.of(Kpi).values() if k.stage_id == stage_id), key=lambda k: (k.position, k.id))


LaneBlock = tuple[str, str]  # (text, style): "text", "strong" or "small"


def lane_blocks(lane: str, details: StageDetails | None, kpis: list[Kpi], kpi_part: Callable[[str, str], str],
                device_label: Callable[[str], str]) -> list[LaneBlock]:
    """What a stage's cell of a text lane shows, on the canvas and in the PDF alike: each KPI's name, then its
    target and alert (worded by ``kpi_part("target" or "alert", value)``), or the lane's text (listening devices
    worded by ``device_label``); nothing for an empty cell."""
    if lane == "kpis":
        blocks: list[LaneBlock] = []
        for kpi in kpis:
            blocks.append((kpi.name, "strong"))
            parts = [kpi_part(key, value) for key, value in (("target", kpi.target), ("alert", kpi.alert_threshold))
                     if value.strip()]
            if parts:
                blocks.append((" · ".join(parts), "small"))
        return blocks
    if details is None:
        return []
    text = {
        "goal": details.customer_goal,
        "duration": details.nominal_duration,
        "listening": " · ".join(device_label(d) for d in details.listening_devices),
        "departments": " · ".join(details.departments),
    }.get(lane, "")
    return [(text, "text")] if text.strip() else []
