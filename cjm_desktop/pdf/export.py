"""The PDF deliverable: one map page per journey (split or tiled when it cannot fit legibly),
then the appendix pages; metadata, an outline, page numbers, deterministic bytes.

Nothing outside the project is read (fonts aside) and nothing but the target is written: the
PDF is built in memory and written atomically, so a failed export leaves no broken file.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import pagesizes
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..colors import EVALUATION_ICONS, GRID_LINE, INK, NOTE_COLORS, STAR
from ..domain import Evaluation, Journey, ProjectState
from ..grid_layout import Rect
from ..interop.model import Problem
from ..interop.textfile import write_atomically
from . import fonts
from .labels import EVALUATION_WORDS, format_date, labels
from .map_draw import MUTED, draw_map
from .map_layout import MIN_FONT, NOTE_FONT, MapPlan, MapPlanner, plan_map

PAPERS = {"A4": pagesizes.A4, "A3": pagesizes.A3, "A2": pagesizes.A2, "A1": pagesizes.A1, "A0": pagesizes.A0}
MARGIN = 28.0  # points (1 cm)
TITLE_BLOCK = 46.0
LEGEND = 18.0
MAX_SCALE = 1.6  # a small map is not blown up beyond this
TILE_OVERLAP = 20.0  # points shared by neighbouring poster tiles (7 mm)
POSTER_MIN_FONT = 7.0  # a poster is read from further than a page: its tiles keep notes at least this size
TILE_HEADER = 22.0


@dataclass
class PdfOptions:
    paper: str = "A3"
    fit: str = "page"  # "page" or "tile"
    language: str = "fr"
    appendix: bool = True  # the appendix pages after the maps (personas, frictions, actions…)


@dataclass
class PdfResult:
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)  # how a map was laid out when it did not fit


Progress = Callable[[float], None]  # called with the fraction done, 0 … 1
PLANNING_SHARE = 0.3  # of the progress: laying out the maps; the rest is drawing the pages


def export_pdf(state: ProjectState, journeys: list[Journey], target: Path, options: PdfOptions = PdfOptions(),
               progress: Progress | None = None) -> PdfResult:  # fmt: skip
    """Write the PDF of ``journeys`` to ``target`` (atomically)."""
    data, result = build_pdf(state, journeys, options, progress)
    write_atomically(Path(target), data)
    return result


def build_pdf(state: ProjectState, journeys: list[Journey], options: PdfOptions = PdfOptions(),
              progress: Progress | None = None) -> tuple[bytes, PdfResult]:  # fmt: skip
    """The PDF's bytes, and what the user should be told about it."""
    planning = (lambda done: progress(done * PLANNING_SHARE)) if progress else None
    pages, result = plan_pages(state, journeys, options, planning)
    words, page_size = labels(options.language), paper_size(options.paper)
    buffer = io.BytesIO()
    # ASCII85 only makes a binary PDF 25 % bigger and costs ~15 % of the export time; reportlab
    # reads the switch from its global config while it builds pages and saves, so it is off
    # just for this document.
    saved_a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        c = Canvas(buffer, pagesize=page_size, invariant=1, pageCompression=1, initialFontName=fonts.REGULAR,
                   initialFontSize=10)  # fmt: skip
        _metadata(c, state, journeys, words)
        for number, page in enumerate(pages, start=1):
            page.draw(c, state, page_size, words, number, len(pages))
            c.showPage()
            if progress:
                progress(PLANNING_SHARE + (1 - PLANNING_SHARE) * number / len(pages))
        c.save()
    finally:
        rl_config.useA85 = saved_a85
    result.pages = len(pages)
    return buffer.getvalue(), result


def paper_size(paper: str) -> tuple[float, float]:
    """The page size of ``paper``, landscape, in points."""
    return pagesizes.landscape(PAPERS[paper])


def plan_pages(state: ProjectState, journeys: list[Journey], options: PdfOptions = PdfOptions(),
               progress: Progress | None = None) -> tuple[list[Page], PdfResult]:  # fmt: skip
    """Every page of the PDF, in order (also what the export dialog previews)."""
    fonts.register_fonts()
    result, pages, missing = PdfResult(), [], set()
    page_size = paper_size(options.paper)
    for index, journey in enumerate(journeys):
        plan = plan_map(state, journey)
        missing |= plan.missing
        pages += _journey_pages(state, plan, page_size, options, result)
        if progress:
            progress((index + 1) / len(journeys))
    if options.appendix:
        from .appendix import appendix_pages  # noqa: PLC0415 - the appendix modules build on this one

        appendix = appendix_pages(state, journeys, options.paper, page_size, options.language)
        pages += appendix.pages
        missing |= appendix.missing
        result.problems += appendix.problems
    if missing:
        result.problems.append(Problem("missing_characters", None, {"characters": " ".join(sorted(missing))}))
    return pages, result


def _metadata(c: Canvas, state: ProjectState, journeys: list[Journey], words: dict[str, str]) -> None:
    project = state.project
    c.setTitle(project.title or ", ".join(j.name for j in journeys))
    c.setAuthor(", ".join(project.facilitators) or project.organisation)
    c.setSubject(" · ".join(f"{j.name} ({words[j.kind.value]})" for j in journeys))
    c.setCreator("CJM Desktop")
    c.setKeywords(["customer journey map", "cartographie des parcours clients"])


# --- map pages ------------------------------------------------------------------------

def page_factor(page_size: tuple[float, float]) -> float:
    """How much larger than A3 the page is: a map page is composed on an A3 page and scaled by
    this, so an A0 poster is the A3 page enlarged (title, legend and map alike)."""
    return page_size[0] / paper_size("A3")[0]


def map_area(page_size: tuple[float, float]) -> Rect:
    """Where the map goes on a page composed at A3 size (under the title block, above the
    legend), y downwards."""
    width, height = page_size[0] / page_factor(page_size), page_size[1] / page_factor(page_size)
    return Rect(MARGIN, MARGIN + TITLE_BLOCK, width - 2 * MARGIN, height - 2 * MARGIN - TITLE_BLOCK - LEGEND)


def fit_scale(plan: MapPlan, area: Rect) -> float:
    return min(area.w / plan.width, area.h / plan.height, MAX_SCALE)


def legible(scale: float) -> bool:
    """True when notes drawn at ``scale`` (points per plan unit, on paper) can be read."""
    return NOTE_FONT * scale >= MIN_FONT - 1e-9


class Page:
    """One page of the PDF."""

    def draw(self, c: Canvas, state: ProjectState, page_size, words: dict[str, str], number: int,
             total: int) -> None:  # fmt: skip
        raise NotImplementedError


@dataclass
class MapPage(Page):
    """A journey's map fitted on the page (or a part of it: some of its stages)."""

    plan: MapPlan
    first: bool = True  # the journey's first page (its outline entry)
    part: tuple[int, int] | None = None

    def placement(self, page_size) -> tuple[float, Rect]:
        """(scale on paper, where the map is on the page in points, y downwards)."""
        factor, area = page_factor(page_size), map_area(page_size)
        scale = fit_scale(self.plan, area)
        left = area.x + (area.w - self.plan.width * scale) / 2  # centred across the page
        return scale * factor, Rect(left * factor, area.y * factor, self.plan.width * scale * factor,
                                    self.plan.height * scale * factor)  # fmt: skip

    def draw(self, c, state, page_size, words, number, total) -> None:
        if self.first:
            _bookmark(c, self.plan.journey)
        factor = page_factor(page_size)
        virtual = (page_size[0] / factor, page_size[1] / factor)
        area = map_area(page_size)
        scale = fit_scale(self.plan, area)
        c.saveState()
        c.scale(factor, factor)
        _title_block(c, state, self.plan.journey, virtual, words, number, total, self.part)
        draw_map(c, self.plan, area.x + (area.w - self.plan.width * scale) / 2, virtual[1] - area.y, scale, words)
        _legend(c, virtual, words)
        c.restoreState()


def _journey_pages(state, plan: MapPlan, page_size, options: PdfOptions, result: PdfResult) -> list[Page]:
    area, factor = map_area(page_size), page_factor(page_size)
    if options.fit == "page":
        if legible(fit_scale(plan, area) * factor):
            return [MapPage(plan)]
        parts = _split_by_stages(state, plan, area, factor)
        if parts is not None:
            result.notices.append(Problem("pdf_split", None, {"journey": plan.journey.name, "paper": options.paper,
                                                              "count": len(parts)}))  # fmt: skip
            return [MapPage(part, i == 0, (i + 1, len(parts))) for i, part in enumerate(parts)]
        result.notices.append(Problem("pdf_too_tall", None, {"journey": plan.journey.name, "paper": options.paper}))
    return _tile_pages(plan, page_size, result, options.paper)


def _split_by_stages(state, plan: MapPlan, area: Rect, factor: float) -> list[MapPlan] | None:
    """The fewest groups of consecutive stages whose maps are each legible on a page."""
    planner = plan.planner or MapPlanner(state, plan.journey)  # the notes are measured once
    stages = plan.stages
    if any(not legible(area.h / planner.min_height(stage) * factor) for stage in stages):
        return None  # a stage too tall for a page alone: no grouping can help
    for per_page in range(len(stages) - 1, 0, -1):
        groups = [stages[i : i + per_page] for i in range(0, len(stages), per_page)]
        parts = []
        for i, group in enumerate(groups):
            part = planner.plan(group, with_parking=i == len(groups) - 1)
            if not legible(fit_scale(part, area) * factor):
                break  # this grouping fails: try smaller groups
            parts.append(part)
        else:
            return parts
    return None


def _bookmark(c: Canvas, journey: Journey) -> None:
    key = f"journey-{journey.id}"
    c.bookmarkPage(key)
    c.addOutlineEntry(journey.name, key, level=0)


def _title_block(c: Canvas, state, journey: Journey, page_size, words, number: int, total: int,
                 part: tuple[int, int] | None = None, subtitle: str = "") -> None:  # fmt: skip
    kind = words[journey.kind.value]
    if kind.casefold() == journey.name.strip().casefold():  # « Parcours existant » needs no repeating
        kind = ""
    if part:
        kind = " — ".join(t for t in (kind, words["part"].format(part=part[0], parts=part[1])) if t)
    project = fonts.printable(state.project.title)
    persona = state.persona_name(journey.persona_id)
    title_block(c, page_size, fonts.printable(journey.name), " · ".join(t for t in (kind, project, subtitle) if t),
                fonts.printable(persona) if persona else "", state, words, number, total)  # fmt: skip


def title_block(c: Canvas, page_size, title: str, subtitle: str, persona: str, state, words, number: int,
                total: int) -> None:  # fmt: skip
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
             format_date(state.project.workshop_date, words), words["page"].format(page=number, pages=total)]  # fmt: skip
    c.setFont(fonts.REGULAR, 9)
    for i, line in enumerate(t for t in lines if t):
        c.drawRightString(right, top - 11 - i * 11, fit_text(line, fonts.REGULAR, 9, width * 0.35))
    c.setStrokeColor(HexColor(GRID_LINE))
    c.setLineWidth(0.8)
    c.line(MARGIN, top - TITLE_BLOCK + 8, right, top - TITLE_BLOCK + 8)


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


def _legend(c: Canvas, page_size, words) -> None:
    x, y = MARGIN, MARGIN + 4
    c.setFont(fonts.BOLD, 8)
    c.setFillColor(HexColor(MUTED))
    c.drawString(x, y, words["legend"])
    x += stringWidth(words["legend"], fonts.BOLD, 8) + 10
    for evaluation in (Evaluation.DELIGHT, Evaluation.NEUTRAL, Evaluation.PAIN, Evaluation.BREAKING):
        key = EVALUATION_WORDS[evaluation]
        c.setFillColor(HexColor(NOTE_COLORS[evaluation]))
        c.setStrokeColor(HexColor("#9aa5ab"))
        c.roundRect(x, y - 2, 22, 11, 2, stroke=1, fill=1)
        _, icon, ink = EVALUATION_ICONS[evaluation]
        x = _legend_icon(c, icon, x + 6, y, ink) + 12
        x = _legend_text(c, words[key], x, y)
    x = _legend_icon(c, "mdi6.star", x, y, STAR)
    x = _legend_text(c, words["moment_of_truth"], x + 2, y)
    x = _legend_icon(c, "mdi6.thumb-up-outline", x, y, MUTED)
    _legend_text(c, words["votes"], x + 2, y)
    c.setFont(fonts.REGULAR, 7)
    c.drawRightString(page_size[0] - MARGIN, y, words["created_with"])


def _legend_icon(c: Canvas, name: str, x: float, y: float, color: str) -> float:
    char = fonts.icon_char(name)
    if char:
        c.setFillColor(HexColor(color))
        c.setFont(fonts.ICONS, 9)
        c.drawString(x, y, char)
    return x + 10


def _legend_text(c: Canvas, text: str, x: float, y: float) -> float:
    c.setFillColor(HexColor(INK))
    c.setFont(fonts.REGULAR, 8)
    c.drawString(x, y, text)
    return x + stringWidth(text, fonts.REGULAR, 8) + 14


# --- poster tiles -------------------------------------------------------------------

def _tile_pages(plan: MapPlan, page_size, result: PdfResult, paper: str) -> list[Page]:
    """The map near natural size across as many pages as needed, with overlap and marks, after a
    page showing how the tiles assemble."""
    width, height = page_size
    tile = Rect(0, 0, width - 2 * MARGIN, height - 2 * MARGIN - TILE_HEADER)
    scale = tile_scale(plan, tile)
    columns, rows = _tile_grid(plan, tile, scale)
    result.notices.append(Problem("pdf_tiles", None, {"journey": plan.journey.name, "paper": paper, "columns": columns,
                                                      "rows": rows, "percent": round(scale * 100)}))  # fmt: skip
    # Each tile's part of the map, in plan units.
    step_x, step_y = (tile.w - TILE_OVERLAP) / scale, (tile.h - TILE_OVERLAP) / scale
    views = {(column, row): Rect(column * step_x, row * step_y, tile.w / scale, tile.h / scale)
             for row in range(rows) for column in range(columns)}  # fmt: skip
    pages: list[Page] = [AssemblyPage(plan, views)]
    pages += [TilePage(plan, view, tile_label(column, row), column < columns - 1, row < rows - 1, scale)
              for (column, row), view in views.items()]  # fmt: skip
    return pages


def _tile_grid(plan: MapPlan, tile: Rect, scale: float) -> tuple[int, int]:
    """(columns, rows) of tiles the map needs at ``scale``."""
    def count(length: float, room: float) -> int:
        return max(1, math.ceil((length * scale - TILE_OVERLAP) / (room - TILE_OVERLAP) - 1e-9))

    return count(plan.width, tile.w), count(plan.height, tile.h)


def tile_scale(plan: MapPlan, tile: Rect) -> float:
    """The largest scale, from natural size (1) down to notes at ``POSTER_MIN_FONT``, that needs
    the fewest tiles: a map a little wider than a page is shrunk onto one column of pages
    rather than printed with a sliver on a second one."""
    lowest = POSTER_MIN_FONT / NOTE_FONT
    fewest = math.prod(_tile_grid(plan, tile, lowest))
    # The tile count only changes where the map's width or height fills a whole number of tiles.
    columns, rows = _tile_grid(plan, tile, 1.0)
    candidates = [1.0]
    candidates += [(k * (tile.w - TILE_OVERLAP) + TILE_OVERLAP) / plan.width for k in range(1, columns)]
    candidates += [(k * (tile.h - TILE_OVERLAP) + TILE_OVERLAP) / plan.height for k in range(1, rows)]
    return max(s for s in candidates if lowest <= s <= 1.0 and math.prod(_tile_grid(plan, tile, s)) <= fewest)


def tile_label(column: int, row: int) -> str:
    return f"{chr(ord('A') + column % 26)}{row + 1}"


@dataclass
class AssemblyPage(Page):
    """The whole map, small, with the tiles drawn over it: how to assemble the poster."""

    plan: MapPlan
    views: dict[tuple[int, int], Rect]  # (column, row) -> the part of the map on that tile

    def draw(self, c, state, page_size, words, number, total) -> None:
        _bookmark(c, self.plan.journey)
        subtitle = words["tiles_map"].format(journey=fonts.printable(self.plan.journey.name))
        _title_block(c, state, self.plan.journey, page_size, words, number, total, subtitle=subtitle)
        area = Rect(MARGIN, MARGIN + TITLE_BLOCK, page_size[0] - 2 * MARGIN, page_size[1] - 2 * MARGIN - TITLE_BLOCK
                    - LEGEND)  # fmt: skip
        right = max(v.right for v in self.views.values())
        bottom = max(v.bottom for v in self.views.values())
        scale = min(area.w / right, area.h / bottom)
        top = page_size[1] - area.y
        draw_map(c, self.plan, area.x, top, scale, words)
        c.setStrokeColor(HexColor("#1e88e5"))
        c.setLineWidth(1)
        for (column, row), view in self.views.items():
            x, y = area.x + view.x * scale, top - view.y * scale
            c.rect(x, y - view.h * scale, view.w * scale, view.h * scale, stroke=1, fill=0)
            c.setFillColor(HexColor("#1e88e5"))
            c.setFont(fonts.BOLD, 12)
            c.drawString(x + 6, y - 16, tile_label(column, row))
        c.setFillColor(HexColor(MUTED))
        c.setFont(fonts.REGULAR, 9)
        c.drawString(MARGIN, MARGIN + 4, words["tiles_hint"])


@dataclass
class TilePage(Page):
    """One tile of the poster: its part of the map (``view``, plan units) near natural size
    (``scale`` points per unit), the overlap band and crop marks."""

    plan: MapPlan
    view: Rect
    label: str
    overlap_right: bool
    overlap_below: bool
    scale: float = 1.0

    def draw(self, c, state, page_size, words, number, total) -> None:
        width, height = page_size
        view, scale, top = self.view, self.scale, height - MARGIN - TILE_HEADER
        frame = Rect(MARGIN, top - view.h * scale, view.w * scale, view.h * scale)  # on the page, y upwards
        c.setFillColor(HexColor(INK))
        c.setFont(fonts.BOLD, 11)
        c.drawString(MARGIN, height - MARGIN - 12,
                     words["tile"].format(label=self.label, journey=fonts.printable(self.plan.journey.name)))  # fmt: skip
        c.setFont(fonts.REGULAR, 9)
        c.drawRightString(width - MARGIN, height - MARGIN - 12, words["page"].format(page=number, pages=total))
        c.saveState()
        path = c.beginPath()
        path.rect(frame.x, frame.y, frame.w, frame.h)
        c.clipPath(path, stroke=0, fill=0)
        draw_map(c, self.plan, MARGIN - view.x * scale, top + view.y * scale, scale, words, clip=view)
        c.restoreState()
        c.setFillColor(HexColor("#90a4ae"), alpha=0.25)
        if self.overlap_right:
            c.rect(frame.right - TILE_OVERLAP, frame.y, TILE_OVERLAP, frame.h, stroke=0, fill=1)
        if self.overlap_below:
            c.rect(frame.x, frame.y, frame.w, TILE_OVERLAP, stroke=0, fill=1)
        _crop_marks(c, frame)


def _crop_marks(c: Canvas, r: Rect) -> None:
    c.setStrokeColor(HexColor(INK))
    c.setLineWidth(0.5)
    for x, y, dx, dy in ((r.x, r.y, -1, -1), (r.right, r.y, 1, -1), (r.x, r.bottom, -1, 1), (r.right, r.bottom, 1, 1)):
        c.line(x + dx * 4, y, x + dx * 14, y)
        c.line(x, y + dy * 4, x, y + dy * 14)
