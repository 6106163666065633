"""The « Stage details » panel: what a stage means for the customer and how it is measured —
customer goal, nominal duration, KPIs, listening devices, departments and the stage's value on
the emotion curve. It shows the stage of the current cell (or of the selected note, or of a
clicked stage header or lane) and turns every edit into one core command, one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.commands import Command
from cjm_desktop.commands.stage_details import AddKpi, DeleteKpi, EditKpi, EditStageDetails, SetStageEmotion
from cjm_desktop.model.domain import Journey, ProjectState, Stage
from cjm_desktop.queries.listening import SUGGESTED, join_devices, split_devices
from cjm_desktop.queries.stage_details import details_of, kpis_of
from ui.canvas.lanes_item import device_label, emotion_text
from ui.canvas.properties_panel import EMOTIONS, departments_from, emotion_choices
from ui.widgets.journey_labels import ElidedLabel
from ui.widgets.plain_text import PlainLabel, fill

KPI_COLUMNS = ("name", "target", "alert_threshold")


class StagePanel(QWidget):
    """The details of one stage, editable; ``run`` executes a command as one undo step
    (``controller.execute``). Showing a stage never edits anything."""

    def __init__(self, run: Callable[[Command, str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.state: ProjectState | None = None
        self.stage_id: int | None = None
        self._populating = False
        self.setMinimumWidth(280)
        self.title = ElidedLabel(max_lines=2)  # a long stage name ends in « … »: the dock keeps its width
        self.title.setStyleSheet("font-weight: 600; font-size: 15px;")
        self.placeholder = PlainLabel(
            self.tr("Click a cell, a note or a stage header to see the details of its stage."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #607d8b;")
        self._build_editors()
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 4, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the panel is narrow
        form.addRow(self.tr("Customer goal"), self.goal_edit)
        form.addRow(self.tr("Nominal duration"), self.duration_edit)
        form.addRow(self.tr("KPIs"), self.kpi_box)
        form.addRow(self.tr("Listening devices"), self.listening_box)
        form.addRow(self.tr("Departments involved"), self.departments_edit)
        form.addRow(self.tr("Emotion on the curve"), self.emotion_combo)
        self.scroll_area = QScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 8, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.scroll_area, 1)
        self._connect()
        self.show_stage(None, None)

    def _build_editors(self) -> None:
        self.goal_edit = QLineEdit()
        self.goal_edit.setPlaceholderText(self.tr("What the customer wants at this stage"))
        self.duration_edit = QLineEdit()
        self.duration_edit.setPlaceholderText(self.tr("e.g. 2 to 3 days"))
        self.kpi_table = QTableWidget(0, len(KPI_COLUMNS))
        self.kpi_table.setHorizontalHeaderLabels([self.tr("KPI"), self.tr("Target"), self.tr("Alert threshold")])
        self.kpi_table.verticalHeader().hide()
        header = self.kpi_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes the room left
        self.kpi_table.setWordWrap(True)
        self.kpi_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_kpi_button = QPushButton(self.tr("Add a KPI"))
        self.remove_kpi_button = QPushButton(self.tr("Remove the KPI"))
        self.kpi_box = QWidget()
        kpi_layout = QVBoxLayout(self.kpi_box)
        kpi_layout.setContentsMargins(0, 0, 0, 0)
        kpi_layout.addWidget(self.kpi_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_kpi_button)
        buttons.addWidget(self.remove_kpi_button)
        buttons.addStretch()
        kpi_layout.addLayout(buttons)
        self.listening_checks = {device: QCheckBox(device_label(device)) for device in SUGGESTED}
        self.other_edit = QLineEdit()
        self.other_edit.setPlaceholderText(self.tr("Other devices, separated by commas"))
        self.listening_box = QWidget()
        listening_layout = QVBoxLayout(self.listening_box)
        listening_layout.setContentsMargins(0, 0, 0, 0)
        for check in self.listening_checks.values():
            listening_layout.addWidget(check)
        listening_layout.addWidget(self.other_edit)
        self.departments_edit = QLineEdit()
        self.departments_edit.setPlaceholderText(self.tr("Separated by commas"))
        self.emotion_combo = QComboBox()
        self.emotion_combo.addItems(emotion_choices(""))  # the first entry says the notes' mean (see show_stage)
        # Wide enough for its longest entry whatever the stage: its text is never cut, and the dock
        # does not change width from one stage to the next.
        self.emotion_combo.setMinimumWidth(_combo_width(self.emotion_combo, [
            *emotion_choices(""), self._derived_text(-2.0), self._derived_text(None)]))

    def _connect(self) -> None:
        self.goal_edit.editingFinished.connect(lambda: self._edit_text(self.goal_edit, "customer_goal"))
        self.duration_edit.editingFinished.connect(lambda: self._edit_text(self.duration_edit, "nominal_duration"))
        self.departments_edit.editingFinished.connect(self._edit_departments)
        for check in self.listening_checks.values():
            check.clicked.connect(self._edit_listening)
        self.other_edit.editingFinished.connect(self._edit_listening)
        self.emotion_combo.activated.connect(self._edit_emotion)  # a choice of the user, not a refresh
        self.kpi_table.itemChanged.connect(self._edit_kpi)
        self.add_kpi_button.clicked.connect(self.add_kpi)
        self.remove_kpi_button.clicked.connect(self.remove_kpi)

    # --- showing --------------------------------------------------------------------------
    def show_stage(self, state: ProjectState | None, stage_id: int | None) -> None:
        """Show a stage's details (a placeholder for none). Never edits anything."""
        if stage_id != self.stage_id:
            self.commit()  # a field being typed in belongs to the stage shown until now
        stage = state.get(Stage, stage_id) if state is not None and stage_id is not None else None
        self.state, self.stage_id = state, stage.id if stage else None
        self._populating = True
        try:
            self.placeholder.setVisible(stage is None)
            self.scroll_area.setVisible(stage is not None)
            self.title.setVisible(stage is not None)
            if state is not None and stage is not None:
                self._fill(state, stage)
        finally:
            self._populating = False

    def _fill(self, state: ProjectState, stage: Stage) -> None:
        journey = state.get(Journey, stage.journey_id)
        self.title.setText(fill(self.tr("Stage « %1 » · %2"), stage.name, journey.name if journey else ""))
        details = details_of(state, stage.id)
        _set_line(self.goal_edit, details.customer_goal if details else "")
        _set_line(self.duration_edit, details.nominal_duration if details else "")
        _set_line(self.departments_edit, ", ".join(details.departments) if details else "")
        ticked, other = split_devices(details.listening_devices if details else ())
        for device, check in self.listening_checks.items():
            check.setChecked(device in ticked)
        _set_line(self.other_edit, other)
        self._fill_kpis(state, stage.id)
        self.show_mean()
        self.emotion_combo.setCurrentIndex(EMOTIONS.index(stage.emotion))

    def show_mean(self) -> None:
        """Show the mean emotion of the stage's notes in the emotion choice (it follows the notes)."""
        if self.state is not None and self.stage_id is not None:
            self.emotion_combo.setItemText(0, self._derived_text(self.state.emotion_mean(self.stage_id)))

    def _derived_text(self, mean: float | None) -> str:
        """The emotion combo's first entry: the curve shows the notes' mean."""
        if mean is None:
            return self.tr("Derived from the notes (none has an emotion)")
        return self.tr("Derived from the notes (mean %1)").replace("%1", emotion_text(mean))

    def _fill_kpis(self, state: ProjectState, stage_id: int) -> None:
        kpis = kpis_of(state, stage_id)
        with QSignalBlocker(self.kpi_table):
            self.kpi_table.setRowCount(len(kpis))
            for row, kpi in enumerate(kpis):
                for column, name in enumerate(KPI_COLUMNS):
                    item = self.kpi_table.item(row, column)
                    if item is None:
                        item = QTableWidgetItem()
                        self.kpi_table.setItem(row, column, item)
                    item.setText(getattr(kpi, name))
                    item.setData(Qt.ItemDataRole.UserRole, kpi.id)
        self.remove_kpi_button.setEnabled(bool(kpis))
        self._fit_kpi_table(len(kpis))

    def _fit_kpi_table(self, rows: int) -> None:
        """As tall as its rows (room for two at least): no empty box under two KPIs."""
        table = self.kpi_table
        table.resizeRowsToContents()
        height = sum(table.rowHeight(r) for r in range(rows))
        height += max(0, 2 - rows) * table.verticalHeader().defaultSectionSize()
        table.setFixedHeight(height + table.horizontalHeader().height() + 2 * table.frameWidth() + 6)

    def commit(self) -> None:
        """Keep what is being typed in a text field (before showing another stage)."""
        for edit, name in ((self.goal_edit, "customer_goal"), (self.duration_edit, "nominal_duration")):
            if edit.isModified():
                self._edit_text(edit, name)
        if self.departments_edit.isModified():
            self._edit_departments()
        if self.other_edit.isModified():
            self._edit_listening()

    # --- editing --------------------------------------------------------------------------
    def _execute(self, command: Command, text: str) -> bool:
        if self._populating or self.stage_id is None:
            return False
        return self.run(command, text)

    def _details_differ(self, name: str, value: object) -> bool:
        details = details_of(self.state, self.stage_id) if self.state and self.stage_id is not None else None
        return (getattr(details, name) if details else type(value)()) != value

    def _edit_details(self, name: str, value: object) -> None:
        if self.stage_id is not None and self._details_differ(name, value):
            self._execute(EditStageDetails(self.stage_id, **{name: value}), self.tr("Edit the stage details"))

    def _edit_text(self, edit: QLineEdit, name: str) -> None:
        edit.setModified(False)
        self._edit_details(name, edit.text().strip())

    def _edit_departments(self) -> None:
        self.departments_edit.setModified(False)
        self._edit_details("departments", departments_from(self.departments_edit.text()))

    def _edit_listening(self) -> None:
        self.other_edit.setModified(False)
        ticked = {device for device, check in self.listening_checks.items() if check.isChecked()}
        self._edit_details("listening_devices", join_devices(ticked, self.other_edit.text()))

    def _edit_emotion(self, index: int) -> None:
        if self.stage_id is not None and 0 <= index < len(EMOTIONS):
            stage = self.state.get(Stage, self.stage_id) if self.state else None
            if stage is not None and stage.emotion != EMOTIONS[index]:
                self._execute(SetStageEmotion(self.stage_id, EMOTIONS[index]), self.tr("Set the stage emotion"))

    def _edit_kpi(self, item: QTableWidgetItem) -> None:
        kpi_id, name = item.data(Qt.ItemDataRole.UserRole), KPI_COLUMNS[item.column()]
        value = item.text().strip()
        kpis = kpis_of(self.state, self.stage_id) if self.state and self.stage_id is not None else []
        kpi = next((k for k in kpis if k.id == kpi_id), None)
        if kpi is not None and name == "name" and not value:
            with QSignalBlocker(self.kpi_table):  # a KPI keeps a name: the cell shows it again
                item.setText(kpi.name)
            return
        if kpi is not None and getattr(kpi, name) != value:
            self._execute(EditKpi(kpi_id, **{name: value}), self.tr("Edit a KPI"))

    def add_kpi(self) -> None:
        """A new KPI at the end of the table, its name ready to be typed."""
        if self.stage_id is None:
            return
        if self._execute(AddKpi(self.stage_id, self.tr("New KPI")), self.tr("Add a KPI")):
            row = self.kpi_table.rowCount() - 1
            self.kpi_table.setCurrentCell(row, 0)
            if (item := self.kpi_table.item(row, 0)) is not None:
                self.kpi_table.editItem(item)

    def remove_kpi(self) -> None:
        """Delete the KPI of the current row."""
        row = self.kpi_table.currentRow()
        item = self.kpi_table.item(row, 0) if row >= 0 else None
        if item is not None:
            self._execute(DeleteKpi(item.data(Qt.ItemDataRole.UserRole)), self.tr("Delete a KPI"))


def _combo_width(combo: QComboBox, texts: list[str]) -> int:
    """The width ``combo`` needs to show the longest of ``texts`` whole (as its size hint would)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    text = QSize(max(metrics.horizontalAdvance(t) for t in texts), metrics.height())
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width()


def _set_line(edit: QLineEdit, text: str) -> None:
    """Replace a field's text unless it is what is shown (the cursor stays where it is)."""
    if edit.text() != text:
        edit.setText(text)
    edit.setModified(False)
