"""Affichage › Agenda et minuteur: the workshop's agenda and the timer of its current step, in a dock.

The dock turns the panel's gestures into commands (one undo step each); the timer itself is the
window's (``TimerController``): it runs on whether the dock is shown or not. When the timer moves to a
step that names a journey, that journey's tab comes to the front.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from cjm_desktop.commands.agenda import AddStep, DeleteStep, EditStep, FillAgenda, MoveStep
from cjm_desktop.commands.base import Command
from cjm_desktop.model.domain import AgendaStep, Journey, Stage
from cjm_desktop.model.ops import Change
from ui.host.feature_dock import FeatureDock
from ui.host.feature_host import FeatureHost
from ui.i18n import language
from ui.timer.timer_controller import TimerController
from ui.timer.timer_menu import TimerMenu
from ui.widgets.plain_text import fill

if TYPE_CHECKING:
    from ui.agenda.agenda_panel import AgendaPanel

translate = QCoreApplication.translate
NEW_STEP_SECONDS = 10 * 60


class AgendaDock(FeatureDock):
    """The agenda and the timer; ``menu`` (Affichage › Minuteur) holds the timer's actions."""

    def __init__(self, host: FeatureHost, timer: TimerController, tabify_with: QDockWidget | None = None) -> None:
        super().__init__(host, "agendaDock", translate("AgendaDock", "Agenda and timer"),
                         translate("AgendaDock", "A&genda and timer"), Qt.DockWidgetArea.RightDockWidgetArea,
                         wanted=False, tabify_with=tabify_with, tabify_when_shown=True,
                         shortcut="Ctrl+Shift+G", icon_name="lane_duration")
        self.timer = timer
        self.menu = TimerMenu(timer, host.parent_widget())
        self._panel: AgendaPanel | None = None
        host.menus.view.addSeparator()
        host.menus.view.addAction(self.toggle)
        host.menus.view.addMenu(self.menu)
        host.controller.changed.connect(self._on_change)
        host.controller.document_replaced.connect(self._refresh)
        timer.changed.connect(self._timer_changed)
        timer.ticked.connect(self._ticked)
        timer.step_entered.connect(self._step_entered)
        timer.finished.connect(self._finished)

    @property
    def panel(self) -> AgendaPanel:
        """The panel, built on first use."""
        if self._panel is None:
            from ui.agenda.agenda_panel import AgendaPanel  # not needed for the first paint

            panel = self._panel = AgendaPanel(self.timer, self.menu)
            panel.add_requested.connect(self.add_step)
            panel.delete_requested.connect(lambda step_id: self._run(DeleteStep(step_id),
                                                                    translate("AgendaDock", "Delete step")))
            panel.move_requested.connect(lambda step_id, index: self._run(MoveStep(step_id, index),
                                                                          translate("AgendaDock", "Reorder steps")))
            panel.edit_requested.connect(lambda step_id, changes: self._run(EditStep(step_id, **changes),
                                                                            translate("AgendaDock", "Edit step")))
            panel.fill_requested.connect(self.fill_agenda)
            panel.step_chosen.connect(self.timer.select)
            self.set_content(panel)
            self._refresh()
        return self._panel

    def shown(self) -> None:
        self.panel  # noqa: B018 - builds and fills the panel on its first show

    # --- the gestures -----------------------------------------------------------------------------
    def add_step(self, index: int | None = None) -> bool:
        """A new step of ten minutes on the journey shown, after the selected step."""
        command = AddStep(translate("AgendaDock", "New step"), NEW_STEP_SECONDS, self.host.current_journey_id(),
                          index=index)
        done = self._run(command, translate("AgendaDock", "Add step"))
        if done and command.created_id is not None and self._panel is not None:
            self._panel.select(command.created_id)
            self._panel.editor.name.setFocus()
            self._panel.editor.name.selectAll()
        return done

    def fill_agenda(self) -> bool:
        """Fill the empty agenda with the method's steps, in the language of the app."""
        return self._run(FillAgenda(language()), translate("AgendaDock", "Fill the agenda"))

    def _run(self, command: Command, label: str) -> bool:
        return self.host.controller.execute(command, label)

    # --- following the document and the timer -------------------------------------------------------
    def _refresh(self) -> None:
        if self._panel is not None:
            doc = self.host.controller.doc
            self._panel.show_agenda(doc.state if doc is not None else None)

    def _on_change(self, change: Change) -> None:
        if any(cls in change for cls in (AgendaStep, Journey, Stage)):
            self._refresh()

    def _timer_changed(self) -> None:
        if self._panel is not None:
            self._panel.update_times()

    def _ticked(self) -> None:
        if self._panel is not None and self.isVisible():
            self._panel.update_times(timed_only=True)

    def _step_entered(self, step: AgendaStep) -> None:
        doc = self.host.controller.doc
        if step.journey_id is not None and doc is not None and doc.state.get(Journey, step.journey_id) is not None:
            self.host.show_journey(step.journey_id)
        if self._panel is not None:
            self._panel.select(step.id)

    def _finished(self) -> None:
        step = self.timer.step
        if step is not None:
            self.host.show_status(fill(translate("AgendaDock", "Time is up: « %1 »"), step.name))
