"""A map printed as a poster: tiles with overlap bands and crop marks, after a page showing how
they assemble (over a thumbnail of the map) when there is more than one.

The scale is the largest at which the map needs the fewest tiles with notes still legible from a
poster's distance (``POSTER_MIN_FONT``): a map is enlarged to fill its tiles as well as shrunk
onto fewer. The map is then shared evenly between the tiles of each row and column (rather than
filling them from the left), so the last column or row is never a sliver.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cjm_desktop.interop.model import Problem
from cjm_desktop.layout.colors import ACCENT, INK, MUTED
from cjm_desktop.layout.grid_layout import Rect
from cjm_desktop.model.domain import ProjectState
from cjm_desktop.pdf import fonts
from cjm_desktop.pdf.map.draw import draw_map, draw_stamp, moment_text
from cjm_desktop.pdf.map.layout import NOTE_FONT, MapPlan
from cjm_desktop.pdf.page import (
    LEGEND,
    MARGIN,
    TITLE_BLOCK,
    Page,
    PdfResult,
    bookmark,
    journey_title_block,
    page_factor,
    upright,
)

TILE_OVERLAP = 20.0  # points shared by neighbouring poster tiles (7 mm)
POSTER_MIN_FONT = 7.0  # a poster is read from further than a page: its tiles keep notes at least this size
POSTER_MIN_SCALE = POSTER_MIN_FONT / NOTE_FONT  # points on paper per plan unit
TILE_HEADER = 22.0
MAX_TILES = 200  # pages of one poster: a map that needs more at a legible size is printed smaller (the user is told)


def tile_area(page_size: tuple[float, float]) -> Rect:
    """Where a tile's part of the map may go on its page, in points (under the tile's header)."""
    width, height = page_size
    return Rect(MARGIN, MARGIN + TILE_HEADER, width - 2 * MARGIN, height - 2 * MARGIN - TILE_HEADER)


def poster_notice(plan: MapPlan, paper: str, columns: int, rows: int, scale: float,
                  limit: int | None = None) -> Problem:
    """What the user is told about a poster: its tiles and its scale (``limit``: it was made smaller to keep
    to that many pages)."""
    values: dict[str, object] = {"journey": plan.journey.name, "paper": paper}
    if limit is not None:
        values["limit"] = limit
    values |= {"columns": columns, "rows": rows, "percent": round(scale * 100, 1 if scale < 0.1 else None)}
    if limit is not None:
        return Problem("pdf_tiles_reduced", None, values)
    return Problem("pdf_poster_page" if columns * rows == 1 else "pdf_tiles", None, values)


def tile_pages(plan: MapPlan, page_size: tuple[float, float], result: PdfResult, paper: str) -> list[Page]:
    """The map across as few pages as keep it legible, enlarged to fill them and shared evenly between them,
    with overlap and marks; after a page showing how the tiles assemble when there are several. Tiles turn to
    portrait when that takes fewer of them (a tall map), or as many at a larger scale."""
    sheets = ((False, page_size), (True, upright(page_size)))
    layouts = [tiling(plan, sheet) + (portrait,) for portrait, sheet in sheets]
    scale, columns, rows, limit, portrait = min(layouts, key=lambda t: (t[1] * t[2], -t[0]))
    result.notices.append(poster_notice(plan, paper, columns, rows, scale, limit))
    views = tile_views(plan, scale, columns, rows)
    pages: list[Page] = [AssemblyPage(plan, views)] if len(views) > 1 else []  # one tile needs no plan
    pages += [TilePage(plan, view, tile_label(column, row), column < columns - 1, row < rows - 1, scale, portrait)
              for (column, row), view in views.items()]
    return pages


def tiling(plan: MapPlan, sheet: tuple[float, float]) -> tuple[float, int, int, int | None]:
    """(scale, columns, rows, limit) of the poster on sheets of ``sheet`` (``limit``: the scale was lowered to
    keep to ``MAX_TILES`` pages)."""
    tile = tile_area(sheet)
    scale = tile_scale(plan, tile)
    columns, rows = _tile_grid(plan, tile, scale)
    if columns * rows <= MAX_TILES:
        return scale, columns, rows, None
    scale = _scale_for_tiles(plan, tile, MAX_TILES)
    return (scale, *_tile_grid(plan, tile, scale), MAX_TILES)


def tile_views(plan: MapPlan, scale: float, columns: int, rows: int) -> dict[tuple[int, int], Rect]:
    """Each tile's part of the map (plan units), by (column, row): the map shared evenly between the tiles
    of a row (and of a column), neighbours sharing ``TILE_OVERLAP`` points of paper."""
    def shares(length: float, count: int) -> list[tuple[float, float]]:
        each = (length * scale + (count - 1) * TILE_OVERLAP) / count  # points of paper per tile
        return [(k * (each - TILE_OVERLAP) / scale, each / scale) for k in range(count)]

    across, down = shares(plan.width, columns), shares(plan.height, rows)
    return {(column, row): Rect(x, y, w, h) for row, (y, h) in enumerate(down) for column, (x, w) in enumerate(across)}


def _count(length: float, room: float, scale: float) -> int:
    """How many tiles of ``room`` points (sharing ``TILE_OVERLAP``) a ``length`` of map needs at ``scale``."""
    return max(1, math.ceil((length * scale - TILE_OVERLAP) / (room - TILE_OVERLAP) - 1e-9))


def _tile_grid(plan: MapPlan, tile: Rect, scale: float) -> tuple[int, int]:
    """(columns, rows) of tiles the map needs at ``scale``."""
    return _count(plan.width, tile.w, scale), _count(plan.height, tile.h, scale)


def _filling(length: float, room: float, most: int) -> list[float]:
    """The scales at which ``length`` of map fills exactly 1, 2 … ``most`` tiles of ``room`` points: the
    only scales where a tile count changes."""
    return [(k * (room - TILE_OVERLAP) + TILE_OVERLAP) / length for k in range(1, most + 1)]


def tile_scale(plan: MapPlan, tile: Rect) -> float:
    """The largest scale that needs the fewest tiles with notes at ``POSTER_MIN_FONT`` or more: a map a
    little wider than a page is shrunk onto one column of pages rather than printed with a sliver on a
    second one, and a map smaller than its tiles is enlarged until it fills them in one direction."""
    fewest = math.prod(_tile_grid(plan, tile, POSTER_MIN_SCALE))
    if fewest > MAX_TILES:
        return POSTER_MIN_SCALE  # too many anyway: the caller prints it smaller
    candidates = _filling(plan.width, tile.w, fewest) + _filling(plan.height, tile.h, fewest)
    return max(s for s in candidates + [POSTER_MIN_SCALE]
               if s >= POSTER_MIN_SCALE and math.prod(_tile_grid(plan, tile, s)) <= fewest)


def _scale_for_tiles(plan: MapPlan, tile: Rect, most: int) -> float:
    """The largest scale at which the map needs at most ``most`` tiles. The count only grows where the map's
    width or height fills a whole number of tiles, so the answer is one of those scales."""
    candidates = sorted(set(_filling(plan.width, tile.w, most) + _filling(plan.height, tile.h, most)), reverse=True)
    return next((s for s in candidates if math.prod(_tile_grid(plan, tile, s)) <= most), candidates[-1])


def tile_label(column: int, row: int) -> str:
    return f"{chr(ord('A') + column % 26)}{row + 1}"


@dataclass
class AssemblyPage(Page):
    """How to assemble the poster: a thumbnail of the whole map (drawn as the tiles draw it) with the tiles'
    grid over it, each tile labelled (A1, B1 … by column and row). Composed on an A3 page, like a map page."""

    plan: MapPlan
    views: dict[tuple[int, int], Rect]  # (column, row) -> the part of the map on that tile

    def thumbnail(self, page_size: tuple[float, float]) -> tuple[float, float, float]:
        """(left, top, scale) of the thumbnail on the A3 page it is composed on (top: y downwards)."""
        width, height = page_size[0] / page_factor(page_size), page_size[1] / page_factor(page_size)
        area = Rect(MARGIN, MARGIN + TITLE_BLOCK, width - 2 * MARGIN, height - 2 * MARGIN - TITLE_BLOCK - LEGEND)
        right = max(v.right for v in self.views.values())
        bottom = max(v.bottom for v in self.views.values())
        scale = min(area.w / right, area.h / bottom)
        return area.x + (area.w - right * scale) / 2, area.y, scale

    def draw(self, c: Canvas, state: ProjectState, page_size: tuple[float, float], words: dict[str, str],
             number: int, total: int) -> None:
        bookmark(c, self.plan.journey)
        factor = page_factor(page_size)
        virtual = (page_size[0] / factor, page_size[1] / factor)
        c.saveState()
        c.scale(factor, factor)
        subtitle = words["tiles_map"].format(journey=fonts.printable(self.plan.journey.name))
        journey_title_block(c, state, self.plan.journey, virtual, words, number, total, subtitle=subtitle)
        draw_stamp(c, self.plan, virtual, words)
        left, top, scale = self.thumbnail(page_size)
        top = virtual[1] - top
        draw_map(c, self.plan, left, top, scale, words)
        size = min(28.0, max(8.0, 0.3 * min(min(v.w, v.h) * scale for v in self.views.values())))
        c.setLineWidth(1.2)
        for (column, row), view in self.views.items():
            x, y, w, h = left + view.x * scale, top - view.bottom * scale, view.w * scale, view.h * scale
            c.setStrokeColor(HexColor(ACCENT))
            c.rect(x, y, w, h, stroke=1, fill=0)
            label = tile_label(column, row)
            label_width = stringWidth(label, fonts.BOLD, size)
            c.setFillColor(HexColor("#ffffff"), alpha=0.85)
            c.roundRect(x + w / 2 - label_width / 2 - size * 0.3, y + h / 2 - size * 0.45, label_width + size * 0.6,
                        size * 1.3, size * 0.2, stroke=0, fill=1)
            c.setFillColor(HexColor(ACCENT))
            c.setFont(fonts.BOLD, size)
            c.drawCentredString(x + w / 2, y + h / 2 - size * 0.1, label)
        c.setFillColor(HexColor(MUTED))
        c.setFont(fonts.REGULAR, 9)
        c.drawString(MARGIN, MARGIN + 4, words["tiles_hint"])
        c.restoreState()


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
    portrait: bool = False  # printed on the paper turned upright (a tall map needs fewer tiles so)

    def sheet_size(self, page_size: tuple[float, float]) -> tuple[float, float]:
        return upright(page_size) if self.portrait else page_size

    def draw(self, c: Canvas, state: ProjectState, page_size: tuple[float, float], words: dict[str, str],
             number: int, total: int) -> None:
        width, height = page_size
        view, scale, top = self.view, self.scale, height - MARGIN - TILE_HEADER
        frame = Rect(MARGIN, top - view.h * scale, view.w * scale, view.h * scale)  # on the page, y upwards
        c.setFillColor(HexColor(INK))
        c.setFont(fonts.BOLD, 11)
        header = words["tile"].format(label=self.label, journey=fonts.printable(self.plan.journey.name))
        if self.plan.snapshot is not None:  # a snapshot's poster: every tile says which
            header += " · " + words["snapshot_stamp"].format(name=fonts.printable(self.plan.snapshot.name),
                                                             when=moment_text(self.plan.snapshot.created_at, words))
        c.drawString(MARGIN, height - MARGIN - 12, header)
        c.setFont(fonts.REGULAR, 9)
        c.drawRightString(width - MARGIN, height - MARGIN - 12, words["page_number"].format(page=number, pages=total))
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
