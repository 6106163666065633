"""The PDF of what the limits allow stays bounded: a note of 100,000 characters prints a few lines cut
with « … » (and the user is told), a poster never has more than MAX_TILES pages, a tile looks only at its
own part of the map, and a table of thousands of rows is split into pages without losing or repeating one."""

from __future__ import annotations

import io
import random
import re

import pytest
from pypdf import PdfReader

from cjm_desktop.layout.grid_layout import Rect
from cjm_desktop.model.domain import Channel, Evaluation, Journey, Project, ProjectState, Stage, Touchpoint
from cjm_desktop.pdf.appendix.journeys import friction_rows
from cjm_desktop.pdf.appendix.pages import appendix_pages
from cjm_desktop.pdf.export import build_pdf
from cjm_desktop.pdf.map.layout import MAX_NOTE_LINES, plan_map
from cjm_desktop.pdf.map.tiles import MAX_TILES, tile_pages
from cjm_desktop.pdf.page import PdfOptions, PdfResult, paper_size
from tests.support.big_files import grid_entities

NOTE = "Je lis les conditions générales de l’offre, page après page, sans trouver le prix après douze mois. "


def state_of(*entities) -> ProjectState:
    state = ProjectState()
    for entity in entities:
        state.put(entity)
    return state


def one_cell(*texts: str) -> ProjectState:
    """A journey of one stage and one channel holding a note per text."""
    return state_of(Project(title="Atelier"), Journey(1, "Parcours"), Stage(1, 1, "Comparer", 0),
                    Channel(1, 1, "Site web", 0, "mdi6.web"),
                    *(Touchpoint(i, 1, text, 1, 1, i) for i, text in enumerate(texts, start=1)))


def cell_text(cell: object) -> str:
    """The text of a table cell: a flowable, or a list of them."""
    if isinstance(cell, list | tuple):
        return " ".join(cell_text(f) for f in cell)
    return cell.getPlainText() if hasattr(cell, "getPlainText") else getattr(cell, "text", "")


def test_a_note_of_100000_characters_prints_a_few_lines_cut_with_an_ellipsis_and_the_user_is_told():
    state = one_cell("Je compare les offres", (NOTE * 1000)[:100_000])
    data, result = build_pdf(state, state.journeys, PdfOptions("A3", appendix=False, cover=False))
    plan = plan_map(state, state.journeys[0])
    assert len(plan.lines[1]) == 1 and len(plan.lines[2]) == MAX_NOTE_LINES and plan.lines[2][-1].endswith("…")
    assert plan.shortened == 1
    assert result.pages == 1 and len(data) < 100_000
    assert [p.code for p in result.problems] == ["pdf_notes_shortened"]
    assert str(result.problems[0]).startswith("Notes too long for the map were shortened, marked « … » (1 in all)")
    printed = "".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert "Jecomparelesoffres" in printed and "…" in printed and printed.count("Jelislesconditions") <= 3


def test_a_note_that_fits_prints_whole_without_a_notice():
    text = "Je lis les conditions générales de l’offre, page après page, sans trouver le prix."
    state = one_cell(text)
    _, result = build_pdf(state, state.journeys, PdfOptions("A3", appendix=False, cover=False))
    plan = plan_map(state, state.journeys[0])
    assert " ".join(plan.lines[1]) == text and result.problems == []


def test_a_poster_never_has_more_than_max_tiles_pages_and_says_it_is_smaller():
    state = one_cell(*[(NOTE * 10)[:600] for _ in range(1_500)])  # a cell 225,000 points tall: 200+ upright tiles
    plan = plan_map(state, state.journeys[0])
    result = PdfResult()
    pages = tile_pages(plan, paper_size("A4"), result, "A4")
    assert len(pages) <= MAX_TILES + 1  # and the assembly page
    [notice] = result.notices
    assert notice.code == "pdf_tiles_reduced" and notice.values["limit"] == MAX_TILES
    assert notice.values["columns"] * notice.values["rows"] == len(pages) - 1 <= MAX_TILES
    assert str(notice).startswith("« Parcours » would need more than 200 A4 pages as a legible poster")


def test_a_tile_looks_only_at_the_cells_and_notes_in_its_part_of_the_map():
    state = state_of(*grid_entities(12, 9, 700, tall=True),
                     *(Touchpoint(10_000 + k, 1, f"À classer {k} " * (k % 7 + 1), None, None, k) for k in range(40)))
    plan = plan_map(state, state.journeys[0])
    rng = random.Random(3)

    def meets(r: Rect, clip: Rect) -> bool:
        return r.x <= clip.right and r.y <= clip.bottom and r.right >= clip.x and r.bottom >= clip.y

    looked_at = 0
    for _ in range(200):
        clip = Rect(rng.uniform(-50, plan.width), rng.uniform(-50, plan.height), rng.uniform(1, 900),
                    rng.uniform(1, 900))
        notes = plan.index.notes(clip)
        looked_at += len(notes)
        assert [i for i in notes if meets(plan.layout.notes[i], clip)] == [
            i for i, r in plan.layout.notes.items() if meets(r, clip)]
        assert set(plan.index.cells(clip)) == {c for c, r in plan.layout.cells.items() if meets(r, clip)}
    assert looked_at < 200 * len(plan.layout.notes) / 10  # not every note for every tile


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_a_friction_table_of_thousands_of_rows_is_paginated_with_each_row_once_in_order(paper):
    evaluations = [Evaluation.PAIN, Evaluation.BREAKING]
    notes = [Touchpoint(e.id, 1, f"Friction {e.id:04d}" + " avec un long texte" * (e.id % 9), e.channel_id,
                        e.stage_id, e.position, evaluations[e.id % 2])
             for e in grid_entities(8, 7, 1_200) if isinstance(e, Touchpoint)]
    state = state_of(*[e for e in grid_entities(8, 7, 0)], *notes)
    appendix = appendix_pages(state, state.journeys, paper, paper_size(paper))
    tables = [[f for f in page.flowables if hasattr(f, "_cellvalues")] for page in appendix.pages]
    assert len(tables) > 20 and all(len(t) == 1 for t in tables)  # one table part a page
    printed = []
    for [part] in tables:
        header, *rows = part._cellvalues
        assert "Point de friction" in cell_text(header[0])  # the header on every page
        printed += [int(re.findall(r"Friction (\d{4})", cell_text(row[0]))[0]) for row in rows]
    assert printed == [f.note_id for f in friction_rows(state, state.journeys[0])]
    assert sorted(printed) == list(range(1, 1_201))
