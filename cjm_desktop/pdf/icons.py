"""The app's icons in the PDF, drawn as vector paths: never as text.

The icons are qtawesome's Material Design ones (``mdi6.…``), found in its TrueType font without
importing qtawesome (Qt). Shown as glyphs of an embedded font, they landed in the text layer:
copying a note out of the PDF gave private-use characters with its text. So each icon's outline
is read from the font with fontTools (imported on first use), turned into PDF path operators
(quadratic curves as cubic ones) and kept as one Form XObject per icon and document, drawn with
the current fill colour wherever the icon shows. The icon font itself is not embedded.
"""

from __future__ import annotations

import importlib.util
import json
import logging
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, override

from reportlab.pdfbase.pdfdoc import xObjectName
from reportlab.pdfgen.canvas import Canvas

from cjm_desktop.pdf.pdf_ops import rgb

if TYPE_CHECKING:
    from fontTools.ttLib import TTFont

FORM_PREFIX = "icon:"  # an icon's form is named ``icon:mdi6.heart`` (XObject ``FormXob.icon:mdi6.heart``)


@cache
def icon_files() -> tuple[Path | None, dict[str, int]]:
    """qtawesome's Material Design font and its names (name → code point), found without importing
    qtawesome (Qt); (None, {}) without qtawesome."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None, {}
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    font = next(iter(sorted(fonts.glob("materialdesignicons6-webfont-*.ttf"))), None)
    charmap = next(iter(sorted(fonts.glob("materialdesignicons6-webfont-charmap-*.json"))), None)
    if font is None or charmap is None:
        return None, {}
    names = {name: int(code, 16) for name, code in json.loads(charmap.read_text("utf-8")).items()}
    return font, names


def has(name: str) -> bool:
    """True when ``name`` (``mdi6.…``) is an icon the PDF can draw."""
    return outline(name) is not None


@cache
def _font() -> TTFont | None:
    path = icon_files()[0]
    if path is None:
        return None
    # fontTools: a well-kept library that reads TrueType outlines (writing a glyf parser of our own
    # would be worse); imported here, on the first icon, so that nothing else waits for it
    from fontTools.ttLib import TTFont

    logging.getLogger("fontTools").setLevel(logging.ERROR)  # it warns about the font's odd timestamps
    return TTFont(str(path), lazy=True)


@cache
def outline(name: str) -> Outline | None:
    """The outline of icon ``name`` (``mdi6.…``), or None (other icon sets, unknown names)."""
    prefix, _, short = name.partition(".")
    code = icon_files()[1].get(short) if prefix == "mdi6" else None
    font = _font() if code is not None else None
    if font is None or code is None:
        return None
    glyph = font.getBestCmap().get(code)
    if glyph is None:
        return None
    head = font["head"]
    return Outline(_path(font.getGlyphSet()[glyph]), int(head.unitsPerEm),
                   (int(head.xMin), int(head.yMin), int(head.xMax), int(head.yMax)))


class Outline:
    """An icon's path, in font units (y up, origin on the baseline), and the font's em and box."""

    def __init__(self, path: str, units_per_em: int, box: tuple[int, int, int, int]) -> None:
        self.path, self.units_per_em, self.box = path, units_per_em, box


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")  # a tenth of a font unit: 1/5120 em


def _path(glyph: Any) -> str:
    """A glyph's outline as PDF path operators, through a fontTools pen (its base class turns
    quadratic curves into cubic ones and resolves TrueType's implied on-curve points)."""
    from fontTools.pens.basePen import BasePen  # imported with the font, on the first icon

    ops: list[str] = []

    class Pen(BasePen):  # type: ignore[misc]
        @override  # fontTools' names
        def _moveTo(self, pt: tuple[float, float]) -> None:
            ops.append(f"{_number(pt[0])} {_number(pt[1])} m")

        @override
        def _lineTo(self, pt: tuple[float, float]) -> None:
            ops.append(f"{_number(pt[0])} {_number(pt[1])} l")

        @override
        def _curveToOne(self, p1: tuple[float, float], p2: tuple[float, float], p3: tuple[float, float]) -> None:
            ops.append(" ".join(_number(v) for v in (*p1, *p2, *p3)) + " c")

        @override
        def _closePath(self) -> None:
            ops.append("h")

    glyph.draw(Pen(None))
    return " ".join(ops)


def _form(c: Canvas, name: str, shape: Outline) -> str:
    """Define the icon's Form XObject in ``c``'s document (once); return the form's name."""
    form = FORM_PREFIX + name
    if not c.hasForm(form):
        c.beginForm(form, *shape.box)
        c.addLiteral(f"{shape.path} f")  # no colour inside: the form fills with the colour it is drawn in
        c.endForm()
    return form


def draw_icon(c: Canvas, name: str, x: float, y: float, size: float, color: str) -> bool:
    """Draw icon ``name`` at ``size`` points (an em) with its baseline's left end at page point
    (x, y), y up; False (and nothing drawn) when the icon is unknown."""
    shape = outline(name)
    if shape is None:
        return False
    form = _form(c, name, shape)
    scale = size / shape.units_per_em
    c.addLiteral(f"q {rgb(color)} rg {scale:.6g} 0 0 {scale:.6g} {x:.2f} {y:.2f} cm")
    c.doForm(form)
    c.addLiteral("Q")
    return True


class IconRun:
    """The icons of a drawing in plan units (y down), drawn when ``draw`` is called: after the
    drawing's boxes, so that no note's fill hides them (as ``pdf_ops.TextRun`` does for text)."""

    def __init__(self, c: Canvas) -> None:
        self.c = c
        self._icons: list[tuple[str, float, float, float, str]] = []

    def add(self, name: str, x: float, y: float, size: float, color: str) -> bool:
        """Icon ``name`` with its baseline's left end at plan point (x, y); False when unknown."""
        if outline(name) is None:
            return False
        self._icons.append((name, x, y, size, color))
        return True

    def draw(self) -> None:
        """Draw the icons added so far, and forget them. The first of each icon goes through
        ``draw_icon`` (which lists its form among the page's resources), the others in one literal."""
        shown: set[str] = set()
        ops: list[str] = []
        for name, x, y, size, color in self._icons:
            if name not in shown:
                shown.add(name)
                draw_icon(self.c, name, x, -y, size, color)
                continue
            shape = outline(name)
            assert shape is not None  # add() took only known icons
            scale = size / shape.units_per_em
            ops.append(f"q {rgb(color)} rg {scale:.6g} 0 0 {scale:.6g} {x:.2f} {-y:.2f} cm /{_xobject(name)} Do Q")
        if ops:
            self.c.addLiteral(" ".join(ops))
        self._icons = []


@cache
def _xobject(name: str) -> str:
    return str(xObjectName(FORM_PREFIX + name))
