"""Affichage › Minuteur: the timer's actions (F6 start or pause, F7 +1 min, F8 next step, Shift+F8 the
previous one, and reset). They work in every window of the app, the presentation too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from cjm_desktop.model.domain import AgendaStep
from ui.timer.timer_controller import TimerController


class TimerMenu(QMenu):
    """The timer's actions, in a menu; the agenda dock's buttons show the same actions."""

    def __init__(self, timer: TimerController, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TimerMenu", "&Timer"), parent)
        self.timer = timer
        self.toggle = self._action(self.tr("&Start"), timer.toggle, "F6")
        self.add_minute = self._action(self.tr("&+1 min"), timer.add_minute, "F7")
        self.next = self._action(self.tr("&Next step"), timer.next, "F8")
        self.previous = self._action(self.tr("&Previous step"), timer.previous, "Shift+F8")
        self.reset = self._action(self.tr("&Reset"), timer.reset, "")  # no key: not by accident
        self.add_minute.setToolTip(self.tr("One more minute for this step (F7)"))
        self.reset.setToolTip(self.tr("Start this step over from its full duration"))
        self.addActions([self.toggle, self.add_minute])
        self.addSeparator()
        self.addActions([self.previous, self.next])
        self.addSeparator()
        self.addAction(self.reset)
        timer.changed.connect(self.update_actions)
        self.update_actions()

    def _action(self, text: str, slot: Callable[[], None], key: str) -> QAction:
        action = QAction(text, self)
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        return action

    def update_actions(self) -> None:
        """Start or Pause, and what can be done now."""
        timer = self.timer
        doc = timer.controller.doc
        has_steps = doc is not None and bool(doc.state.of(AgendaStep))
        self.toggle.setText(self.tr("&Pause") if timer.running else self.tr("&Start"))
        self.toggle.setEnabled(has_steps)
        for action in (self.add_minute, self.reset):
            action.setEnabled(timer.step is not None)
        self.next.setEnabled(has_steps)
        self.previous.setEnabled(has_steps)

