"""The agenda dock's content: the timer and its buttons, the steps (planned and spent time), the
selected step's fields, and the total against the plan.

It shows and emits; the dock turns its signals into commands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.model.domain import AgendaStep, Journey, ProjectState, StepStatus
from cjm_desktop.queries.agenda import StepTime, clock_text, plan_vs_spent, steps
from ui.agenda.step_editor import StepEditor
from ui.timer.timer_bar import TimerBar
from ui.timer.timer_controller import TimerController
from ui.timer.timer_menu import TimerMenu
from ui.widgets.plain_text import PlainLabel, fill, plain_tip

# the columns of the steps list
MARK, NAME, PLANNED, SPENT, OVER, JOURNEY = range(6)
DONE_INK = QColor("#78909c")
TIMED = QColor("#fff3c4")  # the step the timer is on
LATE = QColor("#c62828")


def over_text(seconds: int) -> str:
    """« +02:00 » over the plan, « −05:00 » under it, « 00:00 » on time."""
    return ("+" if seconds > 0 else "") + clock_text(seconds)


class AgendaPanel(QWidget):
    """The agenda of the project and the timer (``timer``, driven by the actions of ``menu``)."""

    add_requested = Signal(object)  # the index of the new step (None: at the end)
    delete_requested = Signal(int)
    move_requested = Signal(int, int)  # (step id, index)
    edit_requested = Signal(int, object)  # (step id, {field: value})
    fill_requested = Signal()
    step_chosen = Signal(int)  # time this step from now on

    def __init__(self, timer: TimerController, menu: TimerMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.state: ProjectState | None = None
        self.timer_bar = TimerBar(timer)
        self.timer_buttons = [self._tool(action) for action in (menu.toggle, menu.add_minute, menu.reset,
                                                                  menu.previous, menu.next)]
        timer_buttons, step_buttons = QHBoxLayout(), QHBoxLayout()  # two short rows: the dock fits a small screen
        for row, tools in ((timer_buttons, self.timer_buttons[:3]), (step_buttons, self.timer_buttons[3:])):
            row.setSpacing(4)
            for tool in tools:
                row.addWidget(tool)
        self.list = QTreeWidget()
        self.list.setColumnCount(6)
        self.list.setHeaderLabels(["", self.tr("Step"), self.tr("Planned"), self.tr("Spent"), self.tr("Over"),
                                   self.tr("Journey")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.list.itemDoubleClicked.connect(lambda item, _column: self.step_chosen.emit(self._id_of(item)))
        self.fill = QPushButton(self.tr("Fill with the method's steps"))
        self.fill.setToolTip(self.tr("Personas, current journey, pain points, dot voting, target journey, action "
                                     "plan: a half-day"))
        self.fill.clicked.connect(self.fill_requested)
        self.add = QPushButton(self.tr("Add"))
        self.remove = QPushButton(self.tr("Remove"))
        self.up = QPushButton(self.tr("Up"))
        self.down = QPushButton(self.tr("Down"))
        self.choose = QPushButton(self.tr("Time this step"))
        self.choose.setToolTip(self.tr("The timer goes on with the selected step (or double-click it)"))
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(lambda: self._with_selected(self.delete_requested.emit))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.choose.clicked.connect(lambda: self._with_selected(self.step_chosen.emit))
        list_buttons = QHBoxLayout()
        list_buttons.setSpacing(4)
        for button in (self.add, self.remove, self.up, self.down):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        step_buttons.addWidget(self.choose)
        timer_buttons.addStretch(1)
        step_buttons.addStretch(1)
        self.editor = StepEditor()
        self.editor.edited.connect(self.edit_requested)
        self.total = PlainLabel()
        self.total.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.timer_bar)
        layout.addLayout(timer_buttons)
        layout.addLayout(step_buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.fill)
        layout.addLayout(list_buttons)
        layout.addWidget(self.editor)
        layout.addWidget(self.total)

    def _tool(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing in the fields keeps its focus
        return button

    # --- showing -------------------------------------------------------------------------------------
    def show_agenda(self, state: ProjectState | None) -> None:
        """Show the agenda of ``state`` (none: empty), keeping the selected step."""
        self.state = state
        ordered = steps(state) if state is not None else []
        selected = self.selected_id()
        ids = [s.id for s in ordered]
        if ids != [self._id_of(self.list.topLevelItem(row)) for row in range(self.list.topLevelItemCount())]:
            self.list.blockSignals(True)
            self.list.clear()
            for _step in ordered:
                QTreeWidgetItem(self.list)
            self.list.blockSignals(False)
        for row, step in enumerate(ordered):
            if (item := self.list.topLevelItem(row)) is not None:
                self._fill_row(item, step)
        self.fill.setVisible(not ordered)
        if selected in ids:
            self.select(selected)
        elif ids and self.list.currentItem() is None:
            timed = self.timer.step
            self.select(timed.id if timed is not None and timed.id in ids else ids[0])
        self._show_selected()
        self.update_times()

    def _fill_row(self, item: QTreeWidgetItem, step: AgendaStep) -> None:
        state = self.state
        assert state is not None
        item.setData(0, Qt.ItemDataRole.UserRole, step.id)
        journey = state.get(Journey, step.journey_id)
        item.setText(NAME, step.name)
        item.setToolTip(NAME, plain_tip(step.instructions))
        item.setText(PLANNED, clock_text(step.duration))
        item.setText(JOURNEY, journey.name if journey is not None else "—")
        for column in (PLANNED, SPENT, OVER):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def update_times(self, timed_only: bool = False) -> None:
        """The spent time of each step (the timed one as the timer counts it), marks and the total;
        ``timed_only``: the timed step's row and the total (at each tick of the timer)."""
        state = self.state
        if state is None:
            self.total.setText("")
            return
        timed = self.timer.step
        timed_id = timed.id if timed is not None else None
        summary = plan_vs_spent(state, {timed_id: int(self.timer.elapsed)} if timed_id is not None else {})
        for row, line in enumerate(summary.steps):
            item = self.list.topLevelItem(row)
            if item is not None and (not timed_only or line.step_id == timed_id):
                self._paint_row(item, line, line.step_id == timed_id)
        self.total.setText(fill(self.tr("Total: planned %1 · spent %2 · %3"), clock_text(summary.planned),
                                clock_text(summary.spent), self._over_words(summary.over)))

    def _paint_row(self, item: QTreeWidgetItem, line: StepTime, is_timed: bool) -> None:
        item.setText(MARK, "▶" if is_timed else "✓" if line.status is StepStatus.DONE else "")
        item.setText(SPENT, clock_text(line.spent) if line.spent or is_timed else "")
        shows_over = line.status is StepStatus.DONE or (line.over > 0 and (is_timed or line.spent > 0))
        item.setText(OVER, over_text(line.over) if shows_over else "")
        item.setForeground(OVER, QBrush(LATE if line.over > 0 else DONE_INK))
        ink = QBrush(DONE_INK) if line.status is StepStatus.DONE and not is_timed else QBrush()
        for column in (MARK, NAME, PLANNED, SPENT, JOURNEY):
            item.setForeground(column, ink)
        if bool(item.data(MARK, Qt.ItemDataRole.UserRole + 1)) != is_timed:
            item.setData(MARK, Qt.ItemDataRole.UserRole + 1, is_timed)
            font = QFont(self.list.font())
            font.setBold(is_timed)
            for column in range(self.list.columnCount()):
                item.setBackground(column, QBrush(TIMED) if is_timed else QBrush())
                item.setFont(column, font)

    def _over_words(self, seconds: int) -> str:
        if seconds > 0:
            return fill(self.tr("%1 over the plan"), clock_text(seconds))
        return fill(self.tr("%1 left in the plan"), clock_text(-seconds))

    def _show_selected(self) -> None:
        state, step_id = self.state, self.selected_id()
        step = state.get(AgendaStep, step_id) if state is not None else None
        self.editor.show_step(state if state is not None else ProjectState(), step)
        current = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(current) if step is not None and current is not None else -1
        for button in (self.remove, self.choose):
            button.setEnabled(step is not None)
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.list.topLevelItemCount() - 1)

    # --- the selection --------------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return self._id_of(item) if item is not None else None

    def select(self, step_id: int) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and self._id_of(item) == step_id:
                self.list.setCurrentItem(item)
                return

    @staticmethod
    def _id_of(item: QTreeWidgetItem | None) -> int | None:
        value = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def _with_selected(self, emit) -> None:
        if (step_id := self.selected_id()) is not None:
            emit(step_id)

    def _add(self) -> None:
        item = self.list.currentItem()
        self.add_requested.emit(self.list.indexOfTopLevelItem(item) + 1 if item is not None else None)

    def _move(self, by: int) -> None:
        item = self.list.currentItem()
        if item is not None and (step_id := self._id_of(item)) is not None:
            self.move_requested.emit(step_id, self.list.indexOfTopLevelItem(item) + by)
