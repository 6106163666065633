"""View › Lanes: the stage-detail lanes on the canvas, saved in the journey, drawn above and
below the grid, and notes that still drag and drop where they should."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from cjm_desktop.commands import EditEntity
from cjm_desktop.commands.stage_details import AddKpi, EditStageDetails, SetLanes
from cjm_desktop.model.domain import Journey, Touchpoint
from tests.support.canvas_input import LEFT, at, cell_spot, drag, empty_cell, note_centre
from ui.canvas.lanes_item import CURVE, _block_height


@pytest.fixture
def canvas(window, project, qtbot):
    window.open_path(project)
    with qtbot.waitExposed(window):
        window.show()
    window.lanes_menu.refresh()  # as opening the menu does
    return window, window.current_view(), window.tabs.current_scene()


def lanes_of(window) -> tuple[str, ...]:
    return window.controller.doc.state.get(Journey, window.current_journey_id()).lanes


def test_the_lanes_menu_is_in_the_view_menu(canvas):
    window, _, _ = canvas
    assert window.lanes_menu.menuAction() in window.menus.view.actions()
    assert [a.isChecked() for a in window.lanes_menu.lane_actions.values()] == [False] * 6


def test_showing_a_lane_is_a_view_setting_not_an_undo_step(canvas):
    window, _, scene = canvas
    steps = window.controller.undo_stack.count()
    window.lanes_menu.lane_actions["goal"].trigger()
    assert lanes_of(window) == ("goal",) and window.lanes_menu.lane_actions["goal"].isChecked()
    assert scene.lanes.lanes.above == ["goal"]
    assert window.controller.undo_stack.count() == steps and not window.actions_.undo.isEnabled()
    assert window.controller.unsaved  # saved with the project all the same


def test_undoing_an_edit_keeps_the_lanes_shown(canvas):
    window, _, scene = canvas
    journey_id = window.current_journey_id()
    window.controller.execute(EditEntity(Journey, journey_id, name="Parcours renommé"), "Renommer")
    window.lanes_menu.lane_actions["kpis"].trigger()
    window.actions_.undo.trigger()
    journey = window.controller.doc.state.get(Journey, journey_id)
    assert journey.name != "Parcours renommé" and journey.lanes == ("kpis",)
    assert scene.lanes.lanes.above == ["kpis"]


def test_lanes_persist_after_save_and_reopen(canvas, prompts, tmp_path):
    window, _, _ = canvas
    for lane in ("emotion", "kpis", "goal"):
        window.lanes_menu.lane_actions[lane].trigger()
    prompts.path_to_save = tmp_path / "avec-lanes.cjm"
    assert window.save_as()
    assert window.controller.close()
    assert window.open_path(tmp_path / "avec-lanes.cjm")
    assert lanes_of(window) == ("goal", "kpis", "emotion")
    lanes = window.tabs.current_scene().lanes.lanes
    assert (lanes.above, lanes.below) == (["goal", "kpis"], ["emotion"])


def test_text_lanes_push_the_grid_down_and_the_curve_sits_under_it(canvas):
    window, _, scene = canvas
    first_row_y = min(r.y for r in scene.layout.rows.values())
    window.lanes_menu.show_all.trigger()
    lanes = scene.lanes.lanes
    above = sum(lanes.bands[name].h for name in lanes.above)
    assert min(r.y for r in scene.layout.rows.values()) == first_row_y + above
    assert lanes.bands["emotion"].y == max(r.bottom for r in scene.layout.rows.values())
    assert scene.layout.parking.y > lanes.bands["emotion"].bottom


def test_the_emotion_lane_stays_hidden_while_no_emotion_is_set(window, qtbot):
    window.new_from_template("parcours-en-8")
    window.lanes_menu.refresh()  # as opening the menu does
    window.lanes_menu.lane_actions["emotion"].trigger()
    assert lanes_of(window) == ("emotion",)
    assert window.tabs.current_scene().lanes.lanes.below == []
    assert window.statusBar().currentMessage() != ""


def test_a_lane_shows_the_stage_details(canvas):
    window, _, scene = canvas
    stage = window.controller.doc.state.stages(scene.journey_id)[1]
    window.controller.execute(EditStageDetails(stage.id, customer_goal="Trouver la bonne offre"), "goal")
    window.controller.execute(AddKpi(stage.id, "Taux de rebond", "< 40 %", "> 60 %"), "kpi")
    window.lanes_menu.show_all.trigger()
    texts = [text for text, _ in scene.lanes._blocks[("goal", stage.id)] + scene.lanes._blocks[("kpis", stage.id)]]
    assert texts[:2] == ["Trouver la bonne offre", "Taux de rebond"] and "< 40 %" in texts[2]


def test_the_curve_is_drawn_in_its_lane(canvas):
    window, _, scene = canvas
    window.lanes_menu.lane_actions["emotion"].trigger()
    band = scene.lanes.lanes.bands["emotion"]
    image = QImage(int(band.w), int(band.h), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, band.w, band.h), QRectF(band.x, band.y, band.w, band.h))
    painter.end()
    curve = QColor(CURVE)
    assert any(image.pixelColor(x, y) == curve for x in range(0, image.width(), 3) for y in range(image.height()))


def test_a_note_still_drops_in_the_cell_under_it_with_lanes_shown(canvas, qtbot):
    window, view, scene = canvas
    window.lanes_menu.show_all.trigger()
    view.fit()  # start and end both in view: no scrolling between them
    note_id = scene.reading_order()[0]
    target = empty_cell(scene)
    drag(qtbot, view, note_centre(view, scene, note_id), cell_spot(view, scene, target))
    assert window.controller.doc.state.get(Touchpoint, note_id).cell == target


def test_a_note_dropped_on_a_lane_snaps_back(canvas, qtbot):
    window, view, scene = canvas
    window.lanes_menu.show_all.trigger()
    view.fit()
    note_id = scene.reading_order()[0]
    origin = window.controller.doc.state.get(Touchpoint, note_id).cell
    goal = scene.lanes.lanes.cells[("goal", origin[1])]
    drag(qtbot, view, note_centre(view, scene, note_id), at(view, goal.x + 30, goal.y + 10))
    assert window.controller.doc.state.get(Touchpoint, note_id).cell == origin
    assert scene.notes[note_id].scenePos().y() == scene.layout.notes[note_id].y


def test_a_double_click_on_a_lane_opens_its_stage_details(canvas, qtbot):
    window, view, scene = canvas
    window.lanes_menu.lane_actions["kpis"].trigger()
    stage = window.controller.doc.state.stages(scene.journey_id)[6]
    cell = scene.lanes.lanes.cells[("kpis", stage.id)]
    qtbot.mouseDClick(view.viewport(), LEFT, pos=at(view, cell.x + 30, cell.y + 10))
    assert window.stage_dock.panel.stage_id == stage.id and window.stage_dock.isVisible()


def test_the_lanes_menu_ticks_the_current_journeys_lanes_when_it_opens(canvas):
    window, _, _ = canvas
    window.controller.execute(SetLanes(window.current_journey_id(), ("goal",)), "Couloirs")
    menu = window.lanes_menu
    menu.aboutToShow.emit()
    assert [lane for lane, action in menu.lane_actions.items() if action.isChecked()] == ["goal"]


def test_the_lanes_menu_is_disabled_without_a_journey(window):
    window.lanes_menu.aboutToShow.emit()
    assert not any(action.isEnabled() for action in window.lanes_menu.lane_actions.values())


def test_painting_the_lanes_measures_no_text_again(canvas):
    window, _, scene = canvas
    stage = window.controller.doc.state.stages(scene.journey_id)[0]
    window.controller.execute(EditStageDetails(stage.id, customer_goal="Comparer les offres en ligne"), "goal")
    window.lanes_menu.show_all.trigger()
    measured = _block_height.cache_info()
    rect = scene.lanes.boundingRect()
    image = QImage(int(rect.width()) + 1, int(rect.height()) + 1, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
    painter.end()
    after = _block_height.cache_info()
    assert (after.hits, after.misses) == (measured.hits, measured.misses)
