"""Editing plain fields of any entity: project sheet, journey, stage or channel names..."""

from __future__ import annotations

from dataclasses import fields, replace

from ..clock import utc_now
from ..domain import ProjectState
from ..ops import Op, Put
from .base import Command, require


# Where things sit is changed by the move commands, which keep every order consistent.
PLACEMENT_FIELDS = {"position", "journey_id", "channel_id", "stage_id", "action_id", "touchpoint_id"}


class EditEntity(Command):
    """Set some fields of one entity (``id`` is the entity's id; the project's is 1)."""

    label = "Edit"

    def __init__(self, cls: type, entity_id: int, **changes: object) -> None:
        super().__init__()
        names = {f.name for f in fields(cls)}
        require(bool(changes) and set(changes) <= names - {"id"}, f"unknown fields {sorted(set(changes) - names)}")
        self.cls, self.entity_id, self.changes = cls, entity_id, changes

    def plan(self, state: ProjectState) -> list[Op]:
        entity = state.get(self.cls, self.entity_id)
        require(entity is not None, f"{self.cls.__name__} #{self.entity_id} does not exist")
        require(not PLACEMENT_FIELDS & set(self.changes), "placement changes have commands of their own")
        changes = dict(self.changes)
        if hasattr(entity, "updated_at"):
            changes["updated_at"] = utc_now()
        return [Put(replace(entity, **changes))]

    def merge_key(self) -> object:
        return ("edit", self.cls, self.entity_id, tuple(sorted(self.changes)))
