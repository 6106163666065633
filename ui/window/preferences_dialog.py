"""Édition › Préférences…: the app's language (French or English), kept in the app's settings.

The choice takes effect at the next start (the window's texts, new projects' templates and agenda); the dialog
says so. ``CJM_LANG``, when set, wins over it: the dialog says that too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from ui.i18n import LANGUAGES, choose_language, chosen_language, forced_language, language
from ui.widgets.plain_text import PlainLabel
from ui.widgets.prompts import Prompts

# Each language is named in itself, so a user lost in the other language finds theirs.
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


class PreferencesDialog(QDialog):
    """Shows the chosen language (else the one in use); ``chosen()`` gives the language picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(chosen_language() or language()))
        self.language.currentIndexChanged.connect(self._update_note)
        self.note = PlainLabel()  # when the choice takes effect
        self.note.setWordWrap(True)
        self.forced = PlainLabel()  # CJM_LANG wins over the choice
        self.forced.setWordWrap(True)
        if (forced := forced_language()) is not None:
            self.forced.setText(self.tr("The CJM_LANG environment variable is set: the app uses %1 whatever "
                                        "is chosen here.").replace("%1", LANGUAGE_NAMES[forced]))
        self.forced.setVisible(forced is not None)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.forced)
        layout.addWidget(buttons)
        self._update_note()

    def chosen(self) -> str:
        """The language picked: ``fr`` or ``en``."""
        return str(self.language.currentData())

    def _update_note(self) -> None:
        if self.chosen() == language():
            self.note.setText(self.tr("The language of the window's texts and of the templates, stages, "
                                      "channels and agenda of new projects."))
        else:
            self.note.setText(self.tr("The new language takes effect at the next start of the app."))


def edit_preferences(parent: QWidget, prompts: Prompts) -> bool:
    """Show the preferences; OK keeps the choice for the next start. True when a choice was kept."""
    dialog = PreferencesDialog(parent)
    try:
        if not prompts.exec_dialog(dialog):
            return False
        choose_language(dialog.chosen())
        return True
    finally:
        dialog.deleteLater()
