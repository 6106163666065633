"""Driving a journey canvas like a person: points in viewport coordinates, drags made of
several moves, text typed key by key (accents and emoji included)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from cjm_desktop.model.placement import PARKING_CELL

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def at(view, x: float, y: float) -> QPoint:
    """A scene point, in viewport coordinates (scrolled into view first)."""
    view.ensureVisible(x - 5, y - 5, 10, 10, 60, 60)
    return view.mapFromScene(QPointF(x, y))


def note_centre(view, scene, note_id: int) -> QPoint:
    r = scene.layout.notes[note_id]
    return at(view, r.x + r.w / 2, r.y + 20)


def cell_spot(view, scene, cell, below_notes: bool = True) -> QPoint:
    """An empty spot of a cell: below its last note (or near its top when empty)."""
    r = scene.layout.cells[cell] if cell != PARKING_CELL else scene.layout.parking
    order = scene.layout.order.get(cell, [])
    y = scene.layout.notes[order[-1]].bottom + 6 if order and below_notes else r.y + 8
    return at(view, r.x + r.w / 2, min(y, r.bottom - 4))


def drag(qtbot, view, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, LEFT, modifier, start)
    for step in range(1, 6):  # several move events, like a hand
        qtbot.mouseMove(viewport, start + (end - start) * step / 5)
    qtbot.mouseRelease(viewport, LEFT, modifier, end)


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII: accents, « » and emoji too)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def empty_cell(scene):
    return next(cell for cell in scene.layout.cells if not scene.layout.order.get(cell))
