"""Fichier › Fiche projet…: the project's title, organisation, purpose, description, workshop
date and facilitators. One OK is one undo step holding only the fields that changed."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.commands.fields import ConfirmedEdit
from cjm_desktop.model import limits
from cjm_desktop.model.domain import Project
from cjm_desktop.storage import codec
from ui.host.feature_host import FeatureHost
from ui.widgets.date_edit import OptionalDateEdit
from ui.widgets.plain_text import PlainLabel

SHEET_FIELDS = ("title", "organisation", "purpose", "description", "workshop_date", "facilitators")


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
        for line in (self.title, self.organisation):
            line.setMaxLength(limits.SHORT_TEXT)
        self.organisation.setPlaceholderText(self.tr("The company or brand whose customers are mapped"))
        self.purpose = QPlainTextEdit(project.purpose)
        self.purpose.setPlaceholderText(self.tr("Why map these journeys: satisfaction, choosing a CRM, "
                                                "reasons for calling the contact centre…"))
        self.description = QPlainTextEdit(project.description)
        self.date = OptionalDateEdit(empty_text=self.tr("No workshop date"))
        self.date.set_iso(project.workshop_date)
        self.facilitators = QPlainTextEdit("\n".join(project.facilitators))
        self.facilitators.setPlaceholderText(self.tr("One name per line"))
        for box in (self.purpose, self.description, self.facilitators):
            box.setTabChangesFocus(True)
        self.purpose.setFixedHeight(64)
        self.facilitators.setFixedHeight(80)
        self.problem = PlainLabel()  # why OK did not close the sheet
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Organisation / brand"), self.organisation)
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("Workshop date"), self.date)
        form.addRow(self.tr("&Facilitators"), self.facilitators)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def entered(self) -> Project:
        """The project as the sheet shows it (texts trimmed, « no date » as None)."""
        return dataclasses.replace(
            self.project,
            title=self.title.text().strip(),
            organisation=self.organisation.text().strip(),
            purpose=self.purpose.toPlainText().strip(),
            description=self.description.toPlainText().strip(),
            workshop_date=self.date.iso(),
            facilitators=facilitators_from(self.facilitators.toPlainText()),
        )

    def values(self) -> dict[str, object]:
        """Every field as entered."""
        entered = self.entered()
        return {name: getattr(entered, name) for name in SHEET_FIELDS}

    def changes(self) -> dict[str, object]:
        """The fields whose value differs from the project's."""
        return {name: value for name, value in self.values().items() if getattr(self.project, name) != value}

    def accept(self) -> None:
        """Close only when the project can hold what was typed; otherwise say why and keep it."""
        try:
            codec.validate(self.entered())
        except ValueError:
            text = self.tr("This sheet cannot be kept as it is: a text is too long, or there are more than "
                           "%1 facilitators. Please shorten it.")
            self.problem.setText(text.replace("%1", str(limits.MAX_LIST_ITEMS)))
            self.problem.show()
            return
        super().accept()


def edit_project_sheet(host: FeatureHost) -> bool:
    """Show the sheet of the host's project; OK with changes runs one edit. True when edited."""
    doc = host.controller.doc
    if doc is None:
        return False
    dialog = ProjectSheetDialog(doc.state.project, host.parent_widget())
    try:
        if not host.prompts.exec_dialog(dialog) or not (changes := dialog.changes()):
            return False
    finally:
        dialog.deleteLater()
    text = QCoreApplication.translate("ProjectSheetDialog", "Edit the project sheet")
    return host.controller.execute(ConfirmedEdit(Project, 1, **changes), text)
