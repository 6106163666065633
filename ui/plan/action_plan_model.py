"""The action plan's rows as a Qt table model: title, linked notes, votes, owner department,
priority, impact, effort, status and due date.

The model shows what ``set_rows`` gives it and reports each edit as
``edit_requested(action id, field, value)`` with the Action's own field names and types;
it never edits the document itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from cjm_desktop.model.domain import Action, ActionStatus, Touchpoint
from cjm_desktop.queries.action_plan import SORT_KEYS
from ui.i18n import QT_TRANSLATE_NOOP
from ui.plan.rows_model import ID_ROLE, SORT_ROLE, ModelIndex, RowsTableModel, emit_rows_changed
from ui.widgets import icons
from ui.widgets.plain_text import plain_tip

Row = tuple[Action, tuple[Touchpoint, ...]]
COLUMNS = ("title", "notes", "votes", "owner_department", "priority", "impact", "effort", "status", "due_date")
HEADERS = (
    QT_TRANSLATE_NOOP("ActionPlan", "Action"),
    QT_TRANSLATE_NOOP("ActionPlan", "Linked notes"),
    QT_TRANSLATE_NOOP("ActionPlan", "Votes"),
    QT_TRANSLATE_NOOP("ActionPlan", "Owner"),
    QT_TRANSLATE_NOOP("ActionPlan", "Priority"),
    QT_TRANSLATE_NOOP("ActionPlan", "Impact"),
    QT_TRANSLATE_NOOP("ActionPlan", "Effort"),
    QT_TRANSLATE_NOOP("ActionPlan", "Status"),
    QT_TRANSLATE_NOOP("ActionPlan", "Due date"),
)
PRIORITIES = {
    1: QT_TRANSLATE_NOOP("ActionPlan", "High"),
    2: QT_TRANSLATE_NOOP("ActionPlan", "Medium"),
    3: QT_TRANSLATE_NOOP("ActionPlan", "Low"),
}
PRIORITY_FILLS = {1: "#ffd6d6", 2: "#fff1c7", 3: "#e3f1ec"}
STATUSES = {
    ActionStatus.TODO: QT_TRANSLATE_NOOP("ActionPlan", "To do"),
    ActionStatus.DOING: QT_TRANSLATE_NOOP("ActionPlan", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("ActionPlan", "Done"),
}
STATUS_ICONS = {ActionStatus.TODO: "status_todo", ActionStatus.DOING: "status_doing", ActionStatus.DONE: "status_done"}
WIDTHS = {"votes": 70, "owner_department": 170, "priority": 110, "impact": 80, "effort": 80, "status": 140,
          "due_date": 140}
CENTRED = {"votes", "impact", "effort"}
READ_ONLY = {"notes", "votes"}  # the votes come from the voting sessions
NOTES_SHOWN = 3  # linked notes listed in a cell; the others are counted


def tr(text: str) -> str:
    """A string of the tables above (marked with QT_TRANSLATE_NOOP), translated."""
    return QCoreApplication.translate("ActionPlan", text)


def notes_text(notes: tuple[Touchpoint, ...]) -> str:
    """The linked notes as a cell shows them: one per line, the first few, then a count."""
    lines = [f"• {note.text}" for note in notes[:NOTES_SHOWN]]
    if len(notes) > NOTES_SHOWN:
        lines.append(f"… (+{len(notes) - NOTES_SHOWN})")  # no words: no plural to get wrong
    return "\n".join(lines)


class ActionPlanModel(RowsTableModel):
    """Rows of the action plan; ``edit_requested`` carries an edit to the window. Each action's dots (from
    the voting sessions, as the room may see them) are given with the rows: ``set_rows(rows, votes)``."""

    edit_requested = Signal(int, str, object)  # action id, Action field name, new value
    columns = COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.votes: dict[int, int] = {}  # action id -> dots
        self.sort_keys = {**SORT_KEYS, "votes": lambda r: (self.votes.get(r[0].id, 0), r[0].position)}

    def set_rows(self, rows: list, votes: Mapping[int, int] | None = None) -> None:
        """Show ``rows`` and each action's ``votes`` (the rows whose votes alone changed are redrawn)."""
        before, self.votes = self.votes, dict(votes or {})
        same = [self.row_id(r) for r in rows] == [self.row_id(r) for r in self.rows]
        super().set_rows(rows)
        if same:
            emit_rows_changed(self, [i for i, (action, _notes) in enumerate(rows)
                                     if before.get(action.id, 0) != self.votes.get(action.id, 0)])

    def row_id(self, row: Row) -> int:
        return row[0].id

    def header(self, section: int) -> str:
        return tr(HEADERS[section])

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags if COLUMNS[index.column()] in READ_ONLY else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        action, notes = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(action, notes, column)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(action, column) if column not in READ_ONLY else None
        if role == SORT_ROLE:
            return self._ranks[column][index.row()]
        if role == ID_ROLE:
            return action.id
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "notes"):
            tip = "\n".join(f"• {n.text}" for n in notes) if column == "notes" else action.description
            return plain_tip(tip) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in CENTRED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == "priority":
            return QBrush(QColor(PRIORITY_FILLS[action.priority]))
        if role == Qt.ItemDataRole.DecorationRole and column == "status" and self.show_icons:
            return icons.icon(STATUS_ICONS[action.status])
        if role == Qt.ItemDataRole.ForegroundRole and action.status is ActionStatus.DONE:
            return QBrush(QColor("#78909c"))  # done actions step back
        return None

    def _text(self, action: Action, notes: tuple[Touchpoint, ...], column: str) -> str | int:
        if column == "notes":
            return notes_text(notes)
        if column == "votes":
            return self.votes.get(action.id, 0)
        if column == "priority":
            return tr(PRIORITIES[action.priority])
        if column == "status":
            return tr(STATUSES[action.status])
        if column == "due_date":
            if action.due_date is None:
                return ""
            return QLocale().toString(QDate.fromString(action.due_date, Qt.DateFormat.ISODate),
                                      QLocale.FormatType.ShortFormat)
        return getattr(action, column)

    def setData(self, index: ModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        column = COLUMNS[index.column()]
        if role != Qt.ItemDataRole.EditRole or column in READ_ONLY:
            return False
        action = self.rows[index.row()][0]
        if isinstance(value, str):
            value = value.strip()
        if column == "status":
            value = ActionStatus(value)  # through a proxy, the enum arrives as its str value
        if column == "title" and not value:
            return False  # an action keeps a title
        if value != getattr(action, column):
            self.edit_requested.emit(action.id, column, value)
        return True
