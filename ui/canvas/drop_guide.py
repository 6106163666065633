"""Where a drag would land, shown on the scene: the cell highlighted and the bar between notes for dragged notes,
the bar between columns or rows for a dragged stage or channel header. The scene decides what is dragged; this
module only computes targets and draws them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from cjm_desktop.layout.grid_layout import Metrics
from cjm_desktop.layout.live_layout import LiveLayout
from cjm_desktop.model.domain import Stage
from cjm_desktop.model.placement import PARKING_CELL, Cell
from ui.canvas import palette

HeaderRef = tuple[type, int]  # (Stage or Channel, id)
HEADER_DRAG_START = 8.0  # scene units the pointer travels before a press on a header becomes a drag


def outline(color: str, width: float, z: float, fill: str | None = None) -> QGraphicsRectItem:
    """A rectangle drawn over the grid that never catches the mouse."""
    item = QGraphicsRectItem()
    item.setPen(QPen(QColor(color), width))
    item.setBrush(QColor(fill) if fill else Qt.BrushStyle.NoBrush)
    item.setZValue(z)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    return item


def header_target(layout: LiveLayout, drag: tuple[HeaderRef, QPointF], pos: QPointF) -> tuple[type, int, int] | None:
    """(Stage or Channel, id, new index) when the header dragged from ``drag`` is dropped at ``pos``; None while
    the pointer has hardly moved (a click)."""
    (cls, item_id), start = drag
    rects = layout.columns if cls is Stage else layout.rows
    ids = list(rects)
    if (abs(pos.x() - start.x()) if cls is Stage else abs(pos.y() - start.y())) < HEADER_DRAG_START:
        return None
    centre = [(rects[i].x + rects[i].w / 2) if cls is Stage else (rects[i].y + rects[i].h / 2) for i in ids]
    coordinate = pos.x() if cls is Stage else pos.y()
    others = [c for i, c in zip(ids, centre, strict=True) if i != item_id]
    return cls, item_id, sum(c < coordinate for c in others)


class DropGuide:
    """The two marks of a drag, added to ``scene``: ``indicator`` (a cell, or a bar between headers) and ``line``
    (the bar between notes where dropped notes land, drawn just under the dragged notes at ``line_z``)."""

    def __init__(self, scene: QGraphicsScene, metrics: Metrics, line_z: float) -> None:
        self.metrics = metrics
        self.indicator = outline(palette.DROP, 2, z=-0.4, fill=palette.DROP_FILL)
        self.line = outline(palette.DROP, 0, z=line_z, fill=palette.DROP)
        for item in (self.indicator, self.line):
            scene.addItem(item)
            item.hide()
        self._shown: tuple[Cell | None, int | None] = (None, None)

    def hide(self) -> None:
        self.indicator.hide()
        self.line.hide()
        self._shown = (None, None)

    def show_notes_drop(self, layout: LiveLayout, pos: QPointF, dragged: set[int]) -> None:
        """Highlight the cell under the pointer and the line between notes where the drop lands (only when they
        change: a drag is many events)."""
        cell = layout.cell_at(pos.x(), pos.y())
        index = None if cell is None else layout.insertion_index(cell, pos.x(), pos.y(), dragged)
        if (cell, index) == self._shown and self.indicator.isVisible() == (cell is not None):
            return
        self._shown = (cell, index)
        rect = None if cell is None else layout.parking if cell == PARKING_CELL else layout.cells[cell]
        if rect is None or cell is None or index is None:
            self.indicator.hide()
            self.line.hide()
            return
        self.indicator.setRect(QRectF(rect.x + 2, rect.y + 2, rect.w - 4, rect.h - 4))
        self.indicator.show()
        self._show_line(layout, cell, index, dragged)

    def _show_line(self, layout: LiveLayout, cell: Cell, index: int, dragged: set[int]) -> None:
        """A bar between the note before the drop and the note after it (across the cell, or upright between two
        notes of a row)."""
        others = [layout.notes[i] for i in layout.order.get(cell, []) if i not in dragged]
        if not others:
            self.line.hide()  # an empty cell: the highlighted cell says it all
            return
        m = self.metrics
        if layout.flows(cell):  # notes in rows: a bar between two notes of a row
            beside = others[index] if index < len(others) else others[-1]
            x = beside.x - m.padding if index < len(others) else beside.right + m.padding
            self.line.setRect(QRectF(x - 2, beside.y, 4, beside.h))
        else:
            if index < len(others):
                following = others[index]
                y, x = following.y - m.gap / 2, following.x
            else:
                last = others[-1]
                y, x = last.bottom + m.gap / 2, last.x
            self.line.setRect(QRectF(x, y - 2, m.note_width, 4))
        self.line.show()

    def show_header_drop(self, layout: LiveLayout, drag: tuple[HeaderRef, QPointF], pos: QPointF) -> None:
        """The bar between two columns (stages) or rows (channels) where the dragged header lands."""
        target = header_target(layout, drag, pos)
        if target is None:
            self.indicator.hide()
            return
        cls, item_id, index = target
        rects = layout.columns if cls is Stage else layout.rows
        ordered = [r for i, r in rects.items() if i != item_id]
        if cls is Stage:
            x = ordered[index].x if index < len(ordered) else ordered[-1].right if ordered else 0
            self.indicator.setRect(QRectF(x - 3, 0, 6, layout.height))
        else:
            y = ordered[index].y if index < len(ordered) else ordered[-1].bottom if ordered else 0
            self.indicator.setRect(QRectF(0, y - 3, layout.width, 6))
        self.indicator.show()
