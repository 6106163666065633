"""The heat-map of a voting session on a journey's grid: each cell tinted by the dots its notes got (the
most voted cell the darkest), under the notes, with a legend above the grid's top-left corner.

It reads the cells' rectangles from the scene's layout (``GridGeometry``) and is placed again after every
edit by the voting dock; it takes no click (the notes under it stay the canvas's)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjm_desktop.layout.grid_layout import GridGeometry, Rect
from cjm_desktop.model.placement import PARKING_CELL, Cell

LOW, HIGH = QColor("#ffe082"), QColor("#d84315")  # one dot: pale amber; the most: deep orange
STEPS = 5  # swatches in the legend
LEGEND_HEIGHT = 26.0
Z = -0.7  # above the grid's lines (-1), under the current cell's frame and the notes


def heat_color(intensity: float) -> QColor:
    """The tint of a cell holding ``intensity`` (0 < i ≤ 1) of the busiest cell's dots."""
    i = max(0.0, min(1.0, intensity))
    color = QColor.fromRgbF(LOW.redF() + (HIGH.redF() - LOW.redF()) * i,
                            LOW.greenF() + (HIGH.greenF() - LOW.greenF()) * i,
                            LOW.blueF() + (HIGH.blueF() - LOW.blueF()) * i)
    color.setAlphaF(0.45 + 0.4 * i)
    return color


def _font() -> QFont:
    font = QFont()
    font.setPixelSize(13)
    font.setBold(True)
    return font


class HeatMapItem(QGraphicsItem):
    """Tints the cells of one journey's grid by dots (``set_heat``)."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.dots: dict[Cell, int] = {}
        self.rects: dict[Cell, QRectF] = {}
        self.legend = ""
        self._bounds = QRectF()

    @property
    def most(self) -> int:
        return max(self.dots.values(), default=0)

    @property
    def intensities(self) -> dict[Cell, float]:
        """Each tinted cell's share of the busiest cell's dots (1.0 for the busiest)."""
        most = self.most
        return {cell: dots / most for cell, dots in self.dots.items()} if most else {}

    def set_heat(self, layout: GridGeometry, dots: Mapping[Cell, int], legend: str) -> None:
        """Tint the cells of ``layout`` by ``dots`` (cells without dots stay as they are); ``legend`` titles
        the scale drawn above the grid."""
        self.dots = {cell: n for cell, n in dots.items() if n > 0 and _rect_of(layout, cell) is not None}
        self.rects = {cell: _qrect(rect) for cell in self.dots if (rect := _rect_of(layout, cell)) is not None}
        self.legend = legend
        bounds = self._legend_rect()
        for shape in self.rects.values():
            bounds = bounds.united(shape)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.setVisible(True)
        self.update()

    def _legend_rect(self) -> QRectF:
        metrics = QFontMetricsF(_font())
        width = metrics.horizontalAdvance(self.legend) + 16 + STEPS * 22 + 60
        return QRectF(0, -LEGEND_HEIGHT - 8, width, LEGEND_HEIGHT)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for cell, rect in self.rects.items():
            intensity = self.dots[cell] / self.most
            color = heat_color(intensity)
            painter.setPen(QPen(color.darker(115), 3))
            painter.setBrush(color)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        self._paint_legend(painter)

    def _paint_legend(self, painter: QPainter) -> None:
        box = self._legend_rect()
        painter.setPen(QPen(QColor("#b0bec5"), 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(box, 6, 6)
        font = _font()
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(QColor("#37474f"))
        baseline = box.top() + (box.height() + metrics.ascent() - metrics.descent()) / 2
        x = box.left() + 8
        painter.drawText(QPointF(x, baseline), self.legend)
        x += metrics.horizontalAdvance(self.legend) + 8
        painter.drawText(QPointF(x, baseline), "1")
        x += metrics.horizontalAdvance("1") + 4
        for step in range(STEPS):
            swatch = QRectF(x, box.top() + 6, 20, box.height() - 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(heat_color((step + 1) / STEPS))
            painter.drawRect(swatch)
            x += 22
        painter.setPen(QColor("#37474f"))
        painter.drawText(QPointF(x + 2, baseline), str(max(self.most, 1)))


def _rect_of(layout: GridGeometry, cell: Cell) -> Rect | None:
    return layout.parking if cell == PARKING_CELL else layout.cells.get(cell)


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)
