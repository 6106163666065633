"""The workshop timer: the agenda's current step, counting down, for the whole app.

One ``TimerController`` belongs to the main window: it keeps running whatever journey, dock or window
is shown. Time is always computed from the clock (``clock``: monotonic seconds, injectable so tests drive
it), never from a count of ticks; the ``QTimer`` only says when to look again.

The time spent on a step is the project's (``AgendaStep.spent``), written through
``DocumentController.set_view`` with ``RecordTime`` — never an undo step, and never at every tick: on
start and pause, on a change of step, on +1 min and reset, and every ``RECORD_EVERY`` seconds while it runs.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from cjm_desktop.commands.agenda import RecordTime
from cjm_desktop.model.domain import AgendaStep, StepStatus
from cjm_desktop.model.ops import Change
from cjm_desktop.queries.agenda import current_step, steps
from ui.document.document_controller import DocumentController

TICK_MS = 200  # how often the display looks at the clock (the flashing needs a few looks a second)
RECORD_EVERY = 30.0  # seconds between two records while the timer runs
LAST_MINUTE = 60.0
MINUTE = 60


class TimerPhase(Enum):
    """What the display shows: no step, counting down, the last minute, the time is up."""

    IDLE = "idle"
    NORMAL = "normal"
    LAST_MINUTE = "last_minute"
    OVER = "over"


class TimerController(QObject):
    """The current step of the agenda and its countdown: start, pause, +1 min, reset, next, previous."""

    changed = Signal()  # the step, running or paused, the time planned (+1 min) or the agenda changed
    ticked = Signal()  # the clock moved while running: the display shows the new time
    finished = Signal()  # the step's time just ran out (once per step, until reset or +1 min)
    step_entered = Signal(object)  # the user moved the timer to this step (its AgendaStep)

    def __init__(self, controller: DocumentController, clock: Callable[[], float] = time.monotonic,
                 beep: Callable[[], None] = QApplication.beep, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.clock = clock
        self.beep = beep
        self._step_id: int | None = None
        self._running = False
        self._base = 0.0  # seconds counted before the current run
        self._since = 0.0  # the clock when the current run started
        self._extra: dict[int, int] = {}  # step id -> seconds added with +1 min (this session only)
        self._recorded_at = 0.0
        self._rang = False  # the end was signalled for this step
        self._ticks = QTimer(self)
        self._ticks.setInterval(TICK_MS)
        self._ticks.timeout.connect(self.tick)
        controller.document_replaced.connect(self._document_replaced)
        controller.changed.connect(self._on_change)
        self._document_replaced()

    # --- what it shows ------------------------------------------------------------------------------
    @property
    def step(self) -> AgendaStep | None:
        doc = self.controller.doc
        return doc.state.get(AgendaStep, self._step_id) if doc is not None else None

    @property
    def running(self) -> bool:
        return self._running

    @property
    def elapsed(self) -> float:
        """Seconds spent on the step (what was recorded before, and this run)."""
        return self._base + (self.clock() - self._since if self._running else 0.0)

    @property
    def planned(self) -> int:
        """The step's duration, with the minutes added (+1 min)."""
        step = self.step
        return step.duration + self._extra.get(step.id, 0) if step is not None else 0

    @property
    def extra(self) -> int:
        """Seconds added to the step with +1 min."""
        return self._extra.get(self._step_id, 0) if self._step_id is not None else 0

    @property
    def remaining(self) -> float:
        """Seconds left (negative once the time is up)."""
        return self.planned - self.elapsed

    @property
    def phase(self) -> TimerPhase:
        if self.step is None:
            return TimerPhase.IDLE
        remaining = self.remaining
        if remaining <= 0:
            return TimerPhase.OVER
        return TimerPhase.LAST_MINUTE if remaining <= LAST_MINUTE else TimerPhase.NORMAL

    @property
    def shown_seconds(self) -> int:
        """The whole seconds a clock shows: left, rounded up (10:00 at the start, 00:00 at the end),
        then past the end, rounded down."""
        remaining = self.remaining
        return math.ceil(remaining) if remaining > 0 else math.floor(-remaining)

    @property
    def progress(self) -> float:
        """How much of the planned time is used, 0 to 1."""
        planned = self.planned
        return 1.0 if planned <= 0 else max(0.0, min(1.0, self.elapsed / planned))

    @property
    def flash_on(self) -> bool:
        """For the time-is-up signal: on and off twice a second (from the clock, like everything)."""
        return self.phase is TimerPhase.OVER and (not self._running or int(self.elapsed * 2) % 2 == 0)

    @property
    def active(self) -> bool:
        """A step is being timed: running, or paused after it ran (what the presentation shows)."""
        return self.step is not None and (self._running or self.elapsed > 0)

    # --- the facilitator's gestures -------------------------------------------------------------------
    def start(self) -> None:
        """Run the timer on its step (the agenda's current one, else its first)."""
        if self._running:
            return
        entered = None
        if self.step is None:
            doc = self.controller.doc
            if doc is None:
                return
            entered = current_step(doc.state) or next(iter(steps(doc.state)), None)
            if entered is None:
                return
            self._enter(entered)
        self._since = self.clock()
        self._running = True
        self._ticks.start()
        self.record()
        self.changed.emit()
        if entered is not None:
            self.step_entered.emit(entered)

    def pause(self) -> None:
        if not self._running:
            return
        self._base = self.elapsed
        self._running = False
        self._ticks.stop()
        self.record()
        self.changed.emit()

    def toggle(self) -> None:
        """Start or pause."""
        if self._running:
            self.pause()
        else:
            self.start()

    def add_minute(self) -> None:
        """One more minute for this step (the plan is kept: the summary compares with it)."""
        if self._step_id is None:
            return
        self._extra[self._step_id] = self._extra.get(self._step_id, 0) + MINUTE
        if self.remaining > 0:
            self._rang = False
        self.record()
        self.changed.emit()

    def reset(self) -> None:
        """Start the step over from its full duration: the time counted on it so far is dropped."""
        if self._step_id is None:
            return
        self._base, self._since = 0.0, self.clock()
        self._extra.pop(self._step_id, None)
        self._rang = False
        self.record()
        self.changed.emit()

    def next(self) -> None:
        """The next step of the agenda (this one is done); the timer keeps running if it ran."""
        self._go(1)

    def previous(self) -> None:
        """The previous step of the agenda."""
        self._go(-1)

    def select(self, step_id: int) -> None:
        """Time ``step_id`` from now on (the one timed so far is left as done, or to do if no time
        was spent on it); the timer keeps running if it ran."""
        doc = self.controller.doc
        target = doc.state.get(AgendaStep, step_id) if doc is not None else None
        if target is None or step_id == self._step_id:
            return
        self._leave(StepStatus.DONE if self.elapsed > 0 else StepStatus.TODO)
        self._enter(target)
        self._since = self.clock()
        self.record()
        self.changed.emit()
        self.step_entered.emit(target)

    def record(self) -> None:
        """Write the time spent on the step and its status into the project (not an undo step)."""
        self._record(StepStatus.CURRENT)

    def tick(self) -> None:
        """Look at the clock: show the time, signal the end once, record now and then."""
        if self.step is None:
            return
        if self.phase is TimerPhase.OVER and not self._rang:
            self._rang = True
            self.beep()
            self.finished.emit()
        if self._running and self.clock() - self._recorded_at >= RECORD_EVERY:
            self.record()
        self.ticked.emit()

    # --- inside -------------------------------------------------------------------------------------
    def _go(self, by: int) -> None:
        """The step ``by`` away in the agenda. Past the last step the agenda is over: the last step is
        done and the timer stops, on no step."""
        doc = self.controller.doc
        if doc is None:
            return
        ids = [s.id for s in steps(doc.state)]
        here = ids.index(self._step_id) if self._step_id in ids else (-1 if by > 0 else len(ids))
        index = here + by
        if by > 0 and self._step_id in ids:
            self._leave(StepStatus.DONE)
            self._step_id, self._base = None, 0.0
        if 0 <= index < len(ids):
            self.select(ids[index])
        elif self._step_id is None:  # the end of the agenda
            self._running = False
            self._ticks.stop()
            self.changed.emit()

    def _leave(self, status: StepStatus) -> None:
        """Record the step the timer leaves, with ``status``."""
        if self._step_id is not None:
            self._base, self._since = self.elapsed, self.clock()
            self._record(status)

    def _enter(self, step: AgendaStep) -> None:
        self._step_id = step.id
        self._base = float(step.spent)
        self._rang = self.remaining <= 0  # a step already over its time does not ring again

    def _record(self, status: StepStatus) -> None:
        doc = self.controller.doc
        step = self.step
        if doc is None or step is None:
            return
        self._recorded_at = self.clock()
        self.controller.set_view(RecordTime(step.id, int(self.elapsed), status))

    def _document_replaced(self) -> None:
        """A project was opened (or closed): its current step, paused."""
        self._ticks.stop()
        self._running = False
        self._extra.clear()
        self._step_id = None
        self._base = 0.0
        doc = self.controller.doc
        if doc is not None and (step := current_step(doc.state)) is not None:
            self._enter(step)
        self.changed.emit()

    def _on_change(self, change: Change) -> None:
        if AgendaStep not in change:
            return
        if self._step_id is not None and self.step is None:  # its step was deleted
            self._ticks.stop()
            self._running = False
            self._step_id = None
            self._base = 0.0
        self.changed.emit()
