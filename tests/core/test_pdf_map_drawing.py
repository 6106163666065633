"""How a map reaches the PDF quickly without changing what it shows: notes wrapped as reportlab
measures them, split parts laid out as a fresh plan would be, every page's text in one text
object, and strings that PDF treats specially printed as typed."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from cjm_desktop.commands import AddTouchpoints, EditTouchpoints
from cjm_desktop.commands.votes import StepVotes
from cjm_desktop.model.domain import Evaluation
from cjm_desktop.pdf import fonts
from cjm_desktop.pdf.export import build_pdf
from cjm_desktop.pdf.map.layout import NOTE_FONT, NOTE_TEXT_WIDTH, MapPlanner, plan_map
from cjm_desktop.pdf.page import PdfOptions
from cjm_desktop.pdf.text_fit import wrap

TEXTS = [
    "Je compare les offres de trois opérateurs",
    "J’appelle le 39 xx : 25 minutes d’attente",
    "Je reçois un e-mail « Votre devis » clair",
    "Je lis une très longue phrase qui ne tient certainement pas sur une seule ligne de la note imprimée",
    "Un mot",
    "",
]


def add_notes(doc, grid, count: int) -> None:
    journey, stages, channels = grid
    for i in range(count):
        command = AddTouchpoints(journey, (channels[i % len(channels)].id, stages[i % len(stages)].id),
                                 [TEXTS[i % 4]])
        doc.execute(command)
        doc.execute(EditTouchpoints(command.created_ids, evaluation=list(Evaluation)[i % 5],
                                    moment_of_truth=i % 4 == 0))
        doc.execute(StepVotes(command.created_ids, i % 3))


def page_contents(data: bytes) -> list[str]:
    return [page.get_contents().get_data().decode("latin-1") for page in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("text", TEXTS)
def test_notes_wrap_into_the_lines_reportlab_would_make(text):
    fonts.register_fonts()
    assert wrap(text, fonts.REGULAR, NOTE_FONT, NOTE_TEXT_WIDTH) == (
        simpleSplit(text, fonts.REGULAR, NOTE_FONT, NOTE_TEXT_WIDTH) or [""])


def test_a_word_longer_than_a_note_is_cut_into_pieces_that_fit():
    fonts.register_fonts()
    word = "Anticonstitutionnellement" * 3
    lines = wrap(word, fonts.REGULAR, NOTE_FONT, NOTE_TEXT_WIDTH)
    assert "".join(lines) == word and len(lines) > 1
    assert all(stringWidth(line, fonts.REGULAR, NOTE_FONT) <= NOTE_TEXT_WIDTH for line in lines)


def test_each_part_of_a_split_map_is_laid_out_as_a_fresh_plan_of_its_stages(doc, grid):
    add_notes(doc, grid, 40)
    journey = doc.state.journeys[0]
    stages = doc.state.stages(journey.id)
    planner = MapPlanner(doc.state, journey)
    for group, parking in ((stages[:3], False), (stages[3:], True)):
        reused, fresh = planner.plan(group, parking), plan_map(doc.state, journey, group, parking)
        assert (reused.layout, reused.lines, reused.emotions, reused.lane, reused.missing) == (
            fresh.layout, fresh.lines, fresh.emotions, fresh.lane, fresh.missing)


def test_a_map_page_shows_all_its_text_in_one_text_object_however_many_notes(doc, grid):
    add_notes(doc, grid, 3)
    few = page_contents(build_pdf(doc.state, doc.state.journeys, PdfOptions(cover=False))[0])[0]
    add_notes(doc, grid, 60)
    many = page_contents(build_pdf(doc.state, doc.state.journeys, PdfOptions(cover=False))[0])[0]
    assert len(re.findall(r"\bBT\b", many)) == len(re.findall(r"\bBT\b", few))


def test_brackets_and_backslashes_print_exactly_as_typed(doc, grid):
    journey, stages, channels = grid
    text = r"Je paie (enfin) 100 \ 200 € ((ouf)"
    doc.execute(AddTouchpoints(journey, (channels[0].id, stages[0].id), [text]))
    data, _ = build_pdf(doc.state, doc.state.journeys, PdfOptions(cover=False))
    printed = "".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert "".join(text.split()) in printed


def test_no_part_of_a_map_is_shorter_than_the_least_height_of_any_of_its_stages(doc, grid):
    add_notes(doc, grid, 40)
    journey = doc.state.journeys[0]
    stages = doc.state.stages(journey.id)
    planner = MapPlanner(doc.state, journey)
    for group in (stages[:1], stages[:3], stages[2:5], stages):
        part = planner.plan(group, with_parking=False)
        assert all(part.height >= planner.min_height(stage) for stage in group)


def test_text_using_more_characters_than_one_font_subset_holds_prints_exactly(doc, grid):
    journey, stages, channels = grid
    alphabet = [chr(c) for c in (*range(0x00C0, 0x017F), *range(0x03B1, 0x03CA), *range(0x0410, 0x0450))]
    texts = ["Je lis " + "".join(alphabet[i : i + 12]) for i in range(0, len(alphabet), 12)]
    doc.execute(AddTouchpoints(journey, (channels[0].id, stages[0].id), texts))
    data, _ = build_pdf(doc.state, doc.state.journeys, PdfOptions(cover=False))
    printed = "".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert len(set("".join(alphabet))) > 256 and all("".join(t.split()) in printed for t in texts)
