"""Questions about the action plan (no Qt): which actions a journey shows, the notes an
action is linked to, the departments the project already names."""

from __future__ import annotations

from cjm_desktop.model.domain import Action, ActionLink, ActionStatus, ProjectState, StageDetails, Touchpoint


def ordered_actions(state: ProjectState) -> list[Action]:
    """Every action of the project, in the plan's order."""
    return sorted(state.of(Action).values(), key=lambda a: (a.position, a.id))


def linked_notes(state: ProjectState, action_id: int) -> list[Touchpoint]:
    """The notes an action is linked to, in the order they were linked."""
    links = sorted(
        (link for link in state.of(ActionLink).values() if link.action_id == action_id), key=lambda link: link.id
    )
    return [note for link in links if (note := state.get(Touchpoint, link.touchpoint_id)) is not None]


def journey_actions(state: ProjectState, journey_id: int | None) -> list[Action]:
    """The actions shown with a journey: its own, the project-wide ones (no journey), and any
    other action linked to one of its notes."""
    notes = {n.id for n in state.touchpoints(journey_id)} if journey_id is not None else set()
    linked = {link.action_id for link in state.of(ActionLink).values() if link.touchpoint_id in notes}
    return [a for a in ordered_actions(state) if a.journey_id in (journey_id, None) or a.id in linked]


def known_departments(state: ProjectState) -> list[str]:
    """Every department named in the project (notes, stage details, action owners), sorted."""
    names: set[str] = {a.owner_department for a in state.of(Action).values()}
    for note in state.of(Touchpoint).values():
        names.update(note.departments)
    for details in state.of(StageDetails).values():
        names.update(details.departments)
    return sorted((n for n in names if n.strip()), key=str.casefold)


_STATUS_ORDER = {ActionStatus.TODO: 0, ActionStatus.DOING: 1, ActionStatus.DONE: 2}

# Sort keys by column meaning for a row ``(action, linked notes)``; ties keep the plan's order.
SORT_KEYS = {
    "title": lambda r: (r[0].title.casefold(), r[0].position),
    "notes": lambda r: (len(r[1]), r[0].position),
    "owner_department": lambda r: (not r[0].owner_department, r[0].owner_department.casefold(), r[0].position),
    "priority": lambda r: (r[0].priority, r[0].position),
    "impact": lambda r: (r[0].impact, r[0].position),
    "effort": lambda r: (r[0].effort, r[0].position),
    "status": lambda r: (_STATUS_ORDER[r[0].status], r[0].position),
    "due_date": lambda r: (r[0].due_date is None, r[0].due_date or "", r[0].position),
}
