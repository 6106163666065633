"""Fitting text into a width with the embedded fonts' own metrics: wrapping into lines, and cutting
with « … »."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (words too long are cut)."""
    return list(_wrapped(text, font, size, width))


@lru_cache(maxsize=32768)  # a split map plans the same notes again; a bench has 2,000 notes of 34 texts
def _wrapped(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    units = _units(font)
    space = units(" ")
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line, line_units = "", 0.0
        for word in paragraph.split():
            word_units = units(word)
            # glyph widths are n × 1000/unitsPerEm (2048 here): exact sums, equal to reportlab's in any order
            candidate_units = line_units + space + word_units if line else word_units
            if 0.001 * size * candidate_units <= width:
                line, line_units = (f"{line} {word}" if line else word), candidate_units
                continue
            if line:
                lines.append(line)
            while 0.001 * size * units(word) > width:  # a word longer than the note
                cut = _longest_prefix(word, font, size, width)
                lines.append(word[:cut])
                word = word[cut:]
            line, line_units = word, units(word)
        lines.append(line)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return tuple(lines)


@cache
def _units(font: str) -> Callable[[str], float]:
    """The width of a string in ``font`` in thousandths of the font size (reportlab's own sum)."""
    face = getattr(pdfmetrics.getFont(font), "face", None)
    if face is None or not hasattr(face, "charWidths"):  # not a TrueType font: ask reportlab
        return lambda text: stringWidth(text, font, 1000.0)
    get, default = face.charWidths.get, face.defaultWidth

    @lru_cache(maxsize=65536)
    def units(text: str) -> float:
        total: float = sum(get(ord(c), default) for c in text)  # reportlab's widths
        return total

    return units


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def wrap_at_most(text: str, font: str, size: float, width: float, max_lines: int,
                 max_chars: int) -> tuple[list[str], bool]:
    """``text`` wrapped as ``wrap`` does, in at most ``max_lines`` lines; (lines, True) when it had to be cut,
    its last line then ending with « … ». Only its first ``max_chars`` characters are ever measured, so a text
    of 100,000 characters costs no more than a short one (choose ``max_chars`` to fill ``max_lines`` lines)."""
    cut = len(text) > max_chars
    lines = wrap(text[:max_chars] if cut else text, font, size, width)
    if not cut and len(lines) <= max_lines:
        return lines, False
    lines = lines[:max_lines]
    lines[-1] = fit_text(lines[-1].rstrip() + "…", font, size, width)
    return lines, True


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with « … » to fit ``width`` (the longest prefix that fits, found by bisection)."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)  # text[:low] + "…" fits; text[:high] + "…" does not
    while high - low > 1:
        middle = (low + high) // 2
        if stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle
    return text[:low] + "…"
