"""The workshop timer, driven by a fake clock as a facilitator would drive it: start, pause, +1 min, reset,
next step; the last minute in amber, the end signalled once (flashing red, a beep), the time spent per
step recorded in the project (never an undo step) and kept after saving and reopening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cjm_desktop.commands.agenda import DeleteStep, EditStep
from cjm_desktop.model.domain import AgendaStep, StepStatus
from cjm_desktop.queries.agenda import steps
from tests.support.fake_clock import FakeClock
from ui.present.presentation_view import PresentationView
from ui.timer.timer_bar import COLORS
from ui.timer.timer_controller import RECORD_EVERY, TimerController, TimerPhase


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def beeps() -> list[int]:
    return []


@pytest.fixture
def timer(window, project, clock, beeps) -> TimerController:
    """The window's timer on the sample project, its clock and its beep replaced."""
    assert window.open_path(project)
    timer = window.timer
    timer.clock = clock
    timer.beep = lambda: beeps.append(1)
    return timer


def agenda(window) -> list[AgendaStep]:
    return steps(window.controller.doc.state)


def stored(window, step_id: int) -> AgendaStep:
    return window.controller.doc.state.get(AgendaStep, step_id)


def run_for(timer: TimerController, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    timer.tick()


# --- counting ---------------------------------------------------------------------------------------
def test_start_counts_down_the_first_step_from_its_duration(window, timer, clock):
    first = agenda(window)[0]
    timer.start()
    run_for(timer, clock, 125)
    assert timer.step.id == first.id and timer.running
    assert timer.remaining == first.duration - 125
    assert stored(window, first.id).status is StepStatus.CURRENT


def test_the_time_comes_from_the_clock_not_from_the_ticks(timer, clock):
    timer.start()
    for _ in range(50):
        timer.tick()
    assert timer.elapsed == 0
    clock.advance(7.5)
    assert timer.elapsed == 7.5


def test_a_qtimer_makes_the_ticks_while_it_runs(timer, qtbot):
    timer.start()
    with qtbot.waitSignal(timer.ticked, timeout=2000):
        pass
    timer.pause()
    assert not timer._ticks.isActive()


def test_the_display_shows_the_time_left_rounded_up(window, timer, clock):
    window.agenda.set_wanted(True)
    bar = window.agenda.panel.timer_bar
    timer.start()
    run_for(timer, clock, 0.4)
    assert bar.time.text() == "10:00"  # the welcome: ten minutes, not 09:59 after a fraction of a second
    run_for(timer, clock, 65)
    assert bar.time.text() == "08:55"


def test_pause_stops_the_count_and_start_resumes_it(timer, clock):
    timer.start()
    run_for(timer, clock, 100)
    timer.pause()
    clock.advance(500)
    assert timer.elapsed == 100
    timer.start()
    run_for(timer, clock, 50)
    assert timer.elapsed == 150


def test_plus_one_minute_gives_the_step_a_minute_more_and_keeps_the_plan(window, timer, clock):
    step = agenda(window)[0]
    timer.start()
    run_for(timer, clock, 100)
    timer.add_minute()
    assert timer.remaining == step.duration + 60 - 100
    assert stored(window, step.id).duration == step.duration


def test_reset_starts_the_step_over(window, timer, clock):
    step = agenda(window)[0]
    timer.start()
    run_for(timer, clock, 200)
    timer.add_minute()
    timer.reset()
    assert (timer.elapsed, timer.remaining) == (0, step.duration)
    assert stored(window, step.id).spent == 0


# --- colours and the end ----------------------------------------------------------------------------
def test_the_display_is_dark_then_amber_in_the_last_minute(window, timer, clock):
    window.agenda.set_wanted(True)
    bar = window.agenda.panel.timer_bar
    step = agenda(window)[0]
    timer.start()
    run_for(timer, clock, step.duration - 61)
    assert (timer.phase, bar.colors) == (TimerPhase.NORMAL, COLORS["normal"])
    run_for(timer, clock, 2)
    assert (timer.phase, bar.colors) == (TimerPhase.LAST_MINUTE, COLORS["last_minute"])


def test_the_end_is_signalled_once_with_a_beep(window, timer, clock, beeps, qtbot):
    step = agenda(window)[0]
    timer.start()
    clock.advance(step.duration)
    with qtbot.waitSignal(timer.finished, timeout=1000):
        timer.tick()
    run_for(timer, clock, 1)
    run_for(timer, clock, 1)
    assert timer.phase is TimerPhase.OVER and beeps == [1]


def test_past_the_end_the_display_flashes_red_and_counts_the_overrun(window, timer, clock):
    window.agenda.set_wanted(True)
    bar = window.agenda.panel.timer_bar
    step = agenda(window)[0]
    timer.start()
    run_for(timer, clock, step.duration + 42)
    first = bar.colors
    run_for(timer, clock, 0.5)
    assert {first, bar.colors} == {COLORS["over"], COLORS["over_off"]}
    assert bar.time.text() == "+00:42"


def test_plus_one_minute_after_the_end_lets_it_ring_again(window, timer, clock, beeps):
    step = agenda(window)[0]
    timer.start()
    run_for(timer, clock, step.duration + 5)
    timer.add_minute()
    assert timer.phase is TimerPhase.LAST_MINUTE
    run_for(timer, clock, 60)
    assert beeps == [1, 1]


# --- steps ------------------------------------------------------------------------------------------
def test_the_timer_runs_through_two_steps_and_records_each(window, timer, clock):
    first, second = agenda(window)[:2]
    timer.start()
    run_for(timer, clock, 610)
    timer.next()
    assert timer.step.id == second.id and timer.running
    run_for(timer, clock, 300)
    timer.pause()
    assert (stored(window, first.id).spent, stored(window, first.id).status) == (610, StepStatus.DONE)
    assert (stored(window, second.id).spent, stored(window, second.id).status) == (300, StepStatus.CURRENT)


def test_previous_goes_back_and_counts_on_from_what_was_spent(window, timer, clock):
    first, second = agenda(window)[:2]
    timer.start()
    run_for(timer, clock, 90)
    timer.next()
    timer.previous()
    run_for(timer, clock, 10)
    assert timer.step.id == first.id and timer.elapsed == 100
    assert stored(window, second.id).status is StepStatus.TODO  # no time was spent on it


def test_next_after_the_last_step_ends_the_agenda(window, timer, clock):
    last = agenda(window)[-1]
    timer.select(last.id)
    timer.start()
    run_for(timer, clock, 30)
    timer.next()
    assert timer.step is None and not timer.running
    assert stored(window, last.id).status is StepStatus.DONE


def test_deleting_the_timed_step_stops_the_timer(window, timer):
    timer.start()
    window.controller.execute(DeleteStep(timer.step.id), "delete")
    assert timer.step is None and not timer.running and timer.phase is TimerPhase.IDLE


def test_a_step_made_longer_counts_down_from_its_new_duration(window, timer, clock):
    step = agenda(window)[0]
    timer.start()
    run_for(timer, clock, 60)
    window.controller.execute(EditStep(step.id, duration=1200), "longer")
    assert timer.remaining == 1140


# --- records ----------------------------------------------------------------------------------------
def test_ticks_do_not_write_at_every_second_but_every_thirty(window, timer, clock):
    step = agenda(window)[0]
    timer.start()
    revision = window.controller.doc.revision
    for _ in range(int(RECORD_EVERY) - 1):
        run_for(timer, clock, 1)
    assert window.controller.doc.revision == revision
    run_for(timer, clock, 1)
    assert window.controller.doc.revision == revision + 1
    assert stored(window, step.id).spent == RECORD_EVERY


def test_the_timer_is_never_an_undo_step(window, timer, clock):
    timer.start()
    run_for(timer, clock, 45)
    timer.add_minute()
    timer.next()
    run_for(timer, clock, 31)
    timer.pause()
    timer.reset()
    assert window.controller.undo_stack.count() == 0


def test_the_time_spent_survives_saving_and_reopening(window, timer, clock, project):
    first, second = agenda(window)[:2]
    timer.start()
    run_for(timer, clock, 615)
    timer.next()
    run_for(timer, clock, 200)
    timer.pause()
    assert window.save()
    window.controller.close()
    assert window.open_path(project)
    assert (stored(window, first.id).spent, stored(window, first.id).status) == (615, StepStatus.DONE)
    assert (timer.step.id, timer.elapsed, timer.running) == (second.id, 200, False)


def test_quitting_records_the_time_of_the_running_step(window, timer, clock, project):
    timer.start()
    step = timer.step
    run_for(timer, clock, 12)
    window.close()
    assert window.open_path(project)
    assert stored(window, step.id).spent == 12


# --- everywhere ---------------------------------------------------------------------------------------
def test_the_timer_keeps_running_across_journeys_and_docks(window, timer, clock, prompts):
    timer.start()
    prompts.text_answer = "Parcours cible"
    window.journey_menu.derive_target()  # a new tab in front
    window.agenda.set_wanted(False)
    run_for(timer, clock, 50)
    assert timer.running and timer.elapsed == 50


def test_the_presentation_shows_the_timer_large_while_a_step_is_timed(window, timer, clock, qtbot):
    with qtbot.waitExposed(window):
        window.show()
    PresentationView.duration_ms = 0
    qtbot.keyClick(window.current_view(), Qt.Key.Key_F5)
    shown = window.presentation.window
    bar = shown.timer_bar
    assert bar is not None and not bar.isVisible()  # nothing timed yet
    timer.start()
    run_for(timer, clock, 5)
    assert bar.isVisible() and bar.large and bar.time.text() == "09:55"
    timer.pause()
    assert bar.isVisible()  # paused: still shown
    shown.close()


def test_f6_starts_and_pauses_the_timer_from_the_presentation(window, timer, qtbot):
    with qtbot.waitExposed(window):
        window.show()
    qtbot.keyClick(window.current_view(), Qt.Key.Key_F5)
    view = window.presentation.window.view
    qtbot.keyClick(view, Qt.Key.Key_F6)
    assert timer.running
    qtbot.keyClick(view, Qt.Key.Key_F6)
    assert not timer.running
    window.presentation.window.close()


def test_the_presentation_view_tells_notes_it_is_for_the_audience(window, timer, qtbot):
    with qtbot.waitExposed(window):
        window.show()
    qtbot.keyClick(window.current_view(), Qt.Key.Key_F5)
    assert window.presentation.window.view.viewport().property("audience") is True
    window.presentation.window.close()
