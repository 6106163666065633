"""The action plan dock's content: the table (see ``action_plan_model`` and
``action_delegate``) and its actions: new, delete, link the notes selected on the map, show
the linked notes on the map. Gestures leave as signals; nothing here edits the document.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QMenu, QVBoxLayout, QWidget

from cjm_desktop.model.domain import ActionStatus, Touchpoint
from ui.plan.action_delegate import ActionDelegate
from ui.plan.action_plan_model import COLUMNS, WIDTHS, ActionPlanModel, Row
from ui.plan.rows_model import ID_ROLE
from ui.plan.tables import TableKeys, table_view, tool_button
from ui.widgets.plain_text import PlainLabel, mnemonic_safe


class ActionPlanPanel(QWidget):
    """The action plan table and its actions. Gestures leave as signals (ids of actions/notes)."""

    new_requested = Signal()
    delete_requested = Signal(list)  # action ids
    link_requested = Signal(int)  # action id: link the notes selected on the map
    unlink_requested = Signal(int, list)  # action id, note ids
    show_requested = Signal(list)  # note ids
    action_clicked = Signal(int, bool)  # action id, Shift held (a dot for it, or one back, while votes are recorded)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ActionPlanModel(self)
        self.view, self.proxy = table_view(self.model)
        self.delegate = ActionDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.keys = TableKeys(self.view, on_delete=lambda: self.delete_action.trigger())
        header = self.view.horizontalHeader()
        for column, name in enumerate(COLUMNS):
            if name in WIDTHS:
                self.view.setColumnWidth(column, WIDTHS[name])
            else:  # the title and the linked notes share the rest
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.summary = PlainLabel()
        self.summary.setStyleSheet("color: #546e7a;")
        self.new_action = self._action(self.tr("New action…"), "action_new", self.new_requested.emit)
        self.delete_action = self._action(self.tr("Delete"), "delete",
                                          lambda: self._with_selection(self.delete_requested.emit))
        self.link_action = self._action(self.tr("Link the selected notes"), "link",
                                        lambda: self._with_selection(lambda ids: self.link_requested.emit(ids[0])))
        self.show_action = self._action(self.tr("Show on the map"), "show_on_map", lambda: self._with_selection(
            lambda ids: self.show_requested.emit([n.id for n in self.notes_of(ids[0])])))
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for action in (self.new_action, self.delete_action, self.link_action, self.show_action):
            bar.addWidget(tool_button(action))
        bar.addStretch()
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.clicked.connect(self._clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.notes_selected_on_map = False  # whether « Link the selected notes » has notes to link
        self._update_actions()

    def _action(self, text: str, icon: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setProperty("icon_name", icon)
        action.triggered.connect(lambda: slot())
        return action

    def set_rows(self, rows: list[Row], departments: list[str], votes: dict[int, int] | None = None) -> None:
        """Show ``rows``, offer ``departments`` as owners, and each action's ``votes`` (action id -> dots)."""
        self.model.set_rows(rows, votes)
        self.delegate.departments = departments
        done = sum(a.status is ActionStatus.DONE for a, _ in rows)
        actions, finished = self.tr("%n action(s)", "", len(rows)), self.tr("%n done", "", done)
        self.summary.setText(f"{actions} · {finished}")

    def selected_ids(self) -> list[int]:
        """The action ids of the selected rows, in the table's order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(ID_ROLE) for row in rows]

    def select_action(self, action_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == action_id:
                self.view.selectRow(row)
                self.view.scrollTo(self.proxy.index(row, 0))
                return

    def notes_of(self, action_id: int) -> tuple[Touchpoint, ...]:
        return next((notes for action, notes in self.model.rows if action.id == action_id), ())

    def set_notes_selected_on_map(self, selected: bool) -> None:
        self.notes_selected_on_map = selected
        self._update_actions()

    def _with_selection(self, emit: Callable[[list[int]], object]) -> None:
        if ids := self.selected_ids():
            emit(ids)

    def _clicked(self, index: QModelIndex) -> None:
        shifted = bool(QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.action_clicked.emit(index.data(ID_ROLE), shifted)

    def _double_clicked(self, index: QModelIndex) -> None:
        if COLUMNS[index.column()] == "notes" and (notes := self.notes_of(index.data(ID_ROLE))):
            self.show_requested.emit([n.id for n in notes])

    def _menu(self, where: QPoint) -> None:
        index = self.view.indexAt(where)
        if not index.isValid():
            return
        action_id = index.data(ID_ROLE)
        menu = QMenu(self)
        menu.addActions([self.show_action, self.link_action])
        for note in self.notes_of(action_id):
            text = note.text if len(note.text) <= 50 else note.text[:49] + "…"
            menu.addAction(self.tr("Unlink « %1 »").replace("%1", mnemonic_safe(text)),
                           partial(self.unlink_requested.emit, action_id, [note.id]))
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(self.view.viewport().mapToGlobal(where))

    def _update_actions(self) -> None:
        ids = self.selected_ids()
        self.delete_action.setEnabled(bool(ids))
        self.link_action.setEnabled(len(ids) == 1 and self.notes_selected_on_map)
        self.show_action.setEnabled(len(ids) == 1 and bool(self.notes_of(ids[0])))
