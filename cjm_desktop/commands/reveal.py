"""Hide until reveal: notes written face down (``Touchpoint.hidden``) are shown to the room as blank cards
until the facilitator turns them face up, so that the first notes read aloud do not anchor the others.

New face-down notes come from ``AddTouchpoints`` with prototypes whose ``hidden`` is True (quick capture);
these commands turn existing notes face up (``RevealNotes``: a journey, one cell, or some notes) or face
down (``HideNotes``). Each is one undo step.
"""

from __future__ import annotations

from dataclasses import replace

from cjm_desktop.commands.base import Command, existing, require
from cjm_desktop.model.clock import utc_now
from cjm_desktop.model.domain import Journey, ProjectState, Touchpoint
from cjm_desktop.model.ops import Op, Put
from cjm_desktop.model.placement import Cell


def hidden_notes(state: ProjectState, journey_id: int, cell: Cell | None = None) -> list[Touchpoint]:
    """The face-down notes of a journey (or of one of its cells, the parking area included), in cell order."""
    notes = state.cell(journey_id, *cell) if cell is not None else state.touchpoints(journey_id)
    return [note for note in notes if note.hidden]


def _turned(notes: list[Touchpoint], hidden: bool) -> list[Op]:
    """Puts turning ``notes`` face down (``hidden``) or face up; the notes already so are left alone."""
    now = utc_now()
    return [Put(replace(note, hidden=hidden, updated_at=now)) for note in notes if note.hidden != hidden]


def _existing_notes(state: ProjectState, ids: list[int]) -> list[Touchpoint]:
    found = [state.get(Touchpoint, i) for i in dict.fromkeys(ids)]
    notes = [note for note in found if note is not None]
    require(bool(found) and len(notes) == len(found), "some of these notes no longer exist")
    return notes


class RevealNotes(Command):
    """Turn face up the face-down notes of journey ``journey_id``: all of them, those of ``cell``, or those
    of ``note_ids`` (which must belong to the journey). Nothing face down: an empty plan (no undo step)."""

    label = "Reveal notes"

    def __init__(self, journey_id: int, cell: Cell | None = None, note_ids: list[int] | None = None) -> None:
        super().__init__()
        require(cell is None or note_ids is None, "reveal a cell or some notes, not both")
        self.journey_id = journey_id
        self.cell: Cell | None = None if cell is None else (cell[0], cell[1])
        self.note_ids = None if note_ids is None else list(note_ids)

    def plan(self, state: ProjectState) -> list[Op]:
        existing(state.get(Journey, self.journey_id), f"journey #{self.journey_id} does not exist")
        if self.note_ids is None:
            return _turned(hidden_notes(state, self.journey_id, self.cell), hidden=False)
        notes = _existing_notes(state, self.note_ids)
        require(all(note.journey_id == self.journey_id for note in notes), "these notes are not in this journey")
        return _turned(notes, hidden=False)


class HideNotes(Command):
    """Turn notes face down (``hidden`` True) or face up (False). Without ``hidden``, a toggle: face down,
    unless every one of them already is, then face up (as a selection's « Retourner »)."""

    label = "Turn notes over"

    def __init__(self, note_ids: list[int], hidden: bool | None = None) -> None:
        super().__init__()
        self.note_ids, self.hidden = list(note_ids), hidden
        self.turned_face_down: bool | None = None  # what the plan did (for the undo text), once planned

    def plan(self, state: ProjectState) -> list[Op]:
        notes = _existing_notes(state, self.note_ids)
        face_down = self.hidden if self.hidden is not None else not all(note.hidden for note in notes)
        self.turned_face_down = face_down
        return _turned(notes, hidden=face_down)
