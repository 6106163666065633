"""What the two plan tables (frictions, action plan) share: sortable, wrapping, readable
table views whose keys stay theirs, rows ranked by the core's sort keys, tool buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

type ModelIndex = QModelIndex | QPersistentModelIndex  # what Qt passes to models and delegates
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

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(section)
        return None


