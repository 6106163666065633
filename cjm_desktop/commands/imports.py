"""Adding what a file holds to the project: one command, so one transaction and one undo step."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

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
        interop = _json(imported.interop)
        existing_stages: list[Stage] = []
        existing_channels: list[Channel] = []
        if journey is None:
            journey = Journey(self.new_id(Journey), imported.name, imported.kind or JourneyKind.CURRENT,
                              self.journey_count, persona_id, None, imported.description, interop=interop)
            self.journeys.setdefault(name_key(journey.name), []).append(journey)
            self.journey_count += 1
            self.summary.journeys_created.append(journey.name)
            self.ops.append(Put(journey))
        else:
            completed = replace(journey, persona_id=journey.persona_id or persona_id,
                                description=journey.description or imported.description,
                                interop=journey.interop or interop)
            if completed != journey:
                self.ops.append(Put(completed))
            self.summary.journeys_completed.append(journey.name)
            existing_stages, existing_channels = self.state.stages(journey.id), self.state.channels(journey.id)
        stages = self.lines(journey.id, Stage, imported.stages, existing_stages, imported)
        channels = self.lines(journey.id, Channel, imported.channels, existing_channels, imported)
        self.add_notes(journey.id, imported, stages, channels)

    def lines(self, journey_id: int, cls: type[Stage] | type[Channel], given: list[tuple[str, Any]],
              existing: list[Stage] | list[Channel], imported: ImportedJourney) -> Lines:
        """The id of each stage (or row) the file gives, in its order: the k-th of a name is the journey's k-th
        of that name (whatever the case and spacing), created at the end when the journey has fewer."""
        of_name: dict[str, list[int]] = {}
        for line in existing:
            of_name.setdefault(name_key(line.name), []).append(line.id)
        seen: dict[str, int] = {}
        ids, count = [], len(existing)
        extras = imported.stage_extras if cls is Stage else imported.channel_extras
        for index, (name, detail) in enumerate(given):
            key = name_key(name)
            nth = seen[key] = seen.get(key, -1) + 1
            known = of_name.setdefault(key, [])
            if nth < len(known):
                ids.append(known[nth])
                continue
            line_id = self.new_id(cls)
            known.append(line_id)
            extra = extras.get(index)
            interop = _json(extra.interop) if extra is not None else ""
            if cls is Stage:
                emotion = extra.emotion if extra is not None else None
                self.ops.append(Put(Stage(line_id, journey_id, name, count, detail, emotion, interop)))
                self.summary.stages += 1
            else:
                self.ops.append(Put(Channel(line_id, journey_id, name, count, detail or _icon(name), interop)))
                self.summary.channels += 1
            ids.append(line_id)
            count += 1
        require_lines(cls, count)
        return Lines(ids, {key: known[0] for key, known in of_name.items() if known})

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

    def add_notes(self, journey_id: int, imported: ImportedJourney, stages: Lines, channels: Lines) -> None:
        added: dict[Cell, dict[int, Touchpoint]] = {}  # the new notes of each cell, in the file's order
        for note in imported.notes:
            cell: Cell = (None, None)  # parked
            if note.stage is not None and note.channel is not None:
                cell = (channels.of(note.channel, note.channel_index), stages.of(note.stage, note.stage_index))
            note_id = self.new_id(Touchpoint)
            added.setdefault(cell, {})[note_id] = Touchpoint(
                note_id, journey_id, note.text, cell[0], cell[1], 0, note.evaluation,
                note.moment_of_truth, note.emotion, tuple(note.departments), note.comment, None,
                self.now, self.now, _json(note.interop), author=note.author)
            if note.votes:
                self.votes[note_id] = note.votes
            self.summary.notes += 1
        for cell, notes in added.items():  # after the notes each cell holds already
            order = [*cell_order(self.state, journey_id, cell), *notes]
            self.ops += place_notes(self.state, cell, order, notes, notes)


@dataclass(frozen=True)
class Lines:
    """A journey's stages (or rows) as an import sees them: the id of each line the file gives, in its order,
    and the first line of each name (the journey's, else the file's)."""

    ids: list[int]
    first: dict[str, int]

    def of(self, name: str, index: int | None) -> int:
        """The line a note names: by its place in the file when given, else by name."""
        return self.ids[index] if index is not None else self.first[name_key(name)]


def _json(value: dict[str, object]) -> str:
    """A file's extra fields as stored (``interop``): "" when there are none."""
    return json.dumps(value, ensure_ascii=False) if value else ""


def _icon(channel_name: str) -> str:
    """The icon of the default channel with that name, in French or English (« Site web » and « Website » get
    the globe), else none."""
    from cjm_desktop.templates import LANGUAGES, default_channels  # reads a resource file, once

    return next((icon for language in LANGUAGES for name, icon in default_channels(language)
                 if name_key(name) == name_key(channel_name)), "")
