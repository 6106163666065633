"""What every page of the PDF shares: paper sizes, options, the page protocol, the title block.

A page is composed on an A3 page and scaled to the paper (see ``page_factor``), so an A0 poster
is the A3 page enlarged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib import pagesizes
from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from cjm_desktop.interop.model import Problem
from cjm_desktop.layout.colors import GRID_LINE, INK, MUTED
from cjm_desktop.model.domain import Journey, ProjectState, Snapshot
from cjm_desktop.pdf import fonts
from cjm_desktop.pdf.labels import format_date
from cjm_desktop.pdf.text_fit import fit_text

PAPERS = {"A4": pagesizes.A4, "A3": pagesizes.A3, "A2": pagesizes.A2, "A1": pagesizes.A1, "A0": pagesizes.A0}
MARGIN = 28.0  # points (1 cm)
TITLE_BLOCK = 46.0
LEGEND = 18.0


@dataclass
class PdfOptions:
    paper: str = "A3"
    fit: str = "page"  # "page" or "tile"
    language: str = "fr"
    appendix: bool = True  # the appendix pages after the maps (personas, frictions, actions…)
    cover: bool = True  # a cover page (the project sheet) and a table of contents before the maps
    snapshot: Snapshot | None = None  # exporting this snapshot: its name and time are printed on the maps


@dataclass
class PdfResult:
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)  # how a map was laid out when it did not fit

Progress = Callable[[float], None]  # called with the fraction done, 0 … 1


def paper_size(paper: str) -> tuple[float, float]:
    """The page size of ``paper``, landscape, in points."""
    width, height = pagesizes.landscape(PAPERS[paper])
    return float(width), float(height)


def page_factor(page_size: tuple[float, float]) -> float:
    """How much larger than A3 the page is: a map page is composed on an A3 page (landscape, or upright for
    an upright page) and scaled by this, so an A0 poster is the A3 page enlarged (title, legend and map alike)."""
    return max(page_size) / max(paper_size("A3"))


def upright(page_size: tuple[float, float]) -> tuple[float, float]:
    """The same paper turned portrait (a tall map fills it better)."""
    return min(page_size), max(page_size)


class Page:
    """One page of the PDF."""

    def sheet_size(self, page_size: tuple[float, float]) -> tuple[float, float]:
        """The size of the sheet this page prints on: the document's paper (landscape) unless the page turns it."""
        return page_size

    def draw(self, c: Canvas, state: ProjectState, page_size: tuple[float, float], words: dict[str, str],
             number: int, total: int) -> None:
        raise NotImplementedError


def bookmark(c: Canvas, journey: Journey) -> None:
    key = f"journey-{journey.id}"
    c.bookmarkPage(key)
    c.addOutlineEntry(journey.name, key, level=0)


def journey_title_block(c: Canvas, state: ProjectState, journey: Journey, page_size: tuple[float, float],
                        words: dict[str, str], number: int, total: int,
                        part: tuple[int, int] | None = None, subtitle: str = "") -> None:
    kind = words[journey.kind.value]
    if kind.casefold() == journey.name.strip().casefold():  # « Parcours existant » needs no repeating
        kind = ""
    if part:
        kind = " — ".join(t for t in (kind, words["part"].format(part=part[0], parts=part[1])) if t)
    project = fonts.printable(state.project.title)
    persona = state.persona_name(journey.persona_id)
    title_block(c, page_size, fonts.printable(journey.name), " · ".join(t for t in (kind, project, subtitle) if t),
                fonts.printable(persona) if persona else "", state, words, number, total)


def title_block(c: Canvas, page_size: tuple[float, float], title: str, subtitle: str, persona: str,
                state: ProjectState, words: dict[str, str], number: int, total: int) -> None:
    """The head of every page: title and subtitle on the left; persona, workshop date and page
    x/y on the right; a rule under them. Texts are printable already."""
    width, height = page_size
    top, right = height - MARGIN, width - MARGIN
    c.setFillColor(HexColor(INK))
    c.setFont(fonts.BOLD, 15)
    c.drawString(MARGIN, top - 15, fit_text(title, fonts.BOLD, 15, width * 0.6))
    c.setFont(fonts.REGULAR, 10)
    c.setFillColor(HexColor(MUTED))
    c.drawString(MARGIN, top - 31, fit_text(subtitle, fonts.REGULAR, 10, width * 0.6))
    lines = [words["labelled"].format(label=words["persona"], value=persona) if persona else "",
             format_date(state.project.workshop_date, words), words["page_number"].format(page=number, pages=total)]
    c.setFont(fonts.REGULAR, 9)
    for i, line in enumerate(t for t in lines if t):
        c.drawRightString(right, top - 11 - i * 11, fit_text(line, fonts.REGULAR, 9, width * 0.35))
    c.setStrokeColor(HexColor(GRID_LINE))
    c.setLineWidth(0.8)
    c.line(MARGIN, top - TITLE_BLOCK + 8, right, top - TITLE_BLOCK + 8)
