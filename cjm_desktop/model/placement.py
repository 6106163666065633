"""Pure functions that keep orders consistent: notes in cells, stages and channels in a journey."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from cjm_desktop.model.domain import Action, Channel, Journey, Kpi, Persona, ProjectState, Stage, Touchpoint
from cjm_desktop.model.ops import Op, Put

Cell = tuple[int | None, int | None]  # (channel_id, stage_id); (None, None) is the parking area
PARKING_CELL: Cell = (None, None)
Ordered = Persona | Journey | Stage | Channel | Kpi | Action  # the entities with a ``position``, reordered as lists


def cell_orders(state: ProjectState, journey_id: int) -> dict[Cell, list[int]]:
    """The ids of each non-empty cell of a journey, in display order."""
    orders: dict[Cell, list[Touchpoint]] = {}
    for note in state.touchpoints(journey_id):
        orders.setdefault(note.cell, []).append(note)
    return {cell: [n.id for n in sorted(notes, key=lambda n: (n.position, n.id))] for cell, notes in orders.items()}


def slot(count: int, index: int | None) -> int:
    """Where an item goes among ``count`` others: ``index`` clamped to them, None = at the end."""
    return count if index is None else max(0, min(index, count))


def insert_ids(order: list[int], ids: list[int], index: int | None) -> None:
    """Insert ``ids`` into ``order`` at ``index`` (None or past the end = append)."""
    index = slot(len(order), index)
    order[index:index] = ids


def renumber_notes(state: ProjectState, orders: dict[Cell, list[int]], cells: set[Cell]) -> list[Op]:
    """Puts for the notes of ``cells`` whose cell or position differs from ``orders``."""
    puts: list[Op] = []
    for cell in cells:
        for position, note_id in enumerate(orders.get(cell, [])):
            note = state.get(Touchpoint, note_id)
            if note is not None and (note.cell != cell or note.position != position):
                puts.append(Put(replace(note, channel_id=cell[0], stage_id=cell[1], position=position)))
    return puts


def reorder(items: Sequence[Ordered], item_id: int, index: int) -> list[Op]:
    """Puts moving ``item_id`` to ``index`` among ``items`` (in their order); the others close up."""
    order = [item.id for item in items if item.id != item_id]
    order.insert(slot(len(order), index), item_id)
    return renumber_items(items, order)


def renumber_items(items: Sequence[Ordered], order: list[int]) -> list[Op]:
    """Puts giving ``items`` (stages, channels...) the positions of ``order`` (a list of ids)."""
    by_id = {item.id: item for item in items}
    return [
        Put(replace(by_id[item_id], position=position))
        for position, item_id in enumerate(order)
        if item_id in by_id and by_id[item_id].position != position
    ]
