"""Affichage › Agenda et minuteur: the agenda's steps edited in the dock (each edit one undo step), the
method's steps for an empty agenda, the timer's buttons, and the time spent against the plan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from cjm_desktop.commands.agenda import DeleteStep
from cjm_desktop.model.domain import AgendaStep, StepStatus
from cjm_desktop.queries.agenda import steps
from tests.support.fake_clock import FakeClock
from ui.agenda.agenda_panel import NAME, OVER, PLANNED, SPENT


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def dock(window, project, clock):
    """The agenda dock of the sample project, shown; the timer on a fake clock."""
    assert window.open_path(project)
    window.timer.clock = clock
    window.timer.beep = lambda: None
    window.agenda.set_wanted(True)
    return window.agenda


def agenda(window) -> list[AgendaStep]:
    return steps(window.controller.doc.state)


def rows(panel) -> list[str]:
    return [panel.list.topLevelItem(row).text(NAME) for row in range(panel.list.topLevelItemCount())]


def test_the_view_menu_shows_the_agenda_and_the_timer_menu(window):
    texts = [action.text() for action in window.menus.view.actions()]
    assert window.agenda.toggle.text() in texts and window.agenda.menu.title() in texts


def test_the_dock_lists_the_steps_with_their_planned_time(window, dock):
    panel = dock.panel
    assert rows(panel) == [s.name for s in agenda(window)]
    assert panel.list.topLevelItem(2).text(PLANNED) == "45:00"


def test_add_puts_a_new_step_after_the_selected_one_in_one_undo_step(window, dock):
    panel = dock.panel
    panel.select(agenda(window)[1].id)
    panel.add.click()
    added = agenda(window)[2]
    assert rows(panel)[2] == added.name and added.duration == 600
    assert panel.selected_id() == added.id
    assert window.controller.undo_stack.count() == 1
    window.controller.undo_stack.undo()
    assert len(rows(panel)) == 9


def test_a_new_step_concerns_the_journey_on_screen(window, dock):
    dock.panel.add.click()
    added = window.controller.doc.state.get(AgendaStep, dock.panel.selected_id())
    assert added.journey_id == window.current_journey_id()


def test_remove_deletes_the_selected_step(window, dock):
    panel = dock.panel
    removed = agenda(window)[3]
    panel.select(removed.id)
    panel.remove.click()
    assert removed.name not in rows(panel)


def test_up_and_down_move_the_selected_step(window, dock):
    panel = dock.panel
    first, second = agenda(window)[:2]
    panel.select(second.id)
    panel.up.click()
    assert rows(panel)[:2] == [second.name, first.name]
    assert panel.selected_id() == second.id and not panel.up.isEnabled()
    panel.down.click()
    assert rows(panel)[:2] == [first.name, second.name]


def test_renaming_in_the_editor_is_one_undo_step(window, dock):
    panel = dock.panel
    step = agenda(window)[0]
    panel.select(step.id)
    panel.editor.name.setText("Café d'accueil")
    panel.editor.name.editingFinished.emit()
    assert rows(panel)[0] == "Café d'accueil"
    window.controller.undo_stack.undo()
    assert rows(panel)[0] == step.name


def test_the_duration_is_typed_in_minutes(window, dock):
    panel = dock.panel
    step = agenda(window)[2]
    panel.select(step.id)
    panel.editor.duration.setValue(50)
    assert window.controller.doc.state.get(AgendaStep, step.id).duration == 50 * 60
    assert panel.list.topLevelItem(2).text(PLANNED) == "50:00"


def test_the_journey_and_stages_of_a_step_are_chosen_in_the_editor(window, dock):
    panel, state = dock.panel, window.controller.doc.state
    step = agenda(window)[1]  # personas: no journey
    journey = state.journeys[0]
    panel.select(step.id)
    editor = panel.editor
    index = editor.journey.findData(journey.id)
    editor.journey.setCurrentIndex(index)
    editor.journey.activated.emit(index)
    assert editor.stages.count() == len(state.stages(journey.id))
    editor.stages.item(1).setCheckState(Qt.CheckState.Checked)
    edited = window.controller.doc.state.get(AgendaStep, step.id)
    assert (edited.journey_id, edited.stage_ids) == (journey.id, (state.stages(journey.id)[1].id,))


def test_instructions_are_committed_when_leaving_the_field(window, dock, qtbot):
    with qtbot.waitExposed(window):
        window.show()
    panel = dock.panel
    step = agenda(window)[0]
    panel.select(step.id)
    editor = panel.editor
    editor.instructions.setFocus()
    editor.instructions.setPlainText("Tour de table : prénom et service")
    editor.name.setFocus()
    qtbot.waitUntil(lambda: window.controller.doc.state.get(AgendaStep, step.id).instructions
                    == "Tour de table : prénom et service", timeout=2000)


def test_an_empty_agenda_offers_the_methods_steps(window, dock):
    for step in agenda(window):
        window.controller.execute(DeleteStep(step.id), "delete")
    panel = dock.panel
    assert panel.fill.isVisibleTo(panel) and rows(panel) == []
    panel.fill.click()
    assert len(rows(panel)) == 9 and not panel.fill.isVisibleTo(panel)
    window.controller.undo_stack.undo()
    assert rows(panel) == []


def test_the_timer_buttons_are_the_timer_menus_actions(window, dock):
    panel = dock.panel
    toggle = panel.timer_buttons[0]
    start_text = toggle.text()
    assert toggle.defaultAction() is dock.menu.toggle
    toggle.click()
    assert window.timer.running and toggle.text() != start_text  # « Pause »
    toggle.click()
    assert not window.timer.running


def test_timing_a_step_shows_its_journey(window, dock, prompts):
    prompts.text_answer = "Parcours cible"
    window.journey_menu.derive_target()
    window.show_journey(window.controller.doc.state.journeys[1].id)
    step = next(s for s in agenda(window) if s.journey_id == window.controller.doc.state.journeys[0].id)
    panel = dock.panel
    panel.select(step.id)
    panel.choose.click()
    assert window.timer.step.id == step.id
    assert window.current_journey_id() == step.journey_id


def test_double_clicking_a_step_times_it(window, dock, qtbot):
    panel = dock.panel
    step = agenda(window)[4]
    item = panel.list.topLevelItem(4)
    panel.list.itemDoubleClicked.emit(item, NAME)
    assert window.timer.step.id == step.id


def test_the_list_shows_the_time_spent_against_the_plan(window, dock, clock):
    panel, timer = dock.panel, window.timer
    timer.start()
    clock.advance(660)  # the ten-minute welcome, one minute late
    timer.next()
    clock.advance(30)
    timer.tick()
    first, second = panel.list.topLevelItem(0), panel.list.topLevelItem(1)
    assert (first.text(SPENT), first.text(OVER)) == ("11:00", "+01:00")
    assert second.text(SPENT) == "00:30"
    planned = sum(s.duration for s in agenda(window))
    assert f"{planned // 3600}:{planned % 3600 // 60:02d}:00" in panel.total.text() and "11:30" in panel.total.text()


def test_the_step_being_timed_is_marked(window, dock):
    panel = dock.panel
    window.timer.select(agenda(window)[2].id)
    assert [panel.list.topLevelItem(row).text(0) for row in range(3)] == ["", "", "▶"]
    assert window.controller.doc.state.get(AgendaStep, agenda(window)[2].id).status is StepStatus.CURRENT


def test_a_record_of_the_timer_keeps_the_name_being_typed(window, dock, clock, qtbot):
    with qtbot.waitExposed(window):
        window.show()
    panel = dock.panel
    panel.select(window.timer.step.id if window.timer.step else agenda(window)[0].id)
    panel.editor.name.setFocus()
    qtbot.waitUntil(panel.editor.name.hasFocus, timeout=2000)
    panel.editor.name.setText("Accueil (en cours de frappe)")
    window.timer.start()
    clock.advance(31)
    window.timer.tick()  # records: the agenda is shown again
    assert panel.editor.name.text() == "Accueil (en cours de frappe)"


def test_timer_shortcuts_do_not_clash_with_the_windows(window):
    keys = {}
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            keys.setdefault(shortcut.toString(), []).append(action.text())
    menu = window.agenda.menu
    for action in (menu.toggle, menu.add_minute, menu.next, menu.previous, window.agenda.toggle):
        assert keys[action.shortcut().toString()] == [action.text()]


def test_starting_the_agenda_on_a_journey_step_shows_that_journey(window, dock, prompts):
    current = window.controller.doc.state.journeys[0].id
    for step in agenda(window)[:2]:  # the welcome and the personas name no journey
        window.controller.execute(DeleteStep(step.id), "delete")
    prompts.text_answer = "Parcours cible"
    window.journey_menu.derive_target()
    assert window.current_journey_id() != current
    dock.menu.toggle.trigger()
    assert window.timer.running and window.current_journey_id() == current
