"""Commands on the action plan: add an action (with its linked notes), delete, reorder,
link and unlink notes, and table edits that stay one undo step each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from cjm_desktop.commands.base import Command, existing, require, require_room
from cjm_desktop.commands.votes import votes_on
from cjm_desktop.model.domain import Action, ActionLink, ActionStatus, Journey, ProjectState, Touchpoint
from cjm_desktop.model.ops import Op, Put, Remove
from cjm_desktop.model.placement import renumber_items, reorder, slot
from cjm_desktop.queries.action_plan import ordered_actions

ACTION_FIELDS = {"owner_department", "priority", "impact", "effort", "status", "due_date", "description"}


def _existing_notes(state: ProjectState, note_ids: Sequence[int]) -> list[int]:
    ids = list(dict.fromkeys(note_ids))
    require(all(state.get(Touchpoint, i) is not None for i in ids), "some of these notes no longer exist")
    return ids


def _action(state: ProjectState, action_id: int) -> Action:
    return existing(state.get(Action, action_id), f"action #{action_id} does not exist")


def _link_ops(state: ProjectState, action_id: int, note_ids: list[int]) -> list[Op]:
    """New links from ``action_id`` to the notes not yet linked to it."""
    linked = {link.touchpoint_id for link in state.of(ActionLink).values() if link.action_id == action_id}
    first_id = state.next_id(ActionLink)
    new = [i for i in note_ids if i not in linked]
    require_room(state, ActionLink, len(new))
    return [Put(ActionLink(first_id + n, action_id, note_id)) for n, note_id in enumerate(new)]


class AddAction(Command):
    """A new action at the end of the plan (or at ``index``), linked to ``note_ids``, in one step."""

    label = "Add action"

    def __init__(self, title: str, journey_id: int | None = None, note_ids: Sequence[int] = (),
                 index: int | None = None, **fields: object) -> None:
        super().__init__()
        require(bool(title.strip()), "an action needs a title")
        require(set(fields) <= ACTION_FIELDS, f"cannot set {sorted(set(fields) - ACTION_FIELDS)} on an action")
        self.title, self.journey_id, self.note_ids = title.strip(), journey_id, list(note_ids)
        self.index = index
        self.fields: dict[str, Any] = fields  # field values by name (names checked above), as given
        self.created_id: int | None = None

    def plan(self, state: ProjectState) -> list[Op]:
        if self.journey_id is not None:
            require(state.get(Journey, self.journey_id) is not None, f"journey #{self.journey_id} does not exist")
        note_ids = _existing_notes(state, self.note_ids)
        require_room(state, Action)
        self.created_id = action_id = state.next_id(Action)
        fields = dict(self.fields)
        if "status" in fields:
            fields["status"] = ActionStatus(fields["status"])
        action = Action(action_id, self.title, journey_id=self.journey_id, **fields)
        actions = ordered_actions(state)
        order = [a.id for a in actions]
        index = slot(len(order), self.index)
        order.insert(index, action_id)
        ops: list[Op] = [Put(replace(action, position=index)), *renumber_items(actions, order)]
        return ops + _link_ops(state, action_id, note_ids)


class DeleteActions(Command):
    """Delete actions and their links to notes; the others close the gaps."""

    label = "Delete actions"

    def __init__(self, action_ids: list[int]) -> None:
        super().__init__()
        self.action_ids = list(dict.fromkeys(action_ids))
        require(bool(self.action_ids), "nothing to delete")

    def plan(self, state: ProjectState) -> list[Op]:
        doomed = {_action(state, i).id for i in self.action_ids}
        ops: list[Op] = [
            Remove(ActionLink, link.id) for link in state.of(ActionLink).values() if link.action_id in doomed
        ]
        ops += votes_on(state, action_ids=doomed)
        ops += [Remove(Action, i) for i in doomed]
        remaining = [a for a in ordered_actions(state) if a.id not in doomed]
        return ops + renumber_items(remaining, [a.id for a in remaining])


class MoveAction(Command):
    """Put an action at ``index`` in the plan's order."""

    label = "Reorder actions"

    def __init__(self, action_id: int, index: int) -> None:
        super().__init__()
        self.action_id, self.index = action_id, index

    def plan(self, state: ProjectState) -> list[Op]:
        _action(state, self.action_id)
        actions = ordered_actions(state)
        return reorder(actions, self.action_id, self.index)


class LinkNotes(Command):
    """Link notes to an action (notes already linked are left as they are)."""

    label = "Link notes"

    def __init__(self, action_id: int, note_ids: list[int]) -> None:
        super().__init__()
        self.action_id, self.note_ids = action_id, list(note_ids)

    def plan(self, state: ProjectState) -> list[Op]:
        _action(state, self.action_id)
        return _link_ops(state, self.action_id, _existing_notes(state, self.note_ids))


class UnlinkNotes(Command):
    """Remove the links between an action and some notes (the notes stay)."""

    label = "Unlink notes"

    def __init__(self, action_id: int, note_ids: list[int]) -> None:
        super().__init__()
        self.action_id, self.note_ids = action_id, set(note_ids)

    def plan(self, state: ProjectState) -> list[Op]:
        _action(state, self.action_id)
        return [Remove(ActionLink, link.id) for link in state.of(ActionLink).values()
                if link.action_id == self.action_id and link.touchpoint_id in self.note_ids]

