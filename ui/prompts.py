"""Every question and message box of the window, in one replaceable object.

The window never calls a dialog directly: tests swap ``window.prompts`` for a recorder, so no
modal box can block the event loop, and what the user would have been told is observable.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

APP_NAME = "CJM Desktop"
FILE_FILTER = "CJM Desktop (*.cjm)"
translate = QCoreApplication.translate


class UntitledChoice(Enum):
    SAVE = "save"
    KEEP = "keep"  # leave it in the data folder; the start page offers it again
    CANCEL = "cancel"


class Prompts:
    """The real dialogs."""

    def warn(self, parent: QWidget, sentence: str, details: str = "") -> None:
        """A warning that does not block the event loop (window-modal, opened asynchronously)."""
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, sentence, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def ask_save_untitled(self, parent: QWidget) -> UntitledChoice:
        answer = QMessageBox.question(
            parent,
            APP_NAME,
            translate("Prompts", "This project has never been saved. Save it now? (If you do not, it stays "
                      "in your data folder and the start page offers it again.)"),  # fmt: skip
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        return {
            QMessageBox.StandardButton.Save: UntitledChoice.SAVE,
            QMessageBox.StandardButton.Discard: UntitledChoice.KEEP,
        }.get(answer, UntitledChoice.CANCEL)

    def open_path(self, parent: QWidget) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("Prompts", "Open a project"), "", FILE_FILTER)
        return Path(path) if path else None

    def save_path(self, parent: QWidget, suggested: Path) -> Path | None:
        title = translate("Prompts", "Save the project as")
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), FILE_FILTER)
        if not path:
            return None
        return Path(path) if path.lower().endswith(".cjm") else Path(path + ".cjm")
