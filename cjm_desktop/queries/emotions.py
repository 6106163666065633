"""The emotion curve of a journey: per stage, the mean emotion of its notes (−2 … +2), unless
the stage overrides it (``Stage.emotion``). Notes in the parking area belong to no stage and
never count. A journey where no note has an emotion and no stage overrides one has no curve."""

from __future__ import annotations

from dataclasses import dataclass

from cjm_desktop.model.domain import ProjectState


@dataclass(frozen=True, slots=True)
class StageEmotion:
    """One stage on the curve: the value drawn, the notes' mean, and whether the stage overrides it."""

    stage_id: int
    value: float | None  # what the curve shows: the override, else the mean, else None
    mean: float | None  # the mean of the stage's notes' emotions (None when none has one)
    overridden: bool


def note_means(state: ProjectState, journey_id: int) -> dict[int, float | None]:
    """Each stage's mean note emotion, or None for a stage where no note has one (kept by the state
    as notes change: this costs the stages, not the notes)."""
    return {stage.id: state.emotion_mean(stage.id) for stage in state.stages(journey_id)}


def emotion_curve(state: ProjectState, journey_id: int) -> list[StageEmotion]:
    """Every stage of the journey, in order, with its value on the curve; an empty list when
    nothing is set (the curve is hidden)."""
    means = note_means(state, journey_id)
    points = [
        StageEmotion(stage.id, float(stage.emotion) if stage.emotion is not None else means[stage.id],
                     means[stage.id], stage.emotion is not None)
        for stage in state.stages(journey_id)
    ]
    return points if any(p.value is not None for p in points) else []


def stage_emotions(state: ProjectState, journey_id: int) -> dict[int, float | None]:
    """Each stage's value on the curve (its override, else its notes' mean), or None."""
    curve = emotion_curve(state, journey_id)
    return {p.stage_id: p.value for p in curve} or {stage.id: None for stage in state.stages(journey_id)}
