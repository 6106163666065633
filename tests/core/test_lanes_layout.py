"""Where the stage-detail lanes go: text lanes above the grid, the emotion curve below it."""

from __future__ import annotations

from cjm_desktop.layout.grid_layout import Metrics, layout_grid
from cjm_desktop.layout.lanes_layout import (
    LaneMetrics,
    curve_points,
    lane_height,
    layout_lanes,
    smooth_path,
    value_y,
    visible_lanes,
)
from cjm_desktop.queries.emotions import StageEmotion

M = Metrics()


def grid(above: float = 0.0, below: float = 0.0):
    order = {(10, 1): [100], (11, 2): []}
    return layout_grid([1, 2, 3], [10, 11], {100: 60.0}, order, M, lanes_above=above, lanes_below=below)


def test_text_lanes_go_above_and_the_curve_below_in_the_usual_order():
    assert visible_lanes(("emotion", "kpis", "goal"), curve_shown=True) == (["goal", "kpis"], ["emotion"])


def test_the_emotion_lane_is_hidden_without_a_curve():
    assert visible_lanes(("goal", "emotion"), curve_shown=False) == (["goal"], [])


def test_a_lane_fits_its_tallest_cell_within_limits():
    m = LaneMetrics()
    assert lane_height("goal", [20.0, 35.0], m) == 35.0 + 2 * m.padding
    assert lane_height("goal", [], m) == m.min_height
    assert lane_height("goal", [5000.0], m) == m.max_height
    assert lane_height("emotion", [], m) == m.emotion_height


def test_the_grid_makes_room_and_the_lanes_fill_it():
    plain, shifted = grid(), grid(above=100.0, below=130.0)
    lanes = layout_lanes(shifted, [("goal", 40.0), ("kpis", 60.0)], [("emotion", 130.0)])
    top = M.phase_height + M.stage_height
    assert lanes.bands["goal"].y == top and lanes.bands["kpis"].y == top + 40.0
    assert shifted.rows[10].y == plain.rows[10].y + 100.0
    assert shifted.notes[100].y == plain.notes[100].y + 100.0
    assert lanes.bands["emotion"].y == shifted.rows[11].bottom
    assert shifted.parking.y == plain.parking.y + 230.0
    assert lanes.cells[("kpis", 2)].x == shifted.columns[2].x
    assert lanes.stage_at(shifted.columns[3].x + 5, top + 50.0) == 3


def test_a_dropped_note_lands_in_the_cell_under_it_with_lanes_shown():
    shifted = grid(above=100.0)
    cell = shifted.cells[(11, 2)]
    assert shifted.cell_at(cell.x + 10, cell.y + 10) == (11, 2)
    assert shifted.cell_at(cell.x + 10, M.phase_height + M.stage_height + 50.0) is None  # on a lane


def test_curve_points_sit_on_their_stage_and_value():
    layout = grid(below=132.0)
    lanes = layout_lanes(layout, [], [("emotion", 132.0)])
    curve = [StageEmotion(1, 2.0, 2.0, False), StageEmotion(2, None, None, False), StageEmotion(3, -2.0, 0.0, True)]
    points = curve_points(curve, lanes)
    band, m = lanes.bands["emotion"], LaneMetrics()
    assert [p.emotion.stage_id for p in points] == [1, 3]
    assert points[0].y == band.y + m.point_margin and points[1].y == band.bottom - m.point_margin
    assert points[0].x == layout.columns[1].x + layout.columns[1].w / 2
    assert value_y(0.0, band) == band.y + band.h / 2


def test_the_smooth_path_goes_through_every_point_and_stays_in_range():
    points = [(0.0, 50.0), (100.0, 10.0), (200.0, 90.0), (300.0, 10.0)]
    segments = smooth_path(points, 10.0, 90.0)
    assert [end for _, _, end in segments] == points[1:]
    assert all(10.0 <= c[1] <= 90.0 for c1, c2, _ in segments for c in (c1, c2))
    assert smooth_path(points[:1], 0, 100) == []
