"""Dots on many notes (or actions) in one dialog: « Procuration… » (an absent participant's dots, within
their budget) and « Gommettes papier… » (the paper dots counted on each note). The dialog only gathers
the counts; the dock turns them into commands (one undo step)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.model.limits import MAX_COUNT
from cjm_desktop.queries.votes import Target
from ui.voting.voting_words import one_line
from ui.widgets.plain_text import PlainLabel, fill, plain_tip


@dataclass(frozen=True)
class DotsRow:
    """One line of the dialog: what the dots go on, its text, and where it sits (a stage, a channel)."""

    target: Target
    label: str
    where: str = ""


class DotsDialog(QDialog):
    """A count of dots per line. With ``people`` (id, name), whose dots they are (the proxy); without, the
    paper dots. ``current[person or None]`` holds the counts already there; ``budget`` (0: none) bounds the
    total of one person, ``most`` the dots on one line."""

    def __init__(self, title: str, intro: str, rows: list[DotsRow], current: dict[int | None, dict[Target, int]],
                 people: list[tuple[int, str]] | None = None, budget: int = 0, most: int = MAX_COUNT,
                 person: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 520)
        self.rows, self.current, self.budget = rows, current, budget
        self.people = people or []
        intro_label = PlainLabel(intro)
        intro_label.setWordWrap(True)
        self.person_combo = QComboBox()
        for person_id, name in self.people:
            self.person_combo.addItem(name, person_id)
        if (index := self.person_combo.findData(person)) >= 0:
            self.person_combo.setCurrentIndex(index)
        self.person_combo.setVisible(bool(self.people))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find a note…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Dots"), self.tr("Note"), self.tr("Where")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.spins: dict[Target, QSpinBox] = {}
        for row, line in enumerate(rows):
            spin = QSpinBox()
            spin.setRange(0, most)
            spin.valueChanged.connect(self._update)
            self.spins[line.target] = spin
            self.table.setCellWidget(row, 0, spin)
            label = QTableWidgetItem(one_line(line.label))
            label.setToolTip(plain_tip(line.label[:500]))
            self.table.setItem(row, 1, label)
            self.table.setItem(row, 2, QTableWidgetItem(line.where))
        self.summary = PlainLabel()
        self.summary.setStyleSheet("font-weight: 600;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.person_combo)
        top.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.person_combo.currentIndexChanged.connect(lambda _i: self._show_counts())
        self.filter_edit.textChanged.connect(self._filter)
        self._show_counts()

    def person(self) -> int | None:
        """Whose dots these are (None: the paper dots)."""
        return self.person_combo.currentData() if self.people else None

    def counts(self) -> dict[Target, int]:
        """The dots set on each line (zeros included)."""
        return {target: spin.value() for target, spin in self.spins.items()}

    def changed(self) -> dict[Target, int]:
        """Only the lines whose count differs from what was there."""
        before = self.current.get(self.person(), {})
        return {target: n for target, n in self.counts().items() if n != before.get(target, 0)}

    def _show_counts(self) -> None:
        before = self.current.get(self.person(), {})
        for target, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(before.get(target, 0))
            spin.blockSignals(False)
        self._update()

    def _filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row, line in enumerate(self.rows):
            self.table.setRowHidden(row, bool(wanted) and wanted not in f"{line.label} {line.where}".casefold())

    def _update(self) -> None:
        total = sum(self.counts().values())
        over = bool(self.budget) and total > self.budget
        if self.budget:
            text = fill(self.tr("%1 of %n dot(s)", "", self.budget), str(total))
        else:
            text = self.tr("%n dot(s) in all", "", total)
        self.summary.setText(text + (" — " + self.tr("more than the budget") if over else ""))
        self.summary.setStyleSheet("font-weight: 600;" + (" color: #c62828;" if over else ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not over)
