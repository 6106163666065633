"""The editors of the action plan's cells: combos for the owner, priority and status, spin
boxes for impact and effort, a date editor that can also say « no date »."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyleOptionViewItem, QWidget

from ui.plan.action_plan_model import COLUMNS, PRIORITIES, STATUSES, tr
from ui.plan.rows_model import ModelIndex
from ui.plan.tables import CellDelegate
from ui.widgets.date_edit import OptionalDateEdit


class ActionDelegate(CellDelegate):
    """The editor of each column: combos for the owner, priority and status, spin boxes for
    impact and effort, a date editor with « no due date »; plain text for the title. The keys
    are the tables' (``CellDelegate``): Enter and Escape both keep the edit."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.departments: list[str] = []  # offered for the owner (any other can be typed)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:  # noqa: N802
        column = COLUMNS[index.column()]
        if column == "owner_department":
            owners = QComboBox(parent)
            owners.setEditable(True)
            owners.addItems(["", *self.departments])
            return owners
        if column in ("priority", "status"):
            combo = QComboBox(parent)
            choices = PRIORITIES if column == "priority" else STATUSES
            for value, label in choices.items():
                combo.addItem(tr(label), value)
            return combo
        if column in ("impact", "effort"):
            spin = QSpinBox(parent)
            spin.setRange(1, 5)
            return spin
        if column == "due_date":
            return OptionalDateEdit(parent, self.tr("No due date"))
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, OptionalDateEdit):
            editor.set_iso(value)
        elif isinstance(editor, QComboBox) and editor.isEditable():
            editor.setCurrentText(value or "")
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:  # noqa: N802
        value: object  # what the model's setData receives
        if isinstance(editor, OptionalDateEdit):
            value = editor.iso()
        elif isinstance(editor, QComboBox) and editor.isEditable():
            value = editor.currentText()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QSpinBox):
            value = editor.value()
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)
