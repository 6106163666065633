"""One row of the map (a channel's, or the « À classer » area's): an item that holds the row's
notes as its children.

A row that moves (a row above grew, a lane opened) is then one ``setPos`` whatever it holds, and
clipping to the row lets Qt's scene index skip the notes of rows out of view. The row draws nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget


class RowItem(QGraphicsItem):
    """A row's frame: its notes are its children, placed from the row's top-left corner."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        self._rect = QRectF()

    def set_frame(self, top: float, width: float, height: float) -> None:
        """Put the row at ``top``, ``width`` × ``height`` (its notes come along)."""
        if (self._rect.width(), self._rect.height()) != (width, height):
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, width, height)
        if self.y() != top:
            self.setPos(0, top)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect

    def paint(self, _painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        pass  # ItemHasNoContents: never called
