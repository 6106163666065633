"""Mermaid « journey » diagrams (``.mmd``, ``.mermaid``, or the ```mermaid block of a Markdown file).

A journey diagram has a title, sections (our stages) and tasks (our notes, all put on one row,
``CHANNEL``); each task has a score from 1 to 5 (our emotion + 3) and the actors taking part,
kept in ``ImportedNote.interop["mermaid"]["actors"]``::

    journey
      title Acheter une cafetière
      section Rechercher
        Je compare les modèles: 3: Client

The patterns below are transcribed from Mermaid's own grammar, mermaid-js/mermaid
packages/mermaid/src/diagrams/user-journey/parser/journey.jison (its lexer rules are quoted next
to them) and journeyDb.ts (``addTask``), so that what we read means what it means to Mermaid and
what we write is drawn by Mermaid. What matters:

- The lexer is case-insensitive, skips spaces between tokens and tries its rules in order: so a
  line that starts with « title », « section » or « journey » is never a task.
- Task names and section names cannot hold ``:`` ``#`` ``;`` or a line break; a title can hold
  ``:``. ``#`` starts a comment up to the end of the line, ``;`` is an error everywhere.
- ``addTask`` splits what follows the task's first ``:`` on ``:``: the first piece is the score,
  the second the comma-separated actors (trimmed); any further piece is ignored.
- Before parsing, Mermaid removes the YAML front matter, the ``%%{…}%%`` directives (wherever
  they are) and the lines starting with ``%%`` (diagram-api/frontmatter.ts, comments.ts). Its
  lexer skips as a comment, up to the end of the line, what starts with ``#``, with ``%`` (the
  rule ``\\%%(?!\\{)``, which jison compiles to ``%(?!\\{)``) or with one character then ``%%``.
- Checked against Mermaid 12.3.0 itself (its compiled lexer rules and ``mermaid.parse``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import NamedTuple

from cjm_desktop.interop.model import (
    MAX_NAME,
    MAX_ROWS,
    MAX_TEXT,
    Exported,
    Imported,
    ImportedJourney,
    ImportedNote,
    ImportRefused,
    Problem,
    cell_notes,
    interop_of,
    name_key,
)
from cjm_desktop.model.domain import Journey, ProjectState, Touchpoint

FORMAT = "Mermaid"
CHANNEL = "Tâches"  # the one row Mermaid tasks are put on
NEUTRAL_SCORE = 3  # the score of emotion 0 (and of a note without emotion)
SCORE_EXPECTED = "a whole number from 1 to 5"

# Mermaid's lexer rules (journey.jison), in the order it tries them on a line, leading spaces skipped.
_COMMENT = re.compile(r"%(?!\{)|[^}]%%|#")  # \%%(?!\{)[^\n]*   [^\}]\%\%[^\n]*   \#[^\n]*
_JOURNEY = re.compile(r"journey(?![A-Za-z0-9_])", re.I)  # "journey", which jison ends with \b
_TITLE = re.compile(r"title\s([^#\n;]+)", re.I)  # "title"\s[^#\n;]+
_ACC_LINE = re.compile(r"acc(?:title|descr)\s*:", re.I)  # accTitle\s*":"\s*  accDescr\s*":"\s*  then [^\n]*
_ACC_BLOCK = re.compile(r"accdescr\s*\{", re.I)  # accDescr\s*"{"\s*  then [^\}]* up to "}"
_SECTION = re.compile(r"section\s([^#:\n;]+)", re.I)  # "section"\s[^#:\n;]+
# taskName [^#:\n;]+ then taskData ":"[^#\n;]+ (here "*": « Task: » gets « no score » rather than « bad line »)
_TASK = re.compile(r"([^#:\n;]+)(:[^#\n;]*)")
_SCORE = re.compile(r"\+?0*([1-5])(?:\.0*)?")  # what JavaScript's Number() reads as a whole 1..5
# Mermaid only detects a journey whose first word is « journey », in lower case (journeyDetector.ts).
_HEADER = re.compile(r"journey(?![A-Za-z0-9_])")
_SPACES = re.compile(r"\s*")  # the lexer's \s+ rule: spaces between tokens are skipped
_BLANK_OR_COMMENT = re.compile(r"\s*(?:$|%(?!\{)|[^}]%%|#)")  # _SPACES then _COMMENT, in one match

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})\s*mermaid(?:\s.*)?", re.I)  # a Markdown ```mermaid block
_FENCE_LINE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})\s*mermaid", re.I | re.M)
_YAML_TITLE = re.compile(r"title\s*:(.*)")

# What a text written as a task must not start with (it would be read as another statement), and
# the invisible zero-width space written before it so that Mermaid reads a task (JavaScript's \s,
# used by the lexer, does not match it); the reader takes it away again.
_KEYWORD = re.compile(r"journey(?![A-Za-z0-9_])|title\s|section\s|acc(?:title|descr)\s*:|accdescr\s*\{|%(?!\{)", re.I)
_GUARD = "\u200b"

# Characters Mermaid cannot show in a name, and their look-alikes. « %% » would start a comment.
_LOOK_ALIKES = {":": "\u2236", ";": "\uff1b", "#": "\uff03", "%%": "%\uff05", ",": "\uff0c"}
_IN_NAME = (":", ";", "#", "%%")
_IN_TITLE = (";", "#", "%%")  # the lexer's title rule takes ":"
_IN_ACTOR = (*_IN_NAME, ",")  # actors are separated by commas
# Line breaks, tabs and runs of spaces become one space; no-break spaces (French « : ») are kept.
_BLANKS = re.compile(r"[^\S\u00a0\u202f]+")


# --- reading ------------------------------------------------------------------------------------


def read_mermaid(text: str, default_name: str) -> Imported:
    """Read a Mermaid journey diagram (or the first one of a Markdown file) into one journey.

    The journey is named by the diagram's title (or its front matter's), else ``default_name``.
    Sections become stages and tasks notes on the row ``CHANNEL``; tasks before any section
    are parked and reported. Raises ``ImportRefused`` listing every bad line, if there is one.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")  # as Mermaid does
    lines = text.split("\n")
    diagram = _find_diagram(lines, markdown=_FENCE_LINE.search(text) is not None)
    reader = _Reader(default_name)
    if diagram.front_matter:
        reader.front_matter(lines, *diagram.front_matter)
    header = lines[diagram.header]
    reader.read_line(header, diagram.header + 1, header.index("journey") + len("journey"))  # Mermaid reads on
    for index in range(diagram.header + 1, diagram.end):
        line = lines[index]
        if not line or (reader.description_from is None and _BLANK_OR_COMMENT.match(line)):
            continue  # tested here, without a call: a hostile file may hold millions of such lines
        reader.read_line(line, index + 1)
        if reader.refused:
            break
    return reader.result()


class _Diagram(NamedTuple):
    front_matter: tuple[int, int] | None  # indexes of its opening and closing « --- » lines
    header: int  # index of the « journey » line
    end: int  # index after the diagram's last line


def _find_diagram(lines: list[str], markdown: bool) -> _Diagram:
    """Where the diagram is: the whole text, or the first ```mermaid block holding a journey."""
    blocks = _mermaid_blocks(lines) if markdown else [(0, len(lines))]
    for start, end in blocks:
        front_matter = _front_matter(lines, start, end)
        header = _header(lines, front_matter[1] + 1 if front_matter else start, end)
        if header is not None:
            return _Diagram(front_matter, header, end)
    raise ImportRefused([Problem("not_mermaid")])


def _mermaid_blocks(lines: list[str]) -> Iterator[tuple[int, int]]:
    """(first, end) indexes of the content of each ```mermaid block of a Markdown text."""
    index = 0
    while index < len(lines):
        opening = _FENCE.fullmatch(lines[index].rstrip())
        index += 1
        if opening:
            fence, start = opening.group(1), index
            while index < len(lines) and not _closes(lines[index], fence):
                index += 1
            yield start, index
            index += 1


def _closes(line: str, fence: str) -> bool:
    code = line.strip()
    return len(code) >= len(fence) and set(code) == {fence[0]}


def _front_matter(lines: list[str], start: int, end: int) -> tuple[int, int] | None:
    """The « --- » lines around the YAML front matter that opens the diagram, if it has one."""
    if start >= end or lines[start].strip() != "---":
        return None
    closing = next((i for i in range(start + 1, end) if lines[i].strip() == "---"), None)
    return None if closing is None else (start, closing)


def _header(lines: list[str], start: int, end: int) -> int | None:
    """The index of the « journey » line, when it is the first line that is not blank or ``%%``."""
    for index in range(start, end):
        code = lines[index].lstrip()
        if code and not code.startswith("%%"):
            return index if _HEADER.match(code) else None
    return None


def _yaml_scalar(raw: str) -> str:
    """The value of a one-line YAML scalar: quoted or plain (up to a comment)."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        try:
            text: str = json.loads(raw)  # YAML's double-quoted escapes are JSON's, and a few more
            return text
        except ValueError:
            return raw[1:-1]
    return raw.split(" #", 1)[0].strip()


class _Reader:
    """Reads a diagram line by line, after its « journey » line."""

    def __init__(self, default_name: str) -> None:
        self.journey = ImportedJourney(default_name)
        self.stages: dict[str, str] = {}  # each stage's name by its name_key: a section may come twice
        self.section: str | None = None  # the stage of the tasks read now
        self.tasks = 0
        self.others = 0  # the other statements: as many as tasks in a real file, not millions
        self.description_from: int | None = None  # the line of an « accDescr { » not closed yet
        self.errors: list[Problem] = []  # the file is refused
        self.problems: list[Problem] = []  # the file is imported, and these reported

    @property
    def refused(self) -> bool:
        """Refused already: reading on would only take time."""
        return max(self.tasks, self.others, len(self.errors)) > MAX_ROWS

    def result(self) -> Imported:
        if self.description_from is not None and not self.refused:  # else reading stopped inside it
            self.errors.append(_bad_line("accDescr {", self.description_from))
        if max(self.tasks, self.others) > MAX_ROWS:
            self.errors.append(Problem("too_many_rows", None, {"limit": MAX_ROWS}))
        if self.errors:
            raise ImportRefused(self.errors)
        if not self.journey.notes and not self.journey.stages:
            raise ImportRefused([Problem("empty")])
        return Imported([self.journey], self.problems)

    def front_matter(self, lines: list[str], opening: int, closing: int) -> None:
        for index in range(opening + 1, closing):
            found = _YAML_TITLE.fullmatch(lines[index].rstrip())  # at the top level only: not indented
            if found:
                self.title(_yaml_scalar(found.group(1)), index + 1)

    def read_line(self, line: str, number: int, start: int = 0) -> None:
        """Read a line from ``start``; it can go on after the « } » that closes an « accDescr { »."""
        position: int | None = start
        while position is not None and not self.refused:  # positions, not slices: a line may be 20 MB
            if self.description_from is not None:
                closing = line.find("}", position)
                if closing < 0:
                    return
                self.description_from, position = None, closing + 1
            spaces = _SPACES.match(line, position)
            assert spaces is not None  # \s* matches everywhere
            position = self.statement(line, spaces.end(), number)

    def statement(self, line: str, start: int, number: int) -> int | None:
        """Read the statement at ``start``; returns where the line goes on after « accDescr { », else None."""
        if start == len(line) or _COMMENT.match(line, start):
            return None
        if _ACC_LINE.match(line, start):
            self.others += 1
            return None  # the accessible title and description are not ours to keep
        block = _ACC_BLOCK.match(line, start)
        if block:
            self.others += 1
            self.description_from = number
            return block.end()
        code = line[start:]
        if _JOURNEY.match(code):
            self.errors.append(_bad_line(code, number))
            return None
        for pattern, read in ((_TITLE, self.title_line), (_SECTION, self.section_line), (_TASK, self.task_line)):
            found = pattern.match(code)
            if found:  # the lexer took this token: what follows it may only be a comment
                rest = code[found.end() :]
                if rest and not rest.startswith("#"):
                    self.errors.append(_bad_line(code, number))
                else:
                    read(found, number)
                return None
        self.errors.append(_bad_line(code, number))
        return None

    def title(self, value: str, number: int) -> None:
        value = value.strip()
        if len(value) > MAX_NAME:
            self.errors.append(Problem("too_long", number, {"column": "title", "limit": MAX_NAME}))
        elif value:
            self.journey.name = value

    def title_line(self, found: re.Match[str], number: int) -> None:
        self.others += 1
        self.title(found.group(1), number)

    def section_line(self, found: re.Match[str], number: int) -> None:
        self.others += 1
        name = found.group(1).strip()
        if not name:  # Mermaid takes « section » and spaces: a section without a name
            self.errors.append(_bad_line(found.group(0), number))
        elif len(name) > MAX_NAME:
            self.errors.append(Problem("too_long", number, {"column": "section", "limit": MAX_NAME}))
        else:
            key = name_key(name)
            if key not in self.stages:
                self.stages[key] = name
                self.journey.stages.append((name, None))  # as add_stage does, without comparing with every stage
            self.section = self.stages[key]

    def task_line(self, found: re.Match[str], number: int) -> None:
        self.tasks += 1
        text = _unguarded(found.group(1).strip())
        score, *more = found.group(2)[1:].split(":")
        actors = more[0] if more else ""  # as Mermaid, ignore what a further « : » adds
        for column, value in (("text", text), ("actors", actors)):
            if len(value) > MAX_TEXT:
                self.errors.append(Problem("too_long", number, {"column": column, "limit": MAX_TEXT}))
                return
        valid = _SCORE.fullmatch(score.strip())
        if not valid:
            values = {"column": "score", "value": score.strip()[:60], "expected": SCORE_EXPECTED}
            self.errors.append(Problem("bad_value", number, values))
            return
        names = [actor.strip() for actor in actors.split(",") if actor.strip()]
        self.add_note(text, int(valid.group(1)) - NEUTRAL_SCORE, names, number)

    def add_note(self, text: str, emotion: int, actors: list[str], number: int) -> None:
        self.journey.add_channel(CHANNEL)
        note = ImportedNote(text, self.section, CHANNEL if self.section else None, emotion=emotion)
        if actors:
            note.interop = {"mermaid": {"actors": actors}}
        if self.section is None:
            self.problems.append(Problem("parked", number, {"text": text[:60], "missing": "section"}))
        self.journey.notes.append(note)


def _bad_line(code: str, number: int) -> Problem:
    return Problem("bad_mermaid", number, {"value": code.strip()[:60]})


def _unguarded(text: str) -> str:
    """A task's text without the zero-width space ``write_mermaid`` puts before a keyword."""
    return text[1:] if text.startswith(_GUARD) and _KEYWORD.match(text[1:]) else text


# --- writing ------------------------------------------------------------------------------------


def write_mermaid(state: ProjectState, journey: Journey) -> Exported:
    """The journey as a Mermaid journey diagram (UTF-8): its stages as sections, its notes as tasks.

    Names and texts are made to fit Mermaid's grammar (reported when characters were replaced);
    notes in « À classer » and notes without text are left out and reported.
    """
    fit = _Fitter()
    lines = ["journey"]
    title = fit(journey.name, _IN_TITLE)
    if title:  # « title » needs a text after it
        lines.append(f"  title {title}")
    empty = 0
    notes, channels = cell_notes(state, journey.id), state.channels(journey.id)  # each found once
    for number, stage in enumerate(state.stages(journey.id), start=1):
        lines.append(f"  section {fit(stage.name, _IN_NAME) or f'Étape {number}'}")
        for channel in channels:
            for note in notes.get((channel.id, stage.id), []):
                task = _task(note, fit)
                if task:
                    lines.append(f"    {task}")
                else:
                    empty += 1
    parked = len(notes.get((None, None), []))
    return Exported(("\n".join(lines) + "\n").encode("utf-8"), _export_problems(journey, fit, empty, parked))


def _task(note: Touchpoint, fit: _Fitter) -> str | None:
    """The task line of a note (without its indent), or None when it has no text."""
    text = fit(note.text, _IN_NAME)
    if not text:
        return None
    if _KEYWORD.match(text):
        text = _GUARD + text
    emotion = note.emotion if note.emotion is not None else 0
    line = f"{text}: {min(max(emotion + NEUTRAL_SCORE, 1), 5)}"
    actors = [fitted for actor in _actors(note) if (fitted := fit(actor, _IN_ACTOR))]
    return f"{line}: {', '.join(actors)}" if actors else line


def _actors(note: Touchpoint) -> list[str]:
    """The actors kept from a Mermaid import (a project file may have been edited by hand)."""
    try:
        mermaid = interop_of(note).get("mermaid", {})
    except (ValueError, RecursionError):
        return []
    actors = mermaid.get("actors") if isinstance(mermaid, dict) else None
    return [actor for actor in actors if isinstance(actor, str)] if isinstance(actors, list) else []


def _export_problems(journey: Journey, fit: _Fitter, empty: int, parked: int) -> list[Problem]:
    problems = []
    if parked:
        problems.append(Problem("not_exported_parked", None, {"count": parked, "journey": journey.name,
                                                              "format": FORMAT}))
    if empty:
        problems.append(Problem("not_exported_empty", None, {"count": empty, "journey": journey.name}))
    if fit.count:
        characters = " ".join(c for c in _LOOK_ALIKES if c in fit.replaced)
        problems.append(Problem("replaced_characters", None, {"count": fit.count, "journey": journey.name,
                                                              "characters": characters}))
    return problems


class _Fitter:
    """Makes texts fit Mermaid's grammar; counts the texts where it replaced characters."""

    def __init__(self) -> None:
        self.count = 0
        self.replaced: set[str] = set()

    def __call__(self, text: str, forbidden: tuple[str, ...]) -> str:
        text = _BLANKS.sub(" ", text).strip()
        found = [chars for chars in forbidden if chars in text]
        for chars in found:
            text = text.replace(chars, _LOOK_ALIKES[chars])
        if found:
            self.count += 1
            self.replaced.update(found)
        return text

