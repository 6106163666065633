"""The emotion curve's path (canvas and PDF): a monotone cubic that never overshoots between two
points, broken at every stage without data instead of bridging it."""

from __future__ import annotations

import random

import pytest

from cjm_desktop.commands import AddTouchpoints, EditTouchpoints
from cjm_desktop.layout.grid_layout import Metrics, layout_grid
from cjm_desktop.layout.lanes_layout import curve_runs, layout_lanes, smooth_path, split_at_gaps
from cjm_desktop.pdf.export import build_pdf
from cjm_desktop.pdf.map import draw
from cjm_desktop.pdf.page import PdfOptions
from cjm_desktop.queries.emotions import StageEmotion, emotion_curve


def bezier(p0, c1, c2, p3, t: float) -> tuple[float, float]:
    u = 1 - t
    return tuple(u ** 3 * a + 3 * u * u * t * b + 3 * u * t * t * c + t ** 3 * d  # type: ignore[return-value]
                 for a, b, c, d in zip(p0, c1, c2, p3, strict=True))


def sampled(points, segments, steps: int = 40):
    """(start, end, [points on the segment]) for each segment of the path."""
    start = points[0]
    for c1, c2, end in segments:
        yield start, end, [bezier(start, c1, c2, end, i / steps) for i in range(steps + 1)]
        start = end


@pytest.mark.parametrize("seed", range(40))
def test_between_two_points_the_curve_stays_within_their_values(seed):
    rng = random.Random(seed)
    count = rng.randint(2, 10)
    points = [(100.0 + 232.0 * i, rng.choice([20.0, 50.0, 84.0, 118.0, 148.0, rng.uniform(20, 148)]))
              for i in range(count)]
    segments = smooth_path(points, 20.0, 148.0)
    assert [end for _, _, end in segments] == points[1:]
    for start, end, on_curve in sampled(points, segments):
        low, high = min(start[1], end[1]), max(start[1], end[1])
        assert all(low - 1e-9 <= y <= high + 1e-9 for _, y in on_curve), (start, end)
        assert all(a[0] <= b[0] for a, b in zip(on_curve, on_curve[1:], strict=False))  # never turns back


def test_a_peak_is_a_peak_not_a_bump_beyond_it():
    """The example that overshot: a low point between a high one and a slightly higher one."""
    points = [(0.0, 50.0), (100.0, 10.0), (200.0, 12.0), (300.0, 90.0)]
    for start, end, on_curve in sampled(points, smooth_path(points)):
        assert min(y for _, y in on_curve) >= min(start[1], end[1]) - 1e-9


def test_equal_values_are_joined_by_a_flat_line():
    points = [(0.0, 40.0), (100.0, 40.0), (200.0, 80.0)]
    (c1, c2, _), _ = smooth_path(points)
    assert c1[1] == c2[1] == 40.0


def test_a_stage_without_data_breaks_the_path():
    assert split_at_gaps([1, 2, None, 3, None, None, 4, 5]) == [[1, 2], [3], [4, 5]]
    assert split_at_gaps([None, None]) == []
    layout = layout_grid([1, 2, 3, 4], [10], {}, {}, Metrics(), lanes_below=168.0)
    lanes = layout_lanes(layout, [], [("emotion", 168.0)])
    curve = [StageEmotion(1, 1.0, 1.0, False), StageEmotion(2, -1.0, -1.0, False),
             StageEmotion(3, None, None, False), StageEmotion(4, 2.0, 2.0, False)]
    runs = curve_runs(curve, lanes)
    assert [[p.emotion.stage_id for p in run] for run in runs] == [[1, 2], [4]]


def test_the_pdf_breaks_its_curve_at_a_stage_without_data_too(doc, grid, monkeypatch):
    journey, stages, channels = grid
    for stage, emotion in zip(stages, [2, -1, None, 1, 1, None, -2, 0], strict=True):
        command = AddTouchpoints(journey, (channels[0].id, stage.id), ["Je compare les offres"])
        doc.execute(command)
        doc.execute(EditTouchpoints(command.created_ids, emotion=emotion))
    assert [p.value is None for p in emotion_curve(doc.state, journey)].count(True) == 2
    drawn: list[list[tuple[float, float]]] = []
    monkeypatch.setattr(draw._Painter, "_smooth_curve", lambda self, points, top, bottom: drawn.append(points))
    build_pdf(doc.state, doc.state.journeys, PdfOptions(paper="A3"))
    assert [len(run) for run in drawn] == [2, 2, 2]  # [+2, −1] gap [+1, +1] gap [−2, 0]
