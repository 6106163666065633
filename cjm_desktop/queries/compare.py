"""Comparing a target journey with the current journey it was derived from.

A target note is matched to its current note through ``Touchpoint.origin_id`` (set by
« Créer le parcours cible »). An origin that no longer exists, or that belongs to another
journey, makes the target note "added"; when several target notes share one origin (a note
duplicated in the target), the first in reading order is matched and the others are added.
Places are compared by stage and channel NAME (trimmed, case-insensitive), so that the two
journeys, whose stages and channels are distinct entities, can be compared at all.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from cjm_desktop.model.domain import Channel, ProjectState, Stage, Touchpoint
from cjm_desktop.model.placement import PARKING_CELL

COMPARED_FIELDS = ("text", "evaluation", "moment_of_truth", "emotion", "departments", "comment")
STATUSES = ("added", "removed", "changed", "moved", "same")


@dataclass(frozen=True, slots=True)
class NoteDiff:
    """One note of the comparison: a target note with its current note, or a removed one."""

    current: Touchpoint | None  # None: the note was added in the target journey
    target: Touchpoint | None  # None: the note of the current journey is gone from the target (removed)
    changed: tuple[str, ...] = ()  # names of COMPARED_FIELDS that differ
    moved: bool = False  # placed in another stage and/or channel (matched by stage/channel name)

    @property
    def status(self) -> str:
        """"added" | "removed" | "changed" | "moved" | "same" (changed wins over moved)."""
        if self.current is None:
            return "added"
        if self.target is None:
            return "removed"
        if self.changed:
            return "changed"
        return "moved" if self.moved else "same"


def reading_order(state: ProjectState, journey_id: int) -> list[Touchpoint]:
    """A journey's notes as it is read: stage by stage, channel by channel, position in the
    cell; the parking area last."""
    stages: dict[int | None, int] = {s.id: i for i, s in enumerate(state.stages(journey_id))}
    channels: dict[int | None, int] = {c.id: i for i, c in enumerate(state.channels(journey_id))}
    parked = (len(stages), len(channels))

    def key(note: Touchpoint) -> tuple[int, int, int, int]:
        if note.cell == PARKING_CELL:
            return (*parked, note.position, note.id)
        return (stages.get(note.stage_id, parked[0]), channels.get(note.channel_id, parked[1]), note.position, note.id)

    return sorted(state.touchpoints(journey_id), key=key)


def place_of(state: ProjectState, note: Touchpoint) -> tuple[str, str] | None:
    """The (stage name, channel name) of a note, normalised for matching; None when parked."""
    if note.cell == PARKING_CELL:
        return None
    stage, channel = state.get(Stage, note.stage_id), state.get(Channel, note.channel_id)
    return (_normal(stage.name if stage else ""), _normal(channel.name if channel else ""))


def _normal(name: str) -> str:
    return " ".join(name.split()).casefold()


def changed_fields(current: Touchpoint, target: Touchpoint) -> tuple[str, ...]:
    """The compared fields whose values differ, in ``COMPARED_FIELDS`` order."""
    return tuple(name for name in COMPARED_FIELDS if getattr(current, name) != getattr(target, name))


def compare_journeys(state: ProjectState, current_id: int, target_id: int) -> list[NoteDiff]:
    """Target notes in reading order (stage, channel, position; parking last), then removed
    current notes (in the current journey's reading order). Unknown journeys have no notes."""
    currents = {n.id: n for n in state.touchpoints(current_id)}
    matched: set[int] = set()
    diffs: list[NoteDiff] = []
    for note in reading_order(state, target_id):
        origin = currents.get(note.origin_id) if note.origin_id is not None else None
        if origin is None or origin.id in matched:
            diffs.append(NoteDiff(None, note))
            continue
        matched.add(origin.id)
        moved = place_of(state, origin) != place_of(state, note)
        diffs.append(NoteDiff(origin, note, changed_fields(origin, note), moved))
    diffs += [NoteDiff(n, None) for n in reading_order(state, current_id) if n.id not in matched]
    return diffs


def compare_snapshot(then: ProjectState, then_id: int, now: ProjectState, now_id: int) -> list[NoteDiff]:
    """Journey ``then_id`` as a snapshot held it (``then``) compared with journey ``now_id`` of the project now:
    a note keeps its id while it lives, so notes are matched by id (``current`` is the note then, ``target``
    the note now) and places by stage and channel name, as above. The notes now in reading order, then the
    notes gone since (in the snapshot's reading order). Unknown journeys have no notes."""
    before = {n.id: n for n in then.touchpoints(then_id)}
    diffs: list[NoteDiff] = []
    for note in reading_order(now, now_id):
        old = before.pop(note.id, None)
        if old is None:
            diffs.append(NoteDiff(None, note))
        else:
            diffs.append(NoteDiff(old, note, changed_fields(old, note), place_of(then, old) != place_of(now, note)))
    diffs += [NoteDiff(n, None) for n in reading_order(then, then_id) if n.id in before]
    return diffs


def count_statuses(diffs: list[NoteDiff]) -> dict[str, int]:
    """How many diffs have each status (every status present, zero included)."""
    counts = Counter(d.status for d in diffs)
    return {status: counts.get(status, 0) for status in STATUSES}
