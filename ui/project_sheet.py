"""Fichier › Fiche projet…: the project's title, organisation, purpose, description, workshop
date and facilitators. One OK is one undo step holding only the fields that changed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QPlainTextEdit,
    QVBoxLayout, QWidget,
)  # fmt: skip

from cjm_desktop.commands.fields import ConfirmedEdit
from cjm_desktop.domain import Project


def facilitators_from(text: str) -> tuple[str, ...]:
    """One facilitator per line: trimmed, no blank lines, no repeats."""
    return tuple(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


class ProjectSheetDialog(QDialog):
    """Shows ``project``; ``changes()`` gives the fields the user changed."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Project sheet"))
        self.setMinimumWidth(520)
        self.title = QLineEdit(project.title)
        self.organisation = QLineEdit(project.organisation)
        self.organisation.setPlaceholderText(self.tr("The company or brand whose customers are mapped"))
        self.purpose = QPlainTextEdit(project.purpose)
        self.purpose.setPlaceholderText(self.tr("Why map these journeys: satisfaction, choosing a CRM, "
                                                "reasons for calling the contact centre…"))  # fmt: skip
        self.description = QPlainTextEdit(project.description)
        self.has_date = QCheckBox(self.tr("Planned on"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.has_date.setChecked(project.workshop_date is not None)
        self.date.setDate(QDate.fromString(project.workshop_date, "yyyy-MM-dd") if project.workshop_date
                          else QDate.currentDate())  # fmt: skip
        self.date.setEnabled(self.has_date.isChecked())
        self.has_date.toggled.connect(self.date.setEnabled)
        self.facilitators = QPlainTextEdit("\n".join(project.facilitators))
        self.facilitators.setPlaceholderText(self.tr("One name per line"))
        for box in (self.purpose, self.description, self.facilitators):
            box.setTabChangesFocus(True)
        self.purpose.setFixedHeight(64)
        self.facilitators.setFixedHeight(80)
        when = QHBoxLayout()
        when.addWidget(self.has_date)
        when.addWidget(self.date, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Organisation / brand"), self.organisation)
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("Workshop date"), when)  # no mnemonic: its field is a layout, not a widget
        form.addRow(self.tr("&Facilitators"), self.facilitators)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, object]:
        day = self.date.date()
        return {
            "title": self.title.text().strip(),
            "organisation": self.organisation.text().strip(),
            "purpose": self.purpose.toPlainText().strip(),
            "description": self.description.toPlainText().strip(),
            "workshop_date": date(day.year(), day.month(), day.day()).isoformat() if self.has_date.isChecked()
            else None,
            "facilitators": facilitators_from(self.facilitators.toPlainText()),
        }  # fmt: skip

    def changes(self) -> dict[str, object]:
        """The fields whose value differs from the project's."""
        return {name: value for name, value in self.values().items() if getattr(self.project, name) != value}


def edit_project_sheet(window) -> bool:
    """Show the sheet of ``window``'s project; OK with changes runs one edit. True when edited."""
    doc = window.controller.doc
    if doc is None:
        return False
    dialog = ProjectSheetDialog(doc.state.project, window)
    try:
        if not window.prompts.exec_dialog(dialog) or not (changes := dialog.changes()):
            return False
    finally:
        dialog.deleteLater()
    text = QCoreApplication.translate("ProjectSheetDialog", "Edit the project sheet")
    return window.controller.execute(ConfirmedEdit(Project, 1, **changes), text)
