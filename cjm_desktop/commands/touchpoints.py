"""Commands on sticky notes: add (or paste), edit, move or reorder, duplicate, delete."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from cjm_desktop.commands.base import Command, require, require_room
from cjm_desktop.commands.votes import votes_on
from cjm_desktop.model.clock import utc_now
from cjm_desktop.model.domain import (
    EMOTION_MAX,
    EMOTION_MIN,
    ActionLink,
    Channel,
    Journey,
    ProjectState,
    Stage,
    Touchpoint,
)
from cjm_desktop.model.ops import Op, Put, Remove
from cjm_desktop.model.placement import PARKING_CELL, Cell, cell_order, insert_ids, place_notes


def _check_cell(state: ProjectState, journey_id: int, cell: Cell) -> None:
    require(state.get(Journey, journey_id) is not None, f"journey #{journey_id} does not exist")
    if cell == PARKING_CELL:
        return
    channel, stage = state.get(Channel, cell[0]), state.get(Stage, cell[1])
    require(
        channel is not None and stage is not None and channel.journey_id == journey_id == stage.journey_id,
        "that cell is not in this journey",
    )


def _as_cell(cell: Cell) -> Cell:
    """``cell`` as a tuple (callers may pass a list)."""
    channel_id, stage_id = cell
    return (channel_id, stage_id)


def _notes(state: ProjectState, ids: list[int]) -> list[Touchpoint]:
    found = [state.get(Touchpoint, i) for i in dict.fromkeys(ids)]
    notes = [n for n in found if n is not None]
    require(bool(found) and len(notes) == len(found), "some of these notes no longer exist")
    return notes


class AddTouchpoints(Command):
    """New notes in one cell at ``index`` (default: the end). ``prototypes`` carry the
    other fields (paste); their ids, journey and placement are ignored."""

    label = "Add notes"

    def __init__(
        self,
        journey_id: int,
        cell: Cell,
        texts: list[str] | None = None,
        prototypes: list[Touchpoint] | None = None,
        index: int | None = None,
    ) -> None:
        super().__init__()
        self.journey_id, self.cell, self.index = journey_id, _as_cell(cell), index
        self.prototypes = list(prototypes or []) + [Touchpoint(0, journey_id, text) for text in texts or []]
        require(bool(self.prototypes), "nothing to add")
        self.created_ids: list[int] = []

    def plan(self, state: ProjectState) -> list[Op]:
        _check_cell(state, self.journey_id, self.cell)
        require_room(state, Touchpoint, len(self.prototypes))
        now, first_id = utc_now(), state.next_id(Touchpoint)
        self.created_ids = list(range(first_id, first_id + len(self.prototypes)))
        order = cell_order(state, self.journey_id, self.cell)
        insert_ids(order, self.created_ids, self.index)
        new = {
            note_id: replace(proto, id=note_id, journey_id=self.journey_id, channel_id=self.cell[0],
                             stage_id=self.cell[1], created_at=now, updated_at=now)
            for note_id, proto in zip(self.created_ids, self.prototypes, strict=True)
        }
        ops = place_notes(state, self.cell, order, self.created_ids, new)
        return sorted(ops, key=lambda op: not (isinstance(op, Put) and op.entity.id in new))  # the new ones first


class EditTouchpoints(Command):
    """Set the same fields on one or many notes (text, evaluation, emotion, comment...)."""

    label = "Edit notes"

    def __init__(self, ids: list[int], **changes: object) -> None:
        super().__init__()
        allowed = {"text", "evaluation", "moment_of_truth", "emotion", "departments", "comment", "color",
                   "author"}
        require(bool(changes) and set(changes) <= allowed, f"cannot edit {sorted(set(changes) - allowed)} here")
        self.ids = list(ids)
        self.changes: dict[str, Any] = changes  # field values by name (names checked above), as given

    def plan(self, state: ProjectState) -> list[Op]:
        now = utc_now()
        return [Put(replace(note, **self.changes, updated_at=now)) for note in _notes(state, self.ids)]

    def merge_key(self) -> object:
        return ("edit-notes", tuple(self.ids), tuple(sorted(self.changes)))


class MarkTouchpoints(EditTouchpoints):
    """A one-key mark on notes (their evaluation, moment of truth): each key press is its own undo
    step, so undoing a slip of the finger keeps the mark given before it."""

    label = "Mark notes"

    def merge_key(self) -> None:
        return None


class StepTouchpoints(Command):
    """Each note's emotion (−2…+2; none counts as 0) one ``step`` up or down, kept in range: one undo step
    for all of them. Notes already at the bound are left as they are. (Votes: ``votes.StepVotes``.)"""

    label = "Step notes"
    FIELDS = ("emotion",)

    def __init__(self, ids: list[int], field: str, step: int) -> None:
        super().__init__()
        require(field in self.FIELDS, f"cannot step {field!r}")
        self.ids, self.field, self.step = list(ids), field, step

    def plan(self, state: ProjectState) -> list[Op]:
        now, ops = utc_now(), list[Op]()
        for note in _notes(state, self.ids):
            emotion = max(EMOTION_MIN, min(EMOTION_MAX, (note.emotion or 0) + self.step))
            if emotion != note.emotion:
                ops.append(Put(replace(note, emotion=emotion, updated_at=now)))
        return ops


class MoveTouchpoints(Command):
    """Move notes (in the given order) into a cell of their journey, at ``index`` counted
    among the notes that stay there; also reorders within a cell."""

    label = "Move notes"

    def __init__(self, ids: list[int], cell: Cell, index: int | None = None) -> None:
        super().__init__()
        self.ids, self.cell, self.index = list(dict.fromkeys(ids)), _as_cell(cell), index

    def plan(self, state: ProjectState) -> list[Op]:
        notes = _notes(state, self.ids)
        journey_id = notes[0].journey_id
        require(all(n.journey_id == journey_id for n in notes), "notes can only move within their journey")
        _check_cell(state, journey_id, self.cell)
        moving = set(self.ids)
        order = [i for i in cell_order(state, journey_id, self.cell) if i not in moving]
        insert_ids(order, self.ids, self.index)
        return place_notes(state, self.cell, order, moving)  # the cells they leave keep their order


class DuplicateTouchpoints(Command):
    """A copy of each note, placed right after it."""

    label = "Duplicate notes"

    def __init__(self, ids: list[int]) -> None:
        super().__init__()
        self.ids = list(ids)
        self.created_ids: list[int] = []

    def plan(self, state: ProjectState) -> list[Op]:
        notes = _notes(state, self.ids)
        require_room(state, Touchpoint, len(notes))
        now, next_id = utc_now(), state.next_id(Touchpoint)
        copies: dict[int, Touchpoint] = {}
        orders: dict[tuple[int, Cell], list[int]] = {}  # (journey, cell) -> the cell's order with the copies
        for note in notes:
            key = (note.journey_id, note.cell)
            if key not in orders:
                orders[key] = cell_order(state, note.journey_id, note.cell)
            order = orders[key]
            order.insert(order.index(note.id) + 1, next_id)
            copies[next_id] = replace(note, id=next_id, created_at=now, updated_at=now)
            next_id += 1
        self.created_ids = list(copies)
        ops: list[Op] = []
        for (_journey_id, cell), order in orders.items():
            ops += place_notes(state, cell, order, copies, copies)
        return sorted(ops, key=lambda op: not (isinstance(op, Put) and op.entity.id in copies))  # copies first


class DeleteTouchpoints(Command):
    """Delete notes (and their links to actions, and their dots)."""

    label = "Delete notes"

    def __init__(self, ids: list[int]) -> None:
        super().__init__()
        self.ids = list(ids)

    def plan(self, state: ProjectState) -> list[Op]:
        notes = _notes(state, self.ids)
        doomed = {n.id for n in notes}
        ops: list[Op] = [Remove(ActionLink, link.id) for link in state.of(ActionLink).values()
                         if link.touchpoint_id in doomed]
        ops += votes_on(state, note_ids=doomed)  # their dots go with them (undo brings them back)
        return ops + [Remove(Touchpoint, n.id) for n in notes]  # the others keep their positions (and order)
