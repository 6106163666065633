"""PDF content operators written directly, for the thousands of boxes and strings of a map.

reportlab formats every number of every path with a pure-Python ``fp_str`` and opens a text
object per string: a map of 1,000 notes spent most of its export time there. Here a page's
boxes go out as a few batched paths and its strings as one text object with relative moves.

A rounded box is its inner rectangle (inset by the radius) filled and stroked with a round
join, the line as wide as twice the radius: exact circular corners from four numbers. The
text is encoded as reportlab encodes it (TrueType subsets of the document, with their
ToUnicode maps), so it stays selectable and searchable. Every literal is wrapped in ``q … Q``,
so reportlab's own idea of the graphics state stays true.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from cjm_desktop.layout.grid_layout import Rect

Run = tuple[str, str]  # (PDF font name of a subset, "(…) Tj")


@lru_cache(maxsize=256)
def rgb(color: str) -> str:
    """``#rrggbb`` as the three numbers of ``rg`` / ``RG``."""
    c = HexColor(color)
    return " ".join(f"{v:.4f}".rstrip("0").rstrip(".") or "0" for v in (c.red, c.green, c.blue))


def rect(r: Rect, inset: float = 0.0) -> str:
    """``re`` for a plan rectangle (y downwards, so the PDF y is negated), shrunk by ``inset``."""
    return f"{r.x + inset:.2f} {inset - r.bottom:.2f} {r.w - 2 * inset:.2f} {r.h - 2 * inset:.2f} re"


def boxes(rects: Iterable[str], fill: str | None, stroke: str | None, width: float = 0.6) -> str:
    """Plain boxes (``re`` strings from ``rect``) filled and/or outlined alike, as one path."""
    paint = "B" if fill and stroke else "f" if fill else "S"
    colors = (f"{rgb(fill)} rg " if fill else "") + (f"{rgb(stroke)} RG {width:g} w " if stroke else "")
    return f"q {colors}{' '.join(rects)} {paint} Q"


def rounded_boxes(inner: Iterable[str], color: str, radius: float, offset: tuple[float, float] = (0.0, 0.0)) -> str:
    """Boxes of one colour with corners of ``radius``, from their inner rectangles (``rect``
    inset by the radius the boxes were laid out with), moved by ``offset`` (plan units)."""
    move = f"1 0 0 1 {offset[0]:g} {-offset[1]:g} cm " if offset != (0.0, 0.0) else ""
    return f"q {move}{rgb(color)} rg {rgb(color)} RG 1 j {2 * radius:g} w {' '.join(inner)} B Q"


# document -> {(font, text): runs}
_encodings: weakref.WeakKeyDictionary[object, dict[tuple[str, str], list[Run]]] = weakref.WeakKeyDictionary()


class TextRun:
    """The strings of a drawing, written as one text object when ``code`` is called: grouped
    by font, size and colour (strings never overlap one another, so order does not show),
    each placed by a relative move counted in exact hundredths of a unit."""

    def __init__(self, c: Canvas) -> None:
        self._doc = c._doc  # subsets are numbered per document, as reportlab's own text objects do
        self._cache: dict[tuple[str, str], list[Run]] = _encodings.setdefault(self._doc, {})
        self._groups: dict[tuple[str, float, str], list[tuple[int, int, str]]] = {}

    def add(self, x: float, y: float, text: str, font: str, size: float, color: str) -> None:
        """``text`` with its baseline starting at plan point (x, y) (y downwards)."""
        if text:
            self._groups.setdefault((font, size, color), []).append((round(x * 100), round(-y * 100), text))

    def code(self) -> str:
        """The text object (empty when there is no text)."""
        if not self._groups:
            return ""
        ops, cursor, current = ["q BT"], (0, 0), None
        for (font, size, color), strings in self._groups.items():
            ops.append(f"{rgb(color)} rg")
            for x, y, text in strings:
                ops.append(f"{(x - cursor[0]) / 100:.2f} {(y - cursor[1]) / 100:.2f} Td")
                cursor = (x, y)
                for name, shown in self._runs(font, text):
                    if (name, size) != current:
                        ops.append(f"{name} {size:g} Tf")
                        current = (name, size)
                    ops.append(shown)
        ops.append("ET Q")
        return " ".join(ops)

    def _runs(self, font_name: str, text: str) -> list[Run]:
        runs = self._cache.get((font_name, text))
        if runs is None:
            font = pdfmetrics.getFont(font_name)
            runs = [(font.getSubsetInternalName(subset, self._doc), f"({escapePDF(chunk)}) Tj")
                    for subset, chunk in font.splitString(text, self._doc)]
            self._cache[(font_name, text)] = runs
        return runs
