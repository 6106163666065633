"""Posters that fill the sheet (``--fit tile``): a map that fits one sheet legibly is that one sheet,
enlarged to fill it; a bigger map is enlarged to fill the fewest legible tiles and shared evenly between
them (no sliver of a last column or row); one tile never comes with an assembly plan, and the plan draws
the tiles' grid over a thumbnail of the map."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from cjm_desktop.model.domain import ProjectState
from cjm_desktop.pdf import fonts
from cjm_desktop.pdf.export import build_pdf, plan_pages
from cjm_desktop.pdf.labels import labels
from cjm_desktop.pdf.map.layout import plan_map
from cjm_desktop.pdf.map.pages import MapPage
from cjm_desktop.pdf.map.tiles import (
    POSTER_MIN_SCALE,
    TILE_OVERLAP,
    AssemblyPage,
    TilePage,
    tile_area,
    tile_pages,
    tiling,
)
from cjm_desktop.pdf.page import MARGIN, PdfOptions, PdfResult, page_factor, paper_size, upright
from cjm_desktop.sample import new_sample
from tests.support.big_files import grid_entities


def grid(stages: int, channels: int, notes: int, tall: bool = False) -> ProjectState:
    state = ProjectState()
    for entity in grid_entities(stages, channels, notes, tall):
        state.put(entity)
    return state


def tiles_of(state: ProjectState, paper: str) -> tuple[list[TilePage], list[object]]:
    """The tiles of the first journey's poster, and every page of it."""
    fonts.register_fonts()
    pages = tile_pages(plan_map(state, state.journeys[0]), paper_size(paper), PdfResult(), paper)
    return [p for p in pages if isinstance(p, TilePage)], pages


def used(tile: TilePage, paper: str) -> tuple[float, float]:
    """The share of the tile's printable width and height its part of the map covers."""
    room = tile_area(tile.sheet_size(paper_size(paper)))
    return tile.view.w * tile.scale / room.w, tile.view.h * tile.scale / room.h


@pytest.fixture
def sample(store):
    doc = new_sample(store)
    yield doc.state
    doc.close(save=False)


def test_a_small_map_tiled_on_a0_is_one_page_filling_the_sheet(sample):
    journey = sample.journeys[0]
    pages, _ = plan_pages(sample, [journey], PdfOptions("A0", "tile", appendix=False, cover=False))
    [page] = pages
    assert isinstance(page, MapPage)
    size = paper_size("A0")
    _, where = page.placement(size)
    printable = (size[0] - 2 * MARGIN * page_factor(size), size[1] - 2 * MARGIN * page_factor(size))
    assert max(where.w / printable[0], where.h / printable[1]) >= 0.8


def test_a_small_map_tiled_on_a0_is_enlarged_and_the_user_is_told(sample):
    _, result = build_pdf(sample, sample.journeys[:1], PdfOptions("A0", "tile", appendix=False, cover=False))
    [notice] = result.notices
    assert (notice.values["columns"], notice.values["rows"]) == (1, 1) and notice.values["percent"] > 200


def test_one_tile_comes_without_an_assembly_plan():
    tiles, pages = tiles_of(grid(8, 7, 400), "A0")  # taller than A0 leaves room for a title: one bare tile
    assert len(tiles) == 1 and pages == tiles
    assert not tiles[0].overlap_right and not tiles[0].overlap_below


def test_a_tiled_export_never_prints_a_one_by_one_plan():
    for state, paper in ((grid(8, 7, 400), "A0"), (grid(3, 2, 6), "A0"), (grid(3, 2, 6), "A4")):
        pages, _ = plan_pages(state, state.journeys, PdfOptions(paper, "tile", appendix=False, cover=False))
        plans = [p for p in pages if isinstance(p, AssemblyPage)]
        assert all(len(p.views) > 1 for p in plans)


@pytest.mark.parametrize(("stages", "channels", "notes", "paper"), [
    (10, 6, 400, "A3"),  # was 2 × 3 tiles with a last column 31 % used
    (12, 9, 400, "A3"),
    (8, 7, 400, "A4"),
    (20, 5, 300, "A3"),
    (30, 8, 1_500, "A2"),
    (6, 4, 2_000, "A4"),
    (16, 12, 3_000, "A1"),
])
def test_every_tile_is_well_used_in_each_direction_that_has_several(stages, channels, notes, paper):
    tiles, _ = tiles_of(grid(stages, channels, notes), paper)
    columns = len({t.view.x for t in tiles})
    rows = len({t.view.y for t in tiles})
    shares = [used(t, paper) for t in tiles]
    assert len(tiles) == columns * rows > 1
    if columns > 1:
        assert min(w for w, _ in shares) >= 0.5
    if rows > 1:
        assert min(h for _, h in shares) >= 0.5
    assert max(max(w, h) for w, h in shares) >= 0.99  # enlarged until it fills its tiles one way


@pytest.mark.parametrize(("stages", "channels", "notes", "paper"), [(10, 6, 400, "A3"), (6, 4, 2_000, "A4")])
def test_the_tiles_share_the_map_evenly_and_cover_it_all(stages, channels, notes, paper):
    tiles, _ = tiles_of(grid(stages, channels, notes), paper)
    plan = tiles[0].plan
    assert len({round(t.view.w, 6) for t in tiles}) == len({round(t.view.h, 6) for t in tiles}) == 1
    assert min(t.view.x for t in tiles) == min(t.view.y for t in tiles) == 0
    assert max(t.view.right for t in tiles) == pytest.approx(plan.width)
    assert max(t.view.bottom for t in tiles) == pytest.approx(plan.height)
    across = sorted({t.view.x for t in tiles})
    overlaps = [(a + tiles[0].view.w - b) * tiles[0].scale for a, b in zip(across, across[1:], strict=False)]
    assert overlaps == pytest.approx([TILE_OVERLAP] * len(overlaps))  # neighbours still share the band


def test_tiles_keep_notes_at_a_posters_legible_size():
    tiles, _ = tiles_of(grid(10, 6, 400), "A3")
    assert tiles[0].scale >= POSTER_MIN_SCALE


def test_the_assembly_plan_draws_the_map_small_under_the_labelled_grid():
    state = grid(10, 6, 400)
    _, pages = tiles_of(state, "A3")
    plan_page = pages[0]
    assert isinstance(plan_page, AssemblyPage)
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=paper_size("A3"))
    plan_page.draw(c, state, paper_size("A3"), labels("fr"), 1, len(pages))
    c.save()
    text = PdfReader(buffer).pages[0].extract_text()
    note = state.touchpoints(state.journeys[0].id)[0]
    assert note.text.split()[0] in text and "Étape 10" in text  # the thumbnail: the map's own texts
    assert all(label in text for label in ("A1", "B1", "A2", "B2"))


@pytest.mark.parametrize(("paper", "most"), [("A4", 5), ("A3", 1)])
def test_the_sample_poster_keeps_a_sane_page_count(sample, paper, most):
    pages, _ = plan_pages(sample, sample.journeys[:1], PdfOptions(paper, "tile", appendix=False, cover=False))
    assert 1 <= len(pages) <= most


def test_a_tall_poster_prints_on_upright_tiles_when_that_takes_fewer():
    state = grid(8, 7, 400, tall=True)
    plan = plan_map(state, state.journeys[0])
    tiles, _ = tiles_of(state, "A2")
    landscape = tiling(plan, paper_size("A2"))
    assert all(tile.portrait for tile in tiles) and len(tiles) < landscape[1] * landscape[2]
    assert all(tile.sheet_size(paper_size("A2")) == upright(paper_size("A2")) for tile in tiles)


def test_a_tall_poster_that_fits_an_upright_sheet_is_that_sheet_with_its_title(store):
    state = grid(10, 6, 400)
    data, _ = build_pdf(state, state.journeys[:1], PdfOptions("A0", "tile", appendix=False, cover=False))
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    assert float(page.mediabox.height) > float(page.mediabox.width)  # upright
    assert "Parcours géant" in page.extract_text()


def test_a_wide_poster_stays_landscape(sample):
    pages, _ = plan_pages(sample, sample.journeys[:1], PdfOptions("A0", "tile", appendix=False, cover=False))
    [page] = pages
    assert isinstance(page, MapPage) and not page.portrait
