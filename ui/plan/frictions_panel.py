"""The friction table of the current journey: every irritant and breaking point, with its
« impact négatif » and « solutions possibles » editable in place, sortable by any column.

The model shows what ``set_rows`` gives it (rows from ``cjm_desktop.frictions``) and reports
edits as ``edit_requested(note id, field, text)``; it never edits the document itself.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.model.domain import Evaluation
from cjm_desktop.queries.frictions import SORT_KEYS, Friction
from ui.canvas import palette
from ui.plan.rows_model import ID_ROLE, SORT_ROLE, RowsTableModel, TableKeys, table_view, tool_button
from ui.widgets import icons
from ui.widgets.plain_text import plain_tip

COLUMNS = ("text", "evaluation", "channel", "stage", "votes", "negative_impact", "solutions")
HEADERS = (
    QT_TRANSLATE_NOOP("Frictions", "Friction point"),
    QT_TRANSLATE_NOOP("Frictions", "Type"),
    QT_TRANSLATE_NOOP("Frictions", "Channel"),
    QT_TRANSLATE_NOOP("Frictions", "Stage"),
    QT_TRANSLATE_NOOP("Frictions", "Votes"),
    QT_TRANSLATE_NOOP("Frictions", "Negative impact"),
    QT_TRANSLATE_NOOP("Frictions", "Possible solutions"),
)
EDITABLE = {"negative_impact", "solutions"}
TYPE_LABELS = {
    Evaluation.PAIN: QT_TRANSLATE_NOOP("Frictions", "Irritant"),
    Evaluation.BREAKING: QT_TRANSLATE_NOOP("Frictions", "Breaking point"),
}
PARKED = QT_TRANSLATE_NOOP("Frictions", "To sort")
WIDTHS = {"evaluation": 185, "channel": 150, "stage": 140, "votes": 70}  # the texts share the rest


class FrictionsModel(RowsTableModel):
    """Rows of the friction table; ``edit_requested`` carries an edit to the window."""

    edit_requested = Signal(int, str, str)  # note id, "negative_impact" or "solutions", text
    columns, sort_keys = COLUMNS, SORT_KEYS

    def row_id(self, row: Friction) -> int:
        return row.note_id

    def header(self, section: int) -> str:
        return QCoreApplication.translate("Frictions", HEADERS[section])

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if COLUMNS[index.column()] in EDITABLE else flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("text", *EDITABLE):
            return plain_tip(getattr(row, column)) or None
        if role == SORT_ROLE:
            return self._ranks[column][index.row()]
        if role == ID_ROLE:
            return row.note_id
        if column == "evaluation":
            return self._evaluation_look(row.evaluation, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "votes":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: Friction, column: str) -> str | int:
        if column == "evaluation":
            return QCoreApplication.translate("Frictions", TYPE_LABELS[row.evaluation])
        if column in ("channel", "stage") and row.parked:
            return QCoreApplication.translate("Frictions", PARKED) if column == "stage" else ""
        return getattr(row, column)

    def _evaluation_look(self, evaluation: Evaluation, role: int):
        meaning, ink = palette.NOTE_ICONS[evaluation]
        if role == Qt.ItemDataRole.DecorationRole and self.show_icons:
            return icons.icon(meaning, ink)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(palette.NOTE_COLORS[evaluation]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(ink))
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        column = COLUMNS[index.column()]
        if role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        row = self.rows[index.row()]
        text = str(value).strip()
        if text != getattr(row, column):
            self.edit_requested.emit(row.note_id, column, text)
        return True


class MultiLineDelegate(QStyledItemDelegate):
    """Edits a cell in a small text box: Enter makes a new line, leaving the cell commits,
    Escape cancels."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if editor.toPlainText() != (text := index.data(Qt.ItemDataRole.EditRole) or ""):
            editor.setPlainText(text)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:  # noqa: N802
        rect = option.rect
        rect.setHeight(max(rect.height(), 90))  # room for a few lines even on a one-line row
        editor.setGeometry(rect)


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
        self.summary = QLabel()
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
        irritants = self.tr("%n irritant(s)", "", pains)
        breaking = self.tr("%n breaking point(s)", "", len(rows) - pains)
        self.summary.setText(f"{irritants} · {breaking}")

    def selected_ids(self) -> list[int]:
        """The note ids of the selected rows, in the table's order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.proxy.index(row, 0).data(ID_ROLE) for row in rows]

    def _emit(self, signal) -> None:
        if ids := self.selected_ids():
            signal.emit(ids)

    def _double_clicked(self, index: QModelIndex) -> None:
        if COLUMNS[index.column()] not in EDITABLE:  # the editable cells open their editor instead
            self.show_requested.emit([index.data(ID_ROLE)])

    def _update_actions(self) -> None:
        has_selection = bool(self.view.selectionModel().selectedRows())
        self.show_action.setEnabled(has_selection)
        self.create_action.setEnabled(has_selection)
