"""Hide until reveal, the facilitator's side: Édition › Révéler toutes les notes (the journey shown), Révéler
la cellule (the current cell: the one of the note right-clicked), Retourner face cachée / visible (the
selection), each one undo step; and « N notes face cachée » in the status bar.

The notes are captured face down by quick capture (``CaptureController.face_down``); the room sees them as
blank cards (``ui/canvas/note_item.py``) until they are revealed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from cjm_desktop.commands.reveal import HideNotes, RevealNotes, hidden_notes
from cjm_desktop.model.domain import Touchpoint
from cjm_desktop.model.ops import Change
from cjm_desktop.model.placement import Cell
from ui.host.feature_host import FeatureHost
from ui.widgets.plain_text import PlainLabel

translate = QCoreApplication.translate


class RevealMenu(QObject):
    """The reveal actions of the window ``host`` (in its Édition menu) and its count of face-down notes."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.parent_widget())
        self.host = host
        self.reveal_all = self._action(translate("RevealMenu", "&Reveal all the notes"), self.reveal_journey,
                                       "Ctrl+Shift+R", "reveal")
        self.reveal_cell = self._action(translate("RevealMenu", "Reveal the &cell"), self.reveal_current_cell,
                                        "", "reveal_cell")
        self.turn_over = self._action(translate("RevealMenu", "&Turn face down / face up"), self.turn_selection,
                                      "H", "turn_over")
        self.reveal_all.setToolTip(translate("RevealMenu", "Turn every face-down note of this journey face up"))
        self.turn_over.setToolTip(translate("RevealMenu", "Turn the selected notes face down (face up when all of "
                                                          "them already are): the room sees blank cards (H)"))
        host.menus.edit.addSeparator()
        host.menus.edit.addActions([self.reveal_all, self.reveal_cell, self.turn_over])
        self.count = PlainLabel()  # « 3 notes face cachée » in the status bar, for the journey shown
        self.count.setContentsMargins(8, 0, 8, 0)
        self.count.hide()
        host.parent_widget().statusBar().addPermanentWidget(self.count)
        self._hidden: dict[int, int] = {}  # face-down note id -> its journey id (kept at the cost of each change)
        host.controller.document_replaced.connect(self._recount)
        host.controller.changed.connect(self._follow)
        host.tabs.currentChanged.connect(lambda _index: self._show_count())
        self._recount()

    def _action(self, text: str, slot: Callable[[], object], shortcut: str, icon: str) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setProperty("icon_name", icon)  # attached with the window's icons (after the first paint)
        return action

    def entries(self) -> list[QAction]:
        """What a note's context menu offers of these (the window adds them to it)."""
        return [self.reveal_cell, self.turn_over]

    # --- the commands -----------------------------------------------------------------------
    def reveal_journey(self) -> bool:
        """Every face-down note of the journey shown, face up: one undo step."""
        journey_id = self.host.current_journey_id()
        if journey_id is None:
            return False
        return self._reveal(RevealNotes(journey_id), translate("RevealMenu", "Reveal all the notes"), None)

    def reveal_current_cell(self) -> bool:
        """The face-down notes of the current cell (the parking area included), face up: one undo step."""
        scene = self.host.tabs.current_scene()
        if scene is None:
            return False
        cell = scene.current_cell
        return self._reveal(RevealNotes(scene.journey_id, cell=cell), translate("RevealMenu", "Reveal the cell"),
                            cell)

    def _reveal(self, command: RevealNotes, text: str, cell: Cell | None) -> bool:
        doc = self.host.controller.doc
        if doc is None:
            return False
        if not hidden_notes(doc.state, command.journey_id, cell):
            self.host.show_status(translate("RevealMenu", "No face-down note here."))
            return False
        return self.host.controller.execute(command, text)

    def turn_selection(self) -> bool:
        """The selected notes face down, or face up when all of them already are: one undo step."""
        scene = self.host.tabs.current_scene()
        doc = self.host.controller.doc
        ids = scene.selected_ids() if scene is not None else []
        if doc is None or not ids:
            return False
        face_down = not all(note.hidden for i in ids if (note := doc.state.get(Touchpoint, i)) is not None)
        text = translate("RevealMenu", "Turn face down") if face_down else translate("RevealMenu", "Turn face up")
        return self.host.controller.execute(HideNotes(ids, hidden=face_down), text)

    # --- the count --------------------------------------------------------------------------
    def hidden_count(self, journey_id: int | None) -> int:
        """How many notes of ``journey_id`` are face down."""
        return sum(1 for journey in self._hidden.values() if journey == journey_id) if journey_id is not None else 0

    def _recount(self) -> None:
        doc = self.host.controller.doc
        notes = doc.state.of(Touchpoint).values() if doc is not None else ()
        self._hidden = {note.id: note.journey_id for note in notes if note.hidden}
        for action in (self.reveal_all, self.reveal_cell, self.turn_over):
            action.setEnabled(doc is not None)
        self._show_count()

    def _follow(self, change: Change) -> None:
        doc = self.host.controller.doc
        if doc is None or Touchpoint not in change:
            return
        for note_id in change.ids(Touchpoint):
            note = doc.state.get(Touchpoint, note_id)
            if note is not None and note.hidden:
                self._hidden[note_id] = note.journey_id
            else:
                self._hidden.pop(note_id, None)
        self._show_count()

    def _show_count(self) -> None:
        count = self.hidden_count(self.host.current_journey_id())
        self.count.setVisible(count > 0)
        self.count.setText(translate("RevealMenu", "1 note face down") if count == 1 else
                           translate("RevealMenu", "%1 notes face down").replace("%1", str(count)))
