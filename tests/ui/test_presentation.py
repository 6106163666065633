"""Presentation mode driven by keys, as a facilitator in front of a room: F5, ← →, Home, P, S, A+, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from ui.present.presentation_view import READABLE_PX, PresentationView


@pytest.fixture
def presenting(window, project, qtbot):
    """The sample project shown, then presented at 1920 × 1080; returns (window, presentation view)."""
    window.open_path(project)
    with qtbot.waitExposed(window):
        window.show()
    PresentationView.duration_ms = 0  # no smooth zoom in tests: each step lands at once
    qtbot.keyClick(window.current_view(), Qt.Key.Key_F5)
    shown = window.presentation.window
    assert shown is not None
    shown.showNormal()
    shown.resize(1920, 1080)
    qtbot.waitUntil(lambda: shown.view.viewport().width() > 1800)
    shown.view.show_step(0, animate=False)
    yield window, shown.view
    if window.presentation.window is not None:
        window.presentation.window.close()


def visible_stages(view: PresentationView) -> list[int]:
    """The stages whose middle is on screen, right of the pinned channel names."""
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    left = shown.left() + view.journey_scene.layout.metrics.header_width
    return [i for i, r in view.journey_scene.layout.columns.items() if left <= r.x + r.w / 2 <= shown.right()]


def test_f5_presents_the_journey_on_screen_and_esc_comes_back(presenting, qtbot):
    window, view = presenting
    assert view.scene() is window.tabs.current_scene()  # the same scene: no second renderer
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.presentation.window is None


def test_a_step_shows_one_to_three_stages_with_text_readable_from_the_back(presenting):
    window, view = presenting
    assert 1 <= len(visible_stages(view)) <= 3
    assert view.note_text_pixels() >= READABLE_PX


def test_right_and_page_down_step_to_the_next_stage_left_back(presenting, qtbot):
    window, view = presenting
    stages = list(view.journey_scene.layout.columns)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert visible_stages(view)[0] == stages[1]
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert visible_stages(view)[0] == stages[2]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert visible_stages(view)[0] == stages[1]


def test_home_shows_the_whole_map_fitted_to_the_width(presenting, qtbot):
    window, view = presenting
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert visible_stages(view) == list(view.journey_scene.layout.columns)


def test_p_steps_phase_by_phase(presenting, qtbot):
    window, view = presenting
    qtbot.keyClick(view, Qt.Key.Key_P)
    phases = view.steps()
    assert view.by_phase and len(phases) < len(view.journey_scene.layout.columns)
    assert visible_stages(view)[:len(phases[0])] == phases[0]


def test_a_plus_enlarges_the_text_and_is_remembered_for_the_project(presenting, qtbot):
    window, view = presenting
    before = view.note_text_pixels()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.note_text_pixels() > before
    scale = view.text_scale
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    window.presentation.start()
    assert window.presentation.window.view.text_scale == pytest.approx(scale)


def test_s_puts_a_spotlight_on_the_selected_note(presenting, qtbot):
    window, view = presenting
    scene = view.journey_scene
    note_id = scene.reading_order()[0]
    scene.select_notes([note_id])
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert view.spotlight and view.spotlight_rect() == scene.notes[note_id].sceneBoundingRect()


def test_the_channel_names_stay_pinned_on_a_later_stage(presenting, qtbot):
    window, view = presenting
    qtbot.keyClick(view, Qt.Key.Key_End)
    row = next(iter(view.journey_scene.layout.rows.values()))
    y = view.mapFromScene(0, row.y + row.h / 2).y()
    assert view.grab().toImage().pixelColor(8, y).name() == "#f5f7f8"  # a channel header, left of its name


def test_the_view_menu_offers_the_presentation_with_f5(window):
    actions = [a for a in window.menus.view.actions() if isinstance(a, QAction) and a.shortcut().toString() == "F5"]
    assert len(actions) == 1


def test_a_line_typed_under_the_presented_map_lands_on_it(presenting, qtbot):
    window, view = presenting
    field = window.presentation.window.capture.field
    scene = view.journey_scene
    cell = scene.current_cell
    for key_text in "Je paie":
        qtbot.keyClicks(field, key_text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    notes = window.controller.doc.state.cell(window.current_journey_id(), *cell)
    assert notes[-1].text == "Je paie" and notes[-1].id in scene.notes  # the room sees it at once
