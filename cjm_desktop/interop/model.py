"""What every import format reads into, and what every reader and writer reports.

A reader turns a file's text into ``Imported``: journeys named by their stages and channels
(not ids), in the order the file gives them. ``commands.imports.ImportJourneys`` then adds
them to a project in one transaction. Readers never touch a project; writers only read one.

Problems are typed (a ``code`` and the values that fill its sentence) so that the CLI can
print them in English and the GUI in the user's language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from cjm_desktop.model.domain import Channel, Evaluation, Journey, JourneyKind, Phase, ProjectState, Stage, Touchpoint
from cjm_desktop.model.limits import LONG_TEXT, MAX_CHANNELS, MAX_JOURNEYS, MAX_NOTES, MAX_STAGES, SHORT_TEXT
from cjm_desktop.model.placement import Cell, cell_orders
from cjm_desktop.storage.errors import CjmError

# Limits on every import: large enough for any real workshop, small enough that a stranger's
# file cannot make the app allocate or draw absurd amounts.
MAX_IMPORT_BYTES = 20 * 1024 * 1024
# Rows of a CSV, nodes of an OJF file, tasks of a Mermaid diagram: what a project can hold, a note a row
# plus the rows a CSV declares its stages and channels with (so that whatever we export imports again).
# The notes themselves are then counted against MAX_NOTES (``check_limits``).
MAX_ROWS = MAX_NOTES + MAX_JOURNEYS * (MAX_STAGES + MAX_CHANNELS)
MAX_TEXT = LONG_TEXT  # characters in a note's text or comment: what a project file accepts, so that
MAX_NAME = SHORT_TEXT  # whatever we export can be imported again (names of journeys, stages, channels...)
MAX_REPORTED = 50  # problems listed in a report (the count is always exact)

# The sentence of every problem, in English (the GUI has its own translations, ui/import_report.py).
SENTENCES: dict[str, str] = {
    # the whole import is refused
    "too_large": "The file is too large to import ({size} MB; the limit is {limit} MB).",
    "not_text": "The file is not a text file (CSV, OJF, JSON or Mermaid).",
    "unknown_format": "Unknown file type « {extension} »: use .csv, .ojf, .json, .mmd or .mermaid.",
    "too_many_rows": "The file holds more than {limit} notes or lines; split it into several imports.",
    "too_many_journeys": "The file holds more than {limit} journeys, the most a project can hold.",
    "too_many_stages": "« {journey} » has more than {limit} stages, the most a journey can hold.",
    "too_many_channels": "« {journey} » has more than {limit} channels, the most a journey can hold.",
    "too_long": "Line {line}: the {column} is longer than {limit} characters.",
    "bad_value": "Line {line}: {column} « {value} » is not valid ({expected}).",
    "bad_row": "Line {line}: {count} cells, but the header has {expected}.",
    "bad_csv": "Line {line}: the file is not a valid CSV file ({detail}).",
    "empty": "The file holds nothing to import.",
    "bad_json": "The file is not valid JSON (line {line}: {detail}).",
    "not_ojf": "The file is not an OpenJourney (.ojf) file: {detail}.",
    "not_mermaid": "The file is not a Mermaid « journey » diagram (it must start with « journey »).",
    "bad_mermaid": "Line {line}: « {value} » is not a Mermaid journey line.",
    # imported, with something left out or changed (a report)
    "parked": "Line {line}: « {text} » has no {missing}; it was put in « À classer ».",
    "score_read": "Line {line}: the score « {value} » is not a whole number from 1 to 5; it was read as {score}, "
                  "as Mermaid draws it (the file's score is kept for the export).",
    "mermaid_comments": "{count} comments of the diagram, from line {line}, were not kept (a journey has no place "
                        "for them).",
    "skipped_node": "Node {line}: skipped ({detail}).",
    "ignored_field": "Node {line}: the field « {column} » was ignored ({detail}).",
    "ignored_file_field": "The field « {column} » of the file was too large to keep; it was left out.",
    "ignored_stage_field": "Stage {line}: the field « {column} » was too large to keep; it was left out.",
    "ignored_swimlane_field": "Swimlane {line}: the field « {column} » was too large to keep; it was left out.",
    "skipped_stage": "Stage {line} was skipped (it is not an object with a name).",
    "skipped_swimlane": "Swimlane {line} was skipped (it is not an object with a name).",
    "unknown_fields": "Fields unknown to the OpenJourney format were ignored: {names}.",
    "ignored_values": "Line {line}: the values of a row without a text were ignored.",
    "unnamed_stage": "Column {line}: a stage without a name was called « {value} ».",
    "unnamed_channel": "Line {line}: a channel without a name was called « {value} ».",
    # exported, with something left out or changed
    "missing_characters": "The PDF font lacks these characters, printed as �: {characters}.",
    "pdf_split": "« {journey} » does not fit legibly on one {paper} page: split into {count} pages of stages.",
    "pdf_too_tall": "« {journey} » is too tall to be legible on {paper} pages, even one stage per page: "
                    "printed as a poster in tiles.",
    "pdf_tiles": "« {journey} » printed as a poster on {columns} × {rows} {paper} pages, at {percent} % of full size.",
    "pdf_poster_page": "« {journey} » fills one {paper} page, at {percent} % of full size.",
    "pdf_tiles_reduced": "« {journey} » would need more than {limit} {paper} pages as a legible poster: printed on "
                         "{columns} × {rows} pages at {percent} % of full size, too small to read in places.",
    "pdf_shortened": "Texts too long for the appendix pages were shortened, marked « … » ({count} in all); "
                     "the project keeps them whole.",
    "pdf_notes_shortened": "Notes too long for the map were shortened, marked « … » ({count} in all); "
                           "the project keeps them whole.",
    "pdf_photo_skipped": "The photo of « {persona} » is not an image that can be read safely; its card shows initials.",
    "not_exported_parked": "{count} notes of « {journey} » in « À classer » were not exported "
                           "({format} needs a stage).",
    "not_exported_empty": "{count} empty notes of « {journey} » were not exported.",
    "replaced_characters": "{count} texts of « {journey} » held characters Mermaid cannot show ({characters}); "
                           "they were replaced by look-alikes.",
}


@dataclass(frozen=True)
class Problem:
    """One thing the user is told about an import or export."""

    code: str
    line: int | None = None
    values: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return SENTENCES[self.code].format(line=self.line, **self.values)


class ImportRefused(CjmError):
    """The file cannot be imported; the project was not changed. ``problems`` says why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = " ".join(str(p) for p in problems[:5])
        more = f" (and {len(problems) - 5} more problems)" if len(problems) > 5 else ""
        super().__init__(f"{shown}{more} Nothing was imported.")


@dataclass
class ImportedNote:
    """A note as a file gives it. ``stage`` and ``channel`` both ``None`` = « À classer »."""

    text: str
    stage: str | None = None
    channel: str | None = None
    evaluation: Evaluation = Evaluation.NONE
    moment_of_truth: bool = False
    emotion: int | None = None
    departments: tuple[str, ...] = ()
    votes: int = 0
    comment: str = ""
    interop: dict[str, object] = field(default_factory=dict)  # what another tool's format carries beyond ours
    author: str = ""  # who said it, or the group that wrote it
    # The note's stage and row by their place in ``ImportedJourney.stages``/``channels`` (None: by name): a file
    # may give two stages the same name (a Mermaid section used twice), which names cannot tell apart.
    stage_index: int | None = None
    channel_index: int | None = None


@dataclass
class LineExtras:
    """What a file says of one stage or row beyond its name: what the model has no place for (``interop``, kept
    on the stage or row and written back on export), and a stage's emotion (overriding its notes' mean)."""

    interop: dict[str, object] = field(default_factory=dict)
    emotion: int | None = None


@dataclass
class ImportedJourney:
    """A journey as a file gives it: stages and channels in their order of appearance."""

    name: str
    kind: JourneyKind | None = None  # None: current when created, unchanged when it exists
    persona: str | None = None
    description: str = ""
    stages: list[tuple[str, Phase | None]] = field(default_factory=list)
    channels: list[tuple[str, str]] = field(default_factory=list)  # (name, qtawesome icon or "")
    notes: list[ImportedNote] = field(default_factory=list)
    interop: dict[str, object] = field(default_factory=dict)  # what the file says of the journey beyond ours
    stage_extras: dict[int, LineExtras] = field(default_factory=dict)  # by place in ``stages``
    channel_extras: dict[int, LineExtras] = field(default_factory=dict)  # by place in ``channels``
    # The name keys of the stages and channels indexed so far (readers may also append to the lists):
    # a file of 20,000 rows each naming a stage must not compare every row with every stage. ``_known``:
    # the names as given that are known to be there (most rows repeat a name exactly: one look-up).
    _keys: dict[str, set[str]] = field(default_factory=lambda: {"stages": set(), "channels": set()},
                                       init=False, repr=False, compare=False)
    _known: dict[str, set[str]] = field(default_factory=lambda: {"stages": set(), "channels": set()},
                                        init=False, repr=False, compare=False)
    _indexed: dict[str, int] = field(default_factory=lambda: {"stages": 0, "channels": 0},
                                     init=False, repr=False, compare=False)

    def add_stage(self, name: str, phase: Phase | None = None) -> None:
        if self._is_new("stages", self.stages, name):
            self.stages.append((name, phase))

    def add_channel(self, name: str, icon: str = "") -> None:
        if self._is_new("channels", self.channels, name):
            self.channels.append((name, icon))

    def append_stage(self, name: str, phase: Phase | None = None, extras: LineExtras | None = None) -> int:
        """Add a stage of its own, even when another has that name; return its place (for
        ``ImportedNote.stage_index``). On import, the k-th stage of a name is the journey's k-th stage of that
        name, created when missing."""
        self.stages.append((name, phase))
        if extras is not None:
            self.stage_extras[len(self.stages) - 1] = extras
        return len(self.stages) - 1

    def append_channel(self, name: str, icon: str = "", extras: LineExtras | None = None) -> int:
        """Add a row of its own, even when another has that name; return its place (see ``append_stage``)."""
        self.channels.append((name, icon))
        if extras is not None:
            self.channel_extras[len(self.channels) - 1] = extras
        return len(self.channels) - 1

    def _is_new(self, which: str, items: list[tuple[str, str]] | list[tuple[str, Phase | None]], name: str) -> bool:
        """True when no stage (or channel) has ``name`` (whatever its case and spacing); it is indexed then."""
        given = self._known[which]
        if name in given:
            return False
        given.add(name)  # there once this call returns (the caller appends it when it is new)
        keys = self._keys[which]
        keys.update(name_key(known) for known, _ in items[self._indexed[which]:])
        key = name_key(name)
        if key in keys:
            self._indexed[which] = len(items)
            return False
        keys.add(key)
        self._indexed[which] = len(items) + 1  # the caller appends it
        return True


@dataclass
class Imported:
    """What a reader found: the journeys, and what it left out or changed."""

    journeys: list[ImportedJourney] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def note_count(self) -> int:
        return sum(len(j.notes) for j in self.journeys)


@dataclass
class Exported:
    """What a writer produced: the file's content and what it left out or changed."""

    content: bytes
    problems: list[Problem] = field(default_factory=list)


def check_limits(imported: Imported) -> None:
    """Refuse what a project could not hold: too many notes or journeys, or a journey with too many stages or
    channels."""
    problems = []
    if imported.note_count > MAX_NOTES:
        problems.append(Problem("too_many_rows", None, {"limit": MAX_NOTES}))
    if len(imported.journeys) > MAX_JOURNEYS:
        problems.append(Problem("too_many_journeys", None, {"limit": MAX_JOURNEYS}))
    for journey in imported.journeys[: MAX_JOURNEYS + 1]:
        for code, items, limit in (("too_many_stages", journey.stages, MAX_STAGES),
                                   ("too_many_channels", journey.channels, MAX_CHANNELS)):
            if len(items) > limit:
                problems.append(Problem(code, None, {"journey": journey.name[:60], "limit": limit}))
    if problems:
        raise ImportRefused(problems)


def cell_notes(state: ProjectState, journey_id: int) -> dict[Cell, list[Touchpoint]]:
    """The notes of each non-empty cell of a journey (and of its parking area), in their order: found in
    one pass over the notes, so that a writer never looks for a cell's notes among all of them."""
    notes = state.of(Touchpoint)
    return {cell: [notes[i] for i in ids] for cell, ids in cell_orders(state, journey_id).items()}


def same_name(a: str, b: str) -> bool:
    """Names match whatever their case and spacing (« Site web » = « site  Web »)."""
    return name_key(a) == name_key(b)


def name_key(name: str) -> str:
    """What names are compared by: spacing collapsed, case folded (« Site  Web » → « site web »)."""
    # An import asks for the same few names on every row: short ones are remembered (a bounded cache,
    # so that a file's long cells cannot make it grow).
    return _short_key(name) if len(name) <= _CACHED_NAME else " ".join(name.split()).casefold()


_CACHED_NAME = 200  # characters


@lru_cache(maxsize=4096)
def _short_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def interop_of(entity: Journey | Stage | Channel | Touchpoint) -> dict[str, object]:
    """The other tools' fields a journey, stage, row or note carries (see ``ImportedNote.interop``), as a dict."""
    if not entity.interop:
        return {}
    value = json.loads(entity.interop)
    return value if isinstance(value, dict) else {}
