"""Quick capture, on the toolbar: type a line, Enter, it is a note; the field stays ready for the next.

A pasted block of lines becomes one note per line. A line may start with ``channel/stage:`` to go to
that cell (« web/acheter : Je paie en trois fois »); else it goes to the current cell. The evaluation
chosen beside the field (Alt+1…4, Alt+0 in the field) is given to what is captured, and so is the
« Face cachée » toggle (Alt+H): notes captured face down are blank cards for the room until the reveal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from cjm_desktop.model.domain import Evaluation

EVALUATIONS = [Evaluation.NONE, Evaluation.DELIGHT, Evaluation.NEUTRAL, Evaluation.PAIN, Evaluation.BREAKING]
_DIGITS = {Qt.Key.Key_0: 0, Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}


class CaptureField(QLineEdit):
    """The line typed into: Enter captures it, a pasted block is captured at once, Alt+digit evaluates."""

    captured = Signal(str)
    evaluation_keyed = Signal(int)  # an index of EVALUATIONS

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._capture(self.text())
        elif alt and event.key() in _DIGITS:
            self.evaluation_keyed.emit(_DIGITS[Qt.Key(event.key())])
        elif event.matches(QKeySequence.StandardKey.Paste) and "\n" in (block := QGuiApplication.clipboard().text()):
            self._capture(self.text() + block)  # a block of lines: one note each, at once
        else:
            super().keyPressEvent(event)

    def _capture(self, text: str) -> None:
        if text.strip():
            self.captured.emit(text)
            self.clear()


class CaptureBar(QWidget):
    """The field and the evaluation given to what it captures; ``face_down`` (a checkable action shared by
    every bar, the controller's) shows as a toggle button beside them."""

    captured = Signal(str, object, str)  # text (one note per line), Evaluation, author (or "")

    def __init__(self, parent: QWidget | None = None, face_down: QAction | None = None) -> None:
        super().__init__(parent)
        self.field = CaptureField()
        self.field.setPlaceholderText(self.tr("Quick capture: a line, Enter (channel/stage: to choose the cell)"))
        self.field.setToolTip(self.tr(
            "Type a note and press Enter: it goes to the current cell, and the field stays ready for the next.\n"
            "Start a line with « channel/stage: » to put it in that cell (« web/buy: I pay in three goes »).\n"
            "Paste several lines: one note per line. Alt+1…4 (Alt+0: none) chooses the evaluation."))
        self.field.setMinimumWidth(320)
        self.evaluation = QComboBox()
        self.evaluation.setToolTip(self.tr("The evaluation given to the notes captured (Alt+1…4, Alt+0)"))
        for label in (self.tr("Not evaluated"), self.tr("Delight"), self.tr("Neutral"), self.tr("Pain point"),
                      self.tr("Breaking point")):
            self.evaluation.addItem(label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        self.author = QLineEdit()
        self.author.setMaxLength(60)
        self.author.setPlaceholderText(self.tr("Said by…"))
        self.author.setToolTip(self.tr("Who is speaking, or which group is writing: given to every note captured "
                                       "until it is changed"))
        self.author.setFixedWidth(150)
        layout.addWidget(self.field)
        layout.addWidget(self.author)
        layout.addWidget(self.evaluation)
        self.face_down: QToolButton | None = None
        if face_down is not None:
            self.face_down = QToolButton()
            self.face_down.setDefaultAction(face_down)  # checked, text and icon follow the action
            self.face_down.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.face_down.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the field
            layout.addWidget(self.face_down)
        self.field.evaluation_keyed.connect(self.evaluation.setCurrentIndex)
        self.field.captured.connect(lambda text: self.captured.emit(
            text, EVALUATIONS[self.evaluation.currentIndex()], " ".join(self.author.text().split())))

    def start(self) -> None:
        """Ctrl+Shift+N: the field, ready to type."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
