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

    @property
    def note_width(self) -> float:
        return self.column_width - 2 * self.padding


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

    def insertion_index(self, cell: Cell, x: float, y: float, ignore: Set[int] = frozenset()) -> int:
        """Where a note dropped at (x, y) goes among the cell's other notes."""
        return insertion_index(self.order, self.notes, cell, x, y, ignore)


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
    ignore: Set[int] = frozenset(),
) -> int:
    """Where a note dropped at (x, y) goes among ``cell``'s other notes (``ignore``: the dragged ones)."""
    ids = [i for i in order.get(cell, []) if i not in ignore]
    for index, note_id in enumerate(ids):
        rect = notes[note_id]
        if cell == PARKING_CELL:
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
    for index, stage_id in enumerate(stage_ids):
        layout.columns[stage_id] = Rect(m.header_width + index * m.column_width, m.phase_height, m.column_width,
                                        m.stage_height)
    grid_right = m.header_width + len(stage_ids) * m.column_width
    y = top
    for channel_id in channel_ids:
        row_height = m.empty_height
        for stage_id in stage_ids:
            notes = order.get((channel_id, stage_id), [])
            if notes:
                stacked = sum(heights[n] for n in notes) + m.gap * (len(notes) - 1) + 2 * m.padding
                row_height = max(row_height, stacked)
        layout.rows[channel_id] = Rect(0, y, m.header_width, row_height)
        for stage_id in stage_ids:
            cell = (channel_id, stage_id)
            rect = Rect(layout.columns[stage_id].x, y, m.column_width, row_height)
            layout.cells[cell] = rect
            _stack(layout, order.get(cell, []), heights, rect.x + m.padding, y + m.padding)
        y += row_height
    y += lanes_below
    layout.parking = _layout_parking(layout, order.get(PARKING_CELL, []), heights, y, grid_right, parking_columns)
    layout.width = max(grid_right, layout.parking.right)
    layout.height = layout.parking.bottom
    return layout


def _stack(layout: GridLayout, notes: list[int], heights: dict[int, float], x: float, y: float) -> None:
    for note_id in notes:
        layout.notes[note_id] = Rect(x, y, layout.metrics.note_width, heights[note_id])
        y += heights[note_id] + layout.metrics.gap


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
