"""Quick capture: lines typed or pasted become notes, each in the current cell or in the cell its
prefix names (« web/acheter : Je paie en trois fois » → channel « Site web », stage « Acheter »).

A prefix is ``channel/stage:`` at the start of a line. Each side names one line of the grid by a
part of its name, without regard to case, accents or spacing: the exact name first, then a name
starting with it, then a name holding it as a word start, then anywhere. A side that names no line
or several keeps the whole line as the note's text in the current cell (and says so).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from cjm_desktop.model.placement import Cell
from cjm_desktop.text.clipboard import lines_to_texts

_PREFIX = re.compile(r"^\s*([^/:\n]{1,80})/([^/:\n]{1,80}):\s*(\S.*)$")
Line = tuple[int, str]  # a stage's or a channel's (id, name)


@dataclass
class Capture:
    """Notes to add, by cell, in the order typed; and the prefixes that named no single cell."""

    notes: dict[Cell, list[str]] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)


def capture(text: str, current: Cell, stages: list[Line], channels: list[Line]) -> Capture:
    """The notes ``text`` holds (one per non-empty line), each in the cell its prefix names, else in ``current``."""
    result = Capture()
    for line in lines_to_texts(text):
        cell, note = current, line
        if found := _PREFIX.match(line):
            channel, stage = _named(found.group(1), channels), _named(found.group(2), stages)
            if channel is not None and stage is not None:
                cell, note = (channel, stage), found.group(3).strip()
            else:
                result.unknown.append(f"{found.group(1).strip()}/{found.group(2).strip()}")
        result.notes.setdefault(cell, []).append(note)
    return result


def _key(name: str) -> str:
    """Compared without case, accents or extra spaces (« Repérer » ~ « reperer »)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split()).casefold()


def _named(part: str, lines: list[Line]) -> int | None:
    """The id of the one line ``part`` names (see the module's docstring), or None."""
    wanted = _key(part)
    if not wanted:
        return None
    keys = [(line_id, _key(name)) for line_id, name in lines]
    for matches in (
        lambda key: key == wanted,
        lambda key: key.startswith(wanted),
        lambda key: any(word.startswith(wanted) for word in key.split()) or f" {wanted}" in f" {key}",
        lambda key: wanted in key,
    ):
        found = [line_id for line_id, key in keys if matches(key)]
        if found:
            return found[0] if len(found) == 1 else None
    return None
