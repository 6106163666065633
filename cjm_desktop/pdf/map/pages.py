"""Map pages: a journey's map fitted on a page, or split into pages of whole stages when it
would not be legible, or printed as a poster in tiles (``tiles``)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cjm_desktop.interop.model import Problem
from cjm_desktop.layout.colors import EVALUATION_ICONS, INK, MUTED, NOTE_COLORS, STAR
from cjm_desktop.layout.grid_layout import Rect
from cjm_desktop.model.domain import Evaluation, ProjectState
from cjm_desktop.pdf import fonts, icons
from cjm_desktop.pdf.labels import EVALUATION_WORDS
from cjm_desktop.pdf.map.draw import OUTLINE, OUTLINE_UNEVALUATED, VOTE_ICON, draw_map, draw_stamp
from cjm_desktop.pdf.map.layout import METRICS, MIN_FONT, NOTE_FONT, MapPlan, MapPlanner
from cjm_desktop.pdf.map.tiles import POSTER_MIN_SCALE, poster_notice, tile_pages
from cjm_desktop.pdf.page import (
    LEGEND,
    MARGIN,
    TITLE_BLOCK,
    Page,
    PdfOptions,
    PdfResult,
    bookmark,
    journey_title_block,
    page_factor,
    upright,
)

MAX_SCALE = 1.6  # a small map is not blown up beyond this


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


@dataclass
class MapPage(Page):
    """A journey's map fitted on the page (or a part of it: some of its stages)."""

    plan: MapPlan
    first: bool = True  # the journey's first page (its outline entry)
    part: tuple[int, int] | None = None
    portrait: bool = False  # a poster's one sheet, turned upright for a tall map

    def sheet_size(self, page_size: tuple[float, float]) -> tuple[float, float]:
        return upright(page_size) if self.portrait else page_size

    def placement(self, page_size: tuple[float, float]) -> tuple[float, Rect]:
        """(scale on paper, where the map is on the page in points, y downwards)."""
        factor, area = page_factor(page_size), map_area(page_size)
        scale = fit_scale(self.plan, area)
        left = area.x + (area.w - self.plan.width * scale) / 2  # centred across the page
        return scale * factor, Rect(left * factor, area.y * factor, self.plan.width * scale * factor,
                                    self.plan.height * scale * factor)

    def draw(self, c: Canvas, state: ProjectState, page_size: tuple[float, float], words: dict[str, str],
             number: int, total: int) -> None:
        if self.first:
            bookmark(c, self.plan.journey)
        factor = page_factor(page_size)
        virtual = (page_size[0] / factor, page_size[1] / factor)
        area = map_area(page_size)
        scale = fit_scale(self.plan, area)
        c.saveState()
        c.scale(factor, factor)
        journey_title_block(c, state, self.plan.journey, virtual, words, number, total, self.part)
        draw_stamp(c, self.plan, virtual, words)
        draw_map(c, self.plan, area.x + (area.w - self.plan.width * scale) / 2, virtual[1] - area.y, scale, words)
        legend(c, virtual, words)
        c.restoreState()


def journey_pages(
    state: ProjectState, plan: MapPlan, page_size: tuple[float, float], options: PdfOptions, result: PdfResult
) -> list[Page]:
    """The pages of one journey's map. ``fit == "page"``: one page, else pages of whole stages, else (too tall)
    a poster. ``fit == "tile"``: one page when the map fits it legibly at a poster's font size (enlarged to
    fill it, up to ``MAX_SCALE``), else a poster in balanced tiles (``tiles.tile_pages``)."""
    area, factor = map_area(page_size), page_factor(page_size)
    if options.fit == "page":
        if legible(fit_scale(plan, area) * factor):
            return [MapPage(plan)]
        parts = _split_by_stages(state, plan, area, factor)
        if parts is not None:
            result.notices.append(Problem("pdf_split", None, {"journey": plan.journey.name, "paper": options.paper,
                                                              "count": len(parts)}))
            return [MapPage(part, i == 0, (i + 1, len(parts))) for i, part in enumerate(parts)]
        result.notices.append(Problem("pdf_too_tall", None, {"journey": plan.journey.name, "paper": options.paper}))
    else:
        # a poster that fits its sheet legibly, landscape or upright, is that one sheet, filled (title and legend
        # too): no tiles, no plan
        landscape, turned = (fit_scale(plan, map_area(sheet)) * page_factor(sheet)
                             for sheet in (page_size, upright(page_size)))
        portrait = turned > landscape * 1.05  # upright only when that prints the map clearly larger
        scale = turned if portrait else landscape
        if scale >= POSTER_MIN_SCALE - 1e-9:
            result.notices.append(poster_notice(plan, options.paper, 1, 1, scale))
            return [MapPage(plan, portrait=portrait)]
    return tile_pages(plan, page_size, result, options.paper)


def _split_by_stages(state: ProjectState, plan: MapPlan, area: Rect, factor: float) -> list[MapPlan] | None:
    """The fewest groups of consecutive stages whose maps are each legible on a page."""
    planner = plan.planner or MapPlanner(state, plan.journey)  # the notes are measured once
    stages = plan.stages
    if any(not legible(area.h / planner.min_height(stage) * factor) for stage in stages):
        return None  # a stage too tall for a page alone: no grouping can help
    for per_page in range(len(stages) - 1, 0, -1):
        if not legible(area.w / (METRICS.header_width + per_page * METRICS.column_width) * factor):
            continue  # too wide to be legible, whatever its notes: not worth laying out
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


def legend(c: Canvas, page_size: tuple[float, float], words: dict[str, str]) -> None:
    x, y = MARGIN, MARGIN + 4
    c.setFont(fonts.BOLD, 8)
    c.setFillColor(HexColor(MUTED))
    c.drawString(x, y, words["legend"])
    x += stringWidth(words["legend"], fonts.BOLD, 8) + 10
    for evaluation in (Evaluation.NONE, Evaluation.DELIGHT, Evaluation.NEUTRAL, Evaluation.PAIN, Evaluation.BREAKING):
        key = "not_evaluated" if evaluation is Evaluation.NONE else EVALUATION_WORDS[evaluation]
        c.setFillColor(HexColor(NOTE_COLORS[evaluation]))
        c.setStrokeColor(HexColor(OUTLINE_UNEVALUATED if evaluation is Evaluation.NONE else OUTLINE))
        c.roundRect(x, y - 2, 22, 11, 2, stroke=1, fill=1)
        if evaluation in EVALUATION_ICONS:  # a note not evaluated has no icon: its swatch alone
            _, icon, ink = EVALUATION_ICONS[evaluation]
            _legend_icon(c, icon, x + 6, y, ink)
        x = _legend_text(c, words[key], x + 28, y)
    x = _legend_icon(c, "mdi6.star", x, y, STAR)
    x = _legend_text(c, words["moment_of_truth"], x + 2, y)
    x = _legend_icon(c, VOTE_ICON, x, y, MUTED)
    _legend_text(c, words["votes"], x + 2, y)
    c.setFont(fonts.REGULAR, 7)
    c.drawRightString(page_size[0] - MARGIN, y, words["created_with"])


def _legend_icon(c: Canvas, name: str, x: float, y: float, color: str) -> float:
    icons.draw_icon(c, name, x, y, 9, color)  # a path, out of the text layer
    return x + 10


def _legend_text(c: Canvas, text: str, x: float, y: float) -> float:
    c.setFillColor(HexColor(INK))
    c.setFont(fonts.REGULAR, 8)
    c.drawString(x, y, text)
    return x + float(stringWidth(text, fonts.REGULAR, 8)) + 14


