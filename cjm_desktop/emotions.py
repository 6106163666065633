"""The emotion curve of a journey: per stage, the mean emotion of its notes (−2 … +2)."""

from __future__ import annotations

from .domain import ProjectState


def stage_emotions(state: ProjectState, journey_id: int) -> dict[int, float | None]:
    """Each stage's mean note emotion, or None for a stage where no note has one."""
    values: dict[int, list[int]] = {stage.id: [] for stage in state.stages(journey_id)}
    for note in state.touchpoints(journey_id):
        if note.emotion is not None and note.stage_id in values:
            values[note.stage_id].append(note.emotion)
    return {stage_id: sum(v) / len(v) if v else None for stage_id, v in values.items()}
