"""« Nouvelle session de vote… »: what the room votes on, who votes, with how many dots, and when the
counts are shown. The dialog only gathers a ``SessionChoice``; the dock starts the session."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.model.domain import ProjectState, Reveal, VoteScope
from cjm_desktop.model.limits import SHORT_TEXT
from ui.voting.voting_words import anonymous_names
from ui.widgets.journey_labels import journey_label
from ui.widgets.plain_text import PlainLabel

MAX_PEOPLE = 500  # as the core's MAX_PARTICIPANTS
DEFAULT_PEOPLE, DEFAULT_DOTS = 6, 3
# the scope combo's entries: (scope, only some stages)
SCOPES: list[tuple[VoteScope, bool]] = [(VoteScope.NOTES, False), (VoteScope.NOTES, True),
                                        (VoteScope.FRICTIONS, False), (VoteScope.ACTIONS, False)]


@dataclass(frozen=True)
class SessionChoice:
    """What the dialog gathered: the arguments of ``StartSession``."""

    name: str
    journey_id: int | None
    scope: VoteScope
    stage_ids: tuple[int, ...] = ()
    budget: int = DEFAULT_DOTS
    cap: int = 0
    repeat: bool = False
    reveal: Reveal = Reveal.LIVE
    participants: list[str] = field(default_factory=list)


class SessionDialog(QDialog):
    """A new voting session's settings (the current journey's notes, 6 people, 3 dots each, by default)."""

    def __init__(self, state: ProjectState, journey_id: int | None, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("New voting session"))
        self.setMinimumWidth(460)
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(200)
        self.journey_combo = QComboBox()
        for journey in state.journeys:
            self.journey_combo.addItem(journey_label(journey), journey.id)
        if (index := self.journey_combo.findData(journey_id)) >= 0:
            self.journey_combo.setCurrentIndex(index)
        self.scope_combo = QComboBox()
        self.scope_combo.addItems([self.tr("The notes of the journey"), self.tr("The notes of some stages"),
                                   self.tr("The frictions (pain points and breaking points)"),
                                   self.tr("The actions of the plan")])
        self.stages_list = QListWidget()
        self.stages_list.setMaximumHeight(130)
        self._build_people()
        self.budget_spin = _spin(1, 99, DEFAULT_DOTS)
        self.cap_spin = _spin(0, 999, 0)
        self.cap_spin.setSpecialValueText(self.tr("No cap"))
        self.repeat_check = QCheckBox(self.tr("A participant may put several dots on the same note"))
        self.reveal_live = QRadioButton(self.tr("Live: counts shown as dots are cast"))
        self.reveal_end = QRadioButton(self.tr("At the end: counts hidden until « Reveal »"))
        self.reveal_live.setChecked(True)
        self.problem = PlainLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the session"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._connect()
        self._fill_stages()
        self._update()

    def _build_people(self) -> None:
        self.by_count = QRadioButton(self.tr("Just a count"))
        self.by_names = QRadioButton(self.tr("Names, one per line"))
        self.people_group = QButtonGroup(self)
        for button in (self.by_count, self.by_names):
            self.people_group.addButton(button)
        self.by_count.setChecked(True)
        self.count_spin = _spin(1, MAX_PEOPLE, DEFAULT_PEOPLE)
        self.names_edit = QPlainTextEdit()
        self.names_edit.setTabChangesFocus(True)
        self.names_edit.setMaximumHeight(120)
        self.names_edit.setPlaceholderText(self.tr("Marie\nPaul\nGroupe B"))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Journey"), self.journey_combo)
        form.addRow(self.tr("Vote on"), self.scope_combo)
        form.addRow("", self.stages_list)
        people = QWidget()
        rows = QVBoxLayout(people)
        rows.setContentsMargins(0, 0, 0, 0)
        count_row = QHBoxLayout()
        count_row.addWidget(self.by_count)
        count_row.addWidget(self.count_spin)
        count_row.addStretch()
        rows.addLayout(count_row)
        rows.addWidget(self.by_names)
        rows.addWidget(self.names_edit)
        form.addRow(self.tr("Participants"), people)
        form.addRow(self.tr("Dots per participant"), self.budget_spin)
        form.addRow(self.tr("Most dots on one note"), self.cap_spin)
        form.addRow("", self.repeat_check)
        reveal = QWidget()
        column = QVBoxLayout(reveal)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.reveal_live)
        column.addWidget(self.reveal_end)
        form.addRow(self.tr("Counts"), reveal)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.journey_combo.currentIndexChanged.connect(self._journey_changed)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self._update())
        self.stages_list.itemChanged.connect(lambda _item: self._update())
        self.people_group.buttonToggled.connect(lambda *_: self._update())
        self.names_edit.textChanged.connect(self._names_typed)
        self.name_edit.textChanged.connect(lambda _t: self._update())

    def _journey_changed(self, _index: int) -> None:
        self._fill_stages()
        self._update()

    def _fill_stages(self) -> None:
        self.stages_list.clear()
        journey_id = self.journey_combo.currentData()
        for stage in self.state.stages(journey_id) if journey_id is not None else []:
            item = QListWidgetItem(stage.name)
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.stages_list.addItem(item)

    def _names_typed(self) -> None:
        if not self.by_names.isChecked() and self.names_edit.toPlainText().strip():
            self.by_names.setChecked(True)
        self._update()

    @property
    def scope(self) -> tuple[VoteScope, bool]:
        return SCOPES[max(0, self.scope_combo.currentIndex())]

    def names(self) -> list[str]:
        """The participants: the names typed (blank lines skipped), or « Participant 1 »… for a count."""
        if self.by_names.isChecked():
            return [name for line in self.names_edit.toPlainText().splitlines() if (name := " ".join(line.split()))]
        return anonymous_names(self.count_spin.value())

    def stage_ids(self) -> tuple[int, ...]:
        items = (self.stages_list.item(row) for row in range(self.stages_list.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def problem_text(self) -> str:
        """Why the session cannot start yet ("" when it can)."""
        names = self.names()
        if not self.name_edit.text().strip():
            return self.tr("Give the session a name.")
        if self.journey_combo.currentData() is None:
            return self.tr("The project has no journey to vote on.")
        if self.scope[1] and not self.stage_ids():
            return self.tr("Tick the stages the room votes on.")
        if not names:
            return self.tr("Write the participants' names, one per line.")
        if len(names) > MAX_PEOPLE:
            return self.tr("A session holds at most %1 participants.").replace("%1", str(MAX_PEOPLE))
        if any(len(name) > SHORT_TEXT for name in names):
            return self.tr("A participant's name is too long.")
        return ""

    def _update(self) -> None:
        self.stages_list.setVisible(self.scope[1])
        self.count_spin.setEnabled(self.by_count.isChecked())
        actions = self.scope[0] is VoteScope.ACTIONS
        self.repeat_check.setText(self.tr("A participant may put several dots on the same action") if actions
                                  else self.tr("A participant may put several dots on the same note"))
        problem = self.problem_text()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def choice(self) -> SessionChoice:
        """The session to start, as set in the dialog."""
        scope, some_stages = self.scope
        return SessionChoice(
            name=" ".join(self.name_edit.text().split()), journey_id=self.journey_combo.currentData(), scope=scope,
            stage_ids=self.stage_ids() if some_stages else (), budget=self.budget_spin.value(),
            cap=self.cap_spin.value(), repeat=self.repeat_check.isChecked(),
            reveal=Reveal.END if self.reveal_end.isChecked() else Reveal.LIVE, participants=self.names())


def _spin(low: int, high: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin
