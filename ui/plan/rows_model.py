"""What the two plan tables (frictions, action plan) share: sortable, wrapping, readable
table views whose keys stay theirs, rows ranked by the core's sort keys, tool buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolButton

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # an int rank: the core's sort keys decide the order
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the id of the row's entity (note or action)


def ranks(rows: list, keys: dict, columns: tuple[str, ...]) -> dict[str, list[int]]:
    """For each column, the rank of each row when sorted by that column's key."""
    result = {}
    for column in columns:
        order = sorted(range(len(rows)), key=lambda i: keys[column](rows[i]))
        rank = [0] * len(rows)
        for position, row in enumerate(order):
            rank[row] = position
        result[column] = rank
    return result


def changed_rows(old: Sequence, new: Sequence) -> list[int]:
    """The rows whose value differs between two fillings of the same ids. Rows whose rank alone
    moved need no signal: their order among themselves is unchanged, and the proxy places the
    changed rows among them by asking for the new ranks."""
    return [i for i, (before, after) in enumerate(zip(old, new, strict=True)) if before != after]


def emit_rows_changed(model: QAbstractTableModel, rows: list[int]) -> None:
    """``dataChanged`` for each run of consecutive ``rows`` (all columns), nothing else."""
    last_column = model.columnCount() - 1
    start = None
    for position, row in enumerate(rows):
        if start is None:
            start = row
        if position + 1 == len(rows) or rows[position + 1] != row + 1:
            model.dataChanged.emit(model.index(start, 0), model.index(row, last_column))
            start = None


class RowsTableModel(QAbstractTableModel):
    """A plan table's model: one row per entity, ranked for sorting by the core's sort keys.
    Subclasses name their ``columns`` and ``sort_keys`` and say how a row is identified and
    how a column is titled."""

    columns: tuple[str, ...] = ()
    sort_keys: dict = {}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []
        self._ranks: dict[str, list[int]] = {}
        self.show_icons = False

    def row_id(self, row) -> int:
        raise NotImplementedError

    def header(self, section: int) -> str:
        raise NotImplementedError

    def set_rows(self, rows: list) -> None:
        """Show ``rows``; the same entities in the same order only update their cells (an edit
        in place keeps the selection, the scroll position and the sort)."""
        same = [self.row_id(r) for r in rows] == [self.row_id(r) for r in self.rows]
        new_ranks = ranks(rows, self.sort_keys, self.columns)
        if not same:
            self.beginResetModel()
            self.rows, self._ranks = list(rows), new_ranks
            self.endResetModel()
            return
        changed = changed_rows(self.rows, rows)
        self.rows, self._ranks = list(rows), new_ranks
        emit_rows_changed(self, changed)  # only these rows are measured and redrawn again

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None


def table_view(model: QAbstractTableModel) -> tuple[QTableView, QSortFilterProxyModel]:
    """A sortable, wrapping, row-selecting table on ``model`` (shared by both plan tables)."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    proxy.setParent(view)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's own order until a header is clicked
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.verticalHeader().hide()
    # Row heights follow the wrapped text, but never through ResizeToContents: that mode
    # measures every cell of every row after each change (thousands of data() calls per edit).
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    _fit_rows(view, proxy)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # Projected in a workshop: a readable size, and air around every cell.
    view.setStyleSheet("QTableView { font-size: 14px; } QTableView::item { padding: 4px 6px; }"
                       "QHeaderView::section { font-weight: 600; padding: 4px 6px; }")
    return view, proxy


def _fit_rows(view: QTableView, proxy: QSortFilterProxyModel) -> None:
    """Fit every row after a reset or a column resize (coalesced), only the changed rows after an edit."""
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(view.resizeRowsToContents)
    proxy.modelReset.connect(view.resizeRowsToContents)
    view.horizontalHeader().sectionResized.connect(lambda *_: timer.start())

    def fit(top: QModelIndex, bottom: QModelIndex, _roles=()) -> None:
        for row in range(top.row(), bottom.row() + 1):
            view.resizeRowToContents(row)

    proxy.dataChanged.connect(fit)


class TableKeys(QObject):
    """Keeps the keys a table needs from the window's shortcuts, which act on the map: a
    letter starts editing the cell (not a new note), F2 edits the cell, Delete acts on the
    table (``on_delete``) and never deletes the notes selected on the map, Ctrl+A/C/X/V/D
    select or copy rows."""

    TABLE_CHORDS = {Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_X, Qt.Key.Key_V, Qt.Key.Key_D}

    def __init__(self, view: QTableView, on_delete=None) -> None:
        super().__init__(view)
        self.on_delete = on_delete
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and self._table_key(event):
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete and not event.modifiers():
            if self.on_delete:
                self.on_delete()
            return True
        return False

    def _table_key(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if modifiers == Qt.KeyboardModifier.NoModifier:
            return True
        return modifiers == Qt.KeyboardModifier.ControlModifier and event.key() in self.TABLE_CHORDS


def tool_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    return button
