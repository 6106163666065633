"""One tab per journey of the project: its scene, its view and the object that edits it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabWidget, QWidget

from cjm_desktop.model.domain import Journey, JourneyKind, Persona, ProjectState
from cjm_desktop.model.ops import Change
from ui.canvas.journey_editing import JourneyEditing, NoteMenuEntries
from ui.canvas.journey_scene import JourneyScene
from ui.canvas.journey_view import JourneyView
from ui.document.document_controller import DocumentController
from ui.widgets import icons
from ui.widgets.journey_labels import journey_label, journey_tooltip
from ui.widgets.plain_text import mnemonic_safe
from ui.widgets.prompts import Prompts


class JourneyTabs(QTabWidget):
    selection_changed = Signal()  # the selected notes of the current journey changed

    def __init__(self, controller: DocumentController, prompts: Prompts, note_menu_entries: NoteMenuEntries,
                 parent: QWidget | None = None) -> None:
        """``note_menu_entries``: the actions a note's context menu offers (the window's)."""
        super().__init__(parent)
        self.controller, self.prompts, self.note_menu_entries = controller, prompts, note_menu_entries
        self.setDocumentMode(True)
        self.editing: list[JourneyEditing] = []
        self.icons_loaded = False
        self.check_first_person = True
        self.highlighted_author: str | None = None  # shown standing out on every journey
        self.currentChanged.connect(lambda _index: self.selection_changed.emit())

    @property
    def scenes(self) -> list[JourneyScene]:
        return [e.scene for e in self.editing]

    def show_journeys(self, state: ProjectState | None) -> None:
        """Recreate the tabs for ``state``'s journeys (none when ``state`` is None)."""
        index = self.currentIndex()
        self.clear()
        for editing in self.editing:
            editing.scene.deleteLater()
        self.editing = []
        if state is not None:
            for journey in state.journeys:
                self._add_tab(state, journey)
        self.setCurrentIndex(max(0, min(index, self.count() - 1)))

    def _add_tab(self, state: ProjectState, journey: Journey) -> None:
        scene = JourneyScene(state, journey.id, self.check_first_person)
        if self.icons_loaded:
            scene.show_icons()
        scene.selectionChanged.connect(self._selection_changed)
        scene.highlight_author(self.highlighted_author)
        view = JourneyView(scene)
        self.editing.append(JourneyEditing(view, self.controller, self.prompts, self.note_menu_entries))
        self.addTab(view, mnemonic_safe(journey_label(journey)))
        self.setTabToolTip(self.count() - 1, journey_tooltip(state, journey))
        self.setTabIcon(self.count() - 1, self._tab_icon(journey))
        view.centerOn(scene.sceneRect().topLeft())  # open on the headers and the first cell

    def sync(self, state: ProjectState, change: Change) -> bool:
        """Follow an edit; False when the journeys themselves changed (the caller recreates the tabs)."""
        if Journey in change and [e.journey_id for e in self.editing] != [j.id for j in state.journeys]:
            return False
        names_changed = Journey in change or Persona in change
        for editing, journey in zip(self.editing, state.journeys, strict=True):
            editing.scene.apply(change, state)  # another journey's scene only checks the change is not its own
            if names_changed:
                index = self.indexOf(editing.view)
                self.setTabText(index, mnemonic_safe(journey_label(journey)))
                self.setTabToolTip(index, journey_tooltip(state, journey))
                self.setTabIcon(index, self._tab_icon(journey))
        self.selection_changed.emit()
        return True

    def _tab_icon(self, journey: Journey) -> QIcon:
        """A target journey's tab shows the target icon (once icons are loaded); a current one, none."""
        if self.icons_loaded and journey.kind is JourneyKind.TARGET:
            return icons.icon("journey_target")
        return QIcon()

    def _selection_changed(self) -> None:
        if self.sender() is self.current_scene():
            self.selection_changed.emit()

    def commit_editors(self) -> None:
        """Keep the text of any note being typed (before saving or closing)."""
        for editing in self.editing:
            editing.view.editor.commit()

    def show_icons(self) -> None:
        self.icons_loaded = True
        for editing in self.editing:
            editing.scene.show_icons()
            if (journey := editing.scene.state.get(Journey, editing.journey_id)) is not None:
                self.setTabIcon(self.indexOf(editing.view), self._tab_icon(journey))

    def highlight_author(self, author: str | None) -> None:
        """On every journey, the notes ``author`` said stand out and the others are dimmed (None: none)."""
        self.highlighted_author = author
        for scene in self.scenes:
            scene.highlight_author(author)

    def set_first_person_check(self, on: bool) -> None:
        self.check_first_person = on
        for scene in self.scenes:
            scene.set_first_person_check(on)

    def current_editing(self) -> JourneyEditing | None:
        index = self.currentIndex()
        return self.editing[index] if 0 <= index < len(self.editing) else None

    def current_view(self) -> JourneyView | None:
        editing = self.current_editing()
        return editing.view if editing else None

    def current_scene(self) -> JourneyScene | None:
        editing = self.current_editing()
        return editing.scene if editing else None
