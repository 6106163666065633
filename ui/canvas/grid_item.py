"""The grid of a journey, drawn by one item: phase band, stage and channel headers, cell
borders, the parking area « À classer » and, on a target journey, the « Parcours cible » band.

Titles drawn in a box of their own (the parking area's, the lanes') are wrapped here, in a little
less than their box (``title_lines``), then drawn line by line without clipping: at another zoom,
or in a PNG, hinted glyphs are a little wider, never cut."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjm_desktop.layout.grid_layout import GridGeometry, GridLayout, Metrics, Rect
from cjm_desktop.model.domain import Journey, JourneyKind, ProjectState
from ui.canvas import palette
from ui.widgets import icons
from ui.widgets.journey_labels import wrap_text

TITLE_ROOM = 0.97  # titles are wrapped in 97 % of their box's width: hinted glyphs are up to 3 % wider at other zooms
SMALLEST_TITLE = 11  # pixels: a title shrinks down to this size to fit its box, then wraps anyway
TARGET_INK, TARGET_FILL = "#3949ab", "#e8eaf6"  # the « Parcours cible » band, top left
TARGET_CANVAS = "#f2f3fb"  # a target journey's background (the view's), a discreet tint of the band's colour


def header_font(pixel_size: int = 15, bold: bool = True) -> QFont:
    font = QFont()
    font.setPixelSize(pixel_size)
    font.setBold(bold)
    return font


def title_lines(text: str, font: QFont, width: float) -> list[str]:
    """``text`` wrapped to fit ``width`` (with room to spare, see TITLE_ROOM)."""
    return wrap_text(text, font, width * TITLE_ROOM)


@lru_cache(maxsize=1024)
def fit_title(text: str, pixel_size: int, width: float, height: float, bold: bool = True) -> tuple[QFont, list[str]]:
    """The largest font (``pixel_size`` down to SMALLEST_TITLE) in which ``text``, wrapped, fits
    ``width`` × ``height``, and its lines (remembered: a repaint does not wrap titles again; do not
    change what it returns)."""
    for size in range(pixel_size, SMALLEST_TITLE - 1, -1):
        font = header_font(size, bold)
        lines = title_lines(text, font, width)
        if len(lines) * QFontMetricsF(font).lineSpacing() <= height:
            break
    return font, lines


def draw_lines(painter: QPainter, font: QFont, lines: list[str], x: float, y: float) -> None:
    """``lines`` from (x, y) down, top-left aligned; never clipped, never wrapped again."""
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    for index, line in enumerate(lines):
        painter.drawText(QPointF(x, y + metrics.ascent() + index * metrics.lineSpacing()), line)


def roomy_bounds(current: QRectF, needed: QRectF) -> QRectF | None:
    """New bounds for an item as big as the map whose drawing now needs ``needed``, or None to keep
    ``current``: Qt re-indexes such an item in milliseconds, so its bounds grow with a quarter to
    spare (and shrink once twice too big) instead of changing at every edit that grows a row."""
    if needed.isEmpty():
        return None if current.isEmpty() else QRectF()
    if current.contains(needed) and current.height() <= 2 * needed.height() + 1:
        return None
    return needed.adjusted(0, 0, needed.width() / 4, needed.height() / 4)


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
        self.layout: GridGeometry | None = None
        self._bounds = QRectF()
        self.show_icons = False
        self.setZValue(-1)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # a repaint under notes copies pixels

    def set_layout(self, state: ProjectState, layout: GridGeometry) -> None:
        if (bounds := roomy_bounds(self._bounds, QRectF(0, 0, layout.width + 1, layout.height + 1))) is not None:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.state, self.layout = state, layout
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

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
        self._paint_target_band(painter, layout)

    def paint_pinned_headers(self, painter: QPainter, shown: QRectF) -> None:
        """Stage headers along the top and channel names along the left of ``shown`` (the part of the
        scene a view shows) when the map is scrolled past them: they stay readable wherever one looks."""
        layout = self.layout
        if layout is None:
            return
        m = layout.metrics
        top, left = shown.top(), shown.left()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if left > 0:  # the channel names have scrolled off to the left
            painter.save()
            painter.translate(left, 0)
            band = QRectF(0, max(top, 0), m.header_width, shown.height())
            painter.setClipRect(band)
            painter.fillRect(band, QColor(palette.CANVAS))
            self._paint_channels(painter, layout)
            painter.setPen(QPen(QColor(palette.GRID_LINE), 2))
            painter.drawLine(QPointF(m.header_width, band.top()), QPointF(m.header_width, band.bottom()))
            painter.restore()
        header_bottom = m.phase_height + m.stage_height
        if top > 0:  # the stage headers have scrolled off the top
            painter.save()
            painter.translate(0, top)
            band = QRectF(max(left, 0), 0, shown.width(), header_bottom)
            painter.setClipRect(band)
            painter.fillRect(band, QColor(palette.CANVAS))
            self._paint_phases(painter, layout, QRectF(left + m.header_width, 0, shown.width() - m.header_width,
                                                       header_bottom))
            self._paint_stages(painter, layout)
            painter.setPen(QPen(QColor(palette.GRID_LINE), 2))
            painter.drawLine(QPointF(band.left(), header_bottom), QPointF(band.right(), header_bottom))
            painter.restore()
        if left > 0 and top > 0:  # the corner both bands meet in
            painter.fillRect(QRectF(left, top, m.header_width, header_bottom), QColor(palette.CANVAS))

    def _paint_phases(self, painter: QPainter, layout: GridGeometry, shown: QRectF | None = None) -> None:
        """The phase bands; each label centred in the part of its band ``shown`` (a view's, when pinned)."""
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
            text_box = band if shown is None else band.intersected(QRectF(shown.left(), band.top(), shown.width(),
                                                                          band.height()))
            painter.drawText(text_box if text_box.width() > 40 else band, Qt.AlignmentFlag.AlignCenter,
                             label.upper())
            start = index

    def _paint_stages(self, painter: QPainter, layout: GridGeometry) -> None:
        painter.setFont(header_font(16))
        for stage in self.state.stages(self.journey_id):
            box = _header_box(painter, layout.columns[stage.id])
            painter.setPen(QColor(palette.INK))
            painter.drawText(box.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             stage.name)

    def _paint_channels(self, painter: QPainter, layout: GridGeometry) -> None:
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

    def _paint_cells(self, painter: QPainter, layout: GridGeometry) -> None:
        painter.setPen(QPen(QColor(palette.GRID_LINE), 1, Qt.PenStyle.SolidLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in layout.cells.values():
            painter.drawRect(QRectF(rect.x, rect.y, rect.w, rect.h))

    def _paint_parking(self, painter: QPainter, layout: GridGeometry) -> None:
        rect = layout.parking
        box = QRectF(rect.x, rect.y, rect.w, rect.h)
        painter.setPen(QPen(QColor("#90a4ae"), 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(QColor("#f3f5f6"))
        painter.drawRoundedRect(box, 10, 10)
        title_box, font, lines = self.parking_title()
        painter.setPen(QColor(palette.INK))
        draw_lines(painter, font, lines, title_box.x(), title_box.y())

    def parking_title(self) -> tuple[QRectF, QFont, list[str]]:
        """Where the parking area's title goes, its font and its lines: on one line when it fits,
        else smaller and on two (a blank template's parking area is one column wide)."""
        layout = self.layout or GridLayout(Metrics())
        rect = layout.parking
        box = QRectF(rect.x + 14, rect.y + 8, rect.w - 28, layout.metrics.parking_title - 8)  # above its notes
        title = QCoreApplication.translate("JourneyScene", "To sort — notes not placed yet")
        font, lines = fit_title(title, 15, box.width(), box.height())
        return box, font, lines

    def is_target(self) -> bool:
        journey = self.state.get(Journey, self.journey_id)
        return journey is not None and journey.kind is JourneyKind.TARGET

    def target_band(self) -> QRectF | None:
        """Where a target journey says so, top left (over the channel names); None on a current journey."""
        if self.layout is None or not self.is_target():
            return None
        m = self.layout.metrics
        return QRectF(2, 2, m.header_width - 4, m.phase_height - 4)

    def _paint_target_band(self, painter: QPainter, layout: GridGeometry) -> None:
        band = self.target_band()
        if band is None:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TARGET_FILL))
        painter.drawRoundedRect(band, 6, 6)
        left = band.x() + 10
        if self.show_icons:
            icons.icon("journey_target", TARGET_INK).paint(painter, int(left), int(band.center().y() - 8), 16, 16)
            left += 22
        font, lines = fit_title(self.target_text().upper(), 13, band.right() - left - 6, band.height(), bold=True)
        painter.setPen(QColor(TARGET_INK))
        draw_lines(painter, font, lines[:1], left, band.center().y() - QFontMetricsF(font).height() / 2)

    @staticmethod
    def target_text() -> str:
        return QCoreApplication.translate("JourneyMenu", "Target journey")
