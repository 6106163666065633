"""The emotion curve on the canvas: a stage without data is a gap in the curve (never bridged),
and the curve never leaves the range of the values it joins."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from cjm_desktop.commands import EditTouchpoints
from cjm_desktop.commands.stage_details import SetLanes
from cjm_desktop.layout.lanes_layout import curve_points
from ui.canvas.lanes_item import CURVE


@pytest.fixture
def gap(window, project):
    """The sample's curve shown, with its third stage's notes stripped of their emotion."""
    assert window.open_path(project)
    journey = window.current_journey_id()
    state = window.controller.doc.state
    stage = state.stages(journey)[2]
    window.controller.execute(EditTouchpoints([n.id for n in state.touchpoints(journey) if n.stage_id == stage.id],
                                              emotion=None), "Émotion")
    window.controller.execute(SetLanes(journey, ("emotion",)), "Bandeaux")
    scene = window.tabs.current_scene()
    assert [p.value is None for p in scene.lanes.curve] == [False, False, True, False, False, False, False, False]
    return scene, stage


def curve_pixels(scene, area: QRectF) -> int:
    """How many pixels of ``area`` (scene units) are drawn in the curve's colour."""
    image = QImage(int(area.width()), int(area.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, area.width(), area.height()), area, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    ink = QColor(CURVE)
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if abs(QColor(image.pixel(x, y)).red() - ink.red()) < 30
               and abs(QColor(image.pixel(x, y)).green() - ink.green()) < 30
               and abs(QColor(image.pixel(x, y)).blue() - ink.blue()) < 30)


def test_a_stage_without_data_is_a_gap_in_the_curve(gap):
    scene, stage = gap
    band = scene.lanes.lanes.bands["emotion"]
    column = scene.layout.columns[stage.id]
    assert curve_pixels(scene, QRectF(column.x + 10, band.y, column.w - 20, band.h)) == 0  # nothing drawn there
    before = scene.layout.columns[scene.state.stages(scene.journey_id)[0].id]
    assert curve_pixels(scene, QRectF(before.x + before.w / 2 + 10, band.y, before.w - 20, band.h)) > 20


def test_the_curve_is_one_piece_per_run_of_stages_with_data(gap):
    scene, stage = gap
    path: QPainterPath = scene.lanes.curve_path()
    starts = [path.elementAt(i) for i in range(path.elementCount()) if path.elementAt(i).isMoveTo()]
    assert len(starts) == 2
    column = scene.layout.columns[stage.id]
    assert not any(column.x < path.elementAt(i).x < column.right for i in range(path.elementCount()))
    ys = [point.y for point in curve_points(scene.lanes.curve, scene.lanes.lanes)]
    for polygon in path.toSubpathPolygons():  # the curve flattened: never beyond its highest and lowest points
        assert all(min(ys) - 0.5 <= point.y() <= max(ys) + 0.5 for point in polygon)
