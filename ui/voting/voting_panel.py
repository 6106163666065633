"""The voting dock's content: the sessions, the chosen session's participant and dots left (big), the
recording switch, proxy and paper dots, reveal and close, and the ranked results (ties shown « ex æquo »).

It shows what it is given and says what the user asked for through signals; the dock edits the document."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.model.domain import Participant, ProjectState, Reveal, VotingSession
from cjm_desktop.queries.votes import Result, Target, dots_cast, is_direct, remaining
from ui.voting.recording_bar import RECORDING
from ui.voting.voting_words import one_line, participant_name, rules_text, scope_text, session_name, status_text
from ui.widgets.plain_text import PlainLabel, fill, plain_tip

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


class VotingPanel(QWidget):
    """Sessions, the current participant, the results. Every gesture leaves as a signal."""

    session_chosen = Signal(object)  # session id or None
    new_requested = Signal()
    delete_requested = Signal()
    participant_chosen = Signal(object)  # participant id, or None for the paper dots
    add_participant_requested = Signal()
    recording_toggled = Signal(bool)
    proxy_requested = Signal()
    paper_requested = Signal()
    reveal_requested = Signal()
    close_requested = Signal(bool)  # True: close the session, False: reopen it
    result_chosen = Signal(object)  # the target of a result line
    heat_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(300)
        self._filling = False
        self.sessions = QListWidget()
        self.sessions.setMaximumHeight(130)
        self.new_button = QPushButton(self.tr("New voting session…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #546e7a;")
        self.participant_combo = QComboBox()
        self.participant_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.participant_combo.setMinimumContentsLength(12)
        self.add_person_button = QPushButton(self.tr("Add…"))
        self.left_number = PlainLabel()
        self.left_number.setStyleSheet("font-size: 44px; font-weight: 700; color: #37474f;")
        self.left_caption = PlainLabel()
        self.left_caption.setWordWrap(True)
        self.left_caption.setStyleSheet("font-size: 15px; color: #546e7a;")
        self.record_button = QPushButton(self.tr("● Record votes on the map"))
        self.record_button.setCheckable(True)
        self.record_button.setMinimumHeight(36)
        self.proxy_button = QPushButton(self.tr("Proxy…"))
        self.paper_button = QPushButton(self.tr("Paper dots…"))
        self.reveal_button = QPushButton(self.tr("Reveal"))
        self.close_button = QPushButton(self.tr("Close the session"))
        self.cast_label = PlainLabel()
        self.hidden_label = PlainLabel(self.tr("The counts stay hidden until « Reveal »: nobody is swayed by the "
                                               "first dots."))
        self.hidden_label.setWordWrap(True)
        self.hidden_label.setStyleSheet("color: #6a1b9a; font-style: italic;")
        self.results = QTreeWidget()
        self.results.setRootIsDecorated(False)
        self.results.setColumnCount(3)
        self.results.setHeaderLabels([self.tr("Rank"), self.tr("Dots"), self.tr("Note or action")])
        header = self.results.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.heat_check = QCheckBox(self.tr("Heat-map on the map"))
        self.heat_check.setChecked(True)
        self.details = QWidget()
        self.placeholder = PlainLabel(self.tr("No voting session yet. « New voting session… » sets one up: who "
                                              "votes, on what, with how many dots."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #607d8b;")
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addStretch()
        who = QHBoxLayout()
        who.addWidget(self.participant_combo, 1)
        who.addWidget(self.add_person_button)
        left = QHBoxLayout()
        left.addWidget(self.left_number)
        left.addWidget(self.left_caption, 1)
        proxy = QHBoxLayout()
        proxy.addWidget(self.proxy_button)
        proxy.addWidget(self.paper_button)
        reveal = QHBoxLayout()
        reveal.addWidget(self.reveal_button)
        reveal.addWidget(self.close_button)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.summary)
        details.addLayout(who)
        details.addLayout(left)
        details.addWidget(self.record_button)
        details.addLayout(proxy)
        details.addLayout(reveal)
        details.addWidget(self.cast_label)
        details.addWidget(self.hidden_label)
        details.addWidget(self.results, 1)
        details.addWidget(self.heat_check)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 8, 10)
        layout.addLayout(top)
        layout.addWidget(self.sessions)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.details, 1)

    def _connect(self) -> None:
        self.sessions.currentItemChanged.connect(self._session_item_changed)
        self.new_button.clicked.connect(self.new_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.participant_combo.activated.connect(
            lambda index: self.participant_chosen.emit(self.participant_combo.itemData(index)))
        self.add_person_button.clicked.connect(self.add_participant_requested)
        self.record_button.toggled.connect(self._record_toggled)
        self.proxy_button.clicked.connect(self.proxy_requested)
        self.paper_button.clicked.connect(self.paper_requested)
        self.reveal_button.clicked.connect(self.reveal_requested)
        self.close_button.clicked.connect(lambda: self.close_requested.emit(self.close_button.property("closes")))
        self.results.itemActivated.connect(self._result_activated)
        self.results.itemClicked.connect(self._result_activated)
        self.heat_check.toggled.connect(self.heat_toggled)

    def _session_item_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if not self._filling:
            self.session_chosen.emit(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)

    def _record_toggled(self, on: bool) -> None:
        if not self._filling:
            self.recording_toggled.emit(on)

    def _result_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.result_chosen.emit(item.data(0, TARGET_ROLE))

    # --- showing --------------------------------------------------------------------------
    def show_sessions(self, state: ProjectState | None, sessions: list[VotingSession], current: int | None) -> None:
        """The list of sessions, ``current`` chosen (never emits)."""
        self._filling = True
        try:
            self.sessions.clear()
            for session in sessions:
                item = QListWidgetItem(f"{session_name(state, session)} — {status_text(session)}" if state else "")
                item.setData(Qt.ItemDataRole.UserRole, session.id)
                self.sessions.addItem(item)
                if session.id == current:
                    self.sessions.setCurrentItem(item)
        finally:
            self._filling = False
        self.placeholder.setVisible(not sessions)
        self.delete_button.setEnabled(current is not None)

    def show_session(self, state: ProjectState, session: VotingSession | None, people: list[Participant],
                     person: int | None, recording: bool, lines: list[Result]) -> None:
        """The chosen session: its rules, ``person``'s dots left, the recording switch, its results."""
        self.details.setVisible(session is not None)
        if session is None:
            return
        self._filling = True
        try:
            direct = is_direct(state, session)
            self.summary.setText(f"{scope_text(state, session)}\n{rules_text(session)}" if not direct else
                                 self.tr("The counts entered without a session (the V key, the properties panel, "
                                         "older files)."))
            self._show_people(people, person)
            self._show_left(state, session, people, person)
            self.record_button.setChecked(recording)
            self.record_button.setStyleSheet(f"background: {RECORDING}; color: white; font-weight: 700;"
                                             if recording else "font-weight: 600;")
            self.record_button.setEnabled(not session.closed)
            self.proxy_button.setEnabled(not session.closed and bool(people))
            self.paper_button.setEnabled(not session.closed)
            hidden = session.reveal is Reveal.END and not session.revealed and not session.closed
            self.reveal_button.setVisible(session.reveal is Reveal.END)
            self.reveal_button.setEnabled(hidden)
            self.reveal_button.setText(self.tr("Reveal the counts") if hidden else self.tr("Revealed"))
            self.close_button.setText(self.tr("Reopen the session") if session.closed
                                      else self.tr("Close the session"))
            self.close_button.setProperty("closes", not session.closed)
            self.add_person_button.setEnabled(not session.closed and not direct)
            self.cast_label.setText(self.tr("%n dot(s) cast", "", dots_cast(state, session.id)))
            self.hidden_label.setVisible(hidden)
            self.results.setVisible(not hidden)
            self._show_results(lines if not hidden else [])
        finally:
            self._filling = False

    def _show_people(self, people: list[Participant], person: int | None) -> None:
        self.participant_combo.clear()
        for participant in people:
            self.participant_combo.addItem(participant_name(participant), participant.id)
        self.participant_combo.addItem(participant_name(None), None)
        self.participant_combo.setCurrentIndex(max(0, self.participant_combo.findData(person)) if person is not None
                                               else self.participant_combo.count() - 1)

    def _show_left(self, state: ProjectState, session: VotingSession, people: list[Participant],
                   person: int | None) -> None:
        left = remaining(state, session.id, person)
        if left is None:
            paper = sum(v.count for v in state.session_votes(session.id) if v.participant_id is None)
            self.left_number.setText(str(paper))
            self.left_number.setStyleSheet("font-size: 44px; font-weight: 700; color: #37474f;")
            self.left_caption.setText(self.tr("paper dots counted\n(no budget)"))
            return
        self.left_number.setText(str(left))
        self.left_number.setStyleSheet("font-size: 44px; font-weight: 700; color: %s;"
                                       % ("#c62828" if left == 0 else "#2e7d32"))
        name = next((p.name for p in people if p.id == person), "")
        self.left_caption.setText(fill(self.tr("dots left for %1\n(of %2)"), name, str(session.budget)))

    def _show_results(self, lines: list[Result]) -> None:
        self.results.clear()
        for line in lines:
            rank = fill(self.tr("%1 (tied)"), str(line.rank)) if line.tied else str(line.rank)
            item = QTreeWidgetItem([rank, str(line.count), one_line(line.label, 120)])
            item.setData(0, TARGET_ROLE, line.target)
            item.setToolTip(2, plain_tip(line.label[:500]))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            if line.tied:
                for column in (0, 1):
                    item.setForeground(column, Qt.GlobalColor.darkMagenta)
            self.results.addTopLevelItem(item)

    def result_items(self) -> list[QTreeWidgetItem]:
        items = (self.results.topLevelItem(i) for i in range(self.results.topLevelItemCount()))
        return [item for item in items if item is not None]

    def result_targets(self) -> list[Target]:
        """The targets of the result lines, in their order."""
        return [item.data(0, TARGET_ROLE) for item in self.result_items()]

    def result_texts(self) -> list[tuple[str, str, str]]:
        """Each result line as shown: (rank, dots, label)."""
        return [(item.text(0), item.text(1), item.text(2)) for item in self.result_items()]
