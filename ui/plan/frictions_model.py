"""The friction table's rows: every irritant and breaking point of a journey, with the two texts
the room writes about it (« impact négatif », « solutions possibles »)."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from cjm_desktop.model.domain import Evaluation
from cjm_desktop.queries.frictions import SORT_KEYS, Friction
from ui.canvas import palette
from ui.i18n import QT_TRANSLATE_NOOP
from ui.plan.rows_model import ID_ROLE, SORT_ROLE, ModelIndex, RowsTableModel
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
    Evaluation.PAIN: QT_TRANSLATE_NOOP("Frictions", "Pain point"),
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

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if COLUMNS[index.column()] in EDITABLE else flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
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

    def _evaluation_look(self, evaluation: Evaluation, role: int) -> object:
        meaning, ink = palette.NOTE_ICONS[evaluation]
        if role == Qt.ItemDataRole.DecorationRole and self.show_icons:
            return icons.icon(meaning, ink)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(palette.NOTE_COLORS[evaluation]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(ink))
        return None

    def setData(self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        column = COLUMNS[index.column()]
        if role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        row = self.rows[index.row()]
        text = str(value).strip()
        if text != getattr(row, column):
            self.edit_requested.emit(row.note_id, column, text)
        return True
