"""The PDF's cover page: the project sheet as typed (empty fields left out), the table of contents with the
real page numbers of each journey and appendix section, and the switches that leave it out."""

from __future__ import annotations

import io
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from cjm_desktop.model.domain import Journey, JourneyKind, Project, ProjectState
from cjm_desktop.pdf.cover import GUTTER, cover_columns
from cjm_desktop.pdf.export import build_pdf
from cjm_desktop.pdf.page import MARGIN, PdfOptions, paper_size
from cjm_desktop.storage import reader
from tests.support.two_journeys import PERSONAS, SHEET, build_two_journeys

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("two")
    return build_two_journeys(folder / "deux.cjm", work=folder)


def state_of(path: Path) -> ProjectState:
    conn = sqlite3.connect(path)
    conn.text_factory = bytes
    try:
        return reader.read_state(conn)[0]
    finally:
        conn.close()


def page_texts(data: bytes, tmp_path: Path) -> list[str]:
    """Each page's text as poppler's ``pdftotext -layout`` reads it (independent of reportlab)."""
    pdf = tmp_path / "out.pdf"
    pdf.write_bytes(data)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def cover_column(data: bytes, tmp_path: Path, contents: bool = False) -> str:
    """The text of one column of the cover, the project sheet (left) or the contents (right), read apart: a title
    on two lines would otherwise interleave with the contents' lines."""
    pdf = tmp_path / "cover.pdf"
    pdf.write_bytes(data)
    sheet, _, _ = cover_columns(paper_size("A3"))
    middle = round(MARGIN + sheet + GUTTER / 2)
    width, height = (round(v) for v in paper_size("A3"))
    left, right = (middle, width) if contents else (0, middle)
    crop = ["-x", str(left), "-y", "0", "-W", str(right - left), "-H", str(height)]
    return subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", "-r", "72", *crop, str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_cover_prints_every_field_of_the_project_sheet_and_the_personas(two, tmp_path):
    state = state_of(two)
    cover = flat(cover_column(build_pdf(state, state.journeys)[0], tmp_path))
    for value in (state.project.title, SHEET["organisation"], SHEET["purpose"], SHEET["description"], "15/03/2027",
                  *SHEET["facilitators"], *PERSONAS):
        assert value in cover


def test_empty_fields_are_left_out_not_printed_blank(tmp_path):
    state = ProjectState(project=Project(title="Atelier sans fiche"))
    state.put(Journey(1, "Parcours existant", JourneyKind.CURRENT))
    cover = page_texts(build_pdf(state, state.journeys)[0], tmp_path)[0]
    assert "Atelier sans fiche" in cover
    assert not re.search(r"Organisation|Objet|Description|Date de l’atelier|Animation|Personas", cover)


def test_hostile_project_texts_print_as_typed_and_long_ones_are_shortened(tmp_path):
    state = ProjectState(project=Project(title="<b>Gras</b> & co <font color=red>x</font> 🙂",
                                         description="mot " * 2500, facilitators=("A&B <i>",)))
    state.put(Journey(1, "Parcours existant", JourneyKind.CURRENT))
    data, result = build_pdf(state, state.journeys)
    cover = flat(cover_column(data, tmp_path))
    assert "<b>Gras</b> & co <font color=red>x</font>" in cover and "A&B <i>" in cover
    assert "mot mot" in cover and "…" in cover and cover.count("mot") < 400
    codes = {p.code: p.values for p in result.problems}
    assert codes["pdf_shortened"]["count"] == 1 and "🙂" in codes["missing_characters"]["characters"]


def contents(column: str) -> dict[str, int]:
    """The table of contents: each entry's text and its page number (after the dotted leader)."""
    return {m.group(1): int(m.group(2)) for line in column.splitlines()
            if (m := re.search(r"^\s*(\S.*?)[\s.]+(\d+)\s*$", line))}


def test_the_contents_give_the_real_page_of_each_journey_and_appendix_section(two, tmp_path):
    state = state_of(two)
    data = build_pdf(state, state.journeys)[0]
    pages, entries = page_texts(data, tmp_path), contents(cover_column(data, tmp_path, contents=True))
    assert entries["Parcours existant"] == 2 and entries["Parcours cible"] == 3
    sections = {k: v for k, v in entries.items() if " — " in k}
    assert len(sections) >= 5
    for heading, number in sections.items():
        first = next(i for i, page in enumerate(pages[1:], start=2) if heading in flat(page))
        assert first == number, heading


def test_the_outline_starts_with_the_cover(two):
    state = state_of(two)
    outline = PdfReader(io.BytesIO(build_pdf(state, state.journeys)[0])).outline
    assert [e.title for e in outline if not isinstance(e, list)][:3] == ["Page de garde", "Parcours existant",
                                                                        "Parcours cible"]


def test_without_the_cover_the_first_page_is_the_first_map(two, tmp_path):
    state = state_of(two)
    with_cover = page_texts(build_pdf(state, state.journeys)[0], tmp_path)
    without = page_texts(build_pdf(state, state.journeys, PdfOptions(cover=False))[0], tmp_path)
    assert len(without) == len(with_cover) - 1 and "Sommaire" not in without[0]
    assert flat(without[0]).startswith("Parcours existant")


def test_the_command_line_leaves_the_cover_out_with_no_cover(two, tmp_path):
    for flags, name in (([], "a.pdf"), (["--no-cover"], "b.pdf")):
        done = subprocess.run([sys.executable, str(ROOT / "main.py"), "export", str(two), "--to",
                               str(tmp_path / name), *flags], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert len(PdfReader(tmp_path / "a.pdf").pages) == len(PdfReader(tmp_path / "b.pdf").pages) + 1
    assert "Sommaire" in PdfReader(tmp_path / "a.pdf").pages[0].extract_text()
    assert "Sommaire" not in PdfReader(tmp_path / "b.pdf").pages[0].extract_text()


def test_on_a0_the_cover_is_the_a3_cover_enlarged(two):
    state = state_of(two)
    sizes = {}
    for paper in ("A3", "A0"):
        found: list[float] = []

        def title_size(text, cm, tm, font, size, found=found):
            if "Sommaire" in text:
                found.append(size * cm[3] * tm[3])

        data, _ = build_pdf(state, state.journeys, PdfOptions(paper=paper))
        PdfReader(io.BytesIO(data)).pages[0].extract_text(visitor_text=title_size)
        sizes[paper] = found[0]
    assert sizes["A0"] == pytest.approx(sizes["A3"] * paper_size("A0")[0] / paper_size("A3")[0], rel=0.01)
