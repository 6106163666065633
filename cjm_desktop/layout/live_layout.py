"""A journey's grid layout that follows edits at the cost of what they touch (the canvas's layout).

``layout_grid`` places a whole journey at once (the PDF uses it). ``LiveLayout`` gives the same
geometry, but keeps every note's place relative to the top of its row (a channel, or the parking
area): an edit re-stacks only the cells it touched, and the rows below move as wholes (one
offset each) instead of every note below being placed again. The canvas mirrors that: a row is
one item holding its notes, so moving a row is one call whatever it holds.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass, field

from cjm_desktop.layout.grid_layout import Metrics, Rect, cell_at, flow_notes, flows, insertion_index
from cjm_desktop.model.placement import PARKING_CELL, Cell

RowKey = int | None  # a channel id, or None for the parking area
DEFAULT_METRICS = Metrics()


@dataclass
class LayoutDelta:
    """What an update changed, for the canvas to redraw that and nothing else."""

    restacked: set[Cell] = field(default_factory=set)  # cells whose notes were placed again
    placed: dict[int, tuple[RowKey, Rect]] = field(default_factory=dict)  # notes whose place changed: new place
    moved_rows: set[RowKey] = field(default_factory=set)  # rows whose top moved
    resized_rows: set[RowKey] = field(default_factory=set)  # rows whose height changed
    resized: bool = False  # the whole map's size changed


class NoteRects(Mapping[int, Rect]):
    """Each note's rectangle in scene units, computed on demand from its row's top."""

    def __init__(self, layout: LiveLayout) -> None:
        self._layout = layout

    def __getitem__(self, note_id: int) -> Rect:
        row, local = self._layout.local[note_id]
        top = self._layout.row_top(row)
        return Rect(local.x, local.y + top, local.w, local.h)

    def __iter__(self) -> Iterator[int]:
        return iter(self._layout.local)

    def __len__(self) -> int:
        return len(self._layout.local)

    def __contains__(self, note_id: object) -> bool:
        return note_id in self._layout.local


class LiveLayout:
    """The canvas's layout of one journey (see the module's docstring)."""

    def __init__(
        self,
        stage_ids: list[int],
        channel_ids: list[int],
        heights: Mapping[int, float],
        order: dict[Cell, list[int]],
        metrics: Metrics = DEFAULT_METRICS,
        lanes_above: float = 0.0,
        lanes_below: float = 0.0,
    ) -> None:
        m = self.metrics = metrics
        self.stage_ids, self.channel_ids = list(stage_ids), list(channel_ids)
        self.order = order
        self.lanes_above, self.lanes_below = lanes_above, lanes_below
        self.local: dict[int, tuple[RowKey, Rect]] = {}  # note id -> (its row, its rect from the row's top)
        self.notes = NoteRects(self)
        self._stacked: dict[Cell, float] = {}  # a cell's notes stacked, padding included
        self._row_height: dict[RowKey, float] = {}
        self._tops: dict[RowKey, float] = {}
        self.columns: dict[int, Rect] = {}
        self.grid_right = m.header_width
        self._place_columns()
        for channel_id in self.channel_ids:
            for stage_id in self.stage_ids:
                self._stack((channel_id, stage_id), heights)
            self._row_height[channel_id] = self._height_of_row(channel_id)
        self._flow_parking(heights)
        self.rows: dict[int, Rect] = {}
        self.cells: dict[Cell, Rect] = {}
        self.parking = Rect(0, 0, 0, 0)
        self.width = self.height = 0.0
        self._place_rows(set(self.channel_ids))

    # --- questions --------------------------------------------------------------------
    def row_top(self, row: RowKey) -> float:
        """The top of a channel's row (None: of the parking area's notes' frame) in scene units."""
        return self._tops[row]

    def row_height(self, row: RowKey) -> float:
        return self._row_height[row]

    def row_of(self, cell: Cell) -> RowKey:
        return None if cell == PARKING_CELL else cell[0]

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The cell (or the parking area) under a point, or None over headers and margins."""
        return cell_at(self.cells, self.parking, x, y)

    def flows(self, cell: Cell) -> bool:
        """True when ``cell``'s notes flow in rows (the parking area, a card grid), not one column."""
        return flows(self.metrics, self.cells, cell)

    def insertion_index(self, cell: Cell, x: float, y: float, ignore: Set[int] = frozenset()) -> int:
        """Where a note dropped at (x, y) goes among the cell's other notes."""
        return insertion_index(self.order, self.notes, cell, x, y, ignore, self.flows(cell))

    # --- following edits ------------------------------------------------------------------
    def update(self, orders: Mapping[Cell, list[int]], heights: Mapping[int, float]) -> LayoutDelta:
        """Take the new order of the cells an edit touched (empty lists for cells left empty) and
        ``heights`` of (at least) their notes; re-stack those cells and move the rows below."""
        delta = LayoutDelta()
        rows: set[RowKey] = set()
        for cell, ids in orders.items():
            if cell != PARKING_CELL and (cell[0] not in self._row_height or cell[1] not in self.columns):
                continue  # not a cell of this grid (the caller rebuilds the layout when lines change)
            if ids:
                self.order[cell] = list(ids)
            else:
                self.order.pop(cell, None)
            rows.add(self.row_of(cell))
            delta.restacked.add(cell)
        widened = self._place_columns()  # a busy cell's stage widens (a card grid), the stages after it move
        if widened:
            rows |= {*self.channel_ids, None}
            delta.restacked |= {(c, s) for c in self.channel_ids for s in widened} | {PARKING_CELL}
            delta.resized = True
        for cell in delta.restacked:
            if cell == PARKING_CELL:
                self._flow_parking(heights, delta.placed)
            else:
                self._stack(cell, heights, delta.placed)
        for row in rows:
            if row is None:
                delta.resized_rows.add(None)
                continue
            height = self._height_of_row(row)
            if height != self._row_height[row]:
                self._row_height[row] = height
                delta.resized_rows.add(row)
        if widened:  # every row's cells changed width
            delta.resized_rows |= {*self.channel_ids, None}
        if delta.resized_rows:
            before = dict(self._tops), (self.width, self.height)
            self._place_rows({row for row in delta.resized_rows if row is not None})
            delta.moved_rows = {row for row, top in self._tops.items() if before[0].get(row) != top}
            delta.resized |= before[1] != (self.width, self.height)
        return delta

    def forget(self, note_ids: Set[int]) -> None:
        """Drop notes that left the journey (after ``update`` re-stacked the cells they left)."""
        for note_id in note_ids:
            self.local.pop(note_id, None)

    def set_lanes(self, above: float, below: float) -> LayoutDelta:
        """Room for the stage-detail lanes changed: every row (or the parking area) moves."""
        before = dict(self._tops)
        self.lanes_above, self.lanes_below = above, below
        self._place_rows(set(self.channel_ids))
        return LayoutDelta(moved_rows={row for row, top in self._tops.items() if before.get(row) != top},
                           resized=True)

    # --- placing --------------------------------------------------------------------------
    def _place_columns(self) -> list[int]:
        """Each stage's column as wide as its busiest cell needs (``Metrics.cell_columns``); returns the
        stages whose column moved or changed width."""
        m = self.metrics
        x, changed = m.header_width, []
        for stage_id in self.stage_ids:
            busiest = max((len(self.order.get((c, stage_id), ())) for c in self.channel_ids), default=0)
            column = Rect(x, m.phase_height, m.cell_columns(busiest) * m.column_width, m.stage_height)
            if self.columns.get(stage_id) != column:
                self.columns[stage_id] = column
                changed.append(stage_id)
            x += column.w
        self.grid_right = x
        return changed

    def _stack(self, cell: Cell, heights: Mapping[int, float], placed: dict[int, tuple[RowKey, Rect]] | None = None,
               ) -> None:
        """Place a grid cell's notes from the top of its row: stacked, or in rows when its stage is wide
        (``placed`` collects the notes whose place changed)."""
        channel_id, stage_id = cell
        assert channel_id is not None and stage_id is not None, "the parking area flows apart"
        column = self.columns[stage_id]
        flow = flow_notes(self.metrics, self.order.get(cell, []), heights, column.w)
        local = self.local
        for note_id, rect in flow.rects.items():
            place = (channel_id, Rect(column.x + rect.x, rect.y, rect.w, rect.h))
            if placed is not None and local.get(note_id) != place:
                placed[note_id] = place
            local[note_id] = place
        self._stacked[cell] = flow.height

    def _height_of_row(self, channel_id: int) -> float:
        stacked = (self._stacked.get((channel_id, stage_id), 0.0) for stage_id in self.stage_ids)
        return max(self.metrics.empty_height, *stacked)

    def _flow_parking(self, heights: Mapping[int, float], placed: dict[int, tuple[RowKey, Rect]] | None = None,
                      ) -> None:
        """The « À classer » strip: notes flow left to right in rows (from the strip's top, title included);
        ``placed`` collects the notes whose place changed."""
        m = self.metrics
        ids = self.order.get(PARKING_CELL, [])
        per_row = max(1, int((self.grid_right - m.header_width) // m.column_width))
        y = m.parking_title
        for start in range(0, len(ids), per_row):
            chunk = ids[start:start + per_row]
            for column, note_id in enumerate(chunk):
                x = m.header_width + column * m.column_width + m.padding
                place = (None, Rect(x, y, m.note_width, heights[note_id]))
                if placed is not None and self.local.get(note_id) != place:
                    placed[note_id] = place
                self.local[note_id] = place
            y += max(heights[n] for n in chunk) + m.gap
        self._row_height[None] = max(y + m.padding, m.parking_title + m.empty_height)

    def _place_rows(self, resized: set[int]) -> None:
        """Row tops from their heights (one sum per row), and the rectangles of the rows in ``resized``
        and of every row that moved."""
        m = self.metrics
        y = m.phase_height + m.stage_height + self.lanes_above
        for channel_id in self.channel_ids:
            height = self._row_height[channel_id]
            if self._tops.get(channel_id) != y or channel_id in resized:
                self._tops[channel_id] = y
                self.rows[channel_id] = Rect(0, y, m.header_width, height)
                for stage_id in self.stage_ids:
                    column = self.columns[stage_id]
                    self.cells[(channel_id, stage_id)] = Rect(column.x, y, column.w, height)
            y += height
        top = y + self.lanes_below + m.gap * 2
        self._tops[None] = top
        self.parking = Rect(m.header_width, top, max(self.grid_right - m.header_width, m.column_width),
                            self._row_height[None])
        self.width = max(self.grid_right, self.parking.right)
        self.height = self.parking.bottom
