"""A target journey never looks like the current one: its tab has the target icon, its canvas a
tinted background and a « Parcours cible » band top left (also in the compare window and the PNG)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage

from cjm_desktop.model.domain import Journey, JourneyKind
from ui.canvas.grid_item import TARGET_FILL, TARGET_INK, GridItem
from ui.files.image_export import export_scene, render_journey_png


@pytest.fixture
def target(window, project, prompts, qtbot):
    """The sample project and a target derived from it, shown; returns (window, current index, target index)."""
    assert window.open_path(project)
    prompts.text_answer = "Parcours cible"
    window.journey_menu.derive_target()
    with qtbot.waitExposed(window):
        window.show()
    kinds = [j.kind for j in window.controller.doc.state.journeys]
    return window, kinds.index(JourneyKind.CURRENT), kinds.index(JourneyKind.TARGET)


def viewport_image(window, index: int, qtbot) -> QImage:
    window.tabs.setCurrentIndex(index)
    view = window.tabs.current_view()
    qtbot.waitExposed(view)
    view.centerOn(view.scene().sceneRect().topLeft())
    return view.viewport().grab().toImage()


def close_to(colour: QColor, expected: str, tolerance: int = 6) -> bool:
    other = QColor(expected)
    return all(abs(a - b) <= tolerance for a, b in ((colour.red(), other.red()), (colour.green(), other.green()),
                                                     (colour.blue(), other.blue())))


def test_the_tab_of_a_target_journey_shows_the_target_icon(target):
    window, current, target_index = target
    window.load_icons()
    assert not window.tabs.tabIcon(target_index).isNull()
    assert window.tabs.tabIcon(current).isNull()


def test_the_tab_icon_is_there_for_tabs_made_after_the_icons_loaded(target, prompts):
    window, _, _ = target
    window.load_icons()
    prompts.text_answer = "Deuxième cible"
    window.tabs.setCurrentIndex(0)
    window.journey_menu.derive_target()  # the tabs are made again
    journeys = window.controller.doc.state.journeys
    for index, journey in enumerate(journeys):
        assert window.tabs.tabIcon(index).isNull() == (journey.kind is JourneyKind.CURRENT), journey.name


def test_a_target_canvas_has_another_background_than_a_current_one(target, qtbot):
    window, current, target_index = target
    plain = viewport_image(window, current, qtbot).pixelColor(4, 4)  # the scene's margin: background only
    tinted = viewport_image(window, target_index, qtbot).pixelColor(4, 4)
    assert plain != tinted
    assert close_to(plain, "#fbfbfa") and tinted.blue() > tinted.red()


def test_a_target_canvas_says_so_top_left(target, qtbot):
    window, current, target_index = target
    window.load_icons()
    assert window.tabs.scenes[current].grid.target_band() is None
    band = window.tabs.scenes[target_index].grid.target_band()
    assert band is not None and GridItem.target_text() == "Parcours cible"
    image = viewport_image(window, target_index, qtbot)
    view = window.tabs.current_view()
    left = view.mapFromScene(QPointF(band.x() + 4, band.center().y()))
    assert close_to(image.pixelColor(left.x(), left.y()), TARGET_FILL)
    corner = view.mapFromScene(band.topLeft()), view.mapFromScene(band.bottomRight())
    inked = [(x, y) for x in range(corner[0].x(), corner[1].x()) for y in range(corner[0].y(), corner[1].y())
             if close_to(image.pixelColor(x, y), TARGET_INK, 40)]
    assert len(inked) > 60  # the text « PARCOURS CIBLE » (and its icon) in the band's ink


def test_the_mark_is_in_the_compare_window_and_the_png(compare):
    window = compare
    assert window.scenes["current"].grid.target_band() is None
    assert window.scenes["target"].grid.target_band() is not None
    state = window.controller.doc.state
    journey = state.get(Journey, window.target_id)
    band = export_scene(state, journey, False).grid.target_band()
    image = QImage.fromData(render_journey_png(state, journey))
    margin = 40  # the scene starts 40 units left of and above the grid
    assert close_to(image.pixelColor(round(band.x() + 4 + margin), round(band.center().y() + margin)), TARGET_FILL)
