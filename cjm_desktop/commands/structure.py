"""Commands on the grid's structure: add, reorder and delete stages (columns) and
channels (rows). Renaming is a plain ``EditEntity``. Deleting a row or column that holds
notes never deletes them: the caller says where they go (a neighbour or the parking area)."""

from __future__ import annotations

from cjm_desktop.commands.base import Command, existing, require, require_lines
from cjm_desktop.model.domain import Channel, Journey, Kpi, ProjectState, Stage, StageDetails, Touchpoint
from cjm_desktop.model.ops import Op, Put, Remove
from cjm_desktop.model.placement import PARKING_CELL, Cell, cell_orders, renumber_items, renumber_notes, reorder, slot

PARKING = "parking"  # a destination for the notes of a deleted row or column
AXES = (Stage, Channel)


def _items(state: ProjectState, cls: type, journey_id: int) -> list[Stage] | list[Channel]:
    return state.stages(journey_id) if cls is Stage else state.channels(journey_id)


def _get(state: ProjectState, cls: type, item_id: int) -> Stage | Channel | None:
    """The stage (``cls`` is ``Stage``) or else the channel with this id."""
    return state.get(Stage, item_id) if cls is Stage else state.get(Channel, item_id)


def _item(state: ProjectState, cls: type, item_id: int) -> Stage | Channel:
    require(cls in AXES, "only stages and channels are grid lines")
    message = f"{cls.__name__.lower()} #{item_id} does not exist"
    if cls is Stage:
        return existing(state.get(Stage, item_id), message)
    return existing(state.get(Channel, item_id), message)


class AddAxisItem(Command):
    """A new stage or channel at ``index`` (default: the end). Extra fields: phase, icon."""

    label = "Add"

    def __init__(self, cls: type, journey_id: int, name: str, index: int | None = None, **fields: object) -> None:
        super().__init__()
        require(cls in AXES, "only stages and channels are grid lines")
        self.cls, self.journey_id, self.name, self.index, self.fields = cls, journey_id, name, index, fields
        self.created_id: int | None = None

    def plan(self, state: ProjectState) -> list[Op]:
        require(state.get(Journey, self.journey_id) is not None, f"journey #{self.journey_id} does not exist")
        items = _items(state, self.cls, self.journey_id)
        require_lines(self.cls, len(items) + 1)
        self.created_id = state.next_id(self.cls)
        order = [i.id for i in items]
        index = slot(len(order), self.index)
        order.insert(index, self.created_id)
        new = self.cls(self.created_id, self.journey_id, self.name, position=index, **self.fields)
        return [Put(new), *renumber_items(items, order)]


class MoveAxisItem(Command):
    """Move a stage or channel to ``index`` among its journey's stages or channels."""

    label = "Reorder"

    def __init__(self, cls: type, item_id: int, index: int) -> None:
        super().__init__()
        self.cls, self.item_id, self.index = cls, item_id, index

    def plan(self, state: ProjectState) -> list[Op]:
        item = _item(state, self.cls, self.item_id)
        items = _items(state, self.cls, item.journey_id)
        return reorder(items, item.id, self.index)


class DeleteAxisItem(Command):
    """Delete a stage or channel. Its notes go to ``notes_to``: another stage/channel of the
    same journey (same row/column there, appended), or ``PARKING``. Refused when the line
    holds notes and ``notes_to`` is None, so that nothing is ever deleted silently."""

    label = "Delete"

    def __init__(self, cls: type, item_id: int, notes_to: int | str | None = None) -> None:
        super().__init__()
        self.cls, self.item_id, self.notes_to = cls, item_id, notes_to

    def plan(self, state: ProjectState) -> list[Op]:
        item = _item(state, self.cls, self.item_id)
        index = 1 if self.cls is Stage else 0  # which half of a cell names this line
        notes = [n for n in state.touchpoints(item.journey_id) if n.cell[index] == item.id]
        ops: list[Op] = []
        if notes:
            require(self.notes_to is not None, f"« {item.name} » holds {len(notes)} notes: choose where they go")
            ops += self._move_notes(state, item, notes, index)
        if self.cls is Stage:
            ops += [Remove(StageDetails, d.id) for d in state.of(StageDetails).values() if d.stage_id == item.id]
            ops += [Remove(Kpi, k.id) for k in state.of(Kpi).values() if k.stage_id == item.id]
        ops.append(Remove(self.cls, item.id))
        remaining = [i for i in _items(state, self.cls, item.journey_id) if i.id != item.id]
        return ops + renumber_items(remaining, [i.id for i in remaining])

    def _move_notes(self, state: ProjectState, item: Stage | Channel, notes: list[Touchpoint], index: int) -> list[Op]:
        if self.notes_to != PARKING:
            target = _get(state, self.cls, self.notes_to) if isinstance(self.notes_to, int) else None
            require(
                target is not None and target.journey_id == item.journey_id and target.id != item.id,
                "the notes must go to another line of the same journey, or to the parking area",
            )
        orders = cell_orders(state, item.journey_id)
        touched: set[Cell] = set()
        for cell in sorted({n.cell for n in notes}, key=lambda c: c[1 - index] or 0):
            destination: Cell
            if isinstance(self.notes_to, int):  # a line of the journey (checked above), else PARKING
                destination = (cell[0], self.notes_to) if self.cls is Stage else (self.notes_to, cell[1])
            else:
                destination = PARKING_CELL
            orders.setdefault(destination, []).extend(orders.pop(cell))
            touched |= {cell, destination}
        return renumber_notes(state, orders, touched)
