"""Every question and message box of the window, in one replaceable object.

The window never calls a dialog directly: tests swap ``window.prompts`` for a recorder, so no
modal box can block the event loop, and what the user would have been told is observable.

Their texts often quote user text (a file, a journey or a stage name, a cell of an imported
file): every box is made by ``message_box`` or ``_text_dialog``, plain text from its creation, so
no text is ever read as HTML (see ``ui/widgets/plain_text.py``).
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from ui.widgets.plain_text import mnemonic_safe

APP_NAME = "CJM Desktop"
FILE_FILTER = "CJM Desktop (*.cjm)"
translate = QCoreApplication.translate


def filter_extensions(name_filter: str) -> list[str]:
    """The extensions a file dialog's filter lists, lower case: « PDF (*.pdf) » → [".pdf"];
    none for « All files (*) »."""
    return [extension.lower() for extension in re.findall(r"\*(\.[^\s;()*]+)", name_filter)]


def chosen_path(typed: str, name_filter: str) -> Path:
    """The file a save dialog means: the name as typed when it already ends with one of the chosen
    filter's extensions (in any case), else that name with the filter's first extension added.
    Every save dialog goes through it (``x.pdf`` stays ``x.pdf``, ``x`` becomes ``x.pdf``)."""
    extensions = filter_extensions(name_filter)
    if not extensions or typed.lower().endswith(tuple(extensions)):
        return Path(typed)
    return Path(typed.rstrip(".") + extensions[0])


def message_box(icon: QMessageBox.Icon, title: str, text: str, buttons: QMessageBox.StandardButton,
                parent: QWidget | None) -> QMessageBox:
    """A message box whose texts (text, informative and detailed text) are all plain text."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # also the informative text's, set later
    box.setText(text)
    return box


def _text_dialog(parent: QWidget, title: str, label: str, current: str) -> QInputDialog:
    """An input dialog for one line of text, its label plain text."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText("")  # makes its label, still empty
    for text_label in dialog.findChildren(QLabel):
        text_label.setTextFormat(Qt.TextFormat.PlainText)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(current)
    return dialog


class UntitledChoice(Enum):
    SAVE = "save"
    KEEP = "keep"  # leave it in the data folder; the start page offers it again
    CANCEL = "cancel"


class NotesDestination(Enum):
    """Where the notes of a deleted stage or channel go."""

    NEIGHBOUR = "neighbour"
    PARKING = "parking"
    CANCEL = "cancel"


class OpenChoice(Enum):
    """What to do with a project someone else has open."""

    READ_ONLY = "read_only"  # open it; it can only be saved under another name
    ANYWAY = "anyway"  # open it for editing all the same
    CANCEL = "cancel"


class CloseChoice(Enum):
    """What to do when the project cannot be saved before it closes."""

    SAVE_AS = "save_as"
    CLOSE = "close"  # close; the edits stay in the working copy and come back at the next opening
    CANCEL = "cancel"


class Prompts:
    """The real dialogs."""

    def warn(self, parent: QWidget, sentence: str, details: str = "") -> None:
        """A warning that does not block the event loop (window-modal, opened asynchronously)."""
        box = message_box(QMessageBox.Icon.Warning, APP_NAME, sentence, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def ask_save_untitled(self, parent: QWidget) -> UntitledChoice:
        """Closing a never-saved project: save it, keep it in the data folder, or stay. The buttons say
        what happens (nothing is thrown away, so no « Discard » and no bin)."""
        box = self.untitled_box(parent)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        choice = clicked.property("choice") if clicked is not None else None
        return choice if isinstance(choice, UntitledChoice) else UntitledChoice.CANCEL

    def untitled_box(self, parent: QWidget | None) -> QMessageBox:
        """The question of ``ask_save_untitled``, not shown yet; each button's ``choice`` property
        holds its ``UntitledChoice``."""
        box = message_box(
            QMessageBox.Icon.Question,
            APP_NAME,
            translate("Prompts", "This project has never been saved. Save it now? (If you do not, it stays "
                      "in your data folder and the start page offers it again.)"),
            QMessageBox.StandardButton.NoButton,
            parent,
        )
        save = box.addButton(translate("Prompts", "Save…"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(translate("Prompts", "Keep it in the data folder"), QMessageBox.ButtonRole.NoRole)
        cancel = box.addButton(translate("Prompts", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        for button, choice in ((save, UntitledChoice.SAVE), (keep, UntitledChoice.KEEP),
                               (cancel, UntitledChoice.CANCEL)):
            button.setProperty("choice", choice)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        return box

    def open_path(self, parent: QWidget) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("Prompts", "Open a project"), "", FILE_FILTER)
        return Path(path) if path else None

    def save_path(self, parent: QWidget, suggested: Path) -> Path | None:
        title = translate("Prompts", "Save the project as")
        return self._save_dialog(parent, title, suggested, FILE_FILTER)

    def _save_dialog(self, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        """Every save dialog: the file chosen, its extension decided by ``chosen_path``."""
        path, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        if not path:
            return None
        return chosen_path(path, chosen or filters.split(";;")[0])

    def import_path(self, parent: QWidget, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("Prompts", "Import a journey"), "", filters)
        return Path(path) if path else None

    def export_path(self, parent: QWidget, suggested: Path, filters: str) -> Path | None:
        """A file to export to; its extension follows the chosen file type when none was typed."""
        title = translate("Prompts", "Export the journeys")
        return self._save_dialog(parent, title, suggested, filters)

    def report(self, parent: QWidget, title: str, sentence: str, lines: list[str]) -> None:
        """What an import or export did, and what it left out (non-blocking)."""
        box = message_box(QMessageBox.Icon.Information, title, sentence, QMessageBox.StandardButton.Ok, parent)
        if lines:
            box.setInformativeText("\n".join(lines[:8]) + ("\n…" if len(lines) > 8 else ""))
            box.setDetailedText("\n".join(lines))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def ask_text(self, parent: QWidget, title: str, label: str, current: str = "") -> str | None:
        """A line of text (a stage or channel name), or None when cancelled."""
        dialog = _text_dialog(parent, title, label, current)
        ok = dialog.exec() == QInputDialog.DialogCode.Accepted
        text = dialog.textValue()
        dialog.deleteLater()
        return text.strip() if ok and text.strip() else None

    def ask_notes_destination(self, parent: QWidget, question: str, neighbour: str | None) -> NotesDestination:
        """Deleting a line that holds notes: move them to ``neighbour`` (if any), park them, or cancel."""
        box = message_box(QMessageBox.Icon.Question, APP_NAME, question, QMessageBox.StandardButton.Cancel, parent)
        to_neighbour = None
        if neighbour is not None:
            text = translate("Prompts", "Move them to « %1 »").replace("%1", mnemonic_safe(neighbour))
            to_neighbour = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        to_parking = box.addButton(translate("Prompts", "Move them to « To sort »"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is None:
            return NotesDestination.CANCEL
        if clicked == to_neighbour:
            return NotesDestination.NEIGHBOUR
        return NotesDestination.PARKING if clicked == to_parking else NotesDestination.CANCEL

    def confirm_destructive(self, parent: QWidget, question: str, action: str) -> bool:
        """A yes/no question before a grave edit; ``action`` labels the button that goes ahead."""
        box = message_box(QMessageBox.Icon.Question, APP_NAME, question, QMessageBox.StandardButton.Cancel, parent)
        go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() == go

    def ask_open_elsewhere(self, parent: QWidget, sentence: str) -> OpenChoice:
        """Someone else has the project open: read-only, open anyway, or not at all."""
        box = message_box(QMessageBox.Icon.Question, APP_NAME, sentence, QMessageBox.StandardButton.Cancel, parent)
        box.setInformativeText(translate("Prompts", "Opening it read-only lets you look and save a copy under "
                                                    "another name; two people saving the same file each keep "
                                                    "their version, but their changes are not merged."))
        read_only = box.addButton(translate("Prompts", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(translate("Prompts", "Open for editing anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        if clicked == read_only:
            return OpenChoice.READ_ONLY
        return OpenChoice.ANYWAY if clicked == anyway else OpenChoice.CANCEL

    def ask_close_unsaved(self, parent: QWidget, sentence: str, details: str) -> CloseChoice:
        """Saving before closing failed: save under another name, close all the same, or stay."""
        box = message_box(QMessageBox.Icon.Warning, APP_NAME, sentence, QMessageBox.StandardButton.Cancel, parent)
        box.setInformativeText(translate("Prompts", "If you close without saving, your changes stay in your data "
                                                    "folder and come back the next time you open the project."))
        if details:
            box.setDetailedText(details)
        save_as = box.addButton(translate("Prompts", "Save as…"), QMessageBox.ButtonRole.AcceptRole)
        close = box.addButton(translate("Prompts", "Close without saving"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        if clicked == save_as:
            return CloseChoice.SAVE_AS
        return CloseChoice.CLOSE if clicked == close else CloseChoice.CANCEL

    def choose_photo(self, parent: QWidget) -> Path | None:
        """An image file for a persona's photo, or None when cancelled."""
        title = translate("Prompts", "Choose a photo")
        images = translate("Prompts", "Images (*.png *.jpg *.jpeg *.gif *.webp)")
        path, _ = QFileDialog.getOpenFileName(parent, title, "", images)
        return Path(path) if path else None

    def exec_dialog(self, dialog) -> bool:
        """Run one of our editing dialogs (project sheet, persona); True when OK was clicked."""
        return dialog.exec() == dialog.DialogCode.Accepted
