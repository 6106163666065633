"""Table views for the plan docks: sorting by rank, rows fitted to their text, keys that act on the
selection, tool buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QAbstractSpinBox,
    QHeaderView,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QWidget,
)

from ui.plan.rows_model import SORT_ROLE


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
    # Projected in a workshop: a readable size, and air around every cell. The rules name this
    # table only: a style sheet reaches every widget inside, and a cell editor's popups (the date
    # editor's calendar is a table too) would get the padding and elide the weekday names.
    view.setObjectName("planTable")
    view.setStyleSheet("QTableView#planTable { font-size: 14px; } QTableView#planTable::item { padding: 4px 6px; }"
                       "QTableView#planTable QHeaderView::section { font-weight: 600; padding: 4px 6px; }")
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

    def __init__(self, view: QTableView, on_delete: Callable[[], object] | None = None) -> None:
        super().__init__(view)
        self.on_delete = on_delete
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(event, QKeyEvent):  # ShortcutOverride and KeyPress events are key events
            return False
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


ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
NEW_LINE_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier


class CellDelegate(QStyledItemDelegate):
    """The keys of every cell editor of the plan tables, as in a spreadsheet (and as on the map,
    see « Keys » in docs/ARCHITECTURE.md): Enter commits, Shift+Enter or Alt+Enter starts a new line
    in a multi-line cell, Escape closes the editor KEEPING what was typed; Tab commits and moves on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, modifiers = event.key(), event.modifiers()
        multi_line = isinstance(watched, QPlainTextEdit)
        if event.type() == QEvent.Type.ShortcutOverride and (key == Qt.Key.Key_Escape or
                                                             (multi_line and key in ENTER_KEYS)):
            event.accept()  # the editor's keys, whatever the window's shortcuts
            return True
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if key == Qt.Key.Key_Escape:
            self._commit_and_close(watched)
            return True
        if isinstance(watched, QPlainTextEdit) and key in ENTER_KEYS:
            if modifiers & NEW_LINE_MODIFIERS:
                watched.insertPlainText("\n")
            else:
                self._commit_and_close(watched)
            return True
        return super().eventFilter(watched, event)  # Qt's: Enter commits a one-line editor, Tab moves

    def _commit_and_close(self, editor: QWidget) -> None:
        if isinstance(editor, QAbstractSpinBox):
            editor.interpretText()  # a date or a number being typed: what it reads as now
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)


def tool_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(True)
    return button
