"""The scene of one journey: the grid (drawn by one item) and a dumb item per note.

The scene follows the model: ``rebuild`` lays the journey out with the core's pure
``grid_layout`` and (re)creates the items; notes are kept in a note-id → item map.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from cjm_desktop.domain import ProjectState, Touchpoint
from cjm_desktop.grid_layout import GridLayout, Metrics, layout_grid
from cjm_desktop.placement import PARKING_CELL, cell_orders

from . import icons, palette
from .note_item import NoteItem, note_height

METRICS = Metrics()


def header_font(pixel_size: int = 15, bold: bool = True) -> QFont:
    font = QFont()
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


class GridItem(QGraphicsItem):
    """Phase band, stage and channel headers, cell borders and the parking area."""

    def __init__(self, state: ProjectState, journey_id: int, layout: GridLayout) -> None:
        super().__init__()
        self.state, self.journey_id, self.layout = state, journey_id, layout
        self.show_icons = False
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return QRectF(0, 0, self.layout.width + 1, self.layout.height + 1)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_phases(painter)
        self._paint_stages(painter)
        self._paint_channels(painter)
        self._paint_cells(painter)
        self._paint_parking(painter)

    def _paint_phases(self, painter: QPainter) -> None:
        m = self.layout.metrics
        stages = self.state.stages(self.journey_id)
        painter.setFont(header_font(13, bold=True))
        start = 0
        for index in range(1, len(stages) + 1):
            if index < len(stages) and stages[index].phase == stages[start].phase:
                continue
            first, last = self.layout.columns[stages[start].id], self.layout.columns[stages[index - 1].id]
            band = QRectF(first.x + 2, 2, last.right - first.x - 4, m.phase_height - 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(palette.PHASE_COLORS[stages[start].phase]))
            painter.drawRoundedRect(band, 6, 6)
            painter.setPen(QColor(palette.INK))
            label = QCoreApplication.translate("Phase", palette.PHASE_LABELS[stages[start].phase])
            painter.drawText(band, Qt.AlignmentFlag.AlignCenter, label.upper())
            start = index

    def _paint_stages(self, painter: QPainter) -> None:
        painter.setFont(header_font(16))
        for stage in self.state.stages(self.journey_id):
            rect = self.layout.columns[stage.id]
            box = QRectF(rect.x + 2, rect.y + 2, rect.w - 4, rect.h - 4)
            painter.setPen(QPen(QColor(palette.GRID_LINE), 1))
            painter.setBrush(QColor(palette.HEADER_FILL))
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(QColor(palette.INK))
            painter.drawText(box.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             stage.name)  # fmt: skip

    def _paint_channels(self, painter: QPainter) -> None:
        painter.setFont(header_font(15))
        for channel in self.state.channels(self.journey_id):
            rect = self.layout.rows[channel.id]
            box = QRectF(rect.x + 2, rect.y + 2, rect.w - 4, rect.h - 4)
            painter.setPen(QPen(QColor(palette.GRID_LINE), 1))
            painter.setBrush(QColor(palette.HEADER_FILL))
            painter.drawRoundedRect(box, 6, 6)
            text_left = box.x() + 12
            if self.show_icons:
                icons.named(channel.icon or icons.ICONS["channel_default"]).paint(
                    painter, int(box.x() + 10), int(box.y() + 12), 26, 26)  # fmt: skip
                text_left = box.x() + 44
            painter.setPen(QColor(palette.INK))
            text_box = QRectF(text_left, box.y() + 8, box.right() - text_left - 8, box.height() - 16)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, channel.name)  # fmt: skip

    def _paint_cells(self, painter: QPainter) -> None:
        painter.setPen(QPen(QColor(palette.GRID_LINE), 1, Qt.PenStyle.SolidLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for cell, rect in self.layout.cells.items():
            painter.drawRect(QRectF(rect.x, rect.y, rect.w, rect.h))

    def _paint_parking(self, painter: QPainter) -> None:
        rect = self.layout.parking
        box = QRectF(rect.x, rect.y, rect.w, rect.h)
        painter.setPen(QPen(QColor("#90a4ae"), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor("#f3f5f6"))
        painter.drawRoundedRect(box, 10, 10)
        painter.setFont(header_font(15))
        painter.setPen(QColor(palette.INK))
        title = QCoreApplication.translate("JourneyScene", "To sort — notes not placed yet")
        painter.drawText(box.adjusted(14, 8, -14, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)


class JourneyScene(QGraphicsScene):
    """One journey's grid and notes, rebuilt from the document's state."""

    def __init__(self, state: ProjectState, journey_id: int) -> None:
        super().__init__()
        self.state, self.journey_id = state, journey_id
        self.notes: dict[int, NoteItem] = {}
        self.grid: GridItem | None = None
        self.layout: GridLayout | None = None
        self.setBackgroundBrush(QColor(palette.CANVAS))
        self.rebuild()

    def rebuild(self) -> None:
        """Lay the journey out again and recreate its items."""
        self.clear()
        self.notes.clear()
        notes = {n.id: n for n in self.state.touchpoints(self.journey_id)}
        metrics = QFontMetricsF(NoteItem.text_font())
        heights = {i: note_height(metrics, n.text, METRICS.note_width) for i, n in notes.items()}
        self.layout = layout_grid(
            [s.id for s in self.state.stages(self.journey_id)],
            [c.id for c in self.state.channels(self.journey_id)],
            heights,
            cell_orders(self.state, self.journey_id),
            METRICS,
        )
        self.grid = GridItem(self.state, self.journey_id, self.layout)
        self.addItem(self.grid)
        for note_id, note in notes.items():
            item = NoteItem(note, self.layout.notes[note_id])
            self.addItem(item)
            self.notes[note_id] = item
        margin = 40
        self.setSceneRect(-margin, -margin, self.layout.width + 2 * margin, self.layout.height + 2 * margin)

    def show_icons(self) -> None:
        """Draw qtawesome icons from now on (called after the first paint)."""
        if self.grid is not None:
            self.grid.show_icons = True
            self.grid.update()
        for item in self.notes.values():
            item.show_icons = True
            item.update()

    def note_count(self) -> int:
        return len(self.notes)

    def parked(self) -> list[Touchpoint]:
        return self.state.cell(self.journey_id, *PARKING_CELL)
