"""Pieces of Mermaid's reading that ``mermaid.py`` follows: where the diagram is (the whole text or the first
```mermaid block of a Markdown file, its front matter, its « journey » line), Mermaid's directives (``%%{…}%%``),
JavaScript's ``Number()`` (what journeyDb.ts's ``addTask`` reads a task's score with) and the score → emotion rule.

- A score is ``Number(text)``: JavaScript trims its white space, reads ``""`` as 0, a decimal literal (sign,
  fraction, exponent, ``Infinity``) or ``0x``/``0o``/``0b`` digits, and anything else as ``NaN``. Mermaid then
  draws the task's face at the height ``300 + (5 - score) * 30`` (outside the chart for 0 or 7) and smiling
  above 3, sad below, neutral at 3 and for ``NaN`` (svgDraw.ts ``drawFace``). So a score is read as the nearest
  whole score from 1 to 5 on the same side of 3 as Mermaid's face: ``0`` and ``-1`` → 1, ``7`` → 5,
  ``2.5`` → 2 (sad), ``3.2`` → 4 (smiling), ``NaN`` (``2rem``) → 3.
- Directives are removed before parsing wherever they are, with the pattern of Mermaid's
  ``utils.ts: directiveRegex`` (a directive may span lines).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from typing import NamedTuple

from cjm_desktop.interop.model import ImportRefused, Problem

NEUTRAL_SCORE = 3  # the score of emotion 0 (and of a note without emotion)

# JavaScript's StrWhiteSpaceChar: WhiteSpace (with every Zs space) and LineTerminator.
_JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_JS_TRIM = re.compile(f"^[{_JS_SPACE}]+|[{_JS_SPACE}]+$")
_JS_DECIMAL = re.compile(r"[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")
_JS_RADIX = re.compile(r"0(?:[xX]([0-9a-fA-F]+)|[oO]([0-7]+)|[bB]([01]+))")

# utils.ts: /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi (JavaScript's \w
# is ASCII; its « . » does not match line breaks, as Python's).
DIRECTIVE = re.compile(r"%{2}\{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!\}%{2}).|\r?\n)*))?\s*(?:\}%{2})?",
                       re.ASCII | re.IGNORECASE)


def js_number(text: str) -> float:
    """``Number(text)`` as JavaScript computes it (``nan`` for what it does not read as a number)."""
    text = _JS_TRIM.sub("", text)
    if not text:
        return 0.0
    radix = _JS_RADIX.fullmatch(text)
    if radix:
        digits, base = next((d, b) for d, b in zip(radix.groups(), (16, 8, 2), strict=True) if d)
        return float(int(digits, base))
    if _JS_DECIMAL.fullmatch(text):
        return float(text.replace("Infinity", "inf"))
    return math.nan


def score_emotion(score: float) -> int:
    """The emotion (−2…2) of a score as Mermaid reads it: the nearest whole score from 1 to 5 (halves away from
    3) on the side of 3 where Mermaid draws the face; ``NaN`` is neutral."""
    if math.isnan(score) or score == NEUTRAL_SCORE:
        return 0
    offset = abs(score - NEUTRAL_SCORE)
    step = 2 if offset >= 2 else max(1, math.floor(offset + 0.5))
    return step if score > NEUTRAL_SCORE else -step


def text_emotion(text: str) -> int:
    """The emotion of a score as written in a file."""
    return score_emotion(js_number(text))


def is_plain_score(text: str) -> bool:
    """True for a score written as a whole number from 1 to 5, as our export writes it."""
    return len(text) == 1 and "1" <= text <= "5"


def take_directives(text: str) -> tuple[str, list[tuple[int, str]]]:
    """``text`` without its directives (each replaced by spaces, its line breaks kept, so that line numbers and
    positions stay), and each directive as written with the index of the line it starts on (from 0)."""
    found: list[tuple[int, str]] = []
    counted = {"line": 0, "position": 0}

    def blank(match: re.Match[str]) -> str:
        counted["line"] += text.count("\n", counted["position"], match.start())
        counted["position"] = match.start()
        found.append((counted["line"], match.group()))
        return re.sub(r"[^\n]", " ", match.group())

    if "%%{" not in text:
        return text, found
    return DIRECTIVE.sub(blank, text), found


# Mermaid only detects a journey whose first word is « journey », in lower case (journeyDetector.ts).
_HEADER = re.compile(r"journey(?![A-Za-z0-9_])")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})\s*mermaid(?:\s.*)?", re.I)  # a Markdown ```mermaid block
FENCE_LINE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})\s*mermaid", re.I | re.M)
YAML_TITLE = re.compile(r"title\s*:(.*)")


class Diagram(NamedTuple):
    front_matter: tuple[int, int] | None  # indexes of its opening and closing « --- » lines
    body: int  # index of the first line after the front matter
    header: int  # index of the « journey » line
    end: int  # index after the diagram's last line
    directives: list[tuple[int, str]]  # (line number, text) of each « %%{…}%% »


def find_diagram(lines: list[str], markdown: bool) -> Diagram:
    """Where the diagram is: the whole text, or the first ```mermaid block holding a journey. Its directives are
    blanked out of ``lines`` (as Mermaid removes them before parsing)."""
    blocks = _mermaid_blocks(lines) if markdown else [(0, len(lines))]
    for start, end in blocks:
        front_matter = _front_matter(lines, start, end)
        body = front_matter[1] + 1 if front_matter else start
        directives = _take_directives(lines, body, end)
        header = _header(lines, body, end)
        if header is not None:
            return Diagram(front_matter, body, header, end, directives)
    raise ImportRefused([Problem("not_mermaid")])


def _take_directives(lines: list[str], start: int, end: int) -> list[tuple[int, str]]:
    """The directives of ``lines[start:end]`` with their line numbers; blanked out of ``lines``."""
    if not any("%%{" in line for line in lines[start:end]):
        return []
    text, found = take_directives("\n".join(lines[start:end]))
    lines[start:end] = text.split("\n")  # as many lines: line breaks are kept
    return [(start + 1 + line, directive) for line, directive in found]


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


def yaml_scalar(raw: str) -> str:
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
