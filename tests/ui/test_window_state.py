"""The window fits the screen, and each project reopens with its geometry, docks, journey tab, zoom and scroll."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

from cjm_desktop.commands.journeys import DuplicateJourney
from ui.window.main_window import MainWindow
from ui.window.window_state import first_size


def test_a_first_window_takes_most_of_a_small_laptop_screen():
    size = first_size(QRect(0, 0, 1366, 740))  # 1366×768 without its panel
    assert size == QSize(1229, 666)


def test_a_first_window_never_exceeds_the_available_area():
    size = first_size(QRect(0, 0, 1024, 600))
    assert size.width() <= 1024 and size.height() <= 600


def test_a_first_window_stays_reasonable_on_a_huge_screen():
    assert first_size(QRect(0, 0, 5120, 2880)) == QSize(1600, 1000)


def test_the_first_window_fits_its_screen(qtbot, data_dir, prompts):
    window = MainWindow(prompts=prompts)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.size() == first_size(available)
    assert window.width() <= available.width() and window.height() <= available.height()


def reopen(qtbot, prompts, project) -> MainWindow:
    again = MainWindow(prompts=prompts, path=project)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.controller.doc is not None)
    return again


def test_a_project_reopens_with_its_window_geometry(qtbot, window, project, prompts):
    window.show()
    assert window.open_path(project)
    window.resize(window.width(), 610)  # (the offscreen screen is 800 px high: restoring keeps windows on it)
    qtbot.waitUntil(lambda: window.height() == 610)
    window.close()
    again = reopen(qtbot, prompts, project)
    assert again.height() == 610
    again.close()


def test_a_project_reopens_with_its_journey_tab_zoom_and_scroll(qtbot, window, project, prompts):
    window.show()
    assert window.open_path(project)
    first = window.controller.doc.state.journeys[0].id
    assert window.controller.execute(DuplicateJourney(first, "Copie"), "Duplicate")
    qtbot.waitUntil(lambda: len(window.tabs.editing) == 2)
    window.tabs.setCurrentIndex(1)
    view = window.tabs.current_view()
    view.zoom(1.5)
    view.verticalScrollBar().setValue(120)
    zoom, scroll = view.transform().m11(), view.verticalScrollBar().value()
    assert scroll > 0
    journey = window.current_journey_id()
    window.close()
    again = MainWindow(prompts=prompts, path=project)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.views_restored):
        again.show()
    assert again.current_journey_id() == journey
    view = again.tabs.current_view()
    assert (view.transform().m11(), view.verticalScrollBar().value()) == (zoom, scroll)
    again.close()


def test_a_project_reopens_with_its_docks(qtbot, window, project, prompts):
    window.show()
    assert window.open_path(project)
    window.stage_dock.set_wanted(False)
    window.personas.set_wanted(True)
    assert window.personas.isVisible() and not window.stage_dock.isVisible()
    window.close()
    again = MainWindow(prompts=prompts, path=project)
    qtbot.addWidget(again)
    again.stage_dock.set_wanted(True)  # wanted by default elsewhere: this project's layout wins
    with qtbot.waitSignal(again.views_restored):
        again.show()
    assert not again.stage_dock.isVisible()
    again.close()


def test_each_project_keeps_its_own_geometry(qtbot, window, project, prompts, tmp_path):
    other = tmp_path / "other.cjm"
    other.write_bytes(project.read_bytes())
    window.show()
    assert window.open_path(project)
    window.resize(window.width(), 610)
    qtbot.waitUntil(lambda: window.height() == 610)
    assert window.open_path(other)
    window.resize(window.width(), 700)
    qtbot.waitUntil(lambda: window.height() == 700)
    assert window.open_path(project)
    assert window.height() == 610


def test_nothing_is_remembered_for_a_never_saved_project(window):
    assert window.new_from_template("parcours-en-8")
    window.remember_view()
    assert not window.views.known(window.controller.doc.path)
