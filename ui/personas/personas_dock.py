"""The « Personas » dock (tabified with Properties): persona cards, the persona editor, and the
Journey › Persona of this journey submenu. Gestures become core commands, one undo step each,
through the window's ``DocumentController``."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QDockWidget

from cjm_desktop.commands.fields import ConfirmedEdit
from cjm_desktop.commands.personas import AddPersona, DeletePersona, MovePersona
from cjm_desktop.model.domain import Journey, Persona
from cjm_desktop.model.ops import Change
from cjm_desktop.queries.personas import personas
from ui.host.feature_dock import FeatureDock
from ui.host.feature_host import FeatureHost
from ui.personas.personas_panel import PersonasPanel
from ui.widgets.plain_text import mnemonic_safe

translate = QCoreApplication.translate


class PersonasDock(FeatureDock):
    """The personas of the project, in a dock of the window."""

    def __init__(self, host: FeatureHost, tabify_with: QDockWidget | None = None) -> None:
        super().__init__(host, "personasDock", translate("PersonasDock", "Personas"),
                         translate("Actions", "P&ersonas panel"), Qt.DockWidgetArea.RightDockWidgetArea,
                         tabify_with=tabify_with, icon_name="personas")
        self.controller = host.controller
        self.panel = PersonasPanel()
        self.setWidget(self.panel)
        host.menus.view.addAction(self.toggle)
        self.journey_persona = host.menus.journey.addMenu(translate("Actions", "&Persona of this journey"))
        self.journey_persona.aboutToShow.connect(self._fill_journey_menu)
        self.controller.document_replaced.connect(self._on_document)
        self.controller.changed.connect(self._on_change)
        self.panel.add_requested.connect(self.add_persona)
        self.panel.edit_requested.connect(self.edit_persona)
        self.panel.delete_requested.connect(self.delete_persona)
        self.panel.move_requested.connect(self.move_persona)
        self._on_document()

    def _on_document(self) -> None:
        self.journey_persona.setEnabled(self.controller.doc is not None)
        self._refresh()

    def _on_change(self, change: Change) -> None:
        if Persona in change or Journey in change:
            self._refresh()

    def _refresh(self) -> None:
        doc = self.controller.doc
        self.panel.show_personas(doc.state if doc else None)

    # --- editing ------------------------------------------------------------------------
    def _persona(self, persona_id: int) -> Persona | None:
        doc = self.controller.doc
        return doc.state.get(Persona, persona_id) if doc else None

    def _ask(self, persona: Persona | None) -> dict[str, object] | None:
        from ui.personas.persona_dialog import PersonaDialog  # not needed for the first paint

        dialog = PersonaDialog(persona, self.host.prompts, self.host.parent_widget())
        try:
            return dialog.changes() if self.host.prompts.exec_dialog(dialog) else None
        finally:
            dialog.deleteLater()

    def add_persona(self) -> int | None:
        """Add… : a new persona from the editor; returns its id."""
        if self.controller.doc is None or not (values := self._ask(None)):
            return None
        command = AddPersona(str(values.pop("name", "")), **values)
        text = self.tr("Add the persona « %1 »").replace("%1", command.name)
        if not self.controller.execute(command, text):
            return None
        self.panel.select(command.created_id)
        return command.created_id

    def edit_persona(self, persona_id: int) -> bool:
        persona = self._persona(persona_id)
        if persona is None or not (changes := self._ask(persona)):
            return False
        text = self.tr("Edit the persona « %1 »").replace("%1", str(changes.get("name", persona.name)))
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
        menu = self.journey_persona
        menu.clear()
        doc, journey_id = self.controller.doc, self.host.current_journey_id()
        journey = doc.state.get(Journey, journey_id) if doc and journey_id is not None else None
        if doc is None or journey is None:
            return
        group = QActionGroup(menu)
        choices: list[tuple[int | None, str]] = [(None, self.tr("No persona"))]
        choices += [(p.id, mnemonic_safe(p.name)) for p in personas(doc.state)]
        for persona_id, name in choices:
            action = menu.addAction(name, partial(self.set_journey_persona, journey.id, persona_id))
            action.setCheckable(True)
            action.setChecked(journey.persona_id == persona_id)
            group.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Manage the personas…"), lambda: self.set_wanted(True))

    def set_journey_persona(self, journey_id: int, persona_id: int | None) -> bool:
        doc = self.controller.doc
        journey = doc.state.get(Journey, journey_id) if doc else None
        if journey is None or journey.persona_id == persona_id:
            return False
        text = self.tr("Set the persona of « %1 »").replace("%1", journey.name)
        return self.controller.execute(ConfirmedEdit(Journey, journey_id, persona_id=persona_id), text)
