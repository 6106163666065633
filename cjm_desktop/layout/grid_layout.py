"""Grid geometry as pure functions: where every header, cell and note goes, and which cell
and insertion index a point falls on. The canvas only measures note heights (fonts are Qt's
business) and draws what this computes; the PDF export can reuse it.

Cells grow to fit their notes, stacked top to bottom, so notes never overlap.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from typing import Protocol

from cjm_desktop.model.placement import PARKING_CELL, Cell


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w


@dataclass(frozen=True, slots=True)
class Metrics:
    """Sizes in scene units (1 unit = 1 px at 100 % zoom)."""

    header_width: float = 200.0  # the channel names column
    phase_height: float = 30.0
    stage_height: float = 52.0
    column_width: float = 232.0
    padding: float = 12.0  # inside a cell
    gap: float = 10.0  # between notes
    empty_height: float = 96.0  # a row with no note still offers room to drop one
    parking_title: float = 40.0
    # A busy cell flows its notes into more columns (a card grid, read row by row) rather than
    # stacking them in one tall column: a stage gets one column more per ``notes_per_column`` notes
    # of its busiest cell, up to ``max_cell_columns`` (1: one column, as printed on paper).
    max_cell_columns: int = 1
    notes_per_column: int = 4

    @property
    def note_width(self) -> float:
        return self.column_width - 2 * self.padding

    def cell_columns(self, busiest: int) -> int:
        """How many columns of notes a stage has when its busiest cell holds ``busiest`` notes."""
        return max(1, min(self.max_cell_columns, -(-busiest // self.notes_per_column)))


class GridGeometry(Protocol):
    """What the drawings of a laid-out journey read: ``GridLayout`` (computed at once) and the
    canvas's ``LiveLayout`` (kept up to date edit by edit) both provide it."""

    metrics: Metrics
    columns: dict[int, Rect]
    rows: dict[int, Rect]
    cells: dict[Cell, Rect]
    order: dict[Cell, list[int]]
    parking: Rect
    width: float
    height: float

    @property
    def notes(self) -> Mapping[int, Rect]: ...

    def cell_at(self, x: float, y: float) -> Cell | None: ...

    def flows(self, cell: Cell) -> bool: ...

    def insertion_index(self, cell: Cell, x: float, y: float, ignore: Set[int] = frozenset()) -> int: ...


@dataclass
class GridLayout:
    metrics: Metrics
    columns: dict[int, Rect] = field(default_factory=dict)  # stage id -> header rect
    rows: dict[int, Rect] = field(default_factory=dict)  # channel id -> header rect
    cells: dict[Cell, Rect] = field(default_factory=dict)
    notes: dict[int, Rect] = field(default_factory=dict)
    order: dict[Cell, list[int]] = field(default_factory=dict)
    parking: Rect = Rect(0, 0, 0, 0)
    width: float = 0.0
    height: float = 0.0

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The cell (or the parking area) under a point, or None over headers and margins."""
        return cell_at(self.cells, self.parking, x, y)

    def flows(self, cell: Cell) -> bool:
        """True when ``cell``'s notes flow in rows (the parking area, a card grid), not one column."""
        return flows(self.metrics, self.cells, cell)

    def insertion_index(self, cell: Cell, x: float, y: float, ignore: Set[int] = frozenset()) -> int:
        """Where a note dropped at (x, y) goes among the cell's other notes."""
        return insertion_index(self.order, self.notes, cell, x, y, ignore, self.flows(cell))


def flows(metrics: Metrics, cells: Mapping[Cell, Rect], cell: Cell) -> bool:
    """True when ``cell``'s notes flow in rows (the parking area, a cell wider than one column), not one column."""
    rect = cells.get(cell)
    return cell == PARKING_CELL or (rect is not None and rect.w > metrics.column_width)


def cell_at(cells: Mapping[Cell, Rect], parking: Rect, x: float, y: float) -> Cell | None:
    """The cell (or the parking area) under a point, or None over headers and margins."""
    if parking.contains(x, y):
        return PARKING_CELL
    for cell, rect in cells.items():
        if rect.contains(x, y):
            return cell
    return None


def insertion_index(
    order: Mapping[Cell, list[int]], notes: Mapping[int, Rect], cell: Cell, x: float, y: float,
    ignore: Set[int] = frozenset(), flows: bool = False,
) -> int:
    """Where a note dropped at (x, y) goes among ``cell``'s other notes (``ignore``: the dragged ones);
    ``flows``: the notes are laid out in rows (the parking area, a card grid), else in one column."""
    ids = [i for i in order.get(cell, []) if i not in ignore]
    for index, note_id in enumerate(ids):
        rect = notes[note_id]
        if flows:
            if y < rect.y + rect.h and (y < rect.y or x < rect.x + rect.w / 2):
                return index
        elif y < rect.y + rect.h / 2:
            return index
    return len(ids)


def layout_grid(
    stage_ids: list[int],
    channel_ids: list[int],
    heights: dict[int, float],
    order: dict[Cell, list[int]],
    metrics: Metrics = Metrics(),
    parking_columns: int | None = None,
    lanes_above: float = 0.0,
    lanes_below: float = 0.0,
) -> GridLayout:
    """Place a journey: ``heights`` gives each note's height, ``order`` each cell's notes.
    ``lanes_above``/``lanes_below``: room left for the stage-detail lanes between the stage
    headers and the first row, and between the last row and the parking area (see ``lanes_layout``)."""
    m = metrics
    layout = GridLayout(m, order=order)
    top = m.phase_height + m.stage_height + lanes_above
    x = m.header_width
    for stage_id in stage_ids:
        busiest = max((len(order.get((c, stage_id), [])) for c in channel_ids), default=0)
        width = m.cell_columns(busiest) * m.column_width
        layout.columns[stage_id] = Rect(x, m.phase_height, width, m.stage_height)
        x += width
    grid_right = x
    y = top
    for channel_id in channel_ids:
        flows = {s: flow_notes(m, order.get((channel_id, s), []), heights, layout.columns[s].w) for s in stage_ids}
        row_height = max([m.empty_height, *(f.height for f in flows.values())])
        layout.rows[channel_id] = Rect(0, y, m.header_width, row_height)
        for stage_id in stage_ids:
            column = layout.columns[stage_id]
            layout.cells[(channel_id, stage_id)] = Rect(column.x, y, column.w, row_height)
            for note_id, rect in flows[stage_id].rects.items():
                layout.notes[note_id] = Rect(column.x + rect.x, y + rect.y, rect.w, rect.h)
        y += row_height
    y += lanes_below
    layout.parking = _layout_parking(layout, order.get(PARKING_CELL, []), heights, y, grid_right, parking_columns)
    layout.width = max(grid_right, layout.parking.right)
    layout.height = layout.parking.bottom
    return layout


@dataclass
class Flow:
    """A cell's notes placed from its top-left corner, and the height they need (padding included)."""

    rects: dict[int, Rect]
    height: float


def flow_notes(m: Metrics, notes: list[int], heights: Mapping[int, float], width: float) -> Flow:
    """``notes`` in rows of as many notes as ``width`` holds (one column: stacked), from the cell's corner."""
    per_row = max(1, int(width // m.column_width))
    rects: dict[int, Rect] = {}
    y = m.padding
    for start in range(0, len(notes), per_row):
        chunk = notes[start:start + per_row]
        for column, note_id in enumerate(chunk):
            rects[note_id] = Rect(column * m.column_width + m.padding, y, m.note_width, heights[note_id])
        y += max(heights[n] for n in chunk) + m.gap
    return Flow(rects, y - m.gap + m.padding if notes else 0.0)


def _layout_parking(
    layout: GridLayout, notes: list[int], heights: dict[int, float], top: float, grid_right: float,
    columns: int | None,
) -> Rect:
    """The « À classer » strip under the grid: notes flow left to right in rows."""
    m = layout.metrics
    top += m.gap * 2
    per_row = columns or max(1, int((grid_right - m.header_width) // m.column_width))
    x0 = m.header_width
    y = top + m.parking_title
    for start in range(0, len(notes), per_row):
        chunk = notes[start : start + per_row]
        for column, note_id in enumerate(chunk):
            layout.notes[note_id] = Rect(x0 + column * m.column_width + m.padding, y, m.note_width, heights[note_id])
        y += max(heights[n] for n in chunk) + m.gap
    height = max(y - top + m.padding, m.parking_title + m.empty_height)
    return Rect(x0, top, max(grid_right - x0, m.column_width), height)
