"""The friction table of the current journey: every irritant and breaking point, with its
« impact négatif » and « solutions possibles » editable in place, sortable by any column.

The model shows what ``set_rows`` gives it (rows from ``cjm_desktop.queries.frictions``) and reports
edits as ``edit_requested(note id, field, text)``; it never edits the document itself.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.model.domain import Evaluation
from cjm_desktop.queries.frictions import Friction
from ui.plan.frictions_model import COLUMNS, EDITABLE, WIDTHS, FrictionsModel
from ui.plan.multiline_delegate import MultiLineDelegate
from ui.plan.rows_model import ID_ROLE
from ui.plan.tables import TableKeys, table_view, tool_button
from ui.widgets.plain_text import PlainLabel


class FrictionsPanel(QWidget):
    """The friction table with its two actions: show the note on the map, create an action."""

    show_requested = Signal(list)  # note ids
    create_action_requested = Signal(list)  # note ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FrictionsModel(self)
        self.view, self.proxy = table_view(self.model)
        self.view.setItemDelegate(MultiLineDelegate(self.view))
        self.keys = TableKeys(self.view)
        header = self.view.horizontalHeader()
        for column, name in enumerate(COLUMNS):
            if name in WIDTHS:
                self.view.setColumnWidth(column, WIDTHS[name])
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.summary = PlainLabel()
        self.summary.setStyleSheet("color: #546e7a;")
        self.show_action = QAction(self.tr("Show on the map"), self)
        self.show_action.setProperty("icon_name", "show_on_map")
        self.show_action.triggered.connect(lambda: self._emit(self.show_requested))
        self.create_action = QAction(self.tr("Create an action…"), self)
        self.create_action.setProperty("icon_name", "action_new")
        self.create_action.triggered.connect(lambda: self._emit(self.create_action_requested))
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.addWidget(tool_button(self.show_action))
        bar.addWidget(tool_button(self.create_action))
        bar.addStretch()
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()

    def set_rows(self, rows: list[Friction]) -> None:
        self.model.set_rows(rows)
        pains = sum(r.evaluation is Evaluation.PAIN for r in rows)
        irritants = self.tr("%n pain point(s)", "", pains)
        breaking = self.tr("%n breaking point(s)", "", len(rows) - pains)
        self.summary.setText(f"{irritants} · {breaking}")

    def selected_ids(self) -> list[int]:
        """The note ids of the selected rows, in the table's order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(ID_ROLE) for row in rows]

    def _emit(self, signal: SignalInstance) -> None:
        if ids := self.selected_ids():
            signal.emit(ids)

    def _double_clicked(self, index: QModelIndex) -> None:
        if COLUMNS[index.column()] not in EDITABLE:  # the editable cells open their editor instead
            self.show_requested.emit([index.data(ID_ROLE)])

    def _update_actions(self) -> None:
        has_selection = bool(self.view.selectionModel().selectedRows())
        self.show_action.setEnabled(has_selection)
        self.create_action.setEnabled(has_selection)
