"""The fields of one agenda step: name, duration, the journey and stages it concerns, instructions.

Each field is committed whole (Enter or leaving it, a choice, a tick) as ``edited(step id, changes)``;
the dock turns that into one undo step. The editor never edits the document itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from cjm_desktop.commands.agenda import MAX_DURATION
from cjm_desktop.model.domain import AgendaStep, ProjectState
from cjm_desktop.model.limits import SHORT_TEXT

MINUTE = 60


class StepEditor(QWidget):
    """Edits the step shown (``show_step``); disabled without one."""

    edited = Signal(int, object)  # (step id, {field: value})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step: AgendaStep | None = None
        self.name = QLineEdit()
        self.name.setMaxLength(SHORT_TEXT)
        self.duration = QSpinBox()
        self.duration.setRange(0, MAX_DURATION // MINUTE)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setKeyboardTracking(False)  # valueChanged when committed, not at each digit
        self.journey = QComboBox()
        self.stages = QListWidget()
        self.stages.setMaximumHeight(120)
        self.instructions = QPlainTextEdit()
        self.instructions.setMaximumHeight(90)
        self.instructions.installEventFilter(self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("Journey"), self.journey)
        form.addRow(self.tr("Stages"), self.stages)
        form.addRow(self.tr("Instructions"), self.instructions)
        self.name.editingFinished.connect(self._name_done)
        self.duration.valueChanged.connect(self._duration_done)
        self.journey.activated.connect(self._journey_done)
        self.stages.itemChanged.connect(self._stages_done)
        self.setEnabled(False)

    def show_step(self, state: ProjectState, step: AgendaStep | None) -> None:
        """Show ``step`` (none: empty and disabled). A field being typed in keeps what is typed when the
        same step is shown again (the timer's records refresh the agenda while someone types)."""
        same = self.step is not None and step is not None and self.step.id == step.id
        self.step = step
        self.setEnabled(step is not None)
        widgets = (self.name, self.duration, self.journey, self.stages, self.instructions)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self._fill(state, step, keep_focused=same)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _fill(self, state: ProjectState, step: AgendaStep | None, keep_focused: bool) -> None:
        def fills(widget: QWidget) -> bool:
            return not (keep_focused and widget.hasFocus())

        if fills(self.name):
            self.name.setText(step.name if step else "")
        if fills(self.duration):
            self.duration.setValue(round(step.duration / MINUTE) if step else 0)
        self.journey.clear()
        self.journey.addItem(self.tr("No journey"), None)
        for journey in state.journeys:
            self.journey.addItem(journey.name, journey.id)
        self.journey.setCurrentIndex(max(0, self.journey.findData(step.journey_id)) if step else 0)
        self.stages.clear()
        if step is not None and step.journey_id is not None:
            for stage in state.stages(step.journey_id):
                item = QListWidgetItem(stage.name)
                item.setData(Qt.ItemDataRole.UserRole, stage.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if stage.id in step.stage_ids else Qt.CheckState.Unchecked)
                self.stages.addItem(item)
        self.stages.setEnabled(step is not None and step.journey_id is not None)
        if fills(self.instructions):
            self.instructions.setPlainText(step.instructions if step else "")

    # --- commits --------------------------------------------------------------------------------------
    def _commit(self, **changes: object) -> None:
        if self.step is not None:
            self.edited.emit(self.step.id, changes)

    def _name_done(self) -> None:
        name = self.name.text().strip()
        if self.step is not None and name and name != self.step.name:
            self._commit(name=name)
        elif self.step is not None and not name:
            self.name.setText(self.step.name)  # a step keeps a name

    def _duration_done(self, minutes: int) -> None:
        if self.step is not None and minutes * MINUTE != self.step.duration:
            self._commit(duration=minutes * MINUTE)

    def _journey_done(self, index: int) -> None:
        journey_id = self.journey.itemData(index)
        if self.step is not None and journey_id != self.step.journey_id:
            self._commit(journey_id=journey_id)

    def _stages_done(self, _item: QListWidgetItem) -> None:
        ids = tuple(item.data(Qt.ItemDataRole.UserRole) for item in
                    (self.stages.item(row) for row in range(self.stages.count()))
                    if item.checkState() == Qt.CheckState.Checked)
        if self.step is not None and ids != self.step.stage_ids:
            self._commit(stage_ids=ids)

    def _instructions_done(self) -> None:
        text = self.instructions.toPlainText()
        if self.step is not None and text != self.step.instructions:
            self._commit(instructions=text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.instructions and event.type() == QEvent.Type.FocusOut:
            self._instructions_done()
        return super().eventFilter(watched, event)
