"""The appendix as one flow: sections follow one another on a page, a heading is kept with its first rows, a
section continued on the next page repeats its heading and its table's header, no table row is left alone, and
each page's header names the sections on it."""

from __future__ import annotations

import sqlite3

import pytest
from reportlab.platypus import Table

from cjm_desktop.model.domain import (
    Channel,
    Evaluation,
    Journey,
    JourneyKind,
    Persona,
    Project,
    ProjectState,
    Stage,
    Touchpoint,
)
from cjm_desktop.pdf.appendix.layout import SectionHeading, frame_size, paginate, virtual_size
from cjm_desktop.pdf.appendix.pages import appendix_pages
from cjm_desktop.pdf.labels import labels
from cjm_desktop.pdf.page import paper_size
from cjm_desktop.storage import reader
from tests.support.two_journeys import build_two_journeys


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> ProjectState:
    folder = tmp_path_factory.mktemp("two")
    conn = sqlite3.connect(build_two_journeys(folder / "deux.cjm", work=folder))
    conn.text_factory = bytes
    try:
        return reader.read_state(conn)[0]
    finally:
        conn.close()


def frictions(count: int, *entities: object) -> ProjectState:
    """One journey with ``count`` irritants (and ``entities``)."""
    state = ProjectState(project=Project(title="Atelier"))
    for entity in (Journey(1, "Parcours existant", JourneyKind.CURRENT), Stage(1, 1, "Acheter", 0),
                   Channel(1, 1, "Site web", 0),
                   *(Touchpoint(10 + i, 1, f"Friction {i:03d}", 1, 1, i, Evaluation.PAIN) for i in range(count)),
                   *entities):
        state.put(entity)
    return state


def frame_height(paper: str) -> float:
    return frame_size(virtual_size(paper, paper_size(paper))[0])[1]


def test_the_two_journey_appendix_takes_fewer_pages_than_one_section_a_sheet(two):
    appendix = appendix_pages(two, two.journeys, "A3", paper_size("A3"))
    width, height = frame_size(virtual_size("A3", paper_size("A3"))[0])
    one_a_sheet = sum(len(paginate(section.flowables, width, height)) for section, _ in appendix.sections)
    assert len(appendix.pages) < one_a_sheet


def test_every_appendix_page_but_the_last_is_more_than_a_third_full(two):
    appendix = appendix_pages(two, two.journeys, "A3", paper_size("A3"))
    fills = [page.used / frame_height("A3") for page in appendix.pages[:-1]]
    assert fills and min(fills) > 0.35


def test_several_sections_share_a_page_and_its_header_names_them(two):
    appendix = appendix_pages(two, two.journeys, "A3", paper_size("A3"))
    first = appendix.pages[0]
    title, _ = first.header_texts(labels("fr"))
    assert len(first.sections) >= 3 and title.startswith("Personas · Détails des étapes")


def test_a_continued_section_repeats_its_heading_and_its_table_header():
    state = frictions(150)
    appendix = appendix_pages(state, state.journeys, "A4", paper_size("A4"))
    assert len(appendix.pages) > 2
    for page in appendix.pages[1:]:
        heading, *rest = page.flowables
        assert heading.continued and heading.text == "Tableau des frictions — Parcours existant (suite)"
        assert page.header_texts(labels("fr"))[0] == "Tableau des frictions (suite)"
        assert "Point de friction" in str(next(f for f in rest if isinstance(f, Table))._cellvalues[0][0])


def test_a_heading_is_never_the_last_thing_on_a_page():
    for count in range(1, 40, 3):  # personas push the frictions' heading down by different amounts
        state = frictions(count, *(Persona(i, f"Persona {i}", i) for i in range(1, 9)))
        for page in appendix_pages(state, state.journeys, "A4", paper_size("A4")).pages:
            last = page.flowables[-1]
            assert not isinstance(last, SectionHeading)
            assert not getattr(getattr(last, "style", None), "keepWithNext", False)


@pytest.mark.parametrize("count", range(18, 60, 1))
def test_no_table_part_holds_a_single_row_of_a_longer_table(count):
    state = frictions(count)
    pages = appendix_pages(state, state.journeys, "A4", paper_size("A4")).pages
    parts = [f for page in pages for f in page.flowables if isinstance(f, Table)]
    rows = [len(part._cellvalues) - 1 for part in parts]
    assert sum(rows) == count and (len(parts) == 1 or min(rows) >= 2)
