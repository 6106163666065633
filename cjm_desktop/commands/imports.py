"""Adding what a file holds to the project: one command, so one transaction and one undo step."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from cjm_desktop.commands.base import Command, require, require_lines, require_room
from cjm_desktop.commands.votes import direct_entry_ops
from cjm_desktop.interop.model import ImportedJourney, name_key
from cjm_desktop.model.clock import utc_now
from cjm_desktop.model.domain import Channel, Journey, JourneyKind, Persona, ProjectState, Stage, Touchpoint
from cjm_desktop.model.ops import Op, Put
from cjm_desktop.model.placement import Cell, cell_order, place_notes


@dataclass
class ImportSummary:
    """What an import added (for the report shown to the user)."""

    journeys_created: list[str]
    journeys_completed: list[str]  # existing journeys the import added to
    stages: int = 0
    channels: int = 0
    notes: int = 0
    personas: int = 0


class ImportJourneys(Command):
    """Add ``journeys`` to the project: a journey, stage, channel or persona is matched by name
    (whatever the case and spacing) and created when missing, in the order the file gives;
    notes go at the end of their cell."""

    label = "Import"

    def __init__(self, journeys: list[ImportedJourney]) -> None:
        super().__init__()
        require(bool(journeys), "nothing to import")
        self.journeys = journeys
        self.summary = ImportSummary([], [])

    def plan(self, state: ProjectState) -> list[Op]:
        self.summary = ImportSummary([], [])
        ops = _Planner(state, self.summary).plan(self.journeys)
        require_room(state, Touchpoint, self.summary.notes)
        require_room(state, Journey, len(self.summary.journeys_created))
        require_room(state, Persona, self.summary.personas)
        return ops


class _Planner:
    """Plans against ``state`` plus what this import has already planned (ops apply later)."""

    def __init__(self, state: ProjectState, summary: ImportSummary) -> None:
        self.state, self.summary = state, summary
        self.ops: list[Op] = []
        kinds = (Journey, Stage, Channel, Touchpoint, Persona)
        self.next_ids: dict[type, int] = {cls: state.next_id(cls) for cls in kinds}
        self.journeys: dict[str, list[Journey]] = {}  # by name key: the project's, then those this import adds
        for journey in state.journeys:
            self.journeys.setdefault(name_key(journey.name), []).append(journey)
        self.journey_count = len(state.journeys)
        self.personas = {name_key(p.name): p.id for p in state.of(Persona).values()}
        self.now = utc_now()
        self.votes: dict[int, int] = {}  # new note id -> the votes the file gave it

    def new_id(self, cls: type) -> int:
        self.next_ids[cls] += 1
        return self.next_ids[cls] - 1

    def plan(self, journeys: list[ImportedJourney]) -> list[Op]:
        for imported in journeys:
            self.add_journey(imported)
        if self.votes:  # the files' vote counts: direct entry (« Saisie directe »)
            self.ops += direct_entry_ops(self.state, self.votes)
        return self.ops

    def add_journey(self, imported: ImportedJourney) -> None:
        persona_id = self.persona(imported.persona)
        journey = self.find_journey(imported)
        stages: dict[str, int]  # name key -> id
        channels: dict[str, int]
        if journey is None:
            journey = Journey(self.new_id(Journey), imported.name, imported.kind or JourneyKind.CURRENT,
                              self.journey_count, persona_id, None, imported.description)
            self.journeys.setdefault(name_key(journey.name), []).append(journey)
            self.journey_count += 1
            self.summary.journeys_created.append(journey.name)
            self.ops.append(Put(journey))
            stages, channels = {}, {}
        else:
            completed = replace(journey, persona_id=journey.persona_id or persona_id,
                                description=journey.description or imported.description)
            if completed != journey:
                self.ops.append(Put(completed))
            self.summary.journeys_completed.append(journey.name)
            stages = {name_key(s.name): s.id for s in self.state.stages(journey.id)}
            channels = {name_key(c.name): c.id for c in self.state.channels(journey.id)}
        for name, phase in imported.stages:
            if name_key(name) not in stages:
                stages[name_key(name)] = stage_id = self.new_id(Stage)
                self.ops.append(Put(Stage(stage_id, journey.id, name, len(stages) - 1, phase)))
                self.summary.stages += 1
        for name, icon in imported.channels:
            if name_key(name) not in channels:
                channels[name_key(name)] = channel_id = self.new_id(Channel)
                self.ops.append(Put(Channel(channel_id, journey.id, name, len(channels) - 1, icon or _icon(name))))
                self.summary.channels += 1
        require_lines(Stage, len(stages))
        require_lines(Channel, len(channels))
        self.add_notes(journey.id, imported, stages, channels)

    def find_journey(self, imported: ImportedJourney) -> Journey | None:
        for journey in self.journeys.get(name_key(imported.name), []):
            if imported.kind in (None, journey.kind):
                return journey
        return None

    def persona(self, name: str | None) -> int | None:
        if not name or not name.strip():
            return None
        if name_key(name) not in self.personas:
            persona_id = self.personas[name_key(name)] = self.new_id(Persona)
            self.ops.append(Put(Persona(persona_id, name.strip(), len(self.personas) - 1)))
            self.summary.personas += 1
        return self.personas[name_key(name)]

    def add_notes(
        self, journey_id: int, imported: ImportedJourney, stages: dict[str, int], channels: dict[str, int]
    ) -> None:
        added: dict[Cell, dict[int, Touchpoint]] = {}  # the new notes of each cell, in the file's order
        for note in imported.notes:
            cell: Cell = (
                (None, None) if note.stage is None or note.channel is None  # parked
                else (channels[name_key(note.channel)], stages[name_key(note.stage)])
            )
            interop = json.dumps(note.interop, ensure_ascii=False) if note.interop else ""
            note_id = self.new_id(Touchpoint)
            added.setdefault(cell, {})[note_id] = Touchpoint(
                note_id, journey_id, note.text, cell[0], cell[1], 0, note.evaluation,
                note.moment_of_truth, note.emotion, tuple(note.departments), note.comment, None,
                self.now, self.now, interop, author=note.author)
            if note.votes:
                self.votes[note_id] = note.votes
            self.summary.notes += 1
        for cell, notes in added.items():  # after the notes each cell holds already
            order = [*cell_order(self.state, journey_id, cell), *notes]
            self.ops += place_notes(self.state, cell, order, notes, notes)


def _icon(channel_name: str) -> str:
    """The icon of the default channel with that name, in French or English (« Site web » and « Website » get
    the globe), else none."""
    from cjm_desktop.templates import LANGUAGES, default_channels  # reads a resource file, once

    return next((icon for language in LANGUAGES for name, icon in default_channels(language)
                 if name_key(name) == name_key(channel_name)), "")
