"""The cover page: the project sheet (title, organisation, purpose, description, workshop date,
facilitators, the personas' names) on the left, the table of contents (each journey's map, each
appendix section, with its page number after a dotted leader) on the right.

Like the appendix, it is composed on an A4 or A3 page and scaled to the paper (``virtual_size``).
Every page is laid out before anything is drawn, so the contents know their page numbers; an empty
field is left out. User text is plain (``Ink``: never markup), shortened with the appendix's rules,
and the characters our font lacks are reported as elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from cjm_desktop.layout.colors import ACCENT, GRID_LINE, HEADER_FILL, INK, MUTED
from cjm_desktop.model.domain import Journey, ProjectState
from cjm_desktop.pdf import fonts
from cjm_desktop.pdf.appendix.layout import Ink, Section, frame_size, paginate, styles, virtual_size
from cjm_desktop.pdf.labels import format_date
from cjm_desktop.pdf.page import MARGIN, TITLE_BLOCK, Page
from cjm_desktop.pdf.text_fit import fit_text
from cjm_desktop.queries.frictions import is_friction

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

TITLE_LIMIT = 300  # characters of the project's title on the cover
FIELD_LIMIT = 600  # of the organisation, the purpose, one facilitator's or persona's name
DESCRIPTION_LIMIT = 1500
SHEET_SHARE = 0.56  # of the frame's width: the project sheet; the contents take the right-hand part
GUTTER = 36.0



@cache
def cover_styles() -> dict[str, ParagraphStyle]:
    """The cover's paragraph styles (sizes for the composed page)."""
    body = styles()["body"]
    return {
        "kicker": ParagraphStyle("cover_kicker", body, fontName=fonts.BOLD, fontSize=9.5, leading=12,
                                 textColor=HexColor(ACCENT), spaceAfter=10),
        "title": ParagraphStyle("cover_title", body, fontName=fonts.BOLD, fontSize=30, leading=36, spaceAfter=8),
        "organisation": ParagraphStyle("cover_organisation", body, fontSize=17, leading=21,
                                       textColor=HexColor(MUTED), spaceAfter=18),
        "label": ParagraphStyle("cover_label", body, fontName=fonts.BOLD, fontSize=9.5, leading=12,
                                textColor=HexColor(MUTED), spaceBefore=12, keepWithNext=1),
        "value": ParagraphStyle("cover_value", body, fontSize=13, leading=17),
        "contents": ParagraphStyle("cover_contents", body, fontName=fonts.BOLD, fontSize=15, leading=19,
                                   spaceAfter=8),
    }


@dataclass
class ContentsEntry:
    """One line of the table of contents: its text (printable), its level, and its page (known at the end)."""

    text: str
    level: int = 0
    page: int = 0


class ContentsLine(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: Flowable is Any
    """A line of the contents: the entry, a dotted leader, its page number in a right-aligned column."""

    NUMBER_WIDTH = 34.0

    def __init__(self, entry: ContentsEntry) -> None:
        super().__init__()
        self.entry = entry
        self.size = 11.0 if entry.level == 0 else 10.0
        self.font = fonts.BOLD if entry.level == 0 else fonts.REGULAR

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, self.size + (9 if self.entry.level == 0 else 6)
        return self.width, self.height

    def draw(self) -> None:
        c, entry = self.canv, self.entry
        indent = 16.0 * entry.level
        baseline = 4.0
        number = str(entry.page) if entry.page else ""
        text = fit_text(entry.text, self.font, self.size, self.width - indent - self.NUMBER_WIDTH - 24)
        c.setFillColor(HexColor(INK))
        c.setFont(self.font, self.size)
        c.drawString(indent, baseline, text)
        c.drawRightString(self.width, baseline, number)
        start = indent + stringWidth(text, self.font, self.size) + 6
        end = self.width - stringWidth(number, self.font, self.size) - 6
        if number and end > start:
            c.setStrokeColor(HexColor(MUTED))
            c.setLineWidth(0.9)
            c.setLineCap(1)
            c.setDash(0.1, 3.2)  # round dots
            c.line(start, baseline + 1, end, baseline + 1)


@dataclass
class CoverPage(Page):
    """A cover page: the project sheet and the contents (a second one only when they do not fit on one)."""

    sheet: list[Flowable]
    contents: list[Flowable]
    index: int  # 0 on the first
    paper: str
    entries: list[ContentsEntry] = field(default_factory=list)

    def draw(self, c: Canvas, state: ProjectState, page_size: tuple[float, float], words: dict[str, str],
             number: int, total: int) -> None:
        virtual, factor = virtual_size(self.paper, page_size)
        sheet_width, contents_width, height = cover_columns(virtual)
        if self.index == 0:
            c.bookmarkPage("cover")
            c.addOutlineEntry(words["cover"], "cover", level=0)
        c.saveState()
        c.scale(factor, factor)
        c.setFillColor(HexColor(HEADER_FILL))
        c.rect(0, virtual[1] - 10, virtual[0], 10, stroke=0, fill=1)
        top = virtual[1] - MARGIN - TITLE_BLOCK / 2
        _draw_column(c, self.sheet, MARGIN, top, sheet_width, height)
        left = MARGIN + sheet_width + GUTTER
        if self.contents:
            c.setStrokeColor(HexColor(GRID_LINE))
            c.setLineWidth(0.8)
            c.line(left - GUTTER / 2, top, left - GUTTER / 2, top - height)
        _draw_column(c, self.contents, left, top, contents_width, height)
        c.setFont(fonts.REGULAR, 8)
        c.setFillColor(HexColor(MUTED))
        c.drawRightString(virtual[0] - MARGIN, MARGIN + 4, words["page_number"].format(page=number, pages=total))
        c.drawString(MARGIN, MARGIN + 4, words["created_with"])
        c.restoreState()


def _draw_column(c: Canvas, flowables: list[Flowable], x: float, top: float, width: float, height: float) -> None:
    y = top
    for i, flowable in enumerate(flowables):
        if i:
            y -= flowable.getSpaceBefore()
        _, h = flowable.wrapOn(c, width, height)
        flowable.drawOn(c, x, y - h)
        y -= h + flowable.getSpaceAfter()


def cover_columns(virtual: tuple[float, float]) -> tuple[float, float, float]:
    """(the project sheet's width, the contents' width, the height of both) on a composed page."""
    width, height = frame_size(virtual)
    height += TITLE_BLOCK / 2
    sheet = (width - GUTTER) * SHEET_SHARE
    return sheet, width - GUTTER - sheet, height


def sheet_flowables(state: ProjectState, journeys: list[Journey], personas: list[str], ink: Ink,
                    words: dict[str, str]) -> list[Flowable]:
    """The project sheet: each field that is filled in, as typed (plain text, shortened when very long)."""
    s, project = cover_styles(), state.project
    title = project.title.strip() or ", ".join(j.name for j in journeys)
    out: list[Flowable] = [ink.label(words["cover_kicker"], s["kicker"]), ink.para(title, s["title"], TITLE_LIMIT)]
    if project.organisation.strip():
        out.append(ink.para(project.organisation, s["organisation"], FIELD_LIMIT))
    else:
        out.append(Spacer(1, 8))
    facilitators, more = ink.items([f for f in project.facilitators if f.strip()], words)
    names, more_personas = ink.items([p for p in personas if p.strip()], words)
    fields = [
        ("purpose", project.purpose.strip(), FIELD_LIMIT),
        ("description", project.description.strip(), DESCRIPTION_LIMIT),
        ("workshop_date", format_date(project.workshop_date, words).strip(), FIELD_LIMIT),
        ("facilitators", ", ".join([ink.shorten(f, FIELD_LIMIT) for f in facilitators] + ([more] if more else [])),
         0),
        ("personas", ", ".join([ink.shorten(p, FIELD_LIMIT) for p in names] + ([more_personas] if more_personas
                                                                                 else [])), 0),
    ]
    for key, value, limit in fields:
        if value:
            out.append(ink.label(words[key], s["label"]))
            out.append(ink.para(value, s["value"], limit or len(value)))
    figures = [key_figures(state, journey, ink, words) for journey in journeys]
    if any(figures):
        out.append(ink.label(words["key_figures"], s["label"]))
        out += [ink.para(line, s["value"], len(line)) for line in figures if line]
    return out


def key_figures(state: ProjectState, journey: Journey, ink: Ink, words: dict[str, str]) -> str:
    """« Parcours existant : 62 notes · 17 irritants ou points de rupture · 4 moments de vérité » (empty without
    notes): what a steering committee reads first."""
    notes = state.touchpoints(journey.id)
    if not notes:
        return ""
    counts = (("notes", len(notes)), ("frictions", sum(is_friction(n) for n in notes)),
              ("moments", sum(n.moment_of_truth for n in notes)))
    parts = [words[f"{key}_one"] if count == 1 else words[key].format(count=count) for key, count in counts if count]
    return words["labelled"].format(label=ink.shorten(journey.name, FIELD_LIMIT), value=" · ".join(parts))


def contents_entries(journey_starts: list[tuple[Journey, int]], sections: list[tuple[Section, int]], ink: Ink,
                     words: dict[str, str]) -> list[tuple[ContentsEntry, int]]:
    """The table of contents: each journey and each appendix section, with the index of its first page among
    the pages after the cover."""
    entries: list[tuple[ContentsEntry, int]] = []
    for journey, index in journey_starts:
        kind = words[journey.kind.value]
        name = ink.plain(ink.shorten(journey.name, FIELD_LIMIT))
        text = name if kind.casefold() == name.strip().casefold() else f"{name} — {kind}"
        entries.append((ContentsEntry(text, 0), index))
    if sections:
        entries.append((ContentsEntry(words["appendix"], 0), sections[0][1]))
        entries += [(ContentsEntry(section.heading, 1), index) for section, index in sections]
    return entries


def cover_pages(state: ProjectState, journeys: list[Journey], personas: list[str], entries: list[ContentsEntry],
                paper: str, page_size: tuple[float, float], ink: Ink, words: dict[str, str]) -> list[CoverPage]:
    """The cover pages (one, unless the sheet or the contents need more); the entries' pages are set later."""
    virtual, _ = virtual_size(paper, page_size)
    sheet_width, contents_width, height = cover_columns(virtual)
    sheet = paginate(sheet_flowables(state, journeys, personas, ink, words), sheet_width, height)
    heading = ink.label(words["contents"], cover_styles()["contents"])
    contents = paginate([heading, *(ContentsLine(e) for e in entries)], contents_width, height) if entries else []
    count = max(len(sheet), len(contents))
    return [CoverPage(sheet[i][0] if i < len(sheet) else [], contents[i][0] if i < len(contents) else [], i, paper,
                      entries) for i in range(count)]
