"""The map's legend and vote icon in the PDF: one vote icon everywhere (the canvas's heart), and a
legend entry for every evaluation, « non évalué » included (read back with pypdf)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from cjm_desktop.commands import AddTouchpoints, EditTouchpoints
from cjm_desktop.commands.votes import StepVotes
from cjm_desktop.model.domain import Evaluation
from cjm_desktop.pdf.export import build_pdf
from cjm_desktop.pdf.page import PdfOptions

HEART, THUMB = "mdi6.heart", "mdi6.thumb-up-outline"


@pytest.fixture
def voted(doc, grid):
    journey, stages, channels = grid
    for i, evaluation in enumerate(Evaluation):
        command = AddTouchpoints(journey, (channels[i].id, stages[i].id), [f"Je vote pour l’idée {i}"])
        doc.execute(command)
        doc.execute(EditTouchpoints(command.created_ids, evaluation=evaluation))
        doc.execute(StepVotes(command.created_ids, i + 1))
    return doc


def map_text(doc, language: str = "fr") -> str:
    data, _ = build_pdf(doc.state, doc.state.journeys, PdfOptions(paper="A3", language=language, cover=False))
    return PdfReader(io.BytesIO(data)).pages[0].extract_text()


def legend_of(text: str) -> list[str]:
    """The legend's lines: from « Légende » (or « Legend ») to the end of the page."""
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip() in ("Légende", "Legend"))
    return [line.strip() for line in lines[start:]]


def test_the_legend_has_an_entry_for_notes_not_evaluated(voted):
    legend = legend_of(map_text(voted))
    assert "Non évalué" in legend
    assert legend.index("Non évalué") < legend.index("Enchantement") < legend.index("Point de rupture")


def test_the_english_legend_says_not_evaluated(voted):
    assert "Not evaluated" in legend_of(map_text(voted, "en"))


def test_votes_are_the_canvas_heart_on_notes_and_in_the_legend_never_a_thumb(voted):
    data, _ = build_pdf(voted.state, voted.state.journeys, PdfOptions(paper="A3", cover=False))
    drawn = [name.decode() for page in PdfReader(io.BytesIO(data)).pages
             for name in re.findall(rb"/FormXob\.icon:([\w.-]+) Do", page.get_contents().get_data())]
    assert drawn.count(HEART) == len(Evaluation) + 1  # one per voted note, and the legend's
    assert THUMB not in drawn
