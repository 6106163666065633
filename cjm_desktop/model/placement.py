"""Pure functions that keep orders consistent: notes in cells, stages and channels in a journey.

A note's ``position`` is its sort key inside its cell (notes show by position, then id); positions leave
room between them (``POSITION_STEP``), so that a note moved, added or duplicated between two others takes
a free position and no other note is rewritten: an edit costs the notes it places, not the cell. When
there is no room left (or a file holds equal positions), the cell is renumbered with room again.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

from cjm_desktop.model.domain import Action, Channel, Journey, Kpi, Persona, ProjectState, Stage, Touchpoint
from cjm_desktop.model.ops import Op, Put

Cell = tuple[int | None, int | None]  # (channel_id, stage_id); (None, None) is the parking area
PARKING_CELL: Cell = (None, None)
Ordered = Persona | Journey | Stage | Channel | Kpi | Action  # the entities with a ``position``, reordered as lists
POSITION_STEP = 1024  # room between the positions of notes placed or renumbered
MAX_POSITION = 1_000_000_000  # the largest number a file may hold (storage/codec): never placed beyond it


def cell_orders(state: ProjectState, journey_id: int) -> dict[Cell, list[int]]:
    """The ids of each non-empty cell of a journey, in display order."""
    orders: dict[Cell, list[Touchpoint]] = {}
    for note in state.touchpoints(journey_id):
        orders.setdefault(note.cell, []).append(note)
    return {cell: [n.id for n in sorted(notes, key=lambda n: (n.position, n.id))] for cell, notes in orders.items()}


def cell_order(state: ProjectState, journey_id: int, cell: Cell) -> list[int]:
    """The ids of one cell's notes, in display order (costs the cell's notes, not the journey's)."""
    return [note.id for note in state.cell(journey_id, *cell)]


def slot(count: int, index: int | None) -> int:
    """Where an item goes among ``count`` others: ``index`` clamped to them, None = at the end."""
    return count if index is None else max(0, min(index, count))


def insert_ids(order: list[int], ids: list[int], index: int | None) -> None:
    """Insert ``ids`` into ``order`` at ``index`` (None or past the end = append)."""
    index = slot(len(order), index)
    order[index:index] = ids


def place_notes(
    state: ProjectState, cell: Cell, order: list[int], placed: Collection[int],
    new: Mapping[int, Touchpoint] | None = None,
) -> list[Op]:
    """Puts showing ``cell``'s notes in ``order`` (ids), where the ``placed`` ones (moved in, added,
    reordered) take positions between their neighbours' and the others keep theirs (or, without room,
    the cell is renumbered). ``new`` holds the notes not in the state yet, by id (an addition).
    Reads the notes placed and their neighbours, not the whole cell (unless it is renumbered)."""
    new = new or {}

    def note(note_id: int) -> Touchpoint | None:
        return new[note_id] if note_id in new else state.get(Touchpoint, note_id)

    def stays(note_id: int) -> bool:
        if note_id in placed or note_id in new:
            return False
        current = state.get(Touchpoint, note_id)
        return current is not None and current.cell == cell

    positions = spread_positions(order, stays, lambda note_id: state.of(Touchpoint)[note_id].position)
    ops: list[Op] = []
    for note_id, position in positions.items():
        current = note(note_id)
        if current is not None and (note_id in new or current.cell != cell or current.position != position):
            ops.append(Put(replace(current, channel_id=cell[0], stage_id=cell[1], position=position)))
    return ops


def spread_positions(
    order: list[int], stays: Callable[[int], bool], position_of: Callable[[int], int],
) -> dict[int, int]:
    """Positions for the ids of ``order`` that need one: the ones that do not stay (in runs between two
    staying ones, whose positions are ``position_of``) are spread in the room between their neighbours
    (the staying ones keep theirs and are not listed); without room, every id is renumbered
    ``POSITION_STEP`` apart. The staying ones are in their order already (by position, then id)."""
    staying = [stays(note_id) for note_id in order]
    positions: dict[int, int] = {}
    start = 0
    while start < len(order):
        if staying[start]:
            start += 1
            continue
        end = start
        while end < len(order) and not staying[end]:
            end += 1
        low = position_of(order[start - 1]) if start > 0 else None
        high = position_of(order[end]) if end < len(order) else None
        run = _between(low, high, end - start)
        if run is None:  # no room (or neighbours of equal positions): the whole cell, with room again
            return {note_id: (rank + 1) * POSITION_STEP for rank, note_id in enumerate(order)}
        positions.update(zip(order[start:end], run, strict=True))
        start = end
    return positions


def _between(low: int | None, high: int | None, count: int) -> list[int] | None:
    """``count`` increasing positions above ``low`` and below ``high`` (None: no bound), or None without room."""
    if low is None:
        low = max(-1, high - POSITION_STEP * (count + 1)) if high is not None else 0
    if high is None:
        high = low + POSITION_STEP * (count + 1)
    step = (high - low) // (count + 1)
    if step < 1 or high > MAX_POSITION + 1:
        return None
    return [low + step * (n + 1) for n in range(count)]


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
