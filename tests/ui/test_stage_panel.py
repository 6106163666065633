"""The « Stage details » dock in the main window: which stage it shows, and every edit as one
undo step written to the document."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from cjm_desktop.commands.stage_details import EditStageDetails
from cjm_desktop.model.domain import Stage
from cjm_desktop.queries.emotions import note_means
from cjm_desktop.queries.listening import HEATMAPS
from cjm_desktop.queries.stage_details import details_of, kpis_of
from tests.support.canvas_input import LEFT, at, note_centre, type_text
from ui.canvas.lanes_item import emotion_text


@pytest.fixture
def canvas(window, project, qtbot):
    """The sample project open and shown; returns (window, view, scene, panel)."""
    window.open_path(project)
    with qtbot.waitExposed(window):
        window.show()
    return window, window.current_view(), window.tabs.current_scene(), window.stage_dock.panel


def stages(window) -> list[Stage]:
    return window.controller.doc.state.stages(window.current_journey_id())


def type_into(edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)
    edit.editingFinished.emit()  # what leaving the field does


def test_the_dock_exists_with_a_view_menu_toggle(canvas):
    window, _, _, _ = canvas
    dock = window.findChild(QDockWidget, "stageDock")
    assert dock is window.stage_dock and dock.toggle.isChecked()
    assert dock.toggle in window.menus.view.actions()
    dock.toggle.trigger()
    assert dock.isHidden() and not dock.toggle.isChecked()
    dock.toggle.trigger()
    assert not dock.isHidden()


def test_it_shows_the_stage_of_the_current_cell(canvas):
    window, _, scene, panel = canvas
    scene.set_current_cell((scene.current_cell[0], stages(window)[2].id))
    assert panel.stage_id == stages(window)[2].id
    assert "Sélectionner" in panel.title.text()


def test_it_shows_the_stage_of_a_clicked_note(canvas, qtbot):
    window, view, scene, panel = canvas
    note_id = next(i for i in reversed(scene.reading_order()) if scene.notes[i].note.stage_id is not None)
    qtbot.mouseClick(view.viewport(), LEFT, pos=note_centre(view, scene, note_id))
    assert panel.stage_id == scene.notes[note_id].note.stage_id


def test_a_click_on_a_stage_header_shows_that_stage(canvas, qtbot):
    window, view, scene, panel = canvas
    stage_id = stages(window)[5].id
    rect = scene.layout.columns[stage_id]
    qtbot.mouseClick(view.viewport(), LEFT, pos=at(view, rect.x + 40, rect.y + 20))
    assert panel.stage_id == stage_id


def test_typing_a_goal_is_one_undo_step_and_undo_removes_it(canvas):
    window, _, scene, panel = canvas
    stage_id = panel.stage_id
    type_into(panel.goal_edit, "Trouver l’offre adaptée")
    state = window.controller.doc.state
    assert details_of(state, stage_id).customer_goal == "Trouver l’offre adaptée"
    assert window.controller.undo_stack.count() == 1
    window.actions_.undo.trigger()
    assert details_of(window.controller.doc.state, stage_id) is None
    assert panel.goal_edit.text() == ""


def test_a_goal_being_typed_is_kept_when_another_stage_is_shown(canvas):
    window, _, scene, panel = canvas
    first = panel.stage_id
    panel.goal_edit.setFocus()
    type_text(panel.goal_edit, "Être rassuré")
    scene.set_current_cell((scene.current_cell[0], stages(window)[4].id))
    assert details_of(window.controller.doc.state, first).customer_goal == "Être rassuré"
    assert panel.stage_id == stages(window)[4].id and panel.goal_edit.text() == ""


def test_duration_departments_and_listening_devices_are_saved(canvas):
    window, _, _, panel = canvas
    stage_id = panel.stage_id
    type_into(panel.duration_edit, "2 à 3 jours")
    type_into(panel.departments_edit, "Marketing, SAV")
    panel.listening_checks[HEATMAPS].click()
    type_into(panel.other_edit, "Avis Google")
    details = details_of(window.controller.doc.state, stage_id)
    assert (details.nominal_duration, details.departments, details.listening_devices) == (
        "2 à 3 jours", ("Marketing", "SAV"), (HEATMAPS, "Avis Google"))
    assert window.controller.undo_stack.count() == 4


def test_kpis_are_added_edited_and_removed_with_undo(canvas):
    window, _, _, panel = canvas
    stage_id = panel.stage_id
    panel.add_kpi_button.click()
    panel.kpi_table.item(0, 0).setText("NPS")
    panel.kpi_table.item(0, 2).setText("< 10")
    kpi = kpis_of(window.controller.doc.state, stage_id)[0]
    assert (kpi.name, kpi.alert_threshold) == ("NPS", "< 10")
    panel.kpi_table.setCurrentCell(0, 0)
    panel.remove_kpi_button.click()
    assert kpis_of(window.controller.doc.state, stage_id) == [] and panel.kpi_table.rowCount() == 0
    window.actions_.undo.trigger()
    assert [k.name for k in kpis_of(window.controller.doc.state, stage_id)] == ["NPS"]
    assert panel.kpi_table.item(0, 0).text() == "NPS"
    assert window.controller.undo_stack.count() == 4  # add, name, threshold, delete


def test_the_emotion_override_shows_the_mean_and_can_be_set(canvas, qtbot):
    window, _, _, panel = canvas
    stage_id = panel.stage_id
    assert panel.emotion_combo.currentIndex() == 0
    mean = note_means(window.controller.doc.state, window.current_journey_id())[stage_id]
    assert emotion_text(mean) in panel.emotion_combo.currentText()
    panel.emotion_combo.setFocus()
    qtbot.keyClick(panel.emotion_combo, Qt.Key.Key_End)  # +2
    assert window.controller.doc.state.get(Stage, stage_id).emotion == 2
    window.actions_.undo.trigger()
    assert window.controller.doc.state.get(Stage, stage_id).emotion is None
    assert panel.emotion_combo.currentIndex() == 0


def test_showing_stages_never_edits(canvas):
    window, _, scene, panel = canvas
    for stage in stages(window):
        scene.set_current_cell((scene.current_cell[0], stage.id))
    assert window.controller.undo_stack.count() == 0


def test_clearing_a_kpi_name_puts_the_name_back_and_edits_nothing(canvas):
    window, _, _, panel = canvas
    panel.add_kpi_button.click()
    panel.kpi_table.item(0, 0).setText("NPS")
    steps = window.controller.undo_stack.count()
    panel.kpi_table.item(0, 0).setText("   ")
    assert panel.kpi_table.item(0, 0).text() == "NPS"
    assert [k.name for k in kpis_of(window.controller.doc.state, panel.stage_id)] == ["NPS"]
    assert window.controller.undo_stack.count() == steps


def test_the_stage_panel_is_built_when_its_dock_first_shows(window, project, qtbot):
    window.open_path(project)
    with qtbot.waitExposed(window):
        window.show()
    dock = window.stage_dock
    assert dock.widget() is None  # behind the properties tab: nothing built yet
    dock.raise_()
    assert dock.isVisible() and dock.widget() is not None


def test_a_hidden_stage_dock_refills_when_it_shows(canvas):
    window, _, scene, panel = canvas
    dock = window.stage_dock
    stage = stages(window)[0]
    dock.edit_stage(stage.id)
    dock.set_wanted(False)
    window.controller.execute(EditStageDetails(stage.id, customer_goal="Trouver vite"), "But")
    assert panel.goal_edit.text() != "Trouver vite"  # a hidden dock does no work
    dock.set_wanted(True)
    assert panel.goal_edit.text() == "Trouver vite"


def test_details_typed_after_clicking_a_stage_header_go_to_that_stage(canvas, qtbot):
    """Issue 14.1: with a note selected (the normal state), click another stage's header, type its
    goal, Tab, a duration, add a KPI: all of it lands in the clicked stage, and the panel stays on it."""
    window, view, scene, panel = canvas
    note_id = next(i for i in scene.reading_order() if scene.notes[i].note.stage_id == stages(window)[0].id)
    qtbot.mouseClick(view.viewport(), LEFT, pos=note_centre(view, scene, note_id))
    assert scene.selected_ids() == [note_id]
    clicked = stages(window)[3]
    header = scene.layout.columns[clicked.id]
    qtbot.mouseClick(view.viewport(), LEFT, pos=at(view, header.x + header.w / 2, header.y + header.h / 2))
    assert panel.stage_id == clicked.id and scene.selected_ids() == []  # the stage is chosen, not the note
    assert scene.stage_marker.isVisible() and scene.stage_marker.rect().x() == pytest.approx(header.x + 1)
    panel.goal_edit.setFocus()
    type_text(panel.goal_edit, "Trouver vite")
    qtbot.keyClick(panel.goal_edit, Qt.Key.Key_Tab)  # leaves the field: the goal is saved
    type_text(panel.duration_edit, "2 jours")
    qtbot.keyClick(panel.duration_edit, Qt.Key.Key_Tab)
    qtbot.mouseClick(panel.add_kpi_button, LEFT)
    state = window.controller.doc.state
    assert panel.stage_id == clicked.id
    assert (details_of(state, clicked.id).customer_goal, details_of(state, clicked.id).nominal_duration) == \
        ("Trouver vite", "2 jours")
    assert len(kpis_of(state, clicked.id)) == 1
    assert scene.stage_marker.isVisible()  # still the chosen stage after the edits re-laid the map out
    noted = scene.notes[note_id].note.stage_id
    assert details_of(state, noted) is None or details_of(state, noted).customer_goal != "Trouver vite"


def test_adding_a_stage_from_the_toolbar_puts_it_after_the_current_stage_in_its_phase(canvas, prompts):
    """Issue 14.6: not at the end « sans phase »."""
    window, _, scene, _ = canvas
    before = stages(window)
    current = before[2]
    scene.set_current_cell((scene.current_cell[0], current.id))
    prompts.text_answer = "Comparer les avis"
    window.actions_.add_stage.trigger()
    after = stages(window)
    added = after[3]
    assert [s.id for s in after[:3]] == [s.id for s in before[:3]] and added.name == "Comparer les avis"
    assert added.phase == current.phase and scene.current_cell[1] == added.id
