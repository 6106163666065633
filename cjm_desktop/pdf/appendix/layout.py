"""The building blocks of the appendix pages: safe text cells, paragraphs and tables, and the
pagination of a section's flowables into pages whose count is known before anything is drawn.

User text never becomes markup: it is made printable (characters our font lacks → U+FFFD, and
reported), then either drawn as plain text (``TextCell``, most table cells) or escaped before
a reportlab ``Paragraph`` sees it (cells that mix styles).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import cast
from xml.sax.saxutils import escape

from reportlab.lib import pagesizes
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from cjm_desktop.layout.colors import GRID_LINE, HEADER_FILL, INK, MUTED
from cjm_desktop.layout.grid_layout import Rect
from cjm_desktop.model.domain import ProjectState
from cjm_desktop.pdf import fonts
from cjm_desktop.pdf.page import MARGIN, TITLE_BLOCK, Page, title_block
from cjm_desktop.pdf.text_fit import wrap

FOOTER = 16.0  # points under the frame, for « Réalisé avec CJM Desktop »
MAX_CELL = 2000  # characters of one text printed in a table cell (a deliverable, not an archive)
MAX_CELL_ITEMS = 20  # KPIs of a stage, notes of an action listed in one table cell; then « … and 180 more »
LONG_TABLE = 60  # rows a table hands reportlab at a time: more than a page holds (a row is at least 17 points)
# Every table names our font: reportlab sets a cell's font even for flowable cells, and its
# default (Helvetica) would otherwise be written into the PDF without being embedded.
CELL_FONT = ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 9)


def virtual_size(paper: str, page_size: tuple[float, float]) -> tuple[tuple[float, float], float]:
    """(the page the appendix is composed on, its scale to the paper). A4 is composed as
    itself; larger papers as A3 enlarged, so an A0 page is a legible poster, not an empty sheet."""
    base = pagesizes.landscape(pagesizes.A4 if paper == "A4" else pagesizes.A3)
    factor = page_size[0] / base[0]
    return (page_size[0] / factor, page_size[1] / factor), factor


def frame_size(virtual: tuple[float, float]) -> tuple[float, float]:
    """Width and height available to a section's flowables on a composed page."""
    return virtual[0] - 2 * MARGIN, virtual[1] - 2 * MARGIN - TITLE_BLOCK - FOOTER


class Ink:
    """Turns user text into safe paragraph markup and remembers the characters our font lacks."""

    def __init__(self) -> None:
        self.missing: set[str] = set()
        self.shortened = 0  # texts cut at their limit (the user is told how many)

    def shorten(self, text: str, limit: int) -> str:
        """``text`` stripped, and cut at ``limit`` characters with « … » (counted)."""
        text = text.strip()
        if len(text) <= limit:
            return text
        self.shortened += 1
        return text[:limit].rstrip() + "…"

    def items[T](self, items: list[T], words: dict[str, str]) -> tuple[list[T], str]:
        """The first MAX_CELL_ITEMS of ``items``, and « … and 180 more » when there are more (counted), else ""."""
        if len(items) <= MAX_CELL_ITEMS:
            return items, ""
        self.shortened += 1
        return items[:MAX_CELL_ITEMS], words["more"].format(count=f"{len(items) - MAX_CELL_ITEMS:,}")

    def markup(self, text: str, limit: int = MAX_CELL) -> str:
        """``text`` as paragraph markup: printable, escaped, line breaks kept."""
        text = self.shorten(text, limit)
        self.missing |= fonts.missing_characters(text)
        lines = escape(fonts.printable(text)).replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return "<br/>".join(lines)

    def plain(self, text: str) -> str:
        """``text`` for ``drawString`` (no markup there): printable, missing characters noted."""
        self.missing |= fonts.missing_characters(text)
        return fonts.printable(text)

    def text(self, text: str, style: ParagraphStyle, limit: int = MAX_CELL) -> list[TextCell]:
        """A table cell printing ``text`` as typed (no markup is ever parsed: the fast path for
        the many cells of a long table); an empty list, which costs nothing, when it is empty."""
        text = self.shorten(text, limit)
        return [TextCell(self.plain(text), style)] if text else []

    def para(self, text: str, style: ParagraphStyle, limit: int = MAX_CELL) -> Paragraph:
        """A paragraph printing ``text`` exactly as typed."""
        return Paragraph(self.markup(text, limit), style)

    def label(self, words: str, style: ParagraphStyle) -> Paragraph:
        """A paragraph of our own words (escaped all the same: they may hold « & »)."""
        return Paragraph(escape(words), style)


class TextCell(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: Flowable is Any
    """Plain text in one style, wrapped at word boundaries (too long words are cut) and drawn
    as is, never parsed: what most table cells hold, at a fraction of a ``Paragraph``'s cost.
    It splits between lines, so a cell taller than a page continues on the next one."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[str] | None = None) -> None:
        super().__init__()
        self.text, self.style, self.lines = text, style, lines or []
        self._fixed = lines is not None  # a part of a split cell keeps its lines
        self._wrapped_at: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if not self._fixed and self._wrapped_at != available_width:
            self.lines = wrap(self.text, self.style.fontName, self.style.fontSize, available_width) if self.text else []
            self._wrapped_at = available_width
        self.width, self.height = available_width, len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[TextCell]:
        self.wrap(available_width, available_height)
        fit = int((available_height + 1e-6) // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        return [TextCell(self.text, self.style, self.lines[:fit]), TextCell(self.text, self.style, self.lines[fit:])]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 - reportlab's names
        # A text object places itself: no saveState/translate per cell (a long table has thousands).
        self._draw(canvas, x, y)

    def draw(self) -> None:
        self._draw(self.canv, 0, 0)

    def _draw(self, c: Canvas, x: float, y: float) -> None:
        if not self.lines:
            return
        style = self.style
        text = c.beginText()
        text.setFont(style.fontName, style.fontSize, style.leading)
        text.setFillColor(style.textColor)
        baseline = self.height - pdfmetrics.getAscent(style.fontName, style.fontSize)  # as a Paragraph does
        if style.alignment == 2:
            for i, line in enumerate(self.lines):
                text.setTextOrigin(x + self.width - stringWidth(line, style.fontName, style.fontSize),
                                   y + baseline - i * style.leading)
                text.textOut(line)
        else:
            text.setTextOrigin(x, y + baseline)
            text.textLines(self.lines, trim=0)
        c.drawText(text)


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the appendix pages (sizes for the composed page)."""
    fonts.register_fonts()
    pdfmetrics.registerFontFamily(fonts.REGULAR, normal=fonts.REGULAR, bold=fonts.BOLD, italic=fonts.ITALIC,
                                  boldItalic=fonts.BOLD)
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=9, leading=11.5, textColor=HexColor(INK),
                          splitLongWords=1)
    return {
        "body": body,
        "small": ParagraphStyle("small", body, fontSize=8, leading=10),
        "muted": ParagraphStyle("muted", body, fontSize=8, leading=10, textColor=HexColor(MUTED)),
        "limits": ParagraphStyle("limits", body, fontSize=8, leading=10, textColor=HexColor(MUTED), spaceAfter=3),
        "head": ParagraphStyle("head", body, fontName=fonts.BOLD, fontSize=8.5, leading=10.5),
        "head_number": ParagraphStyle("head_number", body, fontName=fonts.BOLD, fontSize=8.5, leading=10.5,
                                      alignment=2),
        "bold": ParagraphStyle("bold", body, fontName=fonts.BOLD),
        "number": ParagraphStyle("number", body, alignment=2),
        "intro": ParagraphStyle("intro", body, fontSize=9.5, leading=12, textColor=HexColor(MUTED), spaceAfter=6),
        "heading": ParagraphStyle("heading", body, fontName=fonts.BOLD, fontSize=11, leading=14, spaceBefore=8,
                                  spaceAfter=4),
        "name": ParagraphStyle("name", body, fontName=fonts.BOLD, fontSize=14, leading=17),
        "count": ParagraphStyle("count", body, fontName=fonts.BOLD, fontSize=18, leading=21, alignment=1),
        "count_label": ParagraphStyle("count_label", body, fontSize=8, leading=10, alignment=1),
        "quote": ParagraphStyle("quote", body, fontName=fonts.ITALIC, fontSize=10, leading=13,
                                textColor=HexColor("#37474f")),
    }


def table(rows: Sequence[Sequence[object]], widths: list[float],
          extra: Sequence[tuple[object, ...]] = ()) -> Flowable:
    """A table with a header row repeated on every page it spans; rows may split across pages. ``extra``:
    style commands, each for one data row (a table of many rows is split into pages in linear time)."""
    if len(rows) - 1 <= LONG_TABLE:
        return _table(rows, widths, extra)
    row_styles: list[list[tuple[object, ...]]] = [[] for _ in rows[1:]]
    for name, start, end, *values in extra:  # (name, (column, row), (column, row), values...)
        (first_column, row), (last_column, _) = cast("tuple[tuple[int, int], tuple[int, int]]", (start, end))
        row_styles[row - 1].append((name, first_column, last_column, *values))
    return LongTable(rows[0], list(rows[1:]), widths, row_styles)


class LongTable(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: Flowable is Any
    """A table of more rows than a page holds (a friction table of 20,000 notes), split into pages in linear
    time: reportlab lays out every row of a table each time it splits it, so it is handed the header and the
    next rows only (about as many as the previous page took, more when they all fit). Each row keeps its own
    style commands (``row_styles``: (name, first column, last column, values...)); the rest of the style is
    the same for every row."""

    def __init__(self, header: Sequence[object], rows: list[Sequence[object]], widths: list[float],
                 row_styles: list[list[tuple[object, ...]]], per_page: int = 0) -> None:
        super().__init__()
        self.header, self.rows, self.widths, self.row_styles = header, rows, widths, row_styles
        self.per_page = per_page  # rows the previous page took: about as many are tried first
        self._whole: Table | None = None

    def _first(self, count: int) -> Table:
        """A table of the header and the first ``count`` rows."""
        extra = [(name, (first, row), (last, row), *values) for row, styles in enumerate(self.row_styles[:count], 1)
                 for name, first, last, *values in styles]
        return _table([self.header, *self.rows[:count]], self.widths, extra)

    def _all(self) -> Table:
        if self._whole is None:
            self._whole = self._first(len(self.rows))
        return self._whole

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if len(self.rows) <= LONG_TABLE:
            self.width, self.height = self._all().wrap(available_width, available_height)
        else:  # more rows than a page holds: taller than any room (``paginate`` splits it)
            self.width, self.height = available_width, available_height + 1
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        count = self.per_page + 8  # rows can be tall (an action and its notes): start small, then double
        while True:
            part = self._first(min(count, len(self.rows)))
            parts: list[Flowable] = part.split(available_width, available_height)
            if count >= len(self.rows) or parts != [part]:
                break
            count *= 2  # these rows all fit: try more
        if len(parts) != 2:
            return parts  # [] (cannot split) or [the whole table] (it fits)
        first, second = parts
        done = len(first._cellvalues) - 1  # rows on this page; the last one may be split in two
        if len(first._cellvalues) + len(second._cellvalues) == len(part._cellvalues) + 2:
            done -= 1  # a row split in two: its rest starts the next page
            rows = [second._cellvalues[1], *self.rows[done + 1 :]]
        else:
            rows = self.rows[done:]
        rest = LongTable(self.header, rows, self.widths, self.row_styles[done:], done)
        return [first, rest if len(rows) > LONG_TABLE else rest._all()]  # the last rows: a plain table

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 - reportlab's names
        whole = self._all()  # only when it could not be split: printed whole, as a table would be
        whole.wrapOn(canvas, self.width, self.height)
        whole.drawOn(canvas, x, y, _sW)


def _table(rows: Sequence[Sequence[object]], widths: list[float], extra: Sequence[tuple[object, ...]] = ()) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(HEADER_FILL)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor("#90a4ae")),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, HexColor(GRID_LINE)),
        ("BOX", (0, 0), (-1, -1), 0.6, HexColor(GRID_LINE)),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *extra,
    ]))
    return t


@dataclass
class Section:
    """One appendix for one subject (a journey, or the project): it starts on a new page."""

    title: str
    subtitle: str  # journey name, project title…
    flowables: list[Flowable]
    outline: list[tuple[str, int]] = field(default_factory=list)  # (entry, level) added on its first page
    persona: str = ""


@dataclass
class AppendixPage(Page):
    """One page of a section: its header, then flowables already laid out to fit."""

    section: Section
    flowables: list[Flowable]
    index: int  # 0 on the section's first page
    paper: str
    key: str = ""  # the bookmark of its outline entries
    used: float = 0.0  # height its flowables take, in points of the composed page

    def content_box(self, page_size: tuple[float, float]) -> Rect:
        """Where its flowables are on the paper, in points, y downwards (for previews)."""
        virtual, factor = virtual_size(self.paper, page_size)
        width, _ = frame_size(virtual)
        return Rect(MARGIN * factor, (MARGIN + TITLE_BLOCK) * factor, width * factor, self.used * factor)

    def draw(self, c: Canvas, state: ProjectState, page_size: tuple[float, float], words: dict[str, str],
             number: int, total: int) -> None:
        virtual, factor = virtual_size(self.paper, page_size)
        width, height = frame_size(virtual)
        if self.index == 0:
            for i, (entry, level) in enumerate(self.section.outline):  # reportlab titles entries by their key
                c.bookmarkPage(f"{self.key}-{i}")
                c.addOutlineEntry(entry, f"{self.key}-{i}", level=level)
        c.saveState()
        c.scale(factor, factor)
        title = self.section.title if self.index == 0 else words["continued"].format(title=self.section.title)
        _header(c, state, virtual, title, self.section, words, number, total)
        y = virtual[1] - MARGIN - TITLE_BLOCK
        for i, flowable in enumerate(self.flowables):
            if i:
                y -= flowable.getSpaceBefore()
            _, h = flowable.wrapOn(c, width, height)
            flowable.drawOn(c, MARGIN, y - h)
            y -= h + flowable.getSpaceAfter()
        c.setFont(fonts.REGULAR, 7)
        c.setFillColor(HexColor(MUTED))
        c.drawRightString(virtual[0] - MARGIN, MARGIN + 4, words["created_with"])
        c.restoreState()


def paginate(flowables: list[Flowable], width: float, height: float) -> list[tuple[list[Flowable], float]]:
    """The flowables split into pages of ``width`` × ``height`` (with the height each page
    uses): tables split between (or inside) rows with their header repeated; a flowable marked
    ``keep`` moves whole to the next page rather than split (unless it is taller than a page)."""
    pages: list[tuple[list[Flowable], float]] = []
    current: list[Flowable] = []
    room = height
    queue = deque(flowables)
    while queue:
        flowable = queue.popleft()
        before = flowable.getSpaceBefore() if current else 0.0
        _, h = flowable.wrap(width, room - before)
        if h <= room - before + 1e-6:
            current.append(flowable)
            room -= before + h + flowable.getSpaceAfter()
            continue
        parts = [] if getattr(flowable, "keep", False) and current else flowable.split(width, room - before)
        if len(parts) > 1:
            _, h = parts[0].wrap(width, room - before)
            current.append(parts[0])
            room -= before + h
            queue.extendleft(reversed(parts[1:]))
        elif not current:  # taller than a page and cannot split: printed as far as it goes
            current.append(flowable)
            room = 0.0
        else:
            queue.appendleft(flowable)
        pages.append((current, min(height, height - room)))
        current, room = [], height
    if current:
        pages.append((current, height - room))
    return pages


def _header(c: Canvas, state: ProjectState, virtual: tuple[float, float], title: str, section: Section,
            words: dict[str, str], number: int, total: int) -> None:
    title_block(c, virtual, title, section.subtitle, section.persona, state, words, number, total)
