"""What the two plan tables (frictions, action plan) share: sortable, wrapping, readable
table views whose keys stay theirs, rows ranked by the core's sort keys, tool buttons."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QObject, QSortFilterProxyModel, Qt
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
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)  # fmt: skip
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    # Projected in a workshop: a readable size, and air around every cell.
    view.setStyleSheet("QTableView { font-size: 14px; } QTableView::item { padding: 4px 6px; }"
                       "QHeaderView::section { font-weight: 600; padding: 4px 6px; }")  # fmt: skip
    return view, proxy


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
