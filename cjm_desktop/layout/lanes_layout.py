"""Geometry of the stage-detail lanes, as pure functions (no Qt): which lanes show where, how
tall each is, the cell of every stage in every lane, and the emotion curve's points and its
smooth path.

The text lanes (goal, duration, KPIs, listening devices, departments) sit between the stage
headers and the first channel, where the room reads them with the stage names; the emotion
curve sits under the last channel, as a summary of the notes above it. ``layout_grid`` leaves
the room (``lanes_above``/``lanes_below``); ``layout_lanes`` then places the lanes in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cjm_desktop.layout.grid_layout import GridLayout, Rect
from cjm_desktop.model.domain import LANES
from cjm_desktop.queries.emotions import StageEmotion

EMOTION = "emotion"
BELOW = (EMOTION,)  # every other lane goes above the grid


@dataclass(frozen=True, slots=True)
class LaneMetrics:
    """Sizes in scene units."""

    padding: float = 8.0  # inside a lane cell
    min_height: float = 44.0
    max_height: float = 180.0  # a long goal is cut (the panel shows it whole)
    emotion_height: float = 168.0
    point_margin: float = 20.0  # between the curve's extreme values and the lane's edges


@dataclass
class LanesLayout:
    above: list[str] = field(default_factory=list)  # lane names, top to bottom
    below: list[str] = field(default_factory=list)
    bands: dict[str, Rect] = field(default_factory=dict)  # lane -> the whole row, header included
    headers: dict[str, Rect] = field(default_factory=dict)  # lane -> its title, in the channels' column
    cells: dict[tuple[str, int], Rect] = field(default_factory=dict)  # (lane, stage id) -> cell

    def stage_at(self, x: float, y: float) -> int | None:
        """The stage whose lane cell holds the point, if any."""
        for (_lane, stage_id), rect in self.cells.items():
            if rect.contains(x, y):
                return stage_id
        return None


def visible_lanes(lanes: tuple[str, ...], curve_shown: bool) -> tuple[list[str], list[str]]:
    """The lanes above and below the grid, in ``LANES`` order. The emotion lane shows only when
    the journey has a curve (some emotion is set)."""
    chosen = [name for name in LANES if name in lanes]
    above = [name for name in chosen if name not in BELOW]
    below = [name for name in chosen if name in BELOW and (name != EMOTION or curve_shown)]
    return above, below


def lane_height(lane: str, content_heights: list[float], metrics: LaneMetrics = LaneMetrics()) -> float:
    """A lane is as tall as its tallest cell's content (within limits); the curve has a fixed height."""
    if lane == EMOTION:
        return metrics.emotion_height
    tallest = max(content_heights, default=0.0) + 2 * metrics.padding
    return max(metrics.min_height, min(metrics.max_height, tallest))


def layout_lanes(grid: GridLayout, above: list[tuple[str, float]], below: list[tuple[str, float]]) -> LanesLayout:
    """Place the lanes (``(name, height)`` pairs) in the room ``grid`` left for them."""
    m = grid.metrics
    lanes = LanesLayout([name for name, _ in above], [name for name, _ in below])
    right = m.header_width + len(grid.columns) * m.column_width
    top = m.phase_height + m.stage_height
    rows_bottom = max((r.bottom for r in grid.rows.values()), default=top + sum(h for _, h in above))
    for names, y in ((above, top), (below, rows_bottom)):
        for name, height in names:
            lanes.bands[name] = Rect(0, y, right, height)
            lanes.headers[name] = Rect(0, y, m.header_width, height)
            for stage_id, column in grid.columns.items():
                lanes.cells[(name, stage_id)] = Rect(column.x, y, column.w, height)
            y += height
    return lanes


@dataclass(frozen=True, slots=True)
class CurvePoint:
    x: float
    y: float
    emotion: StageEmotion


def value_y(value: float, band: Rect, metrics: LaneMetrics = LaneMetrics()) -> float:
    """Where an emotion (−2 … +2) sits in the emotion lane: +2 at the top, −2 at the bottom."""
    middle = band.y + band.h / 2
    amplitude = (band.h / 2 - metrics.point_margin) / 2
    return middle - max(-2.0, min(2.0, value)) * amplitude


def curve_points(curve: list[StageEmotion], lanes: LanesLayout,
                 metrics: LaneMetrics = LaneMetrics()) -> list[CurvePoint]:
    """The curve's points: one per stage that has a value, at the middle of its column."""
    band = lanes.bands.get(EMOTION)
    if band is None:
        return []
    points = []
    for emotion in curve:
        cell = lanes.cells.get((EMOTION, emotion.stage_id))
        if emotion.value is not None and cell is not None:
            points.append(CurvePoint(cell.x + cell.w / 2, value_y(emotion.value, band, metrics), emotion))
    return points


Point = tuple[float, float]


def smooth_path(points: list[Point], low: float, high: float) -> list[tuple[Point, Point, Point]]:
    """A Catmull-Rom spline through ``points`` as cubic Bézier segments ``(control 1, control 2,
    end)``, starting at ``points[0]``. Control points are kept between ``low`` and ``high`` (the
    y range of −2 … +2) so the curve never promises an emotion beyond the scale."""
    segments = []
    for i in range(len(points) - 1):
        p0, p1, p2 = points[max(i - 1, 0)], points[i], points[i + 1]
        p3 = points[min(i + 2, len(points) - 1)]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, _clamp(p1[1] + (p2[1] - p0[1]) / 6, low, high))
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, _clamp(p2[1] - (p3[1] - p1[1]) / 6, low, high))
        segments.append((c1, c2, p2))
    return segments


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
