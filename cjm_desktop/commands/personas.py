"""Commands on personas: add, reorder and delete. Editing a persona's fields is a plain
``EditEntity(Persona, id, …)``; choosing a journey's persona is ``EditEntity(Journey, id, persona_id=…)``."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from cjm_desktop.commands.base import Command, require, require_room
from cjm_desktop.commands.fields import refuse_bad_photo
from cjm_desktop.model.domain import Persona, ProjectState
from cjm_desktop.model.ops import Op, Put, Remove
from cjm_desktop.model.placement import renumber_items, reorder
from cjm_desktop.queries.personas import personas

_EDITABLE = {f.name for f in fields(Persona)} - {"id", "position"}




class AddPersona(Command):
    """A new persona after the others, with any of its fields (``age``, ``photo``, ``quote``…)."""

    label = "Add persona"

    def __init__(self, name: str, **values: object) -> None:
        super().__init__()
        require(set(values) <= _EDITABLE, f"unknown persona fields {sorted(set(values) - _EDITABLE)}")
        self.name = name
        self.values: dict[str, Any] = values  # field values by name (names checked above), as given
        self.created_id: int | None = None

    def plan(self, state: ProjectState) -> list[Op]:
        require(bool(self.name.strip()), "a persona needs a name")
        if self.values.get("photo") is not None:
            refuse_bad_photo(self.values["photo"])
        require_room(state, Persona)
        self.created_id = state.next_id(Persona)
        return [Put(Persona(self.created_id, self.name.strip(), position=len(state.of(Persona)), **self.values))]


class MovePersona(Command):
    """Move a persona to ``index`` in the order of the personas."""

    label = "Reorder personas"

    def __init__(self, persona_id: int, index: int) -> None:
        super().__init__()
        self.persona_id, self.index = persona_id, index

    def plan(self, state: ProjectState) -> list[Op]:
        require(state.get(Persona, self.persona_id) is not None, f"persona #{self.persona_id} does not exist")
        items = personas(state)
        return reorder(items, self.persona_id, self.index)


class DeletePersona(Command):
    """Delete a persona; the journeys made for it are kept, with no persona."""

    label = "Delete persona"

    def __init__(self, persona_id: int) -> None:
        super().__init__()
        self.persona_id = persona_id

    def plan(self, state: ProjectState) -> list[Op]:
        require(state.get(Persona, self.persona_id) is not None, f"persona #{self.persona_id} does not exist")
        ops: list[Op] = [
            Put(replace(j, persona_id=None)) for j in state.journeys if j.persona_id == self.persona_id
        ]
        ops.append(Remove(Persona, self.persona_id))
        remaining = [p for p in personas(state) if p.id != self.persona_id]
        return ops + renumber_items(remaining, [p.id for p in remaining])

