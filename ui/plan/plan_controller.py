"""The friction table and the action plan as two docks under the map, tabified.

This object wires them to the window: it fills them from the document (only when they are
visible, and only after edits that touch what they show), turns their gestures into core
commands (one undo step each) and shows their notes on the canvas. The two panels (and the
modules behind them) are built the first time a dock is shown, not before the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction

from cjm_desktop.model.domain import (
    Action,
    ActionLink,
    Channel,
    Journey,
    Participant,
    Stage,
    Touchpoint,
    Vote,
    VotingSession,
)
from cjm_desktop.model.ops import Change
from cjm_desktop.queries.frictions import is_friction
from ui.host.feature_dock import FeatureDock
from ui.host.feature_host import FeatureHost

if TYPE_CHECKING:
    from ui.plan.action_plan_panel import ActionPlanPanel
    from ui.plan.frictions_panel import FrictionsPanel

WATCHED = (Touchpoint, Action, ActionLink, Stage, Channel, Journey, VotingSession)
VOTING = (Vote, Participant)  # dots cast or taken back: only the rows they are on change


class PlanController(QObject):
    """Owns the « Frictions » and « Action plan » docks of the window."""

    action_clicked = Signal(int, bool)  # an action clicked in the plan (id, Shift held): the voting dock's cue

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.parent_widget())
        self.host, self.controller = host, host.controller
        self._frictions: FrictionsPanel | None = None
        self._actions: ActionPlanPanel | None = None
        self._opening = False  # open() fills the tables once, whatever visibility signals it causes
        self._shown_journey: int | None = None
        self.frictions_dock = self._dock("frictionsDock", self.tr("Frictions"), "frictions", "Ctrl+Shift+F")
        self.actions_dock = self._dock("actionsDock", self.tr("Action plan"), "action_plan", "Ctrl+Shift+A",
                                       tabify_with=self.frictions_dock)
        self.new_action_from_notes = QAction(self.tr("Create an action…"), self)
        self.new_action_from_notes.setProperty("icon_name", "action_new")
        self.new_action_from_notes.triggered.connect(lambda: self.create_action(self._selected_on_map()))
        self._add_to_menus()
        self._connect()

    @property
    def frictions(self) -> FrictionsPanel:
        """The friction table (built on first use)."""
        self._build_panels()
        assert self._frictions is not None
        return self._frictions

    @property
    def actions(self) -> ActionPlanPanel:
        """The action plan table (built on first use)."""
        self._build_panels()
        assert self._actions is not None
        return self._actions

    def _build_panels(self) -> None:
        """Create both panels, their icons and their wiring (the first time a dock shows)."""
        if self._frictions is not None:
            return
        from ui.plan.action_plan_panel import ActionPlanPanel  # late: not needed before the first paint
        from ui.plan.frictions_panel import FrictionsPanel

        self._frictions, self._actions = FrictionsPanel(), ActionPlanPanel()
        self.frictions_dock.set_content(self._frictions)
        self.actions_dock.set_content(self._actions)
        if self.host.icons_loaded:
            from ui.widgets.icons import icon

            for panel in (self._frictions, self._actions):
                for action in panel.findChildren(QAction):
                    if name := action.property("icon_name"):
                        action.setIcon(icon(name))
        f, a = self._frictions, self._actions
        f.model.edit_requested.connect(lambda note_id, name, text: self.edit(Touchpoint, note_id, name, text))
        f.show_requested.connect(self.show_notes)
        f.create_action_requested.connect(self.create_action)
        a.model.edit_requested.connect(lambda action_id, name, value: self.edit(Action, action_id, name, value))
        a.show_requested.connect(self.show_notes)
        a.new_requested.connect(lambda: self.create_action([]))
        a.delete_requested.connect(self.delete_actions)
        a.link_requested.connect(self.link_selected_notes)
        a.unlink_requested.connect(self._unlink)
        a.action_clicked.connect(self.action_clicked)

    def _dock(self, name: str, title: str, icon: str, shortcut: str,
              tabify_with: FeatureDock | None = None) -> FeatureDock:
        # The toggle is named like the dock (as Qt's own toggleViewAction would be).
        dock = FeatureDock(self.host, name, title, title, Qt.DockWidgetArea.BottomDockWidgetArea, wanted=False,
                           tabify_with=tabify_with, shortcut=shortcut, icon_name=icon, floatable=True)
        dock.visibilityChanged.connect(self._visibility_changed)
        return dock

    def _add_to_menus(self) -> None:
        """The two toggles go to the View menu and to the end of the main toolbar."""
        toggles = [self.frictions_dock.toggle, self.actions_dock.toggle]
        for where in (self.host.menus.view, self.host.menus.toolbar):
            where.addSeparator()
            where.addActions(toggles)

    def _connect(self) -> None:
        c = self.controller
        c.changed.connect(self._on_change)
        c.document_replaced.connect(self.refresh)
        self.host.tabs.currentChanged.connect(self._current_tab_changed)
        self.host.tabs.selection_changed.connect(self._on_map_selection)

    # --- following the document ---------------------------------------------------------
    def open(self, dock: FeatureDock) -> None:
        """Show ``dock`` in front of its tab group, filled."""
        self._build_panels()
        self._opening = True
        try:
            dock.set_wanted(True)
        finally:
            self._opening = False
        self.refresh()

    def _visibility_changed(self, visible: bool) -> None:
        if visible and not self._opening:
            self.refresh()

    def _any_open(self) -> bool:
        return not (self.frictions_dock.isHidden() and self.actions_dock.isHidden())

    def _current_tab_changed(self, _index: int) -> None:
        """Another journey in front: refill, but not for each tab added while the tabs are rebuilt
        (an edit of the journeys refills through ``_on_change`` once they are all there)."""
        doc = self.controller.doc
        rebuilding = doc is not None and self.host.tabs.count() != len(doc.state.journeys)
        if self._any_open() and not rebuilding and self.host.current_journey_id() != self._shown_journey:
            self.refresh()

    def _on_change(self, change: Change) -> None:
        if not self._any_open():
            return
        if any(cls in change for cls in WATCHED):
            if not self._unconcerned(change):
                self.refresh()
        elif any(cls in change for cls in VOTING) and self._votes_shown(change):
            self.refresh()

    def _votes_shown(self, change: Change) -> bool:
        """True when dots changed on a friction or an action the tables show."""
        frictions = {row.note_id for row in self._frictions.model.rows} if self._frictions is not None else set()
        actions = {action.id for action, _notes in self._actions.model.rows} if self._actions is not None else set()
        return bool(change.voted_ids(Touchpoint) & frictions or change.voted_ids(Action) & actions)

    def _unconcerned(self, change: Change) -> bool:
        """True for an edit of notes only, none of which is or was a friction shown (a note moved on
        a big map must not re-read every friction of the journey)."""
        doc = self.controller.doc
        if doc is None or any(cls in change for cls in WATCHED if cls is not Touchpoint):
            return False
        shown = {row.note_id for row in self._frictions.model.rows} if self._frictions is not None else set()
        if self._actions is not None:  # the notes the actions shown are linked to
            shown |= {note.id for _action, notes in self._actions.model.rows for note in notes}
        journey_id = self._shown_journey
        for note_id in change.ids(Touchpoint):
            note = doc.state.get(Touchpoint, note_id)
            if note_id in shown or (note is not None and note.journey_id == journey_id and is_friction(note)):
                return False
        return True

    def refresh(self) -> None:
        """Fill the open tables (a tab behind the other counts as open) from the document and the
        current journey."""
        if self._frictions is None and not self._any_open():
            return  # nothing built, nothing shown: nothing to fill
        from cjm_desktop.queries.action_plan import journey_actions, known_departments, linked_notes
        from cjm_desktop.queries.frictions import frictions
        from cjm_desktop.queries.votes import shown_votes

        doc = self.controller.doc
        journey_id = self._shown_journey = self.host.current_journey_id()
        if not self.frictions_dock.isHidden():
            self._show_icons(self.frictions)
            self.frictions.set_rows(frictions(doc.state, journey_id) if doc and journey_id is not None else [])
        if not self.actions_dock.isHidden():
            self._show_icons(self.actions)
            state = doc.state if doc else None
            rows = [(a, tuple(linked_notes(state, a.id))) for a in journey_actions(state, journey_id)] if state else []
            votes = {a.id: shown_votes(state, (Action, a.id)) for a, _notes in rows} if state else {}
            self.actions.set_rows(rows, known_departments(state) if state else [], votes)
        self._on_map_selection()

    def _show_icons(self, panel: FrictionsPanel | ActionPlanPanel) -> None:
        """The table's icons once the window's icons are loaded (an open dock redraws)."""
        if panel.model.show_icons != self.host.icons_loaded:
            panel.model.show_icons = self.host.icons_loaded
            panel.view.viewport().update()

    def _on_map_selection(self) -> None:
        selected = bool(self._selected_on_map())
        if self._actions is not None:
            self._actions.set_notes_selected_on_map(selected)
        self.new_action_from_notes.setEnabled(selected)

    def _selected_on_map(self) -> list[int]:
        scene = self.host.tabs.current_scene()
        return scene.selected_ids() if scene else []

    def _ask_text(self, title: str, label: str, current: str = "") -> str | None:
        return self.host.prompts.ask_text(self.host.parent_widget(), title, label, current)

    # --- gestures -----------------------------------------------------------------------
    def edit(self, cls: type, entity_id: int, name: str, value: object) -> None:
        """One edit of one table cell, as one undo step."""
        from cjm_desktop.commands.fields import ConfirmedEdit

        words = {Touchpoint: self.tr("Edit a friction"), Action: self.tr("Edit an action")}
        self.controller.execute(ConfirmedEdit(cls, entity_id, **{name: value}), words[cls])

    def create_action(self, note_ids: list[int]) -> bool:
        """Ask for a title, then add an action linked to ``note_ids`` (from a friction, from
        notes selected on the map, or none) and show it in the action plan."""
        doc = self.controller.doc
        if doc is None:
            return False
        notes = [n for i in note_ids if (n := doc.state.get(Touchpoint, i)) is not None]
        suggestion = next((n.solutions.strip().splitlines()[0] for n in notes if n.solutions.strip()), "")
        title = self._ask_text(self.tr("Create an action"), self.tr("Action:"), suggestion)
        if not title:
            return False
        from cjm_desktop.commands.actions import AddAction

        journey_id = notes[0].journey_id if notes else self.host.current_journey_id()
        owner = next((n.departments[0] for n in notes if n.departments), "")
        command = AddAction(title, journey_id, [n.id for n in notes], owner_department=owner)
        if not self.controller.execute(command, self.tr("Create an action")):
            return False
        self.open(self.actions_dock)
        if command.created_id is not None:
            self.actions.select_action(command.created_id)
        return True

    def delete_actions(self, action_ids: list[int]) -> None:
        from cjm_desktop.commands.actions import DeleteActions

        self.controller.execute(DeleteActions(action_ids), self.tr("Delete actions"))

    def link_selected_notes(self, action_id: int) -> None:
        from cjm_desktop.commands.actions import LinkNotes

        if ids := self._selected_on_map():
            self.controller.execute(LinkNotes(action_id, ids), self.tr("Link notes to an action"))

    def _unlink(self, action_id: int, note_ids: list[int]) -> None:
        from cjm_desktop.commands.actions import UnlinkNotes

        self.controller.execute(UnlinkNotes(action_id, note_ids), self.tr("Unlink a note"))

    def show_action(self, action_id: int) -> None:
        """The action plan in front, ``action_id`` selected (0: just the plan)."""
        self.open(self.actions_dock)
        if action_id:
            self.actions.select_action(action_id)

    def show_notes(self, note_ids: list[int]) -> None:
        """Select the notes on the canvas (their journey's tab comes to the front) and bring
        the first one to the middle of the view."""
        doc = self.controller.doc
        notes = [n for i in note_ids if doc and (n := doc.state.get(Touchpoint, i)) is not None]
        if not notes:
            return
        journey_id = notes[0].journey_id
        self.host.show_journey(journey_id)
        scene, view = self.host.tabs.current_scene(), self.host.current_view()
        if scene is None or view is None:
            return
        ids = [n.id for n in notes if n.journey_id == journey_id]
        scene.select_notes(ids)
        view.centerOn(scene.notes[ids[0]])
