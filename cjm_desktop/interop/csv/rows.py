"""The CSV form with one note per row, read and written.

Rows with a stage (or a channel) and no text declare that stage (or channel): the writer puts
them first, so that stages and channels without notes, and their order, survive a round trip;
export → import into an empty project → export gives the same bytes.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from cjm_desktop.interop.csv.spreadsheet import guard, unguard
from cjm_desktop.interop.model import (
    MAX_NAME,
    MAX_TEXT,
    Exported,
    Imported,
    ImportedJourney,
    ImportedNote,
    ImportRefused,
    Problem,
    cell_notes,
    name_key,
)
from cjm_desktop.model.domain import Evaluation, Journey, JourneyKind, Phase, ProjectState

COLUMNS = ("journey", "kind", "persona", "stage", "phase", "channel", "text", "evaluation", "moment_of_truth",
           "emotion", "departments", "votes", "comment", "author")
FORMER_COLUMNS = COLUMNS[:-1]  # the header before the « author » column (files of older versions): still read
_NAME_COLUMNS = ("journey", "persona", "stage", "channel")
_NOTE_COLUMNS = ("evaluation", "moment_of_truth", "emotion", "departments", "votes", "comment")

KINDS = {"current": JourneyKind.CURRENT, "existant": JourneyKind.CURRENT,
         "target": JourneyKind.TARGET, "cible": JourneyKind.TARGET}
EVALUATIONS = {
    "": Evaluation.NONE, "none": Evaluation.NONE,
    "enchantement": Evaluation.DELIGHT, "delight": Evaluation.DELIGHT,
    "neutre": Evaluation.NEUTRAL, "neutral": Evaluation.NEUTRAL,
    "irritant": Evaluation.PAIN, "pain": Evaluation.PAIN,
    "rupture": Evaluation.BREAKING, "point de rupture": Evaluation.BREAKING, "breaking": Evaluation.BREAKING,
}
BOOLEANS = {"": False, "1": True, "0": False, "oui": True, "non": False, "yes": True, "no": False,
            "true": True, "false": False, "vrai": True, "faux": False}
PHASES = {
    "before": Phase.BEFORE, "avant": Phase.BEFORE, "avant l'achat": Phase.BEFORE, "avant-achat": Phase.BEFORE,
    "purchase": Phase.PURCHASE, "achat": Phase.PURCHASE, "l'achat": Phase.PURCHASE,
    "after": Phase.AFTER, "après": Phase.AFTER, "après l'achat": Phase.AFTER, "après-achat": Phase.AFTER,
}
DEPARTMENT_SEPARATOR = "|"

Row = dict[str, Any]  # a data row by column: its texts, and the values read from its typed columns


def is_row_header(cells: list[str]) -> bool:
    """True when ``cells`` is our row header (whatever the case and spacing)."""
    names = [name_key(cell.lstrip("\ufeff")) for cell in cells]
    while names and not names[-1]:
        names.pop()
    return tuple(names) in (COLUMNS, FORMER_COLUMNS)


# --- reading ------------------------------------------------------------------------

def read_rows(records: list[tuple[int, list[str]]], default_name: str) -> Imported:
    """The journeys of the data rows; every bad row is reported, and then nothing is imported."""
    imported = Imported()
    errors: list[Problem] = []
    journeys: dict[str, ImportedJourney] = {}  # by name key
    named: dict[str, ImportedJourney] = {}  # by name as the rows give it (most rows repeat one exactly)
    for line, cells in records:
        try:
            row = _row(line, cells)
        except _BadRow as bad:
            errors.append(bad.problem)
            continue
        name = row["journey"] or default_name
        journey = named.get(name)
        if journey is None:
            journey = journeys.get(name_key(name))
            if journey is None:
                journey = journeys[name_key(name)] = ImportedJourney(name)
                imported.journeys.append(journey)
            named[name] = journey
        journey.kind = journey.kind or row["kind"]  # the first row that says it
        journey.persona = journey.persona or row["persona"].strip() or None
        _add(journey, row, line, imported.problems)
    if errors:
        raise ImportRefused(errors)
    if not imported.journeys:
        raise ImportRefused([Problem("empty")])
    return imported


class _BadRow(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem


def _row(line: int, cells: list[str]) -> Row:
    if len(cells) > len(COLUMNS) and any(c.strip() for c in cells[len(COLUMNS):]):
        raise _BadRow(Problem("bad_row", line, {"count": len(cells), "expected": len(COLUMNS)}))
    if len(cells) < len(COLUMNS):  # Excel may drop trailing empty cells
        cells = [*cells, *[""] * (len(COLUMNS) - len(cells))]
    raw: Row = dict(zip(COLUMNS, cells, strict=False))
    for column, limit in _LIMITS:
        if raw[column][:1] == "'":  # only a quote can start a guard (``guard``)
            raw[column] = unguard(raw[column])
        if len(raw[column]) > limit:
            raise _BadRow(Problem("too_long", line, {"column": column, "limit": limit}))
    departments = unguard(raw["departments"])
    # each typed column read from its own text (which a refusal quotes), then replaced by its value
    raw["kind"] = _choice(line, raw, "kind", KINDS, "current, target, existant or cible")
    raw["phase"] = _choice(line, raw, "phase", PHASES, "before, purchase, after, avant, achat or après")
    raw["evaluation"] = _choice(line, raw, "evaluation", EVALUATIONS,
                                "enchantement, neutre, irritant, rupture or empty") or Evaluation.NONE
    raw["moment_of_truth"] = _choice(line, raw, "moment_of_truth", BOOLEANS, "1 or 0, oui or non") or False
    raw["emotion"] = _number(line, raw, "emotion", -2, 2, "a whole number from -2 to 2, or empty")
    raw["votes"] = _number(line, raw, "votes", 0, 1_000_000, "a whole number from 0") or 0
    raw["departments"] = tuple(filter(None, map(str.strip, departments.split(DEPARTMENT_SEPARATOR))))
    return raw


_LIMITS = (("text", MAX_TEXT), ("comment", MAX_TEXT), *((column, MAX_NAME) for column in (*_NAME_COLUMNS, "author")))
_MISSING = object()
# The cells of the numeric columns as they are almost always written, and their values
_SMALL_NUMBERS = {str(number): number for number in range(-2, 1001)}


def _choice[C](line: int, raw: dict[str, str], column: str, choices: dict[str, C], expected: str) -> C | None:
    found = choices.get(raw[column], _MISSING)  # written exactly as a choice: the common case
    if found is not _MISSING:
        return found  # type: ignore[return-value]  # a value of ``choices``
    key = name_key(raw[column]).replace("’", "'")
    if key in choices:
        return choices[key]
    if not key:
        return None
    raise _BadRow(Problem("bad_value", line, {"column": column, "value": raw[column][:60], "expected": expected}))


def _number(line: int, raw: dict[str, str], column: str, low: int, high: int, expected: str) -> int | None:
    number = _SMALL_NUMBERS.get(raw[column])  # written as ``str`` writes it: the common case
    if number is not None and low <= number <= high:
        return number
    text = raw[column].strip().replace("−", "-").removeprefix("+")
    if not text:
        return None
    # short enough first: int() of a 5,000-digit cell raises instead of saying which value is wrong
    if len(text) <= 12 and text.lstrip("-").isdigit() and low <= int(text) <= high:
        return int(text)
    raise _BadRow(Problem("bad_value", line, {"column": column, "value": raw[column][:60], "expected": expected}))


def _add(journey: ImportedJourney, row: Row, line: int, problems: list[Problem]) -> None:
    stage, channel, text = row["stage"], row["channel"], row["text"]
    if stage.strip():
        journey.add_stage(stage, row["phase"])
    if channel.strip():
        journey.add_channel(channel)
    if not text.strip():
        if any(row[c] not in ("", None, False, 0, ()) for c in _NOTE_COLUMNS if c != "evaluation") or \
                row["evaluation"] is not Evaluation.NONE:
            problems.append(Problem("ignored_values", line))
        return
    if not (stage.strip() and channel.strip()):
        missing = "stage" if not stage.strip() and channel.strip() else "channel" if stage.strip() else ""
        if missing:
            problems.append(Problem("parked", line, {"text": text[:60], "missing": missing}))
        stage = channel = None
    journey.notes.append(ImportedNote(
        text, stage, channel, row["evaluation"], row["moment_of_truth"], row["emotion"], row["departments"],
        row["votes"], row["comment"], author=" ".join(row["author"].split())))


# --- writing ------------------------------------------------------------------------

def write_rows(state: ProjectState, journeys: list[Journey], delimiter: str = ";") -> Exported:
    """The journeys as CSV: UTF-8 with a BOM, ``\\r\\n`` line ends (what Excel expects)."""
    buffer = io.StringIO(newline="")
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    problems: list[Problem] = []
    for journey in journeys:
        writer.writerows(_journey_rows(state, journey, problems))
    text = buffer.getvalue()
    if "\x00" in text:  # a NUL byte would make the file binary for every reader
        text = text.replace("\x00", "")
    return Exported(text.encode("utf-8"), problems)


def _journey_rows(state: ProjectState, journey: Journey, problems: list[Problem]) -> list[list[str]]:
    head = [guard(journey.name), journey.kind.value, guard(state.persona_name(journey.persona_id) or "")]
    stages, channels = state.stages(journey.id), state.channels(journey.id)
    rows = [[*head, guard(s.name), s.phase.value if s.phase else "", "", *[""] * 8] for s in stages]
    rows += [[*head, "", "", guard(c.name), *[""] * 8] for c in channels]
    # the first six cells of a note's row, for each cell of the grid (then the parking area), in order
    cells: list[tuple[tuple[int | None, int | None], list[str]]] = [
        ((c.id, s.id), [*head, guard(s.name), s.phase.value if s.phase else "", guard(c.name)])
        for s in stages for c in channels]
    cells.append(((None, None), [*head, "", "", ""]))
    notes = cell_notes(state, journey.id)  # one pass over the notes, not one per cell
    empty = 0
    for cell, place in cells:
        for note in notes.get(cell, ()):
            if not note.text or note.text.isspace():  # what ``strip`` would empty, without a copy
                empty += 1
                continue
            rows.append([
                *place, guard(note.text), _EVALUATION_CELLS[note.evaluation], "1" if note.moment_of_truth else "0",
                "" if note.emotion is None else str(note.emotion), guard(DEPARTMENT_SEPARATOR.join(note.departments)),
                str(state.votes(note.id)), guard(note.comment), guard(note.author),
            ])
    if not rows:  # a journey with nothing on it still comes back
        rows.append([*head, *[""] * 11])
    if empty:
        problems.append(Problem("not_exported_empty", None, {"count": empty, "journey": journey.name}))
    return rows


# What the evaluation column says of each evaluation (none: empty)
_EVALUATION_CELLS = {e: "" if e is Evaluation.NONE else e.value for e in Evaluation}
