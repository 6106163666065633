"""The PDF export, checked with an independent reader (pypdf): text exact and searchable,
paper as asked, fonts embedded, outline and metadata, hostile strings printed as typed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib import pagesizes

from cjm_desktop.commands import AddJourney, AddTouchpoints, EditTouchpoints
from cjm_desktop.commands.new_project import new_project_ops
from cjm_desktop.commands.votes import StepVotes
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Evaluation, JourneyKind, Touchpoint
from cjm_desktop.pdf import export as pdf_export
from cjm_desktop.pdf import page as pdf_page
from cjm_desktop.pdf.export import build_pdf, export_pdf
from cjm_desktop.pdf.map.layout import plan_map
from cjm_desktop.pdf.map.pages import fit_scale, legible, map_area
from cjm_desktop.pdf.page import PdfOptions, page_factor

TRICKY = [
    "J’attends « 40 minutes » au téléphone",
    "Je reçois mon cœur de box — œuvre d’art",
    "Je compare les prix <&> les débits",
    "<b>Je paie</b> &amp; je signe",
    '<img src="/etc/passwd"/> Je regarde',
    '<a href="javascript:alert(1)">Je clique</a>',
    "Je lis une très longue phrase qui ne tient certainement pas sur une seule ligne de la note imprimée",
]


@pytest.fixture
def project(store):
    doc = Document.new(store, new_project_ops("Atelier « Fibre » & co", "parcours-en-8"))
    journey = doc.state.journeys[0].id
    stages, channels = doc.state.stages(journey), doc.state.channels(journey)
    for i, text in enumerate(TRICKY):
        command = AddTouchpoints(journey, (channels[i % 3].id, stages[i].id), [text])
        doc.execute(command)
        doc.execute(EditTouchpoints(command.created_ids, evaluation=list(Evaluation)[i % 5], emotion=(i % 5) - 2,
                                    moment_of_truth=i == 2))
        doc.execute(StepVotes(command.created_ids, i))
    doc.execute(AddJourney("Parcours cible", JourneyKind.TARGET, [("Souscrire", None)], [("Site web", "mdi6.web")]))
    yield doc
    doc.close(save=False)


def text_of(reader: PdfReader) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def letters(text: str) -> str:
    """``text`` without any white space (a PDF breaks lines where the note wraps)."""
    return "".join(text.split())


def export(doc, tmp_path: Path, **options) -> PdfReader:
    path = tmp_path / "carte.pdf"
    export_pdf(doc.state, doc.state.journeys, path, PdfOptions(**{"cover": False, **options}))
    return PdfReader(path)


def test_every_note_prints_exactly_as_typed_and_can_be_searched(project, tmp_path):
    text = letters(text_of(export(project, tmp_path)))
    for note in project.state.of(Touchpoint).values():
        assert letters(note.text) in text


@pytest.mark.parametrize("paper", ["A4", "A3", "A0"])
def test_pages_are_the_paper_asked_in_landscape(project, tmp_path, paper):
    reader = export(project, tmp_path, paper=paper)
    width, height = pagesizes.landscape(pdf_page.PAPERS[paper])
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (round(width), round(height))


def test_every_font_is_embedded(project, tmp_path):
    reader = export(project, tmp_path)
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_the_outline_has_an_entry_per_journey(project, tmp_path):
    reader = export(project, tmp_path)
    top = [entry.title for entry in reader.outline if not isinstance(entry, list)]  # lists: nested entries
    assert top == ["Parcours existant", "Parcours cible", "Tableau des frictions"]  # then the appendices


def test_metadata_names_the_project_and_the_app(project, tmp_path):
    meta = export(project, tmp_path).metadata
    assert (meta.title, meta.creator) == ("Atelier « Fibre » & co", "CJM Desktop")
    assert meta.subject == "Parcours existant (Parcours existant) · Parcours cible (Parcours cible)"


def test_the_same_project_gives_the_same_bytes_when_source_date_epoch_is_set(project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the reproducible-builds convention
    first, _ = build_pdf(project.state, project.state.journeys)
    second, _ = build_pdf(project.state, project.state.journeys)
    assert first == second


def test_no_link_or_external_reference_is_written(project):
    data, _ = build_pdf(project.state, project.state.journeys)
    assert not re.search(rb"/(URI|Launch|JavaScript|JS)\b", data)


def test_characters_the_font_lacks_are_reported_by_name(project):
    note = next(iter(project.state.of(Touchpoint).values()))
    project.execute(EditTouchpoints([note.id], text="Je lis 中文 et 𝄞"))
    _, result = build_pdf(project.state, project.state.journeys)
    assert [(p.code, p.values["characters"]) for p in result.problems] == [("missing_characters", "中 文 𝄞")]


def test_a_failed_export_leaves_the_previous_file_and_no_temporary_file(project, tmp_path, monkeypatch):
    target = tmp_path / "carte.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(pdf_export.Canvas, "save", lambda self: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        export_pdf(project.state, project.state.journeys, target)
    assert target.read_bytes() == b"old" and [p.name for p in tmp_path.glob("*carte*")] == ["carte.pdf"]


def test_a_map_too_wide_for_the_page_is_split_into_legible_pages_and_the_user_is_told(store, tmp_path):
    doc = Document.new(store, new_project_ops("Grand", "10-etapes"))
    try:
        journey = doc.state.journeys[0]
        for stage in doc.state.stages(journey.id):
            for channel in doc.state.channels(journey.id):
                doc.execute(AddTouchpoints(journey.id, (channel.id, stage.id), [f"Je fais {stage.name}"]))
        plan = plan_map(doc.state, journey)
        a4 = pagesizes.landscape(pagesizes.A4)
        assert not legible(fit_scale(plan, map_area(a4)) * page_factor(a4))
        data, result = build_pdf(doc.state, [journey], PdfOptions(paper="A4", cover=False))
    finally:
        doc.close(save=False)
    assert (result.pages, [str(n) for n in result.notices]) == (2, [
        "« Parcours existant » does not fit legibly on one A4 page: split into 2 pages of stages."])


def test_tiles_print_after_an_assembly_page(project, tmp_path):
    reader = export(project, tmp_path, paper="A4", fit="tile", cover=False)
    text = reader.pages[0].extract_text()
    assert "Plan d’assemblage" in text
    assert "Panneau A1" in reader.pages[1].extract_text()


def test_a_poster_slightly_wider_than_its_paper_is_shrunk_onto_one_column_of_tiles(project):
    journey = project.state.journeys[0]  # 8 stages: a little wider than an A3 page
    _, result = build_pdf(project.state, [journey], PdfOptions(paper="A3", fit="tile", cover=False))
    tiles = result.notices[0].values
    assert tiles["columns"] == 1 and 7 / 8.5 * 100 <= tiles["percent"] < 100


def test_a_poster_that_fits_its_sheet_is_enlarged_to_fill_it(project):
    journey = project.state.journeys[0]
    _, result = build_pdf(project.state, [journey], PdfOptions(paper="A0", fit="tile", cover=False, appendix=False))
    assert result.pages == 1 and result.notices[0].values["percent"] > 200
    assert str(result.notices[0]).startswith("« Parcours existant » fills one A0 page, at ")


def test_english_labels_on_request(project, tmp_path):
    text = text_of(export(project, tmp_path, language="en"))
    assert "Legend" in text and "Moment of truth" in text and "Légende" not in text


def test_who_said_a_note_is_printed_on_it(project, tmp_path):
    note_id = next(iter(project.state.of(Touchpoint)))
    project.execute(EditTouchpoints([note_id], author="Groupe B"))
    assert "GroupeB" in letters(text_of(export(project, tmp_path)))
