"""The PDF's text layer holds words only: icons (evaluations, moments of truth, votes, channels, the
legend) are vector paths, so copying a note out of a map page gives exactly its text, and no icon
font is embedded. Read with poppler's ``pdftotext`` and ``pdffonts``, as a reader's PDF viewer would."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from cjm_desktop.commands import AddTouchpoints, EditTouchpoints
from cjm_desktop.commands.votes import StepVotes
from cjm_desktop.model.domain import Evaluation, Touchpoint
from cjm_desktop.pdf import icons
from cjm_desktop.pdf.export import export_pdf
from cjm_desktop.pdf.map.layout import plan_map
from cjm_desktop.pdf.page import PdfOptions

NOTES = [
    "Je compare les offres « fibre » & « ADSL »",
    "J’attends 40 minutes au téléphone",
    "Je reçois ma box — enfin !",
    "Le technicien ne vient pas",
    "Je paie <b>en ligne</b>",
]
PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")


@pytest.fixture
def pdf(doc, grid, tmp_path) -> Path:
    """A one-journey project whose notes carry every icon a note can (evaluation, moment of truth,
    votes), exported to A3 (cover and appendix included)."""
    journey, stages, channels = grid
    for i, text in enumerate(NOTES):
        command = AddTouchpoints(journey, (channels[i].id, stages[i].id), [text])
        doc.execute(command)
        doc.execute(EditTouchpoints(command.created_ids, evaluation=list(Evaluation)[i % len(Evaluation)],
                                    moment_of_truth=i % 2 == 0))
        doc.execute(StepVotes(command.created_ids, i + 1))
    target = tmp_path / "carte.pdf"
    export_pdf(doc.state, doc.state.journeys, target, PdfOptions(paper="A3"))
    return target


def poppler(*args: str) -> str:
    return subprocess.run(list(args), check=True, capture_output=True, text=True).stdout


def map_page_text(pdf: Path) -> str:
    """The text ``pdftotext`` reads on the map page (the page with the legend)."""
    pages = int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", str(pdf))).group(1))
    texts = [poppler("pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-") for n in range(1, pages + 1)]
    return next(text for text in texts if "Légende" in text)


def words(text: str) -> str:
    """``text`` with every run of white space as one space (a note's lines wrap)."""
    return " ".join(text.split())


def test_the_notes_are_uncut_on_the_map(pdf, doc):
    plan = plan_map(doc.state, doc.state.journeys[0])
    assert plan.shortened == 0  # else the next test would not be about exact texts


def test_each_note_reads_exactly_as_typed_on_the_map_page(pdf, doc):
    notes = [note.text for note in doc.state.of(Touchpoint).values()]
    assert sorted(notes) == sorted(NOTES)
    text = words(map_page_text(pdf))
    assert [note for note in NOTES if words(note) not in text] == []


def test_no_private_use_character_is_in_the_text_of_any_page(pdf):
    assert PRIVATE_USE.findall(poppler("pdftotext", str(pdf), "-")) == []


def test_no_icon_font_is_embedded(pdf):
    fonts = [line.split()[0] for line in poppler("pdffonts", str(pdf)).splitlines()[2:]]
    assert fonts and all("DejaVu" in font for font in fonts)


def test_icons_are_drawn_as_forms_of_paths(pdf):
    data = pdf.read_bytes()
    assert b"/FormXob.icon:mdi6.heart" in data and b"/FormXob.icon:mdi6.star" in data


def test_an_icon_outline_is_a_closed_path_in_font_units():
    shape = icons.outline("mdi6.heart")
    assert shape is not None and shape.units_per_em > 0
    assert shape.path.startswith(tuple("0123456789-")) and shape.path.split()[2] == "m"
    assert shape.path.endswith("h") and " c " in shape.path  # TrueType curves written as cubic ones


def test_an_unknown_icon_is_not_drawn():
    assert not icons.has("mdi6.no-such-icon") and not icons.has("fa5s.heart")
