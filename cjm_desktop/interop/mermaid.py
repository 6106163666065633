"""Mermaid « journey » diagrams (``.mmd``, ``.mermaid``, or the ```mermaid block of a Markdown file).

A journey diagram has a title, sections (our stages, one per ``section`` line, in file order: a section
used twice is two stages) and tasks (our notes, all put on one row, ``CHANNEL``); each task has a score
from 1 to 5 (our emotion + 3) and the actors taking part::

    ---
    config:
      theme: forest
    ---
    %%{init: {"journey": {"useMaxWidth": false}}}%%
    journey
      title Acheter une cafetière
      accTitle: Parcours d'achat
      accDescr {
        Du choix au paiement
      }
      section Rechercher
        Je compare les modèles: 3: Client

What the model has no place for is kept in ``interop["mermaid"]`` and written back in its place:

- on the journey (``Journey.interop``), only the keys the file gives: ``frontMatter`` (the text between the
  ``---`` lines, as written), ``directives`` (each ``%%{…}%%`` as written, in file order; written back before
  ``journey``, which Mermaid reads the same since it removes them wherever they are), ``accTitle``,
  ``accDescr`` (values as Mermaid reads them: trimmed), ``accDescrForm`` (``"block"`` for ``accDescr { … }``,
  else ``"line"``) and ``titleStatement: false`` when the name came from the front matter's ``title:`` and the
  diagram had no ``title`` line (none is written back then, while the name is unchanged);
- on a note: ``actors`` (the list, trimmed, empty names dropped) and ``score`` (the score as written, trimmed,
  when it is not one digit from 1 to 5: it is written back while the note's emotion is the one read from it;
  an edited emotion writes the new score).

Comments (``%%`` lines, ``#`` and ``%`` comments) are not kept: the reader reports how many it left out. A
score outside 1–5 or not whole is read as Mermaid draws it (``mermaid_parts.score_emotion``) and reported.

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

import re

from cjm_desktop.interop.mermaid_parts import (
    DIRECTIVE,
    FENCE_LINE,
    NEUTRAL_SCORE,
    YAML_TITLE,
    find_diagram,
    is_plain_score,
    js_number,
    text_emotion,
    yaml_scalar,
)
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
)
from cjm_desktop.model.domain import Journey, ProjectState, Touchpoint

FORMAT = "Mermaid"
CHANNEL = "Tâches"  # the one row Mermaid tasks are put on
SCORE_EXPECTED = "a whole number from 1 to 5"

# Mermaid's lexer rules (journey.jison), in the order it tries them on a line, leading spaces skipped.
_COMMENT = re.compile(r"%(?!\{)|[^}]%%|#")  # \%%(?!\{)[^\n]*   [^\}]\%\%[^\n]*   \#[^\n]*
_JOURNEY = re.compile(r"journey(?![A-Za-z0-9_])", re.I)  # "journey", which jison ends with \b
_TITLE = re.compile(r"title\s([^#\n;]+)", re.I)  # "title"\s[^#\n;]+
_ACC_LINE = re.compile(r"acc(title|descr)\s*:", re.I)  # accTitle\s*":"\s*  accDescr\s*":"\s*  then [^\n]*
_ACC_BLOCK = re.compile(r"accdescr\s*\{", re.I)  # accDescr\s*"{"\s*  then [^\}]* up to "}"
_SECTION = re.compile(r"section\s([^#:\n;]+)", re.I)  # "section"\s[^#:\n;]+
# taskName [^#:\n;]+ then taskData ":"[^#\n;]+ (here "*": « Task: » gets « no score » rather than « bad line »)
_TASK = re.compile(r"([^#:\n;]+)(:[^#\n;]*)")
_SPACES = re.compile(r"\s*")  # the lexer's \s+ rule: spaces between tokens are skipped
_BLANK_OR_COMMENT = re.compile(r"\s*(?:$|%(?!\{)|[^}]%%|#)")  # _SPACES then _COMMENT, in one match

_NOT_IN_SCORE = re.compile(r"[:#;\n\r]")  # what a kept score cannot hold (it ends a task's data)

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
    are parked and reported. A diagram without sections or tasks is an empty journey. Raises
    ``ImportRefused`` listing every bad line, if there is one.
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")  # as Mermaid does
    lines = text.split("\n")
    diagram = find_diagram(lines, markdown=FENCE_LINE.search(text) is not None)
    reader = _Reader(default_name)
    if diagram.front_matter:
        reader.front_matter(lines, *diagram.front_matter)
    for number, directive in diagram.directives:
        reader.directive(directive, number)
    for index in range(diagram.body, diagram.header):  # the « %% » lines before « journey »
        if lines[index] and not lines[index].isspace():
            reader.comment(index + 1)
    header = lines[diagram.header]
    reader.read_line(header, diagram.header + 1, header.index("journey") + len("journey"))  # Mermaid reads on
    for index in range(diagram.header + 1, diagram.end):
        line = lines[index]
        if not line:
            continue
        if reader.description_from is None and _BLANK_OR_COMMENT.match(line):
            if not line.isspace():  # tested here, without a call: a hostile file may hold millions of such lines
                reader.comment(index + 1)
            continue
        reader.read_line(line, index + 1)
        if reader.refused:
            break
    return reader.result()


class _Reader:
    """Reads a diagram line by line, after its « journey » line."""

    def __init__(self, default_name: str) -> None:
        self.journey = ImportedJourney(default_name)
        self.extras: dict[str, object] = {}  # the journey's interop["mermaid"] (see the module's docstring)
        self.section: str | None = None  # the stage of the tasks read now
        self.section_index: int | None = None  # its place in the journey's stages
        self.tasks = 0
        self.others = 0  # the other statements: as many as tasks in a real file, not millions
        self.description_from: int | None = None  # the line of an « accDescr { » not closed yet
        self.description: list[str] = []  # its text so far, line by line
        self.description_size = 0
        self.front_title = False  # the front matter named the journey
        self.title_statement = False
        self.first_comment: int | None = None  # the line of the first comment left out
        self.comment_count = 0  # the comments left out
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
        if self.front_title and not self.title_statement:
            self.extras["titleStatement"] = False
        if self.extras:
            self.journey.interop = {"mermaid": self.extras}
        if self.comment_count:
            self.problems.append(Problem("mermaid_comments", self.first_comment, {"count": self.comment_count}))
        return Imported([self.journey], self.problems)

    def keep(self, key: str, value: str, number: int) -> bool:
        """Keep ``value`` in the journey's extras, unless it is too long (then the file is refused)."""
        if len(value) > MAX_TEXT:
            self.errors.append(Problem("too_long", number, {"column": key, "limit": MAX_TEXT}))
            return False
        self.extras[key] = value
        return True

    def front_matter(self, lines: list[str], opening: int, closing: int) -> None:
        if not self.keep("frontMatter", "\n".join(lines[opening + 1 : closing]), opening + 1):
            return
        for index in range(opening + 1, closing):
            found = YAML_TITLE.fullmatch(lines[index].rstrip())  # at the top level only: not indented
            if found:
                self.front_title = self.title(yaml_scalar(found.group(1)), index + 1)

    def directive(self, text: str, number: int) -> None:
        if len(text) > MAX_TEXT:
            self.errors.append(Problem("too_long", number, {"column": "directive", "limit": MAX_TEXT}))
        else:
            directives = self.extras.setdefault("directives", [])
            assert isinstance(directives, list)
            directives.append(text)

    def comment(self, number: int) -> None:
        if self.first_comment is None:
            self.first_comment = number
        self.comment_count += 1

    def read_line(self, line: str, number: int, start: int = 0) -> None:
        """Read a line from ``start``; it can go on after the « } » that closes an « accDescr { »."""
        position: int | None = start
        while position is not None and not self.refused:  # positions, not slices: a line may be 20 MB
            if self.description_from is not None:
                closing = line.find("}", position)
                self.describe(line[position : closing if closing >= 0 else len(line)])
                if closing < 0:
                    return
                position = closing + 1
                self.close_description()
            spaces = _SPACES.match(line, position)
            assert spaces is not None  # \s* matches everywhere
            position = self.statement(line, spaces.end(), number)

    def describe(self, piece: str) -> None:
        """Add a line's piece to the « accDescr { » block being read (not beyond what could be kept)."""
        self.description_size += len(piece) + 1
        if self.description_size <= MAX_TEXT + 2:
            self.description.append(piece)

    def close_description(self) -> None:
        assert self.description_from is not None
        if self.description_size > MAX_TEXT + 2:  # its ends may be spaces, trimmed: up to there, measure the text
            self.errors.append(Problem("too_long", self.description_from, {"column": "accDescr", "limit": MAX_TEXT}))
        elif self.keep("accDescr", "\n".join(self.description).strip(), self.description_from):
            self.extras["accDescrForm"] = "block"
        self.description_from, self.description = None, []

    def statement(self, line: str, start: int, number: int) -> int | None:
        """Read the statement at ``start``; returns where the line goes on after « accDescr { », else None."""
        if start == len(line):
            return None
        if _COMMENT.match(line, start):
            self.comment(number)
            return None
        accessible = _ACC_LINE.match(line, start)
        if accessible:  # Mermaid takes the rest of the line, trimmed
            self.others += 1
            which = "accTitle" if accessible.group(1).lower() == "title" else "accDescr"
            if self.keep(which, line[accessible.end() :].strip(), number) and which == "accDescr":
                self.extras["accDescrForm"] = "line"
            return None
        block = _ACC_BLOCK.match(line, start)
        if block:
            self.others += 1
            self.description_from, self.description, self.description_size = number, [], 0
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
                    if rest:
                        self.comment(number)
                return None
        self.errors.append(_bad_line(code, number))
        return None

    def title(self, value: str, number: int) -> bool:
        """Name the journey ``value``; True when it did."""
        value = value.strip()
        if len(value) > MAX_NAME:
            self.errors.append(Problem("too_long", number, {"column": "title", "limit": MAX_NAME}))
        elif value:
            self.journey.name = value
            return True
        return False

    def title_line(self, found: re.Match[str], number: int) -> None:
        self.others += 1
        self.title_statement = True
        self.title(found.group(1), number)

    def section_line(self, found: re.Match[str], number: int) -> None:
        self.others += 1
        name = found.group(1).strip()
        if not name:  # Mermaid takes « section » and spaces: a section without a name
            self.errors.append(_bad_line(found.group(0), number))
        elif len(name) > MAX_NAME:
            self.errors.append(Problem("too_long", number, {"column": "section", "limit": MAX_NAME}))
        else:  # a section used twice is two stages, as Mermaid draws them
            self.section, self.section_index = name, self.journey.append_stage(name)

    def task_line(self, found: re.Match[str], number: int) -> None:
        self.tasks += 1
        text = _unguarded(found.group(1).strip())
        score, *more = found.group(2)[1:].split(":")
        actors = more[0] if more else ""  # as Mermaid, ignore what a further « : » adds
        for column, value in (("text", text), ("actors", actors)):
            if len(value) > MAX_TEXT:
                self.errors.append(Problem("too_long", number, {"column": column, "limit": MAX_TEXT}))
                return
        if found.group(2) == ":":  # Mermaid's lexer gives the token « : », which its grammar refuses
            self.errors.append(Problem("bad_value", number, {"column": "score", "value": "",
                                                             "expected": SCORE_EXPECTED}))
            return
        extras: dict[str, object] = {}
        names = [actor.strip() for actor in actors.split(",") if actor.strip()]
        if names:
            extras["actors"] = names
        written = score.strip()
        if not is_plain_score(written):
            extras["score"] = written
            value = js_number(score)
            if not (1 <= value <= 5 and value == int(value)):  # NaN fails the first test
                self.problems.append(Problem("score_read", number, {"value": written[:60],
                                                                    "score": text_emotion(score) + NEUTRAL_SCORE}))
        self.add_note(text, text_emotion(score), extras, number)

    def add_note(self, text: str, emotion: int, extras: dict[str, object], number: int) -> None:
        self.journey.add_channel(CHANNEL)
        note = ImportedNote(text, self.section, CHANNEL if self.section else None, emotion=emotion,
                            stage_index=self.section_index)
        if extras:
            note.interop = {"mermaid": extras}
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
    """The journey as a Mermaid journey diagram (UTF-8): its stages as sections, its notes as tasks, and what
    an import kept of the diagram (front matter, directives, accessible title and description) in its place.

    Names and texts are made to fit Mermaid's grammar (reported when characters were replaced);
    notes in « À classer » and notes without text are left out and reported.
    """
    fit = _Fitter()
    extras = _mermaid_of(journey)
    lines = _head(extras)
    title = fit(journey.name, _IN_TITLE)
    if title and not _named_by_front_matter(extras, journey.name):  # « title » needs a text after it
        lines.append(f"  title {title}")
    lines += _accessible(extras)
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


def _head(extras: dict[str, object]) -> list[str]:
    """The lines up to « journey »: the front matter and directives an import kept."""
    lines = []
    front = extras.get("frontMatter")
    if isinstance(front, str) and not any(line.strip() == "---" for line in front.split("\n")):
        lines += ["---", front, "---"]
    directives = extras.get("directives")
    for directive in directives if isinstance(directives, list) else []:
        if isinstance(directive, str) and DIRECTIVE.fullmatch(directive):
            lines.append(directive)
    return [*lines, "journey"]


def _named_by_front_matter(extras: dict[str, object], name: str) -> bool:
    """True when the diagram had no title line, its front matter's title naming the journey as it still is."""
    front = extras.get("frontMatter")
    if extras.get("titleStatement") is not False or not isinstance(front, str):
        return False
    titles = [yaml_scalar(found.group(1)).strip() for line in front.split("\n")
              if (found := YAML_TITLE.fullmatch(line.rstrip()))]
    return bool(titles) and titles[-1] == name


def _accessible(extras: dict[str, object]) -> list[str]:
    """The accTitle and accDescr lines an import kept."""
    lines = []
    title, description = extras.get("accTitle"), extras.get("accDescr")
    if isinstance(title, str):
        lines.append(f"  accTitle: {_one_line(title)}")
    if isinstance(description, str):
        if (extras.get("accDescrForm") == "block" or "\n" in description) and "}" not in description:
            lines += ["  accDescr {", f"    {description}", "  }"]
        else:
            lines.append(f"  accDescr: {_one_line(description)}")
    return lines


def _one_line(text: str) -> str:
    """``text`` on one line (as a file gives it: only a project edited by hand holds line breaks there)."""
    return " ".join(line.strip() for line in text.strip().split("\n"))


def _task(note: Touchpoint, fit: _Fitter) -> str | None:
    """The task line of a note (without its indent), or None when it has no text."""
    text = fit(note.text, _IN_NAME)
    if not text:
        return None
    if _KEYWORD.match(text):
        text = _GUARD + text
    extras = _mermaid_of(note)
    emotion = note.emotion if note.emotion is not None else 0
    kept = extras.get("score")
    if isinstance(kept, str) and not _NOT_IN_SCORE.search(kept) and text_emotion(kept) == emotion:
        score = kept.strip()  # the file's score, while the note's emotion is the one read from it
    else:
        score = str(min(max(emotion + NEUTRAL_SCORE, 1), 5))
    line = f"{text}: {score}"
    actors = [fitted for actor in _actors(extras) if (fitted := fit(actor, _IN_ACTOR))]
    return f"{line}: {', '.join(actors)}" if actors else line


def _mermaid_of(entity: Journey | Touchpoint) -> dict[str, object]:
    """What an import kept in ``interop["mermaid"]`` (a project file may have been edited by hand)."""
    try:
        mermaid = interop_of(entity).get("mermaid", {})
    except (ValueError, RecursionError):
        return {}
    return mermaid if isinstance(mermaid, dict) else {}


def _actors(extras: dict[str, object]) -> list[str]:
    """The actors kept from a Mermaid import."""
    actors = extras.get("actors")
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

