"""The window fits the screen, and each project reopens with its geometry, docks, journey tab, zoom and scroll."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QScrollArea

from cjm_desktop.commands.journeys import DuplicateJourney
from ui.host.feature_dock import FeatureDock
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


SMALL_LAPTOP = QSize(1366, 768 - 32 - 30)  # 1366×768 without a 32-pixel panel and a 30-pixel title bar


def fits(size: QSize, area: QSize) -> bool:
    return size.width() <= area.width() and size.height() <= area.height()


def show_every_dock(qtbot, window: MainWindow) -> list[FeatureDock]:
    docks = window.findChildren(FeatureDock)
    for dock in docks:
        dock.set_wanted(True)
    qtbot.waitUntil(lambda: all(dock.isVisible() for dock in docks))
    return docks


def test_the_start_page_fits_a_small_laptop_screen(window):
    window.show()
    assert window.stack.currentWidget() is window.start_page
    assert fits(window.minimumSizeHint(), SMALL_LAPTOP), window.minimumSizeHint()


def test_with_every_dock_shown_the_window_fits_a_small_laptop_screen(qtbot, window, project):
    window.show()
    assert window.open_path(project)
    show_every_dock(qtbot, window)
    assert fits(window.minimumSizeHint(), SMALL_LAPTOP), window.minimumSizeHint()


def test_a_dock_too_short_for_its_panel_scrolls_to_every_control(qtbot, window, project):
    window.resize(SMALL_LAPTOP)
    window.show()
    assert window.open_path(project)
    docks = show_every_dock(qtbot, window)
    window.agenda.set_wanted(True)  # in front of its tab group
    scroll = window.agenda.widget()
    assert isinstance(scroll, QScrollArea) and scroll.widget() is window.agenda.panel
    assert scroll.height() < scroll.widget().minimumSizeHint().height()  # too short for the panel…
    bar = scroll.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0  # …so it scrolls
    assert len(docks) >= 9



def test_the_app_icon_holds_every_drawn_size(qapp):
    from ui.widgets.application import app_icon

    assert {16, 32, 48, 256} <= {size.width() for size in app_icon().availableSizes()}
