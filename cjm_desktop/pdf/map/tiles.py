"""A map printed as a poster: tiles near natural size with overlap bands and crop marks, after
a page showing how they assemble."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from cjm_desktop.interop.model import Problem
from cjm_desktop.layout.colors import INK, MUTED
from cjm_desktop.layout.grid_layout import Rect
from cjm_desktop.model.domain import ProjectState
from cjm_desktop.pdf import fonts
from cjm_desktop.pdf.map.draw import draw_map
from cjm_desktop.pdf.map.layout import NOTE_FONT, MapPlan
from cjm_desktop.pdf.page import LEGEND, MARGIN, TITLE_BLOCK, Page, PdfResult, bookmark, journey_title_block

TILE_OVERLAP = 20.0  # points shared by neighbouring poster tiles (7 mm)
POSTER_MIN_FONT = 7.0  # a poster is read from further than a page: its tiles keep notes at least this size
TILE_HEADER = 22.0
MAX_TILES = 200  # pages of one poster: a map that needs more at a legible size is printed smaller (the user is told)


def tile_pages(plan: MapPlan, page_size: tuple[float, float], result: PdfResult, paper: str) -> list[Page]:
    """The map near natural size across as many pages as needed, with overlap and marks, after a
    page showing how the tiles assemble."""
    width, height = page_size
    tile = Rect(0, 0, width - 2 * MARGIN, height - 2 * MARGIN - TILE_HEADER)
    scale = tile_scale(plan, tile)
    columns, rows = _tile_grid(plan, tile, scale)
    values: dict[str, object] = {"journey": plan.journey.name, "paper": paper}
    if columns * rows > MAX_TILES:
        scale = _scale_for_tiles(plan, tile, MAX_TILES)
        columns, rows = _tile_grid(plan, tile, scale)
        values["limit"] = MAX_TILES
    values |= {"columns": columns, "rows": rows, "percent": round(scale * 100, 1 if scale < 0.1 else None)}
    result.notices.append(Problem("pdf_tiles_reduced" if "limit" in values else "pdf_tiles", None, values))
    # Each tile's part of the map, in plan units.
    step_x, step_y = (tile.w - TILE_OVERLAP) / scale, (tile.h - TILE_OVERLAP) / scale
    views = {(column, row): Rect(column * step_x, row * step_y, tile.w / scale, tile.h / scale)
             for row in range(rows) for column in range(columns)}
    pages: list[Page] = [AssemblyPage(plan, views)]
    pages += [TilePage(plan, view, tile_label(column, row), column < columns - 1, row < rows - 1, scale)
              for (column, row), view in views.items()]
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


def _scale_for_tiles(plan: MapPlan, tile: Rect, most: int) -> float:
    """The largest scale at which the map needs at most ``most`` tiles. The count only grows where the map's
    width or height fills a whole number of tiles, so the answer is one of those scales."""
    def fills(length: float, room: float) -> list[float]:
        return [(k * (room - TILE_OVERLAP) + TILE_OVERLAP) / length for k in range(1, most + 1)]

    candidates = sorted(set(fills(plan.width, tile.w) + fills(plan.height, tile.h)), reverse=True)
    return next((s for s in candidates if math.prod(_tile_grid(plan, tile, s)) <= most), candidates[-1])


def tile_label(column: int, row: int) -> str:
    return f"{chr(ord('A') + column % 26)}{row + 1}"


@dataclass
class AssemblyPage(Page):
    """The whole map, small, with the tiles drawn over it: how to assemble the poster."""

    plan: MapPlan
    views: dict[tuple[int, int], Rect]  # (column, row) -> the part of the map on that tile

    def draw(self, c: Canvas, state: ProjectState, page_size: tuple[float, float], words: dict[str, str],
             number: int, total: int) -> None:
        bookmark(c, self.plan.journey)
        subtitle = words["tiles_map"].format(journey=fonts.printable(self.plan.journey.name))
        journey_title_block(c, state, self.plan.journey, page_size, words, number, total, subtitle=subtitle)
        area = Rect(MARGIN, MARGIN + TITLE_BLOCK, page_size[0] - 2 * MARGIN, page_size[1] - 2 * MARGIN - TITLE_BLOCK
                    - LEGEND)
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

    def draw(self, c: Canvas, state: ProjectState, page_size: tuple[float, float], words: dict[str, str],
             number: int, total: int) -> None:
        width, height = page_size
        view, scale, top = self.view, self.scale, height - MARGIN - TILE_HEADER
        frame = Rect(MARGIN, top - view.h * scale, view.w * scale, view.h * scale)  # on the page, y upwards
        c.setFillColor(HexColor(INK))
        c.setFont(fonts.BOLD, 11)
        c.drawString(MARGIN, height - MARGIN - 12,
                     words["tile"].format(label=self.label, journey=fonts.printable(self.plan.journey.name)))
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
