"""The editors of the action plan's cells: combos for the owner, priority and status, spin
boxes for impact and effort, a date editor that can also say « no date »."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QWidget

from ui.plan.action_plan_model import COLUMNS, PRIORITIES, STATUSES, tr
from ui.widgets.date_edit import OptionalDateEdit


class ActionDelegate(QStyledItemDelegate):
    """The editor of each column: combos for the owner, priority and status, spin boxes for
    impact and effort, a date editor with « no date »; plain text for the title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.departments: list[str] = []  # offered for the owner (any other can be typed)

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:  # noqa: N802
        column = COLUMNS[index.column()]
        if column == "owner_department":
            editor = QComboBox(parent)
            editor.setEditable(True)
            editor.addItems(["", *self.departments])
            return editor
        if column in ("priority", "status"):
            editor = QComboBox(parent)
            choices = PRIORITIES if column == "priority" else STATUSES
            for value, label in choices.items():
                editor.addItem(tr(label), value)
            return editor
        if column in ("impact", "effort"):
            editor = QSpinBox(parent)
            editor.setRange(1, 5)
            return editor
        if column == "due_date":
            return OptionalDateEdit(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
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

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
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
