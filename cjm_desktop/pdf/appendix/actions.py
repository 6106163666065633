"""The action plan appendix: the priority actions decided in the workshop, with the notes
they address, owner, priority, impact, effort, status and due date."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Paragraph

from cjm_desktop.layout.colors import MUTED
from cjm_desktop.model.domain import Action, ActionLink, Channel, Journey, ProjectState, Stage, Touchpoint
from cjm_desktop.pdf.appendix.layout import Ink, styles, table
from cjm_desktop.pdf.labels import format_date
from cjm_desktop.queries.action_plan import journey_actions

PRIORITY_COLORS = {1: "#ffcdd2", 2: "#ffe0b2", 3: "#e0f2f1"}


def plan_actions(state: ProjectState, journeys: list[Journey]) -> list[Action]:
    """The actions that concern the exported journeys (their own, the project-wide ones, and
    those linked to one of their notes), by priority, then due date (undated last)."""
    chosen = {a.id: a for journey in journeys for a in journey_actions(state, journey.id)}
    return sorted(chosen.values(), key=lambda a: (a.priority, a.due_date is None, a.due_date or "", a.position, a.id))


def action_flowables(state: ProjectState, journeys: list[Journey], width: float, ink: Ink,
                     words: dict[str, str]) -> list[Flowable]:
    """The action plan table, or nothing when no action concerns the exported journeys."""
    actions = plan_actions(state, journeys)
    if not actions:
        return []
    s = styles()
    journey_names: dict[int | None, str] = {j.id: j.name for j in state.journeys}  # None: no journey
    with_journey = len(journeys) > 1
    keys = ["action", *(["journey"] if with_journey else []), "linked_notes", "owner", "priority", "impact", "effort",
            "status", "due_date"]
    rows, colours = [[ink.label(words[key], s["head"]) for key in keys]], []
    priority_column = keys.index("priority")
    linked = _linked_notes(state)
    for row, action in enumerate(actions, start=1):
        title = ink.text(action.title, s["bold"], 500) + ink.text(action.description, s["muted"])
        notes, more = ink.items(linked.get(action.id, []), words)
        journey = journey_names.get(action.journey_id)
        cells = [title]
        if with_journey:
            cells.append(ink.text(journey or words["all_journeys"], s["small"]))
        cells += [
            [_linked(state, note, ink) for note in notes] + ink.text(more, s["small"]),
            ink.text(action.owner_department, s["small"]),
            ink.text(words.get(f"priority_{action.priority}", str(action.priority)), s["small"]),
            ink.text(f"{action.impact}/5", s["small"]), ink.text(f"{action.effort}/5", s["small"]),
            ink.text(words[action.status.value], s["small"]),
            ink.text(format_date(action.due_date, words), s["small"]),
        ]
        rows.append(cells)
        if action.priority in PRIORITY_COLORS:
            colours.append(("BACKGROUND", (priority_column, row), (priority_column, row),
                            HexColor(PRIORITY_COLORS[action.priority])))
    fractions = [0.25, *([0.1] if with_journey else []), 0.26, 0.12, 0.07, 0.055, 0.055, 0.07, 0.07]
    scale = 1 / sum(fractions)
    return [ink.label(words["actions_intro"], s["intro"]),
            table(rows, [width * f * scale for f in fractions], colours)]


def _linked_notes(state: ProjectState) -> dict[int, list[Touchpoint]]:
    """The notes each action is linked to, in the order they were linked (``queries.action_plan.linked_notes``
    for every action at once: one pass over the links, not one per action)."""
    notes: dict[int, list[Touchpoint]] = {}
    for link in sorted(state.of(ActionLink).values(), key=lambda link: link.id):
        note = state.get(Touchpoint, link.touchpoint_id)
        if note is not None:
            notes.setdefault(link.action_id, []).append(note)
    return notes


def _linked(state: ProjectState, note: Touchpoint, ink: Ink) -> Paragraph:
    """« • text (stage · channel) »: where the note is tells two notes of the same text apart."""
    stage, channel = state.get(Stage, note.stage_id), state.get(Channel, note.channel_id)
    place = " · ".join(ink.markup(x.name, 200) for x in (stage, channel) if x is not None)
    where = f' <font color="{MUTED}">({place})</font>' if place else ""
    return Paragraph(f"• {ink.markup(note.text, 600)}{where}", styles()["small"])
