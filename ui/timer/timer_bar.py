"""The timer's display: the step's name, the time left in big figures, a progress bar; dark while it
counts, amber in the last minute, flashing red « Temps écoulé » once the time is up.

The same widget serves in the agenda dock and, ``large``, on the projector (the presentation).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QProgressBar, QWidget

from cjm_desktop.queries.agenda import clock_text
from ui.timer.timer_controller import TimerController, TimerPhase
from ui.widgets.plain_text import PlainLabel, plain_tip

# (background, text, progress) by what the timer shows; the time-is-up colours swap twice a second
COLORS: dict[str, tuple[str, str, str]] = {
    "idle": ("#eceff1", "#607d8b", "#b0bec5"),
    "normal": ("#263238", "#ffffff", "#4fc3f7"),
    "last_minute": ("#ffb300", "#1a1a1a", "#e65100"),
    "over": ("#d32f2f", "#ffffff", "#ffffff"),
    "over_off": ("#ffffff", "#d32f2f", "#d32f2f"),
}
PROGRESS_STEPS = 1000


class TimerBar(QFrame):
    """Shows ``timer``; ``large`` for the room (figures readable from the back of it)."""

    def __init__(self, timer: TimerController, large: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.large = large
        self.setObjectName("timerBar")
        self.name = PlainLabel()
        self.state = PlainLabel()
        self.time = PlainLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10 if large else 6)
        self.name.setWordWrap(True)
        self.state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.time.setAlignment(Qt.AlignmentFlag.AlignCenter)
        figures = QFont(self.font())
        figures.setPixelSize(120 if large else 40)
        figures.setBold(True)
        figures.setStyleHint(QFont.StyleHint.Monospace)
        self.time.setFont(figures)
        words = QFont(self.font())
        words.setPixelSize(28 if large else 14)
        words.setBold(True)
        self.name.setFont(words)
        self.state.setFont(words)
        layout = QGridLayout(self)
        margin = 24 if large else 10
        layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        layout.setVerticalSpacing(2)
        if large:  # the room reads the step, the time, then what it means (« Temps écoulé »)
            self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(self.name, 0, 0, 1, 2)
            layout.addWidget(self.time, 1, 0, 1, 2)
            layout.addWidget(self.state, 2, 0, 1, 2)
            layout.addWidget(self.progress, 3, 0, 1, 2)
        else:
            layout.addWidget(self.name, 0, 0)
            layout.addWidget(self.state, 0, 1)
            layout.addWidget(self.time, 1, 0, 1, 2)
            layout.addWidget(self.progress, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self._margin = margin
        self._look = ""  # the colours applied (a style sheet is set only when they change)
        self.colors = COLORS["idle"]
        timer.changed.connect(self.refresh)
        timer.ticked.connect(self.refresh)
        self.refresh()

    def preferred_width(self) -> int:
        """Wide enough for the time past the end (« +88:88 ») in the figures' font."""
        return QFontMetrics(self.time.font()).horizontalAdvance("+88:88") + 2 * self._margin + 24

    def refresh(self) -> None:
        """Show the timer as it is now."""
        timer, step = self.timer, self.timer.step
        phase = timer.phase
        if step is None:
            self.name.setText(self.tr("No step in progress"))
            self.name.setToolTip("")
            self.time.setText("--:--")
            self.state.setText("")
            self.progress.setValue(0)
        else:
            self.name.setText(step.name)
            self.name.setToolTip(plain_tip(step.instructions))
            seconds = timer.shown_seconds
            self.time.setText(("+" if phase is TimerPhase.OVER and seconds else "") + clock_text(seconds))
            self.progress.setValue(round(timer.progress * PROGRESS_STEPS))
            if phase is TimerPhase.OVER:
                self.state.setText(self.tr("Time is up"))
            elif not timer.running:
                self.state.setText(self.tr("Paused") if timer.elapsed > 0 else self.tr("Ready"))
            elif phase is TimerPhase.LAST_MINUTE:
                self.state.setText(self.tr("Last minute"))
            else:
                self.state.setText("")
        look = phase.value if phase is not TimerPhase.OVER or timer.flash_on else "over_off"
        if look != self._look:
            self._look = look
            self.colors = COLORS[look]
            background, text, bar = self.colors
            self.setStyleSheet(
                f"#timerBar {{ background: {background}; border-radius: {12 if self.large else 6}px; }}"
                f"#timerBar QLabel {{ color: {text}; background: transparent; }}"
                f"#timerBar QProgressBar {{ background: rgba(128, 128, 128, 60); border: none; border-radius: 3px; }}"
                f"#timerBar QProgressBar::chunk {{ background: {bar}; border-radius: 3px; }}")
