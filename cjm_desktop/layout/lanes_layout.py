"""Geometry of the stage-detail lanes, as pure functions (no Qt): which lanes show where, how
tall each is, the cell of every stage in every lane, and the emotion curve's points, its runs
(a stage without data breaks the curve) and its smooth, monotone path.

The text lanes (goal, duration, KPIs, listening devices, departments) sit between the stage
headers and the first channel, where the room reads them with the stage names; the emotion
curve sits under the last channel, as a summary of the notes above it. ``layout_grid`` leaves
the room (``lanes_above``/``lanes_below``); ``layout_lanes`` then places the lanes in it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from cjm_desktop.layout.grid_layout import GridGeometry, Rect
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


def layout_lanes(grid: GridGeometry, above: list[tuple[str, float]], below: list[tuple[str, float]]) -> LanesLayout:
    """Place the lanes (``(name, height)`` pairs) in the room ``grid`` left for them."""
    m = grid.metrics
    lanes = LanesLayout([name for name, _ in above], [name for name, _ in below])
    right = max((column.right for column in grid.columns.values()), default=m.header_width)
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
Bezier = tuple[Point, Point, Point]  # (control 1, control 2, end), from the previous end


def curve_runs(curve: list[StageEmotion], lanes: LanesLayout,
               metrics: LaneMetrics = LaneMetrics()) -> list[list[CurvePoint]]:
    """The curve's points in runs of consecutive stages that have a value: a stage without one
    breaks the curve (it is a gap, never bridged by a line that would invent its emotion)."""
    at = {p.emotion.stage_id: p for p in curve_points(curve, lanes, metrics)}
    return split_at_gaps([at.get(emotion.stage_id) for emotion in curve])


def split_at_gaps[T](points: Sequence[T | None]) -> list[list[T]]:
    """``points`` cut into runs at each None (a stage without data); no run is empty."""
    runs: list[list[T]] = [[]]
    for point in points:
        if point is None:
            runs.append([])
        else:
            runs[-1].append(point)
    return [run for run in runs if run]


def smooth_path(points: Sequence[Point], low: float = -math.inf, high: float = math.inf) -> list[Bezier]:
    """A monotone cubic through ``points`` (x increasing) as cubic Bézier segments, starting at
    ``points[0]``: Fritsch–Carlson's tangents, so that between two points the curve never leaves
    the range of their two values (no overshoot, no bump promising an emotion nobody gave).
    Control points are also kept between ``low`` and ``high`` (the y range of −2 … +2)."""
    if len(points) < 2:
        return []
    tangents = _monotone_tangents(points)
    segments = []
    for (x1, y1), (x2, y2), m1, m2 in zip(points, points[1:], tangents, tangents[1:], strict=False):
        third = (x2 - x1) / 3
        c1 = (x1 + third, _clamp(y1 + m1 * third, low, high))
        c2 = (x2 - third, _clamp(y2 - m2 * third, low, high))
        segments.append((c1, c2, (x2, y2)))
    return segments


def _monotone_tangents(points: Sequence[Point]) -> list[float]:
    """Fritsch–Carlson: a tangent (dy/dx) per point such that each cubic Hermite piece is
    monotone between its two points."""
    slopes = [(y2 - y1) / (x2 - x1) if x2 != x1 else 0.0
              for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False)]
    tangents = [slopes[0]]
    for before, after in zip(slopes, slopes[1:], strict=False):
        tangents.append((before + after) / 2 if before * after > 0 else 0.0)  # 0 at a peak, a trough or a flat
    tangents.append(slopes[-1])
    for k, slope in enumerate(slopes):
        if slope == 0:  # a flat piece stays flat
            tangents[k] = tangents[k + 1] = 0.0
            continue
        alpha, beta = tangents[k] / slope, tangents[k + 1] / slope
        if (size := alpha * alpha + beta * beta) > 9:  # outside the circle of radius 3: would overshoot
            tau = 3 / math.sqrt(size)
            tangents[k], tangents[k + 1] = tau * alpha * slope, tau * beta * slope
    return tangents


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
