"""The grid of a journey, drawn by one item: phase band, stage and channel headers, cell
borders and the parking area « À classer »."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjm_desktop.layout.grid_layout import GridLayout, Rect
from cjm_desktop.model.domain import ProjectState
from ui.canvas import palette
from ui.widgets import icons


def header_font(pixel_size: int = 15, bold: bool = True) -> QFont:
    font = QFont()
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


def _header_box(painter: QPainter, rect: Rect) -> QRectF:
    """Draw the rounded box of a stage or channel header; return it (for its text)."""
    box = QRectF(rect.x + 2, rect.y + 2, rect.w - 4, rect.h - 4)
    painter.setPen(QPen(QColor(palette.GRID_LINE), 1))
    painter.setBrush(QColor(palette.HEADER_FILL))
    painter.drawRoundedRect(box, 6, 6)
    return box


class GridItem(QGraphicsItem):
    """Draws the grid from a layout computed by the scene (``set_layout``)."""

    def __init__(self, state: ProjectState, journey_id: int) -> None:
        super().__init__()
        self.state, self.journey_id = state, journey_id
        self.layout: GridLayout | None = None
        self.show_icons = False
        self.setZValue(-1)

    def set_layout(self, state: ProjectState, layout: GridLayout) -> None:
        self.prepareGeometryChange()
        self.state, self.layout = state, layout
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        if self.layout is None:
            return QRectF()
        return QRectF(0, 0, self.layout.width + 1, self.layout.height + 1)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        layout = self.layout
        if layout is None:  # nothing to draw before the scene's first layout
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_phases(painter, layout)
        self._paint_stages(painter, layout)
        self._paint_channels(painter, layout)
        self._paint_cells(painter, layout)
        self._paint_parking(painter, layout)

    def _paint_phases(self, painter: QPainter, layout: GridLayout) -> None:
        m = layout.metrics
        stages = self.state.stages(self.journey_id)
        painter.setFont(header_font(13, bold=True))
        start = 0
        for index in range(1, len(stages) + 1):
            if index < len(stages) and stages[index].phase == stages[start].phase:
                continue
            first, last = layout.columns[stages[start].id], layout.columns[stages[index - 1].id]
            band = QRectF(first.x + 2, 2, last.right - first.x - 4, m.phase_height - 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(palette.PHASE_COLORS[stages[start].phase]))
            painter.drawRoundedRect(band, 6, 6)
            painter.setPen(QColor(palette.INK))
            label = QCoreApplication.translate("Phase", palette.PHASE_LABELS[stages[start].phase])
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, label.upper())
            start = index

    def _paint_stages(self, painter: QPainter, layout: GridLayout) -> None:
        painter.setFont(header_font(16))
        for stage in self.state.stages(self.journey_id):
            box = _header_box(painter, layout.columns[stage.id])
            painter.setPen(QColor(palette.INK))
            painter.drawText(box.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             stage.name)

    def _paint_channels(self, painter: QPainter, layout: GridLayout) -> None:
        painter.setFont(header_font(15))
        for channel in self.state.channels(self.journey_id):
            box = _header_box(painter, layout.rows[channel.id])
            text_left = box.x() + 12
            if self.show_icons:
                icons.named(channel.icon or icons.ICONS["channel_default"]).paint(
                    painter, int(box.x() + 10), int(box.y() + 12), 26, 26)
                text_left = box.x() + 44
            painter.setPen(QColor(palette.INK))
            text_box = QRectF(text_left, box.y() + 8, box.right() - text_left - 8, box.height() - 16)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, channel.name)

    def _paint_cells(self, painter: QPainter, layout: GridLayout) -> None:
        painter.setPen(QPen(QColor(palette.GRID_LINE), 1, Qt.PenStyle.SolidLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in layout.cells.values():
            painter.drawRect(QRectF(rect.x, rect.y, rect.w, rect.h))

    def _paint_parking(self, painter: QPainter, layout: GridLayout) -> None:
        rect = layout.parking
        box = QRectF(rect.x, rect.y, rect.w, rect.h)
        painter.setPen(QPen(QColor("#90a4ae"), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor("#f3f5f6"))
        painter.drawRoundedRect(box, 10, 10)
        painter.setFont(header_font(15))
        painter.setPen(QColor(palette.INK))
        title = QCoreApplication.translate("JourneyScene", "To sort — notes not placed yet")
        painter.drawText(box.adjusted(14, 8, -14, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
