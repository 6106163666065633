"""« Vote par gommettes »: the dock that runs dot-voting sessions.

It starts sessions (``SessionDialog``), records the current participant's dots by clicks on the map
(``RecordingController``, with the ``RecordingBar`` as the mode indicator) or on the action plan (the
window relays those clicks to ``action_clicked``), takes an absent participant's dots and the paper dots in
one dialog (``DotsDialog``), reveals and closes sessions, shows the ranked results and tints the current
journey's cells by the session's dots (``HeatMapItem``). Every dot is one command, one undo step; a dot the
session's rules refuse is said on the status bar (a facilitator clicking fast gets no message box).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget
from shiboken6 import Shiboken

from cjm_desktop.commands.base import Command
from cjm_desktop.commands.votes import (
    AddParticipant,
    CastDot,
    DeleteSession,
    EditSession,
    SetPaperDots,
    SetProxyDots,
    StartSession,
    WithdrawDot,
)
from cjm_desktop.model.domain import (
    Action,
    Channel,
    Participant,
    ProjectState,
    Stage,
    Touchpoint,
    Vote,
    VoteScope,
    VotingSession,
)
from cjm_desktop.model.limits import MAX_COUNT
from cjm_desktop.model.ops import Change
from cjm_desktop.queries.votes import (
    Target,
    dots_of,
    in_scope,
    is_direct,
    label_of,
    participants,
    remaining,
    results,
    scope_targets,
    sessions,
)
from cjm_desktop.storage.errors import CjmError
from ui.document.messages import explain
from ui.host.feature_dock import FeatureDock
from ui.host.feature_host import FeatureHost
from ui.voting.recording_bar import RecordingBar
from ui.voting.recording_controller import RecordingController
from ui.voting.voting_words import participant_name, refusal, session_name

if TYPE_CHECKING:  # the panel, the dialogs and the heat-map load when first used, never before the first paint
    from ui.voting.dots_dialog import DotsRow
    from ui.voting.heat_map_item import HeatMapItem
    from ui.voting.voting_panel import VotingPanel
from ui.widgets.plain_text import fill

translate = QCoreApplication.translate
VOTING = (VotingSession, Participant, Vote)


class VotingDock(FeatureDock):
    """The dot-voting sessions of the project, and the one being run."""

    show_action_requested = Signal(int)  # an action to show in the action plan (0: just open the plan)

    def __init__(self, host: FeatureHost, tabify_with: QDockWidget | None = None) -> None:
        super().__init__(host, "votingDock", translate("VotingDock", "Dot voting"),
                         translate("VotingDock", "&Dot voting"), Qt.DockWidgetArea.RightDockWidgetArea, wanted=False,
                         tabify_with=tabify_with, tabify_when_shown=True, shortcut="Ctrl+Shift+D",
                         icon_name="votes")
        self.panel: VotingPanel | None = None  # built when first shown
        self.session_id: int | None = None  # the session shown (and recorded)
        self._known_sessions: set[int] = set()  # the sessions at the last refresh: one not among them just appeared
        self.person: int | None = None  # whose dots the clicks cast (None: the paper dots)
        self.heat_wanted = True
        self.heat: HeatMapItem | None = None
        self.recording = RecordingController(host.tabs, self)
        self.bar = RecordingBar(host.parent_widget())
        # Escape stops recording wherever the focus is in the window (the map's views take it first)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), host.parent_widget(), self.stop_recording)
        self.escape.setEnabled(False)
        host.menus.view.addAction(self.toggle)
        self._connect()

    def _connect(self) -> None:
        host = self.host
        host.controller.changed.connect(self._on_change)
        host.controller.document_replaced.connect(self._document_replaced_here)
        host.tabs.currentChanged.connect(lambda _index: self._follow_tab())
        self.visibilityChanged.connect(lambda _visible: self._wanted_changed())
        self.recording.dot_requested.connect(self.vote)
        self.recording.stop_requested.connect(self.stop_recording)
        self.recording.participant_step_requested.connect(self.step_participant)
        self.bar.stop_requested.connect(self.stop_recording)
        self.bar.participant_step_requested.connect(self.step_participant)

    # --- what is shown ----------------------------------------------------------------------
    @property
    def state(self) -> ProjectState | None:
        doc = self.host.controller.doc
        return doc.state if doc is not None else None

    def session(self) -> VotingSession | None:
        state = self.state
        return state.get(VotingSession, self.session_id) if state is not None else None

    def participant(self) -> Participant | None:
        state = self.state
        return state.get(Participant, self.person) if state is not None else None

    def shown(self) -> None:
        if self.panel is None:
            self._build()
        self.refresh()

    def _build(self) -> None:
        from ui.voting.voting_panel import VotingPanel

        panel = self.panel = VotingPanel()
        self.set_content(panel)
        panel.session_chosen.connect(self.choose_session)
        panel.new_requested.connect(self.new_session)
        panel.delete_requested.connect(self.delete_session)
        panel.participant_chosen.connect(self.choose_participant)
        panel.add_participant_requested.connect(self.add_participant)
        panel.recording_toggled.connect(lambda on: self.start_recording() if on else self.stop_recording())
        panel.proxy_requested.connect(self.proxy_votes)
        panel.paper_requested.connect(self.paper_dots)
        panel.reveal_requested.connect(self.reveal)
        panel.close_requested.connect(self.close_session)
        panel.result_chosen.connect(self.show_target)
        panel.heat_toggled.connect(self._heat_toggled)

    def refresh(self) -> None:
        """Check the session and participant still exist, then show them (panel, bar, heat-map)."""
        self._settle()
        state = self.state
        self._known_sessions = set(state.of(VotingSession)) if state is not None else set()
        if self.panel is not None and not self.isHidden() and state is not None:
            all_sessions = sessions(state)
            self.panel.show_sessions(state, all_sessions, self.session_id)
            session = self.session()
            people = participants(state, session.id) if session is not None else []
            lines = results(state, session.id) if session is not None else []
            self.panel.show_session(state, session, people, self.person, self.recording.active, lines)
        elif self.panel is not None and state is None:
            self.panel.show_sessions(None, [], None)
        self._show_bar()
        self.refresh_heat()

    def _settle(self) -> None:
        """A session and a participant that exist (the last open session by default; its first participant
        with dots left); stop recording when the session is gone or closed."""
        state = self.state
        if state is None:
            self.session_id = self.person = None
        else:
            session = self.session()
            if session is None:
                chosen = [s for s in sessions(state) if not s.closed] or sessions(state)
                self.session_id = chosen[-1].id if chosen else None
                self.person = self._first_person(state)
            elif self.person is not None and (self.participant() is None or
                                              self.participant().session_id != session.id):  # type: ignore[union-attr]
                self.person = self._first_person(state)
        session = self.session()
        if self.recording.active and (session is None or session.closed):
            self.stop_recording()

    def _first_person(self, state: ProjectState) -> int | None:
        if self.session_id is None:
            return None
        people = participants(state, self.session_id)
        with_dots = [p for p in people if remaining(state, self.session_id, p.id) != 0]
        return (with_dots or people)[0].id if people else None

    def _on_change(self, change: Change) -> None:
        state = self.state
        if state is None:
            return
        appeared = [i for i in change.ids(VotingSession) if i != self.session_id and i not in self._known_sessions
                    and state.get(VotingSession, i) is not None]
        if appeared:  # a session started again by redo (or any edit that makes one) is the one to show
            self.stop_recording()
            self.session_id = max(appeared)
            self.person = self._first_person(state)
        if self._concerns(change):
            self.refresh()
        else:
            self.refresh_heat()  # the grid may have moved under it (its cost: the session's dots)

    def _concerns(self, change: Change) -> bool:
        """True when the edit changed what the panel shows: sessions, participants, dots, the grid, or the text
        of a note or an action that has dots in the session shown (typing in any other note costs nothing)."""
        if any(cls in change for cls in VOTING) or change.voted or change.structure:
            return True
        state, session = self.state, self.session()
        if state is None or session is None:
            return False
        dotted = state.session_dots(session.id)
        return any((Touchpoint, i) in dotted for i in change.ids(Touchpoint)) or any(
            (Action, i) in dotted for i in change.ids(Action))

    def _document_replaced_here(self) -> None:
        self.stop_recording()
        self.session_id = self.person = None
        self.heat = None  # it went with the old scenes
        self.refresh()

    def _wanted_changed(self) -> None:
        if not self.wanted and self.recording.active:
            self.stop_recording()
        self.refresh_heat()

    def _follow_tab(self) -> None:
        self.refresh_heat()
        if self.recording.active:
            self.bar.follow(self.host.current_view())

    # --- choosing -----------------------------------------------------------------------------
    def choose_session(self, session_id: int | None) -> None:
        if session_id == self.session_id:
            return
        self.stop_recording()
        self.session_id = session_id
        state = self.state
        self.person = self._first_person(state) if state is not None else None
        self.refresh()

    def choose_participant(self, person: int | None) -> None:
        self.person = person
        self.refresh()

    def step_participant(self, step: int) -> None:
        """The next (step 1) or previous (-1) participant, the paper dots last."""
        state, session = self.state, self.session()
        if state is None or session is None:
            return
        order: list[int | None] = [p.id for p in participants(state, session.id)] + [None]
        index = order.index(self.person) if self.person in order else 0
        self.person = order[(index + step) % len(order)]
        self.refresh()

    # --- recording -----------------------------------------------------------------------------
    def start_recording(self) -> None:
        """Clicks on notes (or actions) cast the current participant's dots until stopped."""
        session = self.session()
        if session is None or session.closed:
            self.host.show_status(translate("VotingDock", "Choose an open voting session first."))
            self.refresh()
            return
        self.recording.start()
        self.escape.setEnabled(True)
        if session.scope is VoteScope.ACTIONS:
            self.show_action_requested.emit(0)
            self.host.show_status(translate("VotingDock", "Click the actions in the action plan to vote for them."))
        self.refresh()
        if view := self.host.current_view():
            view.setFocus()

    def stop_recording(self) -> None:
        if not self.recording.active:
            return
        self.recording.stop()
        self.escape.setEnabled(False)
        self.bar.hide()
        self.refresh()

    def _show_bar(self) -> None:
        state, session = self.state, self.session()
        if not self.recording.active or state is None or session is None:
            self.bar.hide()
            return
        person = self.participant()
        left = remaining(state, session.id, self.person)
        if person is None:
            who = translate("VotingDock", "Paper dots: each click counts one")
        else:
            who = fill(translate("VotingDock", "Dots of %1 · left: %2"), person.name, str(left or 0))
        self.bar.set_text(who)
        self.bar.follow(self.host.current_view())

    def action_clicked(self, action_id: int, less: bool) -> None:
        """A click on an action of the plan: a dot (or one back) while recording a session on actions."""
        session = self.session()
        if self.recording.active and session is not None and session.scope is VoteScope.ACTIONS:
            self.vote((Action, action_id), -1 if less else 1)

    def vote(self, target: Target, step: int) -> None:
        """One dot more (``step`` 1) or less (-1) of the current participant on ``target``; a refusal goes to
        the status bar."""
        state, session = self.state, self.session()
        if state is None or session is None:
            self.host.show_status(translate("VotingDock", "Choose or start a voting session first."))
            return
        person = self.participant()
        who = person.name if person is not None else participant_name(None)
        if step > 0:
            if reason := refusal(state, session, person, target, in_scope(state, session, target)):
                self.host.show_status(reason)
                return
            if self._run(lambda: CastDot(session.id, self.person, target), fill(translate("VotingDock", "Dot of %1"),
                                                                                 who)):
                self._after_cast(state, session)
            return
        if session.closed:
            self.host.show_status(translate("Voting", "This voting session is closed: reopen it to vote."))
        elif not dots_of(state, session.id, self.person).get(target):
            self.host.show_status(fill(translate("VotingDock", "%1 has no dot there to take back."), who))
        else:
            self._run(lambda: WithdrawDot(session.id, self.person, target),
                      fill(translate("VotingDock", "Dot of %1 taken back"), who))

    def _after_cast(self, state: ProjectState, session: VotingSession) -> None:
        """When the participant has no dot left, the next one with dots left takes over (none: stop)."""
        if self.person is None or remaining(state, session.id, self.person) != 0:
            return
        done = self.participant()
        people = participants(state, session.id)
        ids = [p.id for p in people]
        start = ids.index(self.person) if self.person in ids else 0
        following = [people[(start + k) % len(people)] for k in range(1, len(people) + 1)]
        after = next((p for p in following if remaining(state, session.id, p.id) != 0), None)
        name = done.name if done is not None else ""
        if after is None:
            self.stop_recording()
            self.host.show_status(translate("VotingDock", "Every participant has cast all their dots."))
            return
        self.person = after.id
        self.refresh()
        self.host.show_status(fill(translate("VotingDock", "All the dots of %1 are cast: now %2."), name, after.name))

    # --- sessions and participants -------------------------------------------------------------
    def new_session(self) -> bool:
        """« Nouvelle session de vote… »: the dialog, then the session (shown, its first participant chosen)."""
        state = self.state
        if state is None:
            return False
        number = len([s for s in sessions(state) if not is_direct(state, s)]) + 1
        from ui.voting.session_dialog import SessionDialog

        dialog = SessionDialog(state, self.host.current_journey_id(),
                               fill(translate("VotingDock", "Vote %1"), str(number)), self.host.parent_widget())
        if not self.host.prompts.exec_dialog(dialog):
            return False
        choice = dialog.choice()
        made: list[StartSession] = []

        def start() -> StartSession:
            made.append(StartSession(choice.name, choice.journey_id, choice.scope, choice.stage_ids, choice.budget,
                                     choice.cap, choice.repeat, choice.reveal, choice.participants))
            return made[-1]

        if not self._run(start, translate("VotingDock", "Start a voting session")):
            return False
        self.stop_recording()
        self.session_id = made[-1].created_id
        self.person = self._first_person(self.state) if self.state is not None else None
        self.set_wanted(True)
        self.refresh()
        return True

    def delete_session(self) -> None:
        state, session = self.state, self.session()
        if state is None or session is None:
            return
        question = fill(translate("VotingDock", "Delete the voting session « %1 » and its %2 dots?"),
                        session_name(state, session), str(sum(state.session_dots(session.id).values())))
        if self.host.prompts.confirm_destructive(self.host.parent_widget(), question,
                                                 translate("VotingDock", "Delete the session")):
            self._run(lambda: DeleteSession(session.id), translate("VotingDock", "Delete a voting session"))

    def add_participant(self) -> None:
        session = self.session()
        if session is None:
            return
        name = self.host.prompts.ask_text(self.host.parent_widget(), translate("VotingDock", "Add a participant"),
                                          translate("VotingDock", "Name:"))
        if not name:
            return
        command = AddParticipant(session.id, name)  # a name: never refused while built
        if self.host.controller.execute(command, translate("VotingDock", "Add a participant")):
            self.person = command.created_id
            self.refresh()

    def reveal(self) -> None:
        if (session := self.session()) is not None:
            self._run(lambda: EditSession(session.id, revealed=True), translate("VotingDock", "Reveal the votes"))

    def close_session(self, close: bool = True) -> None:
        """Close the session (no more dots; its counts are shown), or reopen it."""
        if (session := self.session()) is None:
            return
        if close:
            self.stop_recording()
        text = translate("VotingDock", "Close the voting session") if close else translate(
            "VotingDock", "Reopen the voting session")
        self._run(lambda: EditSession(session.id, closed=close), text)

    # --- proxy and paper dots ----------------------------------------------------------------
    def proxy_votes(self) -> bool:
        """« Procuration… »: an absent participant's dots on the session's notes, in one step."""
        state, session = self.state, self.session()
        if state is None or session is None:
            return False
        people = participants(state, session.id)
        if not people:
            return False
        from ui.voting.dots_dialog import DotsDialog

        dialog = DotsDialog(
            translate("VotingDock", "Proxy votes"),
            translate("VotingDock", "The dots of a participant who is not in the room, entered in one go (they "
                                    "replace the dots they had)."),
            self._rows(state, scope_targets(state, session)), {p.id: dots_of(state, session.id, p.id) for p in people},
            people=[(p.id, p.name) for p in people], budget=session.budget, most=MAX_COUNT if session.repeat else 1,
            person=self.person if self.person is not None else people[0].id, parent=self.host.parent_widget())
        if not self.host.prompts.exec_dialog(dialog):
            return False
        person = dialog.person()
        if person is None:
            return False
        dots = {target: n for target, n in dialog.counts().items() if n}
        name = next(p.name for p in people if p.id == person)
        return self._run(lambda: SetProxyDots(session.id, person, dots),
                         fill(translate("VotingDock", "Proxy votes of %1"), name))

    def paper_dots(self) -> bool:
        """« Gommettes papier… »: the paper dots counted on the selected notes (else on every note of the
        session), in one step."""
        state, session = self.state, self.session()
        if state is None or session is None:
            return False
        scene = self.host.tabs.current_scene()
        selected = [(Touchpoint, i) for i in (scene.selected_ids() if scene is not None else [])]
        targets: list[Target] = [t for t in selected if in_scope(state, session, t)] or scope_targets(state, session)
        from ui.voting.dots_dialog import DotsDialog

        dialog = DotsDialog(
            translate("VotingDock", "Paper dots"),
            translate("VotingDock", "The paper dots counted on each note, in one go."),
            self._rows(state, targets), {None: dots_of(state, session.id, None)}, most=session.cap or MAX_COUNT,
            parent=self.host.parent_widget())
        if not self.host.prompts.exec_dialog(dialog):
            return False
        changed = dialog.changed()
        if not changed:
            return False
        text = translate("VotingDock", "Paper dots")
        stack = self.host.controller.undo_stack
        if len(changed) > 1:
            stack.beginMacro(text)
        done = [self._run(partial(SetPaperDots, session.id, target, count), text) for target, count in changed.items()]
        if len(changed) > 1:
            stack.endMacro()
        return all(done)

    def _rows(self, state: ProjectState, targets: list[Target]) -> list[DotsRow]:
        from ui.voting.dots_dialog import DotsRow

        rows = []
        for target in targets:
            kind, target_id = target
            note = state.get(Touchpoint, target_id) if kind is Touchpoint else None
            where = ""
            if note is not None:
                stage, channel = state.get(Stage, note.stage_id), state.get(Channel, note.channel_id)
                where = " · ".join(x.name for x in (stage, channel) if x is not None) or translate(
                    "VotingDock", "To sort")
            rows.append(DotsRow(target, label_of(state, target), where))
        return rows

    # --- results and the heat-map --------------------------------------------------------------
    def show_target(self, target: Target) -> None:
        """A result chosen: its note selected on the map (its journey in front), or its action in the plan."""
        kind, target_id = target
        if kind is Action:
            self.show_action_requested.emit(target_id)
            return
        note = self.state.get(Touchpoint, target_id) if self.state is not None else None
        if note is None:
            return
        self.host.show_journey(note.journey_id)
        scene, view = self.host.tabs.current_scene(), self.host.current_view()
        if scene is not None and view is not None and note.id in scene.notes:
            scene.select_notes([note.id])
            view.centerOn(scene.notes[note.id])

    def _heat_toggled(self, on: bool) -> None:
        self.heat_wanted = on
        self.refresh_heat()

    def refresh_heat(self) -> None:
        """Tint the current journey's cells by the shown session's dots (while the dock is wanted, the session's
        counts may be seen and it votes on notes); else no heat-map."""
        state, session, scene = self.state, self.session(), self.host.tabs.current_scene()
        item = self.heat if self.heat is not None and Shiboken.isValid(self.heat) else None
        shown = (state is not None and session is not None and scene is not None and self.wanted and self.heat_wanted
                 and session.counts_shown and session.scope is not VoteScope.ACTIONS)
        if not shown or state is None or session is None or scene is None:
            if item is not None and item.scene() is not None:
                item.scene().removeItem(item)
            return
        cells: dict = {}
        for (kind, target_id), count in state.session_dots(session.id).items():
            note = state.get(Touchpoint, target_id) if kind is Touchpoint else None
            if note is not None and note.journey_id == scene.journey_id:
                cells[note.cell] = cells.get(note.cell, 0) + count
        if item is None:
            from ui.voting.heat_map_item import HeatMapItem

            item = self.heat = HeatMapItem()
        if item.scene() is not scene:
            if item.scene() is not None:
                item.scene().removeItem(item)
            scene.addItem(item)
        item.set_heat(scene.layout, cells, fill(translate("VotingDock", "Dots · %1"), session_name(state, session)))
        item.setVisible(bool(cells))

    # --- running commands ----------------------------------------------------------------------
    def _run(self, make: Callable[[], Command], text: str) -> bool:
        """Build a command and execute it as one undo step; a command refused while being built (a bad value)
        is reported like a refused edit."""
        try:
            command = make()
        except CjmError as error:
            self.host.show_failure(*explain(error))
            return False
        return self.host.controller.execute(command, text)
