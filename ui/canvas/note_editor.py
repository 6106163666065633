"""The inline editor of a note's text, laid over the canvas like the note itself.

Enter (with or without Ctrl), Escape or a click elsewhere all KEEP the text and close the
editor (a facilitator typing fast must never lose a note); Shift+Enter or Alt+Enter starts a new
line. The same keys as the plan tables' cells (« Keys » in docs/ARCHITECTURE.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from cjm_desktop.model.placement import Cell


@dataclass(frozen=True)
class EditTarget:
    """What the editor writes to: an existing note, or a new note at ``index`` of ``cell``."""

    note_id: int | None
    cell: Cell
    index: int
    original: str = ""


class NoteEditor(QPlainTextEdit):
    committed = Signal(object, str)  # EditTarget, text

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.target: EditTarget | None = None
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabChangesFocus(True)
        self.hide()

    def open(self, target: EditTarget, fill: str, pixel_size: float) -> None:
        self.target = target
        font = self.font()
        font.setPixelSize(max(8, round(pixel_size)))
        self.setFont(font)
        self.setStyleSheet(f"QPlainTextEdit {{ background: {QColor(fill).name()}; color: #263238; "
                           "border: 3px solid #1565c0; border-radius: 8px; padding: 4px; }")
        self.setPlainText(target.original)
        self.moveCursor(self.textCursor().MoveOperation.End)
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def editing(self) -> bool:
        return self.target is not None

    def commit(self) -> None:
        """Close the editor, keeping the text (emits ``committed`` when there is something to write)."""
        target, self.target = self.target, None
        if target is None:
            return
        self.hide()
        text = self.toPlainText().strip("\n")
        if (target.note_id is None and text.strip()) or (target.note_id is not None and text != target.original):
            self.committed.emit(target, text)
        if (viewport := self.parentWidget()) is not None and (view := viewport.parentWidget()) is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)  # back to the view

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier):
                self.insertPlainText("\n")  # a plain line break (Qt's Shift+Enter would insert U+2028)
            else:
                self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.commit()
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Keep Escape and Enter (Shift+, Alt+, Ctrl+Enter) for the editor, even when a window action uses them.
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            event.accept()
            return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # a context menu is not "elsewhere"
            self.commit()
