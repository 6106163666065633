"""The building blocks of the appendix pages: safe text cells, paragraphs and tables, and the
flow of every section into pages (``flow``) whose count is known before anything is drawn.

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
from cjm_desktop.pdf.text_fit import fit_text, wrap

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
                          splitLongWords=1, allowWidows=0, allowOrphans=0)  # no line left alone
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
        "intro": ParagraphStyle("intro", body, fontSize=9.5, leading=12, textColor=HexColor(MUTED), spaceAfter=6,
                                keepWithNext=1),
        "heading": ParagraphStyle("heading", body, fontName=fonts.BOLD, fontSize=11, leading=14, spaceBefore=8,
                                  spaceAfter=4, keepWithNext=1),
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
    """One appendix for one subject (a journey, or the project). Sections follow one another in one flow."""

    title: str
    subtitle: str  # the journey, « current → target »…: printed after the title in its heading
    flowables: list[Flowable]
    outline: list[tuple[str, int]] = field(default_factory=list)  # (entry, level) added where it starts
    persona: str = ""
    key: str = ""  # the bookmark of its outline entries

    @property
    def heading(self) -> str:
        """« Tableau des frictions — Parcours existant »: its title in the flow (texts are printable already)."""
        return " — ".join(t for t in (self.title, self.subtitle) if t)


class SectionHeading(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: Flowable is Any
    """A section's heading in the flow, kept with what follows it (never alone at a page's bottom); repeated
    with « (suite) » at the top of each page the section continues on (``continued``)."""

    keep_with_next = True
    SIZE, HEIGHT, SPACE_BEFORE = 12.5, 22.0, 14.0

    def __init__(self, section: Section, text: str, continued: bool = False) -> None:
        super().__init__()
        self.section, self.text, self.continued = section, text, continued

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, self.HEIGHT
        return self.width, self.height

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self.SPACE_BEFORE

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return 4.0

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(HexColor(MUTED if self.continued else INK))
        c.setFont(fonts.BOLD, self.SIZE)
        c.drawString(0, 7, fit_text(self.text, fonts.BOLD, self.SIZE, self.width))
        c.setStrokeColor(HexColor(GRID_LINE))
        c.setLineWidth(0.6)
        c.line(0, 2, self.width, 2)


@dataclass
class AppendixPage(Page):
    """One page of the appendix flow: its header, then flowables already laid out to fit."""

    flowables: list[Flowable]
    sections: list[Section]  # the sections on it, in order
    continued: bool  # its first section started on an earlier page
    paper: str
    project: str = ""  # the project's title, printable
    used: float = 0.0  # height its flowables take, in points of the composed page

    @property
    def starts(self) -> list[Section]:
        """The sections that start on this page."""
        return self.sections[1:] if self.continued else list(self.sections)

    def content_box(self, page_size: tuple[float, float]) -> Rect:
        """Where its flowables are on the paper, in points, y downwards (for previews)."""
        virtual, factor = virtual_size(self.paper, page_size)
        width, _ = frame_size(virtual)
        return Rect(MARGIN * factor, (MARGIN + TITLE_BLOCK) * factor, width * factor, self.used * factor)

    def header_texts(self, words: dict[str, str]) -> tuple[str, str]:
        """(title, persona) of its page header: the sections on it (« … (suite) » for a continued one), and the
        persona they share, if any."""
        titles: dict[str, str] = {}  # each section's title once (stage details of two journeys: one title)
        for i, section in enumerate(self.sections):
            continued = words["continued"].format(title=section.title) if i == 0 and self.continued else ""
            titles.setdefault(section.title, continued or section.title)
        personas = {s.persona for s in self.sections}
        return " · ".join(titles.values()), personas.pop() if len(personas) == 1 else ""

    def draw(self, c: Canvas, state: ProjectState, page_size: tuple[float, float], words: dict[str, str],
             number: int, total: int) -> None:
        virtual, factor = virtual_size(self.paper, page_size)
        width, height = frame_size(virtual)
        c.saveState()
        c.scale(factor, factor)
        title, persona = self.header_texts(words)
        title_block(c, virtual, title, self.project, persona, state, words, number, total)
        y = virtual[1] - MARGIN - TITLE_BLOCK
        for i, flowable in enumerate(self.flowables):
            if i:
                y -= flowable.getSpaceBefore()
            _, h = flowable.wrapOn(c, width, height)
            if isinstance(flowable, SectionHeading) and not flowable.continued:
                for n, (entry, level) in enumerate(flowable.section.outline):  # reportlab titles entries by key
                    key = f"{flowable.section.key}-{n}"
                    c.bookmarkHorizontal(key, 0, y)
                    c.addOutlineEntry(entry, key, level=level)
            flowable.drawOn(c, MARGIN, y - h)
            y -= h + flowable.getSpaceAfter()
        c.setFont(fonts.REGULAR, 7)
        c.setFillColor(HexColor(MUTED))
        c.drawRightString(virtual[0] - MARGIN, MARGIN + 4, words["created_with"])
        c.restoreState()


def _rows(flowable: Flowable) -> int:
    """The data rows of a table part (not counting its header); -1 for anything else."""
    cells = getattr(flowable, "_cellvalues", None)
    return len(cells) - 1 if isinstance(flowable, Table) and cells is not None else -1


def _split(flowable: Flowable, width: float, room: float) -> list[Flowable]:
    """``flowable`` split to start in ``room``, avoiding an orphan (one table row left alone at the page's
    bottom: [] then, it moves whole) and a widow (one row alone on the next page: one row less here)."""
    parts: list[Flowable] = flowable.split(width, room)
    if len(parts) != 2:
        return parts
    first, rest = parts
    if _rows(first) == 1 and _rows(rest) >= 2:  # one row here, more on the next page
        return []
    if _rows(rest) == 1 and _rows(first) > 2:
        first.wrap(width, room)
        shorter: list[Flowable] = flowable.split(width, room - first._rowHeights[-1] - 1)
        if len(shorter) == 2 and _rows(shorter[0]) > 1:
            return shorter
    return parts


def _keeps_with_next(flowable: Flowable) -> bool:
    return bool(getattr(flowable, "keep_with_next", False)
                or getattr(getattr(flowable, "style", None), "keepWithNext", False))


def _can_start(items: list[Flowable], width: float, room: float) -> bool:
    """Whether ``items`` (flowables kept with the next, then one more) can start in ``room``: the kept ones
    whole, the last one whole or split without an orphan."""
    for i, item in enumerate(items):
        before = item.getSpaceBefore() if i else 0.0
        _, h = item.wrap(width, room - before)
        if h <= room - before + 1e-6:
            if not _keeps_with_next(item):
                return True
            room -= before + h + item.getSpaceAfter()
            continue
        if _keeps_with_next(item) or getattr(item, "keep", False):
            return False
        return len(_split(item, width, room - before)) > 1
    return True


def _kept_run(first: Flowable, queue: deque[tuple[int, Flowable]]) -> list[Flowable]:
    """``first`` and the flowables that must start on its page with it (while each keeps with the next)."""
    run, item = [first], first
    for _, following in queue:
        if not _keeps_with_next(item):
            break
        run.append(following)
        item = following
    return run


@dataclass
class FlowPage:
    """One page of the appendix flow, laid out: its flowables, the sections they belong to, and its fill."""

    flowables: list[Flowable]
    sections: list[int]  # indexes into the sections, in order
    continued: bool
    used: float


def flow(sections: list[Section], width: float, height: float, words: dict[str, str]) -> list[FlowPage]:
    """Every section's heading and flowables in one flow, split into pages of ``width`` × ``height``: a heading
    is kept with its first rows, a section continued on the next page repeats its heading « (suite) » (tables
    repeat their header row), no table row nor paragraph line is left alone."""
    queue: deque[tuple[int, Flowable]] = deque()
    for i, section in enumerate(sections):
        queue.append((i, SectionHeading(section, section.heading)))
        queue.extend((i, f) for f in section.flowables)
    pages: list[FlowPage] = []
    page = FlowPage([], [], False, 0.0)
    room = height

    def place(index: int, flowable: Flowable, h: float, before: float) -> None:
        nonlocal room
        page.flowables.append(flowable)
        if index not in page.sections:
            page.sections.append(index)
        room -= before + h + flowable.getSpaceAfter()

    def close() -> None:
        nonlocal page, room
        page.used = min(height, height - room)
        pages.append(page)
        page, room = FlowPage([], [], False, 0.0), height

    while queue:
        index, flowable = queue.popleft()
        if not page.flowables and not isinstance(flowable, SectionHeading):  # a section continued here
            again = SectionHeading(sections[index], words["continued"].format(title=sections[index].heading), True)
            _, h = again.wrap(width, room)
            place(index, again, h, 0.0)
            page.continued = True
        fresh = all(isinstance(f, SectionHeading) and f.continued for f in page.flowables)
        leading = all(_keeps_with_next(f) for f in page.flowables)  # only headings (and intros) so far
        before = flowable.getSpaceBefore() if page.flowables else 0.0
        if _keeps_with_next(flowable) and not leading and not _can_start(_kept_run(flowable, queue), width,
                                                                         room - before):
            queue.appendleft((index, flowable))
            close()
            continue
        _, h = flowable.wrap(width, room - before)
        if h <= room - before + 1e-6:
            place(index, flowable, h, before)
            continue
        parts = [] if getattr(flowable, "keep", False) and not fresh else _split(flowable, width, room - before)
        if len(parts) > 1:
            _, h = parts[0].wrap(width, room - before)
            place(index, parts[0], h, before)
            room += parts[0].getSpaceAfter()
            queue.extendleft((index, p) for p in reversed(parts[1:]))
        elif fresh:  # taller than a page and cannot split: printed as far as it goes
            place(index, flowable, h, before)
            room = min(room, 0.0)
        else:
            queue.appendleft((index, flowable))
        close()
    if page.flowables:
        close()
    return pages


def paginate(flowables: list[Flowable], width: float, height: float) -> list[tuple[list[Flowable], float]]:
    """The flowables split into pages of ``width`` × ``height`` (with the height each page uses): tables split
    between (or inside) rows with their header repeated; a flowable marked ``keep`` moves whole to the next
    page rather than split (unless it is taller than a page). (The cover's table of contents uses it.)"""
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
