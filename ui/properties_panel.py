"""The properties panel: every field of the selected notes, editable.

It shows what ``show_notes`` gives it and reports each change as ``edit_requested(ids,
{field: value})`` with the Touchpoint's own field names; it never edits the model itself.
Typing emits on every keystroke: the core merges consecutive edits of the same field into
one undo step. Showing notes never emits, and never resets an editor the user is typing in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
    QVBoxLayout, QWidget,
)  # fmt: skip

from cjm_desktop.domain import Evaluation, Touchpoint
from cjm_desktop.first_person import first_person_fix, is_first_person

from . import palette

MIXED = object()  # the fields of several notes that differ
FIX_PREVIEW = 40


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def departments_from(text: str) -> tuple[str, ...]:
    """« Marketing, SAV ,, Marketing » → ("Marketing", "SAV")."""
    return tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


class PropertiesPanel(QWidget):
    edit_requested = Signal(list, dict)  # note ids, {field name: new value}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(280)
        self.first_person_check = True
        self.notes: list[Touchpoint] = []
        self._showing = False
        self.header_label = QLabel()
        self.header_label.setStyleSheet("font-weight: 600; font-size: 15px;")
        self.placeholder = QLabel(self.tr("Select a note to see and edit its properties."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #607d8b;")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(90)
        self.evaluation_combo = QComboBox()
        labels = {Evaluation.NONE: self.tr("Not evaluated"), Evaluation.DELIGHT: self.tr("Delight"),
                  Evaluation.NEUTRAL: self.tr("Neutral"), Evaluation.PAIN: self.tr("Pain point"),
                  Evaluation.BREAKING: self.tr("Breaking point")}  # fmt: skip
        for value, label in labels.items():
            self.evaluation_combo.addItem(swatch(palette.NOTE_COLORS[value]), label, value)
        self.moment_check = QCheckBox(self.tr("Moment of truth"))
        self.emotion_combo = QComboBox()
        emotions = [(None, self.tr("Not set")), (-2, self.tr("−2 Very negative")), (-1, self.tr("−1 Negative")),
                    (0, self.tr("0 Neutral")), (1, self.tr("+1 Positive")), (2, self.tr("+2 Very positive"))]  # fmt: skip
        for value, label in emotions:
            self.emotion_combo.addItem(label, value)
        self.votes_spin = QSpinBox()
        self.votes_spin.setRange(0, 999)
        self.departments_edit = QLineEdit()
        self.departments_edit.setPlaceholderText(self.tr("Separated by commas"))
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMinimumHeight(70)
        self.fix_hint = QWidget()
        hint = QLabel(self.tr("A touchpoint reads best in the first person (« Je … »)."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {palette.FIRST_PERSON_MARK};")
        self.fix_button = QPushButton()
        self.fix_button.clicked.connect(self._fix_first_person)
        hint_layout = QVBoxLayout(self.fix_hint)
        hint_layout.setContentsMargins(0, 0, 0, 0)
        hint_layout.addWidget(hint)
        hint_layout.addWidget(self.fix_button)
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow(self.fix_hint)
        form.addRow(self.tr("Evaluation"), self.evaluation_combo)
        form.addRow(self.moment_check)
        form.addRow(self.tr("Emotion"), self.emotion_combo)
        form.addRow(self.tr("Votes"), self.votes_spin)
        form.addRow(self.tr("Departments"), self.departments_edit)
        form.addRow(self.tr("Comment"), self.comment_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.header_label)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.fields)
        layout.addStretch()
        self._connect()
        self.show_notes([])

    def _connect(self) -> None:
        self.text_edit.textChanged.connect(lambda: self._emit("text", self.text_edit.toPlainText()))
        self.comment_edit.textChanged.connect(lambda: self._emit("comment", self.comment_edit.toPlainText()))
        self.evaluation_combo.activated.connect(
            lambda: self._emit("evaluation", self.evaluation_combo.currentData()))  # fmt: skip
        self.emotion_combo.activated.connect(lambda: self._emit("emotion", self.emotion_combo.currentData()))
        self.moment_check.clicked.connect(lambda on: self._emit("moment_of_truth", bool(on)))
        self.votes_spin.valueChanged.connect(lambda value: self._emit("votes", value))
        self.departments_edit.editingFinished.connect(self._departments_done)

    # --- showing ----------------------------------------------------------------------
    def show_notes(self, notes: list[Touchpoint]) -> None:
        """Show the selected notes (none, one, or several with their shared values)."""
        self.notes = list(notes)
        self._showing = True
        try:
            self.placeholder.setVisible(not notes)
            self.fields.setVisible(bool(notes))
            self.header_label.setText(self.tr("%n notes", "", len(notes)) if notes else "")
            if notes:
                self._fill()
        finally:
            self._showing = False

    def _fill(self) -> None:
        def shared(name: str):
            values = {getattr(n, name) for n in self.notes}
            return values.pop() if len(values) == 1 else MIXED

        text = shared("text")
        self.text_edit.setEnabled(text is not MIXED)
        _set_text(self.text_edit, "" if text is MIXED else text)
        self.text_edit.setPlaceholderText(self.tr("Texts differ") if text is MIXED else "")
        _set_combo(self.evaluation_combo, shared("evaluation"), self.tr("—  (mixed)"))
        _set_combo(self.emotion_combo, shared("emotion"), self.tr("—  (mixed)"))
        moment = shared("moment_of_truth")
        self.moment_check.setTristate(moment is MIXED)
        self.moment_check.setCheckState(Qt.CheckState.PartiallyChecked if moment is MIXED
                                        else Qt.CheckState.Checked if moment else Qt.CheckState.Unchecked)  # fmt: skip
        votes = shared("votes")
        if votes is not MIXED and self.votes_spin.value() != votes:
            self.votes_spin.setValue(votes)
        departments = shared("departments")
        wanted = "" if departments is MIXED else ", ".join(departments)
        if self.departments_edit.text() != wanted:
            self.departments_edit.setText(wanted)
        comment = shared("comment")
        _set_text(self.comment_edit, "" if comment is MIXED else comment)
        self._show_fix(text)

    def _show_fix(self, text) -> None:
        needed = self.first_person_check and len(self.notes) == 1 and text.strip() and not is_first_person(text)
        self.fix_hint.setVisible(bool(needed))
        if needed:
            fixed = first_person_fix(text)
            preview = fixed if len(fixed) <= FIX_PREVIEW else fixed[: FIX_PREVIEW - 1] + "…"
            self.fix_button.setText(self.tr("Fix: %1").replace("%1", f"« {preview} »"))

    # --- editing ------------------------------------------------------------------------
    def _emit(self, name: str, value: object) -> None:
        if not self._showing and self.notes:
            self.edit_requested.emit([n.id for n in self.notes], {name: value})

    def _departments_done(self) -> None:
        value = departments_from(self.departments_edit.text())
        if any(n.departments != value for n in self.notes):
            self._emit("departments", value)

    def _fix_first_person(self) -> None:
        if len(self.notes) == 1:
            self._emit("text", first_person_fix(self.notes[0].text))


def _set_text(editor: QPlainTextEdit, text: str) -> None:
    if editor.toPlainText() != text:  # never reset the editor the user is typing in
        editor.setPlainText(text)


def _set_combo(combo: QComboBox, value: object, mixed_label: str) -> None:
    mixed_index = combo.findData("__mixed__")
    if value is MIXED:
        if mixed_index < 0:
            combo.addItem(mixed_label, "__mixed__")
        combo.setCurrentIndex(combo.findData("__mixed__"))
        return
    if mixed_index >= 0:
        combo.removeItem(mixed_index)
    combo.setCurrentIndex(combo.findData(value))
