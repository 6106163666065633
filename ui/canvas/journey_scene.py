"""The scene of one journey: the grid (one item), a note item per touchpoint, the current
cell and the drop indicator.

The scene follows the model: ``sync`` lays the journey out with the core's pure
``grid_layout`` and updates the items (kept in a note-id → item map). It never edits the
model itself: gestures become signals (create, edit, move, header edits) that the window
turns into core commands, after which it calls ``sync`` again.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
)

from cjm_desktop.layout.grid_layout import GridLayout, Metrics, layout_grid
from cjm_desktop.model.domain import Channel, ProjectState, Stage
from cjm_desktop.model.placement import PARKING_CELL, Cell, cell_orders
from ui.canvas import palette
from ui.canvas.grid_item import GridItem
from ui.canvas.lanes_item import LanesItem
from ui.canvas.note_item import NoteItem, note_height

METRICS = Metrics()
HeaderRef = tuple[type, int]  # (Stage or Channel, id)


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
        self._heights: dict[str, float] = {}  # note text -> height: measuring text is the slow part of a sync
        self.layout = GridLayout(METRICS)  # laid out by sync() below
        self.grid = GridItem(state, journey_id)
        self.addItem(self.grid)
        self.lanes = LanesItem(state, journey_id)
        self.addItem(self.lanes)
        self.cell_cursor = _outline(palette.CURSOR, 3, z=-0.5)
        self.drop_indicator = _outline(palette.DROP, 2, z=-0.4, fill=palette.DROP_FILL)
        self.insertion_line = _outline(palette.DROP, 0, z=DRAGGED_Z - 1, fill=palette.DROP)  # where a drop lands
        self.stage_marker = _outline(palette.CURSOR, 2, z=-0.6, fill=STAGE_MARK_FILL)  # a chosen stage's column
        for item in (self.cell_cursor, self.drop_indicator, self.insertion_line, self.stage_marker):
            self.addItem(item)
        self.stage_marker.hide()
        self.drop_indicator.hide()
        self.insertion_line.hide()
        self._current: Cell | None = None
        self._dragged: list[NoteItem] = []  # the selected notes when a press on a note began
        self._drop_cell: Cell | None = None
        self._drop_index: int | None = None
        self._marked_stage: int | None = None
        self._header_drag: tuple[HeaderRef, QPointF] | None = None
        self.setBackgroundBrush(QColor(palette.CANVAS))
        self.sync(state)

    # --- following the model -------------------------------------------------------
    def sync(self, state: ProjectState | None = None) -> None:
        """Lay the journey out again and update, add or remove note items."""
        self.state = state or self.state
        notes = {n.id: n for n in self.state.touchpoints(self.journey_id)}
        heights = {i: self._height(n.text) for i, n in notes.items()}
        above, below = self.lanes.measure(self.state, METRICS.column_width)
        self.layout = layout_grid(
            [s.id for s in self.state.stages(self.journey_id)],
            [c.id for c in self.state.channels(self.journey_id)],
            heights,
            cell_orders(self.state, self.journey_id),
            METRICS,
            lanes_above=above,
            lanes_below=below,
        )
        for note_id in set(self.notes) - set(notes):
            self.removeItem(self.notes.pop(note_id))
        for note_id, note in notes.items():
            rect = self.layout.notes[note_id]
            if item := self.notes.get(note_id):
                item.update_note(note, rect)
            else:
                item = self.notes[note_id] = NoteItem(note, rect, self.check_first_person)
                item.show_icons = self.grid.show_icons
                self.addItem(item)
        self.grid.set_layout(self.state, self.layout)
        self.lanes.set_layout(self.layout)
        margin = 40
        self.setSceneRect(-margin, -margin, self.layout.width + 2 * margin, self.layout.height + 2 * margin)
        self.set_current_cell(self._current if self._current in self.layout.cells or
                              self._current == PARKING_CELL else self.first_cell())
        self.mark_stage(self._marked_stage)  # the chosen stage's column follows the layout

    def _height(self, text: str) -> float:
        if text not in self._heights:
            if len(self._heights) > 20_000:  # texts edited away accumulate: start again
                self._heights.clear()
            self._heights[text] = note_height(QFontMetricsF(NoteItem.text_font()), text, METRICS.note_width)
        return self._heights[text]

    def show_icons(self) -> None:
        """Draw qtawesome icons from now on (called after the first paint)."""
        self.grid.show_icons = self.lanes.show_icons = True
        self.grid.update()
        self.lanes.update()
        for item in self.notes.values():
            item.show_icons = True
            item.update()

    def set_first_person_check(self, on: bool) -> None:
        self.check_first_person = on
        for item in self.notes.values():
            item.set_first_person_check(on)

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
        """The selected notes, in reading order."""
        selected = {item.note.id for item in self.selectedItems() if isinstance(item, NoteItem)}
        return [note_id for note_id in self.reading_order() if note_id in selected]

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
        return sum(item.not_first_person for item in self.notes.values())

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
        if cell != self._current:
            self._current = cell
            self.current_cell_changed.emit(cell)

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
            for item in self._dragged:  # the dragged notes pass over the others, never behind them
                item.setZValue(DRAGGED_Z)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._header_drag is not None:
            self._show_header_drop(self._header_drag, event.scenePos())
            return
        super().mouseMoveEvent(event)
        if self._dragged and event.buttons() & Qt.MouseButton.LeftButton:
            self._show_drop(event.scenePos())

    @property
    def dragging_notes(self) -> bool:
        """True while notes are being dragged (the view scrolls when the pointer nears its edges)."""
        return bool(self._dragged)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.drop_indicator.hide()
        self.insertion_line.hide()
        for item in self._dragged:
            item.setZValue(0)
        if self._header_drag is not None:
            self._finish_header_drag(self._header_drag, event.scenePos())
            return
        super().mouseReleaseEvent(event)
        moved, self._dragged, self._drop_cell = self._moved_notes(), [], None
        if moved:
            self._drop(moved, event.scenePos())

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
        if not any((item.pos().x(), item.pos().y()) != item.home for item in self._dragged):
            return []
        dragged = {item.note.id for item in self._dragged}
        return [note_id for note_id in self.reading_order() if note_id in dragged]

    def _show_drop(self, pos: QPointF) -> None:
        """Highlight the cell under the pointer and the line between notes where the drop lands
        (only when they change: a drag is many events)."""
        cell = self.layout.cell_at(pos.x(), pos.y())
        dragged = {item.note.id for item in self._dragged}
        index = None if cell is None else self.layout.insertion_index(cell, pos.x(), pos.y(), dragged)
        if (cell, index) == (self._drop_cell, self._drop_index) and self.drop_indicator.isVisible() == (
                cell is not None):
            return
        self._drop_cell, self._drop_index = cell, index
        rect = None if cell is None else self.layout.parking if cell == PARKING_CELL else self.layout.cells[cell]
        if rect is None or cell is None or index is None:
            self.drop_indicator.hide()
            self.insertion_line.hide()
            return
        self.drop_indicator.setRect(QRectF(rect.x + 2, rect.y + 2, rect.w - 4, rect.h - 4))
        self.drop_indicator.show()
        self._show_insertion_line(cell, index, dragged)

    def _show_insertion_line(self, cell: Cell, index: int, dragged: set[int]) -> None:
        """A bar across the cell between the note before the drop and the note after it."""
        others = [self.layout.notes[i] for i in self.layout.order.get(cell, []) if i not in dragged]
        if not others:
            self.insertion_line.hide()  # an empty cell: the highlighted cell says it all
            return
        if index < len(others):
            following = others[index]
            y, x = following.y - METRICS.gap / 2, following.x
        else:
            last = others[-1]
            y, x = last.bottom + METRICS.gap / 2, last.x
        self.insertion_line.setRect(QRectF(x, y - 2, METRICS.note_width, 4))
        self.insertion_line.show()

    def _drop(self, ids: list[int], pos: QPointF) -> None:
        cell = self.layout.cell_at(pos.x(), pos.y())
        if cell is None:  # dropped on a header or outside: back where they were
            self.sync()
            return
        self.set_current_cell(cell)
        self.move_requested.emit(ids, cell, self.layout.insertion_index(cell, pos.x(), pos.y(), set(ids)))

    # --- dragging a header reorders stages or channels ------------------------------------
    def _header_target(self, drag: tuple[HeaderRef, QPointF], pos: QPointF) -> tuple[type, int, int] | None:
        (cls, item_id), start = drag
        rects = self.layout.columns if cls is Stage else self.layout.rows
        ids = list(rects)
        if (abs(pos.x() - start.x()) if cls is Stage else abs(pos.y() - start.y())) < 8:
            return None
        centre = [(rects[i].x + rects[i].w / 2) if cls is Stage else (rects[i].y + rects[i].h / 2) for i in ids]
        coordinate = pos.x() if cls is Stage else pos.y()
        others = [c for i, c in zip(ids, centre, strict=True) if i != item_id]
        index = sum(c < coordinate for c in others)
        return cls, item_id, index

    def _show_header_drop(self, drag: tuple[HeaderRef, QPointF], pos: QPointF) -> None:
        target = self._header_target(drag, pos)
        if target is None:
            self.drop_indicator.hide()
            return
        cls, _, index = target
        rects = self.layout.columns if cls is Stage else self.layout.rows
        ordered = [r for i, r in rects.items() if i != target[1]]
        if cls is Stage:
            x = ordered[index].x if index < len(ordered) else ordered[-1].right if ordered else 0
            self.drop_indicator.setRect(QRectF(x - 3, 0, 6, self.layout.height))
        else:
            y = ordered[index].y if index < len(ordered) else ordered[-1].bottom if ordered else 0
            self.drop_indicator.setRect(QRectF(0, y - 3, self.layout.width, 6))
        self.drop_indicator.show()

    def _finish_header_drag(self, drag: tuple[HeaderRef, QPointF], pos: QPointF) -> None:
        (cls, item_id), _ = drag
        target = self._header_target(drag, pos)
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


def _outline(color: str, width: float, z: float, fill: str | None = None) -> QGraphicsRectItem:
    item = QGraphicsRectItem()
    item.setPen(QPen(QColor(color), width))
    item.setBrush(QColor(fill) if fill else Qt.BrushStyle.NoBrush)
    item.setZValue(z)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item
