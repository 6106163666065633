"""Editing plain fields of any entity: project sheet, journey, stage or channel names..."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from cjm_desktop.commands.base import Command, require
from cjm_desktop.model.clock import utc_now
from cjm_desktop.model.domain import Entity, Project, ProjectState
from cjm_desktop.model.ops import Op, Put
from cjm_desktop.model.photos import PhotoRefused, check_photo
from cjm_desktop.storage.errors import EditRefused

# Where things sit is changed by the move commands, which keep every order consistent.
PLACEMENT_FIELDS = {"position", "journey_id", "channel_id", "stage_id", "action_id", "touchpoint_id"}
# Written by the app itself (history, origins, other tools' fields), never edited by hand.
RECORD_FIELDS = {"origin_id", "derived_from_id", "interop", "created_at", "updated_at"}
# What names an entity: it cannot be blank (the project's title can).
NAME_FIELDS = {"name", "title"}


class EditEntity(Command):
    """Set some fields of one entity (``id`` is the entity's id; the project's is 1)."""

    label = "Edit"
    merges = True  # successive edits of the same fields become one undo step (typing)

    def __init__(self, cls: type[Entity], entity_id: int, **changes: object) -> None:
        super().__init__()
        names = {f.name for f in fields(cls)}
        require(bool(changes) and set(changes) <= names - {"id"}, f"unknown fields {sorted(set(changes) - names)}")
        require(not RECORD_FIELDS & set(changes), f"{sorted(RECORD_FIELDS & set(changes))} are not edited by hand")
        self.cls, self.entity_id, self.changes = cls, entity_id, changes

    def plan(self, state: ProjectState) -> list[Op]:
        entity = state.get(self.cls, self.entity_id)
        if entity is None:
            raise EditRefused(f"{self.cls.__name__} #{self.entity_id} does not exist")
        require(not PLACEMENT_FIELDS & set(self.changes), "placement changes have commands of their own")
        # Checks of the user's values are made here, where the caller's execute() reports them.
        if self.cls is not Project:
            for name in NAME_FIELDS & set(self.changes):
                value = self.changes[name]
                require(isinstance(value, str) and bool(value.strip()), f"the {name} cannot be empty")
        if self.changes.get("photo") is not None:
            refuse_bad_photo(self.changes["photo"])
        changes: dict[str, Any] = dict(self.changes)  # field values by name (names checked above), as given
        if hasattr(entity, "updated_at"):
            changes["updated_at"] = utc_now()
        return [Put(replace(entity, **changes))]

    def merge_key(self) -> object | None:
        return ("edit", self.cls, self.entity_id, tuple(sorted(self.changes))) if self.merges else None


class ConfirmedEdit(EditEntity):
    """An edit committed whole — a dialog's OK, a table cell — that stays its own undo step
    (merging is for typing; two OKs are two decisions)."""

    merges = False


def refuse_bad_photo(data: object) -> None:
    """Refuse (``EditRefused``) a photo that ``photos.check_photo`` would not accept."""
    if not isinstance(data, bytes):
        raise EditRefused("a photo is image bytes")
    try:
        check_photo(data)
    except PhotoRefused as error:
        require(False, str(error))
