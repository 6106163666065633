"""The personas of the window: the « Personas » dock (tabified with Properties), the persona
editor, the Journey › Persona submenu and File › Project sheet. Gestures become core commands,
one undo step each, through the window's ``DocumentController``."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QDockWidget

from cjm_desktop.commands.fields import ConfirmedEdit
from cjm_desktop.commands.personas import AddPersona, DeletePersona, MovePersona
from cjm_desktop.model.domain import Journey, Persona
from cjm_desktop.model.ops import Change
from cjm_desktop.queries.personas import personas
from ui.personas.personas_panel import PersonasPanel


class PersonasDock(QObject):
    """Built by the main window after its actions (``window.actions_``)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window, self.controller = window, window.controller
        self.view = PersonasPanel()
        self.dock = QDockWidget(self.tr("Personas"), window)
        self.dock.setObjectName("personasDock")
        self.dock.setWidget(self.view)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                              | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.properties_dock, self.dock)
        window.properties_dock.raise_()
        self.wanted = True  # the user's choice (View › Personas panel); shown only with a document
        self.action = window.actions_.personas
        self.action.setChecked(True)
        self.dock.visibilityChanged.connect(self._visibility_changed)
        window.actions_.journey_persona.aboutToShow.connect(self._fill_journey_menu)
        self.controller.document_replaced.connect(self._on_document)
        self.controller.changed.connect(self._on_change)
        self.view.add_requested.connect(self.add_persona)
        self.view.edit_requested.connect(self.edit_persona)
        self.view.delete_requested.connect(self.delete_persona)
        self.view.move_requested.connect(self.move_persona)
        self._on_document()

    # --- the dock ---------------------------------------------------------------------------
    def show_dock(self, on: bool) -> None:
        """View › Personas panel."""
        self.wanted = on
        self.dock.setVisible(on and self.controller.doc is not None)
        if on:
            self.dock.raise_()

    def _visibility_changed(self, _visible: bool) -> None:
        if self.controller.doc is not None:  # closed by its own button, or shown again
            self.wanted = not self.dock.isHidden()
        self.action.setChecked(self.wanted)

    def _on_document(self) -> None:
        doc = self.controller.doc
        self.dock.setVisible(doc is not None and self.wanted)
        self.window.actions_.journey_persona.setEnabled(doc is not None)
        self.window.actions_.project_sheet.setEnabled(doc is not None)
        self._refresh()

    def _on_change(self, change: Change) -> None:
        if Persona in change or Journey in change:
            self._refresh()

    def _refresh(self) -> None:
        doc = self.controller.doc
        self.view.show_personas(doc.state if doc else None)

    def edit_project_sheet(self) -> bool:
        """File › Project sheet…"""
        from ui.window.project_sheet_dialog import edit_project_sheet  # not needed for the first paint

        return edit_project_sheet(self.window)

    # --- editing ------------------------------------------------------------------------
    def _persona(self, persona_id: int) -> Persona | None:
        doc = self.controller.doc
        return doc.state.get(Persona, persona_id) if doc else None

    def _ask(self, persona: Persona | None) -> dict[str, object] | None:
        from ui.personas.persona_dialog import PersonaDialog  # not needed for the first paint

        dialog = PersonaDialog(persona, self.window.prompts, self.window)
        try:
            return dialog.changes() if self.window.prompts.exec_dialog(dialog) else None
        finally:
            dialog.deleteLater()

    def add_persona(self) -> int | None:
        """Add… : a new persona from the editor; returns its id."""
        if self.controller.doc is None or not (values := self._ask(None)):
            return None
        command = AddPersona(**values)
        text = self.tr("Add the persona « %1 »").replace("%1", command.name)
        if not self.controller.execute(command, text):
            return None
        self.view.select(command.created_id)
        return command.created_id

    def edit_persona(self, persona_id: int) -> bool:
        persona = self._persona(persona_id)
        if persona is None or not (changes := self._ask(persona)):
            return False
        text = self.tr("Edit the persona « %1 »").replace("%1", changes.get("name", persona.name))
        return self.controller.execute(ConfirmedEdit(Persona, persona_id, **changes), text)

    def delete_persona(self, persona_id: int) -> bool:
        """Delete at once (Undo brings it back, with its journeys' link)."""
        persona = self._persona(persona_id)
        if persona is None:
            return False
        text = self.tr("Delete the persona « %1 »").replace("%1", persona.name)
        return self.controller.execute(DeletePersona(persona_id), text)

    def move_persona(self, persona_id: int, index: int) -> bool:
        return self.controller.execute(MovePersona(persona_id, index), self.tr("Reorder the personas"))

    # --- Journey › Persona of this journey ----------------------------------------------------
    def _fill_journey_menu(self) -> None:
        menu = self.window.actions_.journey_persona
        menu.clear()
        doc, journey_id = self.controller.doc, self.window.current_journey_id()
        journey = doc.state.get(Journey, journey_id) if doc and journey_id is not None else None
        if journey is None:
            return
        group = QActionGroup(menu)
        choices = [(None, self.tr("No persona"))] + [(p.id, p.name.replace("&", "&&")) for p in personas(doc.state)]
        for persona_id, name in choices:
            action = menu.addAction(name, lambda p=persona_id: self.set_journey_persona(journey.id, p))
            action.setCheckable(True)
            action.setChecked(journey.persona_id == persona_id)
            group.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Manage the personas…"), lambda: self.show_dock(True))

    def set_journey_persona(self, journey_id: int, persona_id: int | None) -> bool:
        doc = self.controller.doc
        journey = doc.state.get(Journey, journey_id) if doc else None
        if journey is None or journey.persona_id == persona_id:
            return False
        text = self.tr("Set the persona of « %1 »").replace("%1", journey.name)
        return self.controller.execute(ConfirmedEdit(Journey, journey_id, persona_id=persona_id), text)
