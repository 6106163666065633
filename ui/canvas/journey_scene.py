"""The scene of one journey: the grid (one item), a row item per channel holding its note
items, the current cell; the marks of a drag are `drop_guide.py`.

The scene follows the model: ``sync`` lays the whole journey out (opening it, or when its stages
or channels change) with the core's ``LiveLayout``; ``apply`` follows one edit at the cost of what
it touched: the cells it changed are stacked again, their notes placed, and the rows below move as
wholes. It never edits the model itself: gestures become signals (create, edit, move, header
edits) that the window turns into core commands, whose change comes back through ``apply``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QTransform
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
)

from cjm_desktop.layout.grid_layout import Metrics, Rect
from cjm_desktop.layout.live_layout import LayoutDelta, LiveLayout, RowKey
from cjm_desktop.model.domain import (
    Channel,
    Evaluation,
    Journey,
    Kpi,
    Persona,
    ProjectState,
    Stage,
    StageDetails,
    Touchpoint,
    VotingSession,
)
from cjm_desktop.model.ops import Change
from cjm_desktop.model.placement import PARKING_CELL, Cell, cell_order, cell_orders
from cjm_desktop.queries.frictions import is_friction
from ui.canvas import palette
from ui.canvas.drop_guide import DropGuide, HeaderRef, header_target, outline
from ui.canvas.grid_item import GridItem
from ui.canvas.lanes_item import LanesItem
from ui.canvas.note_item import NoteItem, note_height
from ui.canvas.row_item import RowItem

METRICS = Metrics(max_cell_columns=3, notes_per_column=4)  # a busy cell flows into columns (a card grid)


DIMMED = 0.22  # the opacity of the notes another author said, while one is highlighted
DRAGGED_Z = 10.0  # notes being dragged are drawn above every other note
STAGE_MARK_FILL = "#141e88e5"  # the chosen stage's column: the cursor's blue, barely there


class JourneyScene(QGraphicsScene):
    """One journey's grid and notes."""

    create_requested = Signal(object, int)  # cell, index among its notes
    edit_requested = Signal(int)  # note id
    move_requested = Signal(list, object, int)  # note ids, target cell, index
    header_activated = Signal(object, int)  # Stage or Channel, id (double-click: rename)
    header_moved = Signal(object, int, int)  # Stage or Channel, id, new index
    header_menu_requested = Signal(object, int, object)  # Stage or Channel, id, screen QPoint
    note_menu_requested = Signal(object)  # screen QPoint (acts on the selection)
    current_cell_changed = Signal(object)
    stage_chosen = Signal(int, bool)  # stage id, True to edit its details (a stage header or lane clicked)

    def __init__(self, state: ProjectState, journey_id: int, check_first_person: bool = True) -> None:
        super().__init__()
        self.state, self.journey_id = state, journey_id
        self.check_first_person = check_first_person
        self.notes: dict[int, NoteItem] = {}
        self.rows: dict[RowKey, RowItem] = {}  # each channel's row, and the parking area's (None)
        self._heights: dict[str, float] = {}  # note text -> height: measuring text is the slow part of a sync
        self._note_heights: dict[int, float] = {}  # note id -> its height
        self.frictions = 0  # notes evaluated irritant or point de rupture (kept as notes change)
        self.first_person_misses = 0  # notes not written in the first person, while the check is on
        self.highlighted: str | None = None  # an author whose notes stand out, the others dimmed
        self.layout = LiveLayout([], [], {}, {}, METRICS)  # laid out by sync() below
        self._visible_areas: dict[int, QRectF] = {}  # what each view shows, by the view's id (none: all drawn)
        self.grid = GridItem(state, journey_id)
        self.addItem(self.grid)
        self.lanes = LanesItem(state, journey_id)
        self.addItem(self.lanes)
        self.cell_cursor = outline(palette.CURSOR, 3, z=-0.5)
        self.drops = DropGuide(self, METRICS, line_z=DRAGGED_Z - 1)
        self.drop_indicator, self.insertion_line = self.drops.indicator, self.drops.line  # where a drop lands
        self.stage_marker = outline(palette.CURSOR, 2, z=-0.6, fill=STAGE_MARK_FILL)  # a chosen stage's column
        self.empty_hint = QGraphicsTextItem(QCoreApplication.translate(
            "JourneyScene", "Double-click, N, or Ctrl+V to paste lines: a note here"))
        self.empty_hint.setDefaultTextColor(QColor(palette.MUTED))
        self.empty_hint.setZValue(-0.45)
        self.empty_hint.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.empty_hint.hide()
        for item in (self.cell_cursor, self.stage_marker, self.empty_hint):
            self.addItem(item)
        self.stage_marker.hide()
        self._current: Cell | None = None
        self._dragged: list[NoteItem] = []  # the selected notes when a press on a note began
        self._drag_start: dict[int, tuple[float, float]] = {}  # their scene positions then
        self._marked_stage: int | None = None
        self._header_drag: tuple[HeaderRef, QPointF] | None = None
        self.setBackgroundBrush(QColor(palette.CANVAS))
        self.sync(state)

    # --- following the model -------------------------------------------------------
    def sync(self, state: ProjectState | None = None) -> None:
        """Lay the whole journey out again and update, add or remove note items."""
        self.state = state or self.state
        notes = {n.id: n for n in self.state.touchpoints(self.journey_id)}
        self._note_heights = {i: self._height(n.text) for i, n in notes.items()}
        above, below = self.lanes.measure(self.state, METRICS.column_width)
        self.layout = LiveLayout(
            [s.id for s in self.state.stages(self.journey_id)],
            [c.id for c in self.state.channels(self.journey_id)],
            self._note_heights,
            cell_orders(self.state, self.journey_id),
            METRICS,
            lanes_above=above,
            lanes_below=below,
        )
        for row in set(self.rows) - {*self.layout.channel_ids, None}:
            self.removeItem(self.rows.pop(row))
        for note_id in set(self.notes) - set(notes):
            self._remove_note(note_id)
        for note in notes.values():
            self._show_note(note)
        self._follow_layout(LayoutDelta(moved_rows={*self.layout.channel_ids, None}, resized=True))

    def apply(self, change: Change, state: ProjectState | None = None) -> None:
        """Follow an edit at the cost of what it touched in this journey (nothing, for another journey's)."""
        self.state = state or self.state
        if self._lines_changed(change):
            self.sync()
            return
        delta = self._apply_notes(change)
        self._apply_votes(change)
        if self._lanes_touched(change, delta):
            above, below = self.lanes.measure(self.state, METRICS.column_width)
            if (above, below) != (self.layout.lanes_above, self.layout.lanes_below):
                moved = self.layout.set_lanes(above, below)
                delta.moved_rows |= moved.moved_rows
                delta.resized = True
            self.lanes.set_layout(self.layout)
        if Journey in change or Persona in change or Stage in change or Channel in change:
            self.grid.set_layout(self.state, self.layout)  # names, phases, the target band
        self._follow_layout(delta)

    def _apply_votes(self, change: Change) -> None:
        """Show the dots of the notes whose votes changed (every note's when a session was revealed or edited)."""
        if VotingSession in change:
            voted: Iterable[int] = self.notes
        else:
            voted = (i for i in change.voted_ids(Touchpoint) if i in self.notes)
        for note_id in voted:
            self.notes[note_id].set_votes(self.state.shown_votes((Touchpoint, note_id)))

    def _lines_changed(self, change: Change) -> bool:
        """True when this journey's stages or channels were added, removed or reordered."""
        for cls, ids, shown in ((Stage, self.layout.stage_ids, self.layout.columns),
                                (Channel, self.layout.channel_ids, self.layout.rows)):
            touched = change.ids(cls)
            if any(i in shown or getattr(self.state.get(cls, i), "journey_id", None) == self.journey_id
                   for i in touched):
                lines = self.state.stages(self.journey_id) if cls is Stage else self.state.channels(self.journey_id)
                if [line.id for line in lines] != ids:
                    return True
        return False

    def _lanes_touched(self, change: Change, delta: LayoutDelta) -> bool:
        """True when what the lanes show may have changed (their texts, the curve, which lanes)."""
        return bool(StageDetails in change or Kpi in change or Stage in change or self.journey_id in change.ids(Journey)
                    or (delta.restacked and self.lanes.curve_shown))

    def _apply_notes(self, change: Change) -> LayoutDelta:
        """Re-stack the cells an edit's notes left or entered, and show those cells' notes."""
        cells: set[Cell] = set()
        gone: set[int] = set()
        for note_id in change.ids(Touchpoint):
            item, note = self.notes.get(note_id), self.state.get(Touchpoint, note_id)
            if note is not None and note.journey_id != self.journey_id:
                note = None
            if item is None and note is None:
                continue  # another journey's
            if item is not None:
                cells.add(item.note.cell)
            if note is None:
                gone.add(note_id)
            else:
                cells.add(note.cell)
                self._note_heights[note_id] = self._height(note.text)
        if not cells:
            return LayoutDelta()
        delta = self.layout.update({cell: cell_order(self.state, self.journey_id, cell) for cell in cells},
                                   self._note_heights)
        self.layout.forget(gone)
        for note_id in gone:
            self._remove_note(note_id)
        notes = self.state.of(Touchpoint)
        for note_id in change.ids(Touchpoint) - gone:
            if note_id in self.layout.local:  # this journey's
                self._show_note(notes[note_id])
        for note_id, (row, rect) in delta.placed.items():  # the others the edit moved: only their place
            item = self.notes[note_id]
            if item.parentItem() is not (parent := self.rows[row]):
                item.setParentItem(parent)
            item.setPos(rect.x, rect.y)
        return delta

    def _show_note(self, note: Touchpoint) -> None:
        """Create or update the item of ``note``, in its row, where the layout puts it."""
        row, rect = self.layout.local[note.id]
        item = self.notes.get(note.id)
        if item is not None and item.note is note and item.size == (rect.w, rect.h):  # only its place may change
            if (item.x(), item.y()) != (rect.x, rect.y):
                item.setPos(rect.x, rect.y)
            if item.parentItem() is not (parent := self._row(row)):
                item.setParentItem(parent)
            return
        if item is None:
            item = self.notes[note.id] = NoteItem(note, rect, self.check_first_person)
            item.show_icons = self.grid.show_icons
            self.frictions += is_friction(note)
            self.first_person_misses += item.not_first_person
        else:
            self.frictions -= is_friction(item.note)
            self.first_person_misses -= item.not_first_person
            item.update_note(note, rect)
            self.frictions += is_friction(note)
            self.first_person_misses += item.not_first_person
        if item.parentItem() is not (parent := self._row(row)):
            item.setParentItem(parent)
        item.set_votes(self.state.shown_votes((Touchpoint, note.id)))
        if self.highlighted is not None or item.opacity() != 1.0:
            item.setOpacity(self._opacity_of(note))

    def highlight_author(self, author: str | None) -> None:
        """Dim every note but those ``author`` said (None or "": every note as it is)."""
        self.highlighted = _author_key(author) if author and author.strip() else None
        for item in self.notes.values():
            item.setOpacity(self._opacity_of(item.note))

    def _opacity_of(self, note: Touchpoint) -> float:
        return 1.0 if self.highlighted is None or _author_key(note.author) == self.highlighted else DIMMED

    def _remove_note(self, note_id: int) -> None:
        item = self.notes.pop(note_id)
        self._note_heights.pop(note_id, None)
        self.frictions -= is_friction(item.note)
        self.first_person_misses -= item.not_first_person
        self.removeItem(item)

    def _row(self, row: RowKey) -> RowItem:
        if row not in self.rows:
            self.rows[row] = RowItem()
            self.addItem(self.rows[row])
        return self.rows[row]

    def _follow_layout(self, delta: LayoutDelta) -> None:
        """Move and resize the rows the layout moved; redraw the grid when its lines moved."""
        layout = self.layout
        for row in delta.moved_rows | delta.resized_rows:
            self._row(row).set_frame(layout.row_top(row), layout.width, layout.row_height(row))
        if delta.resized or delta.moved_rows or delta.resized_rows:
            self.grid.set_layout(self.state, layout)
            self.lanes.set_layout(layout)
        self._shade_rows()
        if delta.resized:
            margin = 40
            self.setSceneRect(-margin, -margin, layout.width + 2 * margin, layout.height + 2 * margin)
        self.set_current_cell(self._current if self._current in layout.cells or
                              self._current == PARKING_CELL else self.first_cell())
        self.mark_stage(self._marked_stage)  # the chosen stage's column follows the layout

    def set_visible_area(self, viewer: object, area: QRectF | None) -> None:
        """What ``viewer`` (a view) shows; None when it shows this scene no more. Rows outside what every
        view shows are drawn fully transparent, which makes Qt skip their notes when rows move: an edit
        that grows a row then costs the rows in view, not every note below. Their notes stay
        selectable and keep their places. With no view, every row is drawn (an image export)."""
        if area is None:
            self._visible_areas.pop(id(viewer), None)
        else:
            self._visible_areas[id(viewer)] = area
        self._shade_rows()

    def _shade_rows(self) -> None:
        areas = list(self._visible_areas.values())
        for row in self.rows.values():
            frame = QRectF(row.pos(), row.boundingRect().size())
            shown = not areas or any(area.intersects(frame) for area in areas)
            if row.opacity() != (opacity := 1.0 if shown else 0.0):
                row.setOpacity(opacity)

    def _height(self, text: str) -> float:
        if text not in self._heights:
            if len(self._heights) > 20_000:  # texts edited away accumulate: start again
                self._heights.clear()
            # whole pixels: a note shifted by a whole number of pixels keeps its cached pixmap (Qt redraws
            # a device-cached item moved by a fraction of a pixel)
            self._heights[text] = math.ceil(note_height(QFontMetricsF(NoteItem.text_font()), text, METRICS.note_width))
        return self._heights[text]

    def show_icons(self) -> None:
        """Draw qtawesome icons from now on (called after the first paint)."""
        self.grid.show_icons = self.lanes.show_icons = True
        self.grid.update()
        self.lanes.update()
        for item in self.notes.values():
            item.show_icons = True
            if item.note.moment_of_truth or item.note.evaluation is not Evaluation.NONE:
                item.update()  # only the notes that draw an icon are drawn again

    def set_first_person_check(self, on: bool) -> None:
        self.check_first_person = on
        for item in self.notes.values():
            item.set_first_person_check(on)
        self.first_person_misses = sum(item.not_first_person for item in self.notes.values())

    # --- questions about the journey ---------------------------------------------------
    def note_count(self) -> int:
        return len(self.notes)

    def first_cell(self) -> Cell:
        """The first channel × the first stage (the parking area for an empty grid)."""
        stages, channels = self.state.stages(self.journey_id), self.state.channels(self.journey_id)
        return (channels[0].id, stages[0].id) if stages and channels else PARKING_CELL

    def reading_order(self) -> list[int]:
        """Note ids as a journey is read: stage by stage, channel by channel, then the parking area."""
        orders, channels = self.layout.order, self.state.channels(self.journey_id)
        cells = [(c.id, s.id) for s in self.state.stages(self.journey_id) for c in channels]
        return [note_id for cell in [*cells, PARKING_CELL] for note_id in orders.get(cell, [])]

    def selected_ids(self) -> list[int]:
        """The selected notes, in reading order (at the cost of the selection, not of the journey)."""
        return self._in_reading_order([item.note for item in self.selectedItems() if isinstance(item, NoteItem)])

    def _in_reading_order(self, notes: list[Touchpoint]) -> list[int]:
        """The ids of ``notes`` as the journey is read (stage by stage, channel by channel, the parking area last)."""
        stages = {stage_id: index for index, stage_id in enumerate(self.layout.stage_ids)}
        channels = {channel_id: index for index, channel_id in enumerate(self.layout.channel_ids)}
        parked = (len(stages), len(channels))  # after every cell

        def place(note: Touchpoint) -> tuple[int, int, int, int]:
            if note.stage_id is None or note.channel_id is None:
                return (*parked, note.position, note.id)
            return (stages.get(note.stage_id, parked[0]), channels.get(note.channel_id, parked[1]),
                    note.position, note.id)

        return [note.id for note in sorted(notes, key=place)]

    def select_notes(self, ids: list[int]) -> None:
        """Select exactly ``ids``: one selectionChanged for the lot (a panel refreshes once, not per note)."""
        with QSignalBlocker(self):
            self.clearSelection()
            for note_id in ids:
                if item := self.notes.get(note_id):
                    item.setSelected(True)
        self.selectionChanged.emit()
        if ids and ids[0] in self.notes:
            self.set_current_cell(self.notes[ids[0]].note.cell)

    def first_person_count(self) -> int:
        """Notes not written in the first person (0 while the check is off)."""
        return self.first_person_misses

    # --- the current cell (keyboard path) --------------------------------------------------
    @property
    def current_cell(self) -> Cell:
        assert self._current is not None, "sync() in __init__ sets the current cell"
        return self._current

    def mark_stage(self, stage_id: int | None) -> None:
        """Highlight a chosen stage's whole column (None: no stage chosen)."""
        header = self.layout.columns.get(stage_id) if stage_id is not None else None
        self._marked_stage = stage_id if header is not None else None
        if header is None:
            self.stage_marker.hide()
            return
        bottom = max((r.bottom for r in self.layout.cells.values()), default=header.bottom)
        self.stage_marker.setRect(QRectF(header.x + 1, header.y + 1, header.w - 2, bottom - header.y - 2))
        self.stage_marker.show()

    def set_current_cell(self, cell: Cell) -> None:
        rect = self.layout.parking if cell == PARKING_CELL else self.layout.cells.get(cell)
        if rect is None:
            return
        if self._marked_stage is not None and cell[1] != self._marked_stage:
            self.mark_stage(None)  # another stage's cell: that stage is no longer the chosen one
        self.cell_cursor.setRect(QRectF(rect.x + 1.5, rect.y + 1.5, rect.w - 3, rect.h - 3))
        self._show_hint(cell, rect)
        if cell != self._current:
            self._current = cell
            self.current_cell_changed.emit(cell)

    def _show_hint(self, cell: Cell, rect: Rect) -> None:
        """In the current cell, when it is empty: how to add a note there."""
        if self.layout.order.get(cell) or cell == PARKING_CELL:
            self.empty_hint.hide()
            return
        m = METRICS
        self.empty_hint.setTextWidth(rect.w - 2 * m.padding)
        self.empty_hint.setPos(rect.x + m.padding, rect.y + m.padding)
        self.empty_hint.show()

    def neighbour_cell(self, cell: Cell, d_stage: int, d_channel: int) -> Cell:
        """The cell next to ``cell`` (stays inside the grid; below the last row is the parking area)."""
        stages = [s.id for s in self.state.stages(self.journey_id)]
        channels = [c.id for c in self.state.channels(self.journey_id)]
        if not stages or not channels:
            return PARKING_CELL
        channel_id, stage_id = cell
        if channel_id is None or stage_id is None:  # the parking area
            return (channels[-1], stages[0]) if d_channel < 0 else PARKING_CELL
        row, column = channels.index(channel_id) + d_channel, stages.index(stage_id) + d_stage
        if row >= len(channels):
            return PARKING_CELL
        return (channels[max(0, row)], stages[max(0, min(column, len(stages) - 1))])

    def header_at(self, pos: QPointF) -> HeaderRef | None:
        for cls, rects in ((Stage, self.layout.columns), (Channel, self.layout.rows)):
            for item_id, rect in rects.items():
                if rect.contains(pos.x(), pos.y()):
                    return cls, item_id
        return None

    # --- mouse gestures ----------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        pos = event.scenePos()
        if event.button() == Qt.MouseButton.LeftButton and not isinstance(self.itemAt(pos, QTransform()), NoteItem):
            if header := self.header_at(pos):
                self._header_drag = (header, pos)
                event.accept()
                return
            if (cell := self.layout.cell_at(pos.x(), pos.y())) is not None:
                self.set_current_cell(cell)
            elif (stage_id := self.lanes.stage_at(pos.x(), pos.y())) is not None:
                self.stage_chosen.emit(stage_id, False)
        super().mousePressEvent(event)
        note = self._note_at(pos)
        if note is not None and event.button() == Qt.MouseButton.LeftButton:
            self.set_current_cell(note.note.cell)
            self._dragged = [item for item in self.selectedItems() if isinstance(item, NoteItem)]
            self._lift(self._dragged)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._header_drag is not None:
            self.drops.show_header_drop(self.layout, self._header_drag, event.scenePos())
            return
        super().mouseMoveEvent(event)
        if self._dragged and event.buttons() & Qt.MouseButton.LeftButton:
            self.drops.show_notes_drop(self.layout, event.scenePos(), {item.note.id for item in self._dragged})

    @property
    def dragging_notes(self) -> bool:
        """True while notes are being dragged (the view scrolls when the pointer nears its edges)."""
        return bool(self._dragged)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.drops.hide()
        if self._header_drag is not None:
            self._finish_header_drag(self._header_drag, event.scenePos())
            return
        super().mouseReleaseEvent(event)
        moved = self._moved_notes()
        self._put_back(self._dragged)  # where the layout has them: the move's change places them anew
        self._dragged = []
        if moved:
            self._drop(moved, event.scenePos())

    def _lift(self, items: list[NoteItem]) -> None:
        """Take dragged notes out of their rows (which clip them), above every other note."""
        self._drag_start = {}
        for item in items:
            where = item.scenePos()
            item.setParentItem(None)  # type: ignore[arg-type]  # None: a top-level item (the stub forgets it)
            item.setPos(where)
            item.setZValue(DRAGGED_Z)  # the dragged notes pass over the others, never behind them
            self._drag_start[item.note.id] = (where.x(), where.y())

    def _put_back(self, items: list[NoteItem]) -> None:
        """Dragged notes back in their rows, where the layout puts them."""
        for item in items:
            item.setZValue(0)
            if item.note.id in self.notes:
                self._show_note(item.note)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        pos = event.scenePos()
        if note := self._note_at(pos):
            self.edit_requested.emit(note.note.id)
        elif header := self.header_at(pos):
            self.header_activated.emit(*header)
        elif (stage_id := self.lanes.stage_at(pos.x(), pos.y())) is not None:
            self.stage_chosen.emit(stage_id, True)
        elif (cell := self.layout.cell_at(pos.x(), pos.y())) is not None:
            self.set_current_cell(cell)
            self.create_requested.emit(cell, self.layout.insertion_index(cell, pos.x(), pos.y()))
        event.accept()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        pos = event.scenePos()
        if note := self._note_at(pos):
            if not note.isSelected():
                self.select_notes([note.note.id])
            self.note_menu_requested.emit(event.screenPos())
        elif header := self.header_at(pos):
            self.header_menu_requested.emit(*header, event.screenPos())
        event.accept()

    def _note_at(self, pos: QPointF) -> NoteItem | None:
        for item in self.items(pos):
            if isinstance(item, NoteItem):
                return item
        return None

    def _moved_notes(self) -> list[int]:
        """The dragged notes, in reading order, if the user moved them from where the layout put them."""
        if not any((item.pos().x(), item.pos().y()) != self._drag_start.get(item.note.id) for item in self._dragged):
            return []
        return self._in_reading_order([item.note for item in self._dragged])

    def _drop(self, ids: list[int], pos: QPointF) -> None:
        cell = self.layout.cell_at(pos.x(), pos.y())
        if cell is None:  # dropped on a header or outside: back where they were (put back already)
            return
        self.set_current_cell(cell)
        self.move_requested.emit(ids, cell, self.layout.insertion_index(cell, pos.x(), pos.y(), set(ids)))

    # --- dragging a header reorders stages or channels ------------------------------------
    def _finish_header_drag(self, drag: tuple[HeaderRef, QPointF], pos: QPointF) -> None:
        (cls, item_id), _ = drag
        target = header_target(self.layout, drag, pos)
        self._header_drag = None
        if target is None:
            if cls is Stage:  # a click, not a drag: the stage is chosen (and no note any more)
                self.clearSelection()
                channel = self.current_cell[0]
                channel = channel if channel is not None else next(iter(self.layout.rows), None)
                if channel is not None:
                    self.set_current_cell((channel, item_id))  # the keyboard path goes on from that stage
                self.mark_stage(item_id)
                self.stage_chosen.emit(item_id, False)
            return
        cls, item_id, index = target
        if list(self.layout.columns if cls is Stage else self.layout.rows).index(item_id) != index:
            self.header_moved.emit(cls, item_id, index)


def _author_key(author: str | None) -> str:
    """Authors compared without case or extra spaces (« groupe  b » is « Groupe B »)."""
    return " ".join((author or "").split()).casefold()
