"""The stage-detail lanes of a journey, drawn by one item: customer goal, nominal duration,
KPIs, listening devices and departments above the grid, the emotion curve under it.

The scene asks ``measure`` how much room the lanes need (texts are measured with Qt's fonts),
lays the grid out with that room, then gives the layout to ``set_layout``; the geometry
itself is the core's (``cjm_desktop.lanes_layout``). Clicks go through to the scene.
"""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjm_desktop.layout.grid_layout import GridGeometry, Metrics
from cjm_desktop.layout.lanes_layout import (
    EMOTION,
    LaneMetrics,
    LanesLayout,
    curve_points,
    curve_runs,
    lane_height,
    layout_lanes,
    smooth_path,
    value_y,
    visible_lanes,
)
from cjm_desktop.model.domain import Journey, ProjectState
from cjm_desktop.queries.emotions import StageEmotion, emotion_curve
from cjm_desktop.queries.listening import SUGGESTED
from cjm_desktop.queries.stage_details import LaneBlock, details_of, kpis_of, lane_blocks
from ui.canvas import palette
from ui.canvas.grid_item import draw_lines, roomy_bounds, title_lines
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets import icons

LANE_METRICS = LaneMetrics()
LANE_TITLES = {
    "goal": QT_TRANSLATE_NOOP("Lanes", "Customer goal"),
    "duration": QT_TRANSLATE_NOOP("Lanes", "Nominal duration"),
    "kpis": QT_TRANSLATE_NOOP("Lanes", "KPIs"),
    "listening": QT_TRANSLATE_NOOP("Lanes", "Listening devices"),
    "departments": QT_TRANSLATE_NOOP("Lanes", "Departments involved"),
    "emotion": QT_TRANSLATE_NOOP("Lanes", "Emotion curve"),
}
DEVICE_LABELS = {
    "questionnaire": QT_TRANSLATE_NOOP("Listening", "Questionnaire"),
    "heatmaps": QT_TRANSLATE_NOOP("Listening", "Heatmaps"),
    "omnichannel_data": QT_TRANSLATE_NOOP("Listening", "Omnichannel data"),
    "interviews": QT_TRANSLATE_NOOP("Listening", "Qualitative interviews"),
}
assert set(DEVICE_LABELS) == set(SUGGESTED)
LANE_FILL, LANE_HEADER_FILL, LANE_EDGE = "#ffffff", "#e3ecf6", "#c5d3e3"
MUTED = "#607d8b"
CURVE = "#3949ab"
POSITIVE, NEGATIVE, NEUTRAL = "#2e7d32", "#c62828", "#546e7a"
TEXT_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
TITLE_LEFT, TITLE_TOP = 34.0, 8.0  # a title from its header box's corner, after the lane's icon
SCALE_ROOM = 34.0  # right of the emotion lane's title: its scale (+2 … −2)

Block = LaneBlock  # (text, style)


@cache
def _font(style: str) -> QFont:
    font = QFont()
    font.setPixelSize({"small": 12, "title": 14}.get(style, 14))
    font.setBold(style in ("strong", "title"))
    return font


def device_label(device: str) -> str:
    """A listening device as the user reads it (a suggested one translated, another as typed)."""
    return QCoreApplication.translate("Listening", DEVICE_LABELS[device]) if device in DEVICE_LABELS else device


def emotion_text(value: float) -> str:
    """« +1,5 », « −0,3 », « 0 »: signed, one decimal, in the user's locale."""
    rounded = round(value, 1)
    if rounded == 0:
        return "0"
    return ("+" if rounded > 0 else "−") + QLocale().toString(abs(rounded), "f", 1)


def _kpi_part(key: str, value: str) -> str:
    """« cible 3 % », « alerte 1 % »: a KPI's target or alert threshold, in the user's language."""
    words = {"target": QCoreApplication.translate("Lanes", "target %1"),
             "alert": QCoreApplication.translate("Lanes", "alert %1")}
    return words[key].replace("%1", value)


@lru_cache(maxsize=4096)  # a sync measures every cell again: most texts have not changed
def _block_height(text: str, style: str, width: float) -> float:
    """The height of a line of a lane cell, with the space under it."""
    metrics = QFontMetricsF(_font(style))
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), TEXT_FLAGS, text).height() + _space_after(style)


def _space_after(style: str) -> float:
    return 6.0 if style == "small" else 2.0


def lane_title(lane: str) -> str:
    return QCoreApplication.translate("Lanes", LANE_TITLES[lane])


def title_box(lane: str, box: QRectF) -> QRectF:
    """Where a lane's title goes in its header box (``box``): after the icon, left of the emotion
    lane's scale. The icon's room is kept before icons are loaded: the lanes keep their height."""
    right = box.right() - 4 - (SCALE_ROOM if lane == EMOTION else 0)
    return QRectF(box.x() + TITLE_LEFT, box.y() + TITLE_TOP, right - box.x() - TITLE_LEFT, box.height() - 12)


def _title_height(lane: str, header_width: float) -> float:
    """The height of a lane's title, wrapped in its header (lanes are tall enough for it)."""
    width = title_box(lane, QRectF(2, 2, header_width - 4, 100)).width()
    return len(title_lines(lane_title(lane), _font("title"), width)) * QFontMetricsF(_font("title")).lineSpacing()


class LanesItem(QGraphicsItem):
    """Draws the lanes a journey shows (``Journey.lanes``) from the scene's layout."""

    def __init__(self, state: ProjectState, journey_id: int) -> None:
        super().__init__()
        self.state, self.journey_id = state, journey_id
        self.show_icons = False
        self.lanes = LanesLayout()
        self.curve: list[StageEmotion] = []
        self._heights: list[tuple[str, float]] = []
        self._below: list[tuple[str, float]] = []
        self._blocks: dict[tuple[str, int], list[Block]] = {}
        self._block_heights: dict[tuple[str, int], list[float]] = {}  # measured once, drawn with these
        self._bounds = QRectF()
        self.setZValue(-0.9)  # over the grid's background, under notes and the cell cursor
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def measure(self, state: ProjectState, column_width: float,
                header_width: float = Metrics().header_width) -> tuple[float, float]:
        """The room the lanes need above and below the grid (in scene units): each lane as tall as
        its tallest cell and its title."""
        self.state = state
        journey = state.get(Journey, self.journey_id)
        lanes = journey.lanes if journey else ()
        self.curve = emotion_curve(state, self.journey_id) if EMOTION in lanes else []
        above, below = visible_lanes(lanes, bool(self.curve))
        width = column_width - 2 * LANE_METRICS.padding
        stages = [s.id for s in state.stages(self.journey_id)]
        self._blocks = {(lane, s): lane_blocks(lane, details_of(state, s), kpis_of(state, s), _kpi_part, device_label)
                        for lane in above for s in stages}
        self._block_heights = {key: [_block_height(text, style, width) for text, style in blocks]
                               for key, blocks in self._blocks.items()}
        self._heights = []
        for lane in above:
            contents = [sum(self._block_heights[(lane, s)]) for s in stages] + [_title_height(lane, header_width)]
            self._heights.append((lane, lane_height(lane, contents, LANE_METRICS)))
        self._below = [(lane, lane_height(lane, [], LANE_METRICS)) for lane in below]
        return sum(h for _, h in self._heights), sum(h for _, h in self._below)

    @property
    def curve_shown(self) -> bool:
        """True when the journey shows the emotion curve (whose values follow its notes)."""
        journey = self.state.get(Journey, self.journey_id)
        return journey is not None and EMOTION in journey.lanes

    def set_layout(self, layout: GridGeometry) -> None:
        self.lanes = layout_lanes(layout, self._heights, self._below)
        needed = QRectF()
        for band in self.lanes.bands.values():
            needed = needed.united(QRectF(band.x, band.y, band.w + 1, band.h + 1))
        if (bounds := roomy_bounds(self._bounds, needed)) is not None:
            self.prepareGeometryChange()
            self._bounds = bounds
        self.update()

    def stage_at(self, x: float, y: float) -> int | None:
        return self.lanes.stage_at(x, y)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._bounds

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for lane in [*self.lanes.above, *self.lanes.below]:
            self._paint_header(painter, lane)
            if lane == EMOTION:
                self._paint_curve(painter)
            else:
                self._paint_text_lane(painter, lane)

    # --- drawing ---------------------------------------------------------------------------
    def _paint_header(self, painter: QPainter, lane: str) -> None:
        rect = self.lanes.headers[lane]
        box = QRectF(rect.x + 2, rect.y + 2, rect.w - 4, rect.h - 4)
        painter.setPen(QPen(QColor(LANE_EDGE), 1))
        painter.setBrush(QColor(LANE_HEADER_FILL))
        painter.drawRoundedRect(box, 6, 6)
        if self.show_icons:
            icons.icon(f"lane_{lane}", MUTED).paint(painter, int(box.x() + 10), int(box.y() + 8), 20, 20)
        where, lines = self.title_layout(lane)
        painter.setPen(QColor(palette.INK))
        draw_lines(painter, _font("title"), lines, where.x(), where.y())
        if lane == EMOTION:
            self._paint_legend(painter, box)

    def title_layout(self, lane: str) -> tuple[QRectF, list[str]]:
        """Where a lane's title is drawn (in ``_font("title")``) and its lines."""
        rect = self.lanes.headers[lane]
        where = title_box(lane, QRectF(rect.x + 2, rect.y + 2, rect.w - 4, rect.h - 4))
        return where, title_lines(lane_title(lane), _font("title"), where.width())

    def curve_path(self) -> QPainterPath:
        """The emotion curve: a smooth, monotone piece per run of stages that have a value; a stage
        without one is a gap (as in the PDF)."""
        band = self.lanes.bands[EMOTION]
        top, bottom = value_y(2, band, LANE_METRICS), value_y(-2, band, LANE_METRICS)
        path = QPainterPath()
        for run in curve_runs(self.curve, self.lanes, LANE_METRICS):
            path.moveTo(QPointF(run[0].x, run[0].y))
            for c1, c2, end in smooth_path([(p.x, p.y) for p in run], top, bottom):
                path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        return path

    def _paint_text_lane(self, painter: QPainter, lane: str) -> None:
        pad = LANE_METRICS.padding
        for stage in self.state.stages(self.journey_id):
            rect = self.lanes.cells.get((lane, stage.id))
            if rect is None:
                continue
            painter.setPen(QPen(QColor(LANE_EDGE), 1))
            painter.setBrush(QColor(LANE_FILL))
            painter.drawRect(QRectF(rect.x, rect.y, rect.w, rect.h))
            painter.save()
            painter.setClipRect(QRectF(rect.x, rect.y, rect.w, rect.h))
            y = rect.y + pad
            blocks = self._blocks.get((lane, stage.id), [])
            for (text, style), height in zip(blocks, self._block_heights.get((lane, stage.id), []), strict=True):
                painter.setFont(_font(style))
                painter.setPen(QColor(MUTED if style == "small" else palette.INK))
                box = QRectF(rect.x + pad, y, rect.w - 2 * pad, rect.bottom - pad - y)
                y += height
                painter.drawText(box, TEXT_FLAGS, text)
            painter.restore()

    def _paint_legend(self, painter: QPainter, box: QRectF) -> None:
        """The scale (+2 … −2) beside the curve and what a diamond means."""
        band = self.lanes.bands[EMOTION]
        painter.setFont(_font("small"))
        painter.setPen(QColor(MUTED))
        for value, label in ((2, "+2"), (0, "0"), (-2, "−2")):
            y = value_y(value, band, LANE_METRICS)
            painter.drawText(QRectF(box.right() - 34, y - 8, 28, 16),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        legend = QRectF(box.x() + 10, box.bottom() - 46, box.width() - 50, 40)
        entries = ((QCoreApplication.translate("Lanes", "mean of the notes"), False),
                   (QCoreApplication.translate("Lanes", "value set by hand"), True))
        for row, (label, by_hand) in enumerate(entries):
            centre = QPointF(legend.x() + 6, legend.y() + 10 + 20 * row)
            _marker(painter, centre, QColor(NEUTRAL), by_hand, 6.0, 1.0)
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(legend.x() + 18, centre.y() - 9, legend.width() - 18, 18),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)

    def _paint_curve(self, painter: QPainter) -> None:
        band = self.lanes.bands[EMOTION]
        area = QRectF(band.x + self.lanes.headers[EMOTION].w, band.y, band.w - self.lanes.headers[EMOTION].w, band.h)
        painter.setPen(QPen(QColor(LANE_EDGE), 1))
        painter.setBrush(QColor(LANE_FILL))
        painter.drawRect(area)
        top, bottom = value_y(2, band, LANE_METRICS), value_y(-2, band, LANE_METRICS)
        middle = value_y(0, band, LANE_METRICS)
        painter.fillRect(QRectF(area.x() + 1, top, area.width() - 2, middle - top), QColor("#f1f8f1"))
        painter.fillRect(QRectF(area.x() + 1, middle, area.width() - 2, bottom - middle), QColor("#fcf1f1"))
        painter.setPen(QPen(QColor(palette.GRID_LINE), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(area.x(), middle), QPointF(area.right(), middle))
        points = curve_points(self.curve, self.lanes, LANE_METRICS)
        painter.setPen(QPen(QColor(CURVE), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.curve_path())
        painter.setFont(_font("strong"))
        for point in points:
            value, centre = point.emotion.value, QPointF(point.x, point.y)
            if value is None:  # not drawn: curve_points keeps the stages that have a value
                continue
            color = QColor(POSITIVE if value > 0.25 else NEGATIVE if value < -0.25 else NEUTRAL)
            if point.emotion.overridden and point.emotion.mean is not None:  # where the notes alone put it
                mean = QPointF(point.x, value_y(point.emotion.mean, band, LANE_METRICS))
                painter.setPen(QPen(QColor(MUTED), 1.5, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawLine(mean, centre)
                painter.setBrush(QColor("#ffffff"))
                painter.drawEllipse(mean, 5, 5)
            _marker(painter, centre, color, point.emotion.overridden, 8.0, 2.0)
            label = emotion_text(value)
            painter.setPen(color)
            above = point.y - 26 if point.y > middle - 1 else point.y + 8
            painter.drawText(QRectF(point.x + 8, above, 60, 18), Qt.AlignmentFlag.AlignLeft, label)


def _marker(painter: QPainter, centre: QPointF, color: QColor, by_hand: bool, size: float, edge: float) -> None:
    """A point of the curve: a disc for a mean of notes, a diamond for a value set by hand."""
    painter.setBrush(color)
    painter.setPen(QPen(QColor("#ffffff"), edge))
    if by_hand:
        size *= 1.25  # a diamond looks smaller than a disc of the same width
        painter.drawPolygon(QPolygonF([centre + QPointF(0, -size), centre + QPointF(size, 0),
                                       centre + QPointF(0, size), centre + QPointF(-size, 0)]))
    else:
        painter.drawEllipse(centre, size * 0.85, size * 0.85)
