"""The persona editor: every field of a persona, and its photo (chosen from a file, checked, decoded safely).

The dialog never edits the project: ``values()`` gives the fields as entered and ``changes()``
only those that differ from the persona being edited; the caller turns them into one command.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.model import limits
from cjm_desktop.model.domain import Persona
from cjm_desktop.model.photos import PhotoRefused, initials
from cjm_desktop.storage import codec
from ui.personas.persona_photo import read_photo_file, refusal_sentence, round_thumbnail
from ui.widgets.plain_text import PlainLabel

PHOTO_SIDE = 112
NO_AGE = 0  # the spin box's lowest value stands for « not given »
FIELDS = ("name", "age", "occupation", "segment", "quote", "goals", "frustrations", "habits", "photo")  # edited here


class PersonaDialog(QDialog):
    """Edit ``persona`` (or a new one when None). Photos are chosen through ``prompts``."""

    def __init__(self, persona: Persona | None, prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.persona, self.prompts = persona, prompts
        self.photo: bytes | None = persona.photo if persona else None
        self.refusal = ""  # the last photo refusal told to the user
        self.setWindowTitle(self.tr("Persona") if persona else self.tr("New persona"))
        self.setMinimumWidth(560)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Camille, young working mother"))
        self.age = QSpinBox()
        self.age.setRange(NO_AGE, 120)
        self.age.setSpecialValueText("—")
        self.age.setSuffix(self.tr(" years old"))
        self.occupation = QLineEdit()
        self.segment = QLineEdit()
        for line in (self.name, self.occupation, self.segment):
            line.setMaxLength(limits.SHORT_TEXT)
        self.quote = QPlainTextEdit()
        self.quote.setPlaceholderText(self.tr("What this persona would say, in the first person"))
        self.goals, self.frustrations, self.habits = QPlainTextEdit(), QPlainTextEdit(), QPlainTextEdit()
        for box in (self.quote, self.goals, self.frustrations, self.habits):
            box.setTabChangesFocus(True)
            box.setFixedHeight(72)
        self.quote.setFixedHeight(52)
        self.picture = PlainLabel()
        self.picture.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.choose_button = QPushButton(self.tr("Choose a photo…"))
        self.remove_button = QPushButton(self.tr("Remove the photo"))
        self.photo_message = PlainLabel()
        self.photo_message.setWordWrap(True)
        self.photo_message.setStyleSheet("color: #b71c1c;")
        self.photo_message.hide()
        self.choose_button.clicked.connect(self.choose_photo)
        self.remove_button.clicked.connect(self.remove_photo)
        self.name.textChanged.connect(self._update)
        self._build_layout()
        self._fill(persona)
        self._update()

    def _build_layout(self) -> None:
        photo_column = QVBoxLayout()
        photo_column.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        photo_column.addWidget(self.choose_button)
        photo_column.addWidget(self.remove_button)
        photo_column.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Age"), self.age)
        form.addRow(self.tr("&Occupation"), self.occupation)
        form.addRow(self.tr("&Segment"), self.segment)
        form.addRow(self.tr("&Quote"), self.quote)
        form.addRow(self.tr("&Goals"), self.goals)
        form.addRow(self.tr("&Frustrations"), self.frustrations)
        form.addRow(self.tr("&Habits"), self.habits)
        top = QHBoxLayout()
        top.addLayout(photo_column)
        top.addLayout(form, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.photo_message)
        layout.addWidget(self.buttons)

    def _fill(self, persona: Persona | None) -> None:
        if persona is None:
            return
        self.name.setText(persona.name)
        self.age.setValue(persona.age if persona.age is not None else NO_AGE)
        self.occupation.setText(persona.occupation)
        self.segment.setText(persona.segment)
        self.quote.setPlainText(persona.quote)
        self.goals.setPlainText(persona.goals)
        self.frustrations.setPlainText(persona.frustrations)
        self.habits.setPlainText(persona.habits)

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))
        ratio = self.devicePixelRatioF()
        self.picture.setPixmap(round_thumbnail(self.photo, PHOTO_SIDE, initials(self.name.text()), ratio))
        self.remove_button.setEnabled(self.photo is not None)

    def choose_photo(self) -> bool:
        """Ask for an image file; a refused one is explained in one sentence and changes nothing."""
        path = self.prompts.choose_photo(self)
        if path is None:
            return False
        try:
            photo = read_photo_file(path)
        except PhotoRefused as error:
            self.refusal = refusal_sentence(error)
            self.photo_message.setText(self.refusal)
            self.photo_message.show()
            return False
        self.photo, self.refusal = photo, ""
        self.photo_message.hide()
        self._update()
        return True

    def remove_photo(self) -> None:
        self.photo = None
        self._update()

    def entered(self) -> Persona:
        """The persona being edited (a blank one for a new persona) with every field as entered
        (the name trimmed, an empty age as None)."""
        age = self.age.value()
        return dataclasses.replace(
            self.persona or Persona(0, ""),
            name=self.name.text().strip(),
            age=None if age == NO_AGE else age,
            occupation=self.occupation.text().strip(),
            segment=self.segment.text().strip(),
            quote=self.quote.toPlainText().strip(),
            goals=self.goals.toPlainText().strip(),
            frustrations=self.frustrations.toPlainText().strip(),
            habits=self.habits.toPlainText().strip(),
            photo=self.photo,
        )

    def values(self) -> dict[str, object]:
        """Every field as entered (see ``entered``)."""
        entered = self.entered()
        return {name: getattr(entered, name) for name in FIELDS}

    def changes(self) -> dict[str, object]:
        """The fields that differ from the persona being edited (all of them for a new one)."""
        values = self.values()
        if self.persona is None:
            return values
        return {name: value for name, value in values.items() if getattr(self.persona, name) != value}

    def accept(self) -> None:
        """Close only when a persona can hold what was typed; otherwise say why and keep it open."""
        try:
            codec.validate(self.entered())
        except ValueError:
            self.photo_message.setText(self.tr("This persona cannot be kept as it is: a text is too long. "
                                               "Please shorten it."))
            self.photo_message.show()
            return
        super().accept()
