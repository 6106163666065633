"""A table cell edited as several lines of text."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    Qt,
)
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QStyleOptionViewItem,
    QWidget,
)

from ui.plan.rows_model import ModelIndex
from ui.plan.tables import CellDelegate


class MultiLineDelegate(CellDelegate):
    """Edits a cell in a small text box: Enter commits, Shift+Enter or Alt+Enter makes a new line,
    Escape or leaving the cell commits too (see ``CellDelegate``)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex) -> QWidget:  # noqa: N802
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        if not isinstance(editor, QPlainTextEdit):  # not one of ours (see createEditor)
            super().setEditorData(editor, index)
        elif editor.toPlainText() != (text := index.data(Qt.ItemDataRole.EditRole) or ""):
            editor.setPlainText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:  # noqa: N802
        if not isinstance(editor, QPlainTextEdit):  # not one of ours (see createEditor)
            super().setModelData(editor, model, index)
        else:
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: ModelIndex) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), 90))  # room for a few lines even on a one-line row
        editor.setGeometry(rect)
