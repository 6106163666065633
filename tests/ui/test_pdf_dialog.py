"""Fichier › Exporter en PDF…: the options dialog, its preview, and the export it runs."""

from __future__ import annotations

from pypdf import PdfReader

from ui.files.pdf_dialog import PdfDialog


def open_dialog(window, qtbot) -> PdfDialog:
    doc = window.controller.doc
    dialog = PdfDialog(doc.state, window.current_journey_id(), "fr", window)
    qtbot.addWidget(dialog)
    return dialog


def test_the_defaults_are_all_journeys_on_one_a3_page_each(window, project, qtbot):
    window.open_path(project)
    choice = open_dialog(window, qtbot).choice()
    assert ([j.name for j in choice.journeys], choice.options.paper, choice.options.fit) == (
        ["Parcours existant"], "A3", "page")


def test_the_preview_follows_the_paper_and_says_when_a_map_is_split(window, project, qtbot):
    window.open_path(project)
    dialog = open_dialog(window, qtbot)
    kinds = [type(page).__name__ for page in dialog.preview.pages]
    assert (dialog.summary.text(), kinds) == ("3 pages.", ["CoverPage", "MapPage", "AppendixPage"])  # + frictions
    dialog.paper.setCurrentText("A4")
    assert [type(page).__name__ for page in dialog.preview.pages].count("MapPage") > 1
    assert "ne tient pas lisiblement sur une page A4" in dialog.summary.text()


def test_the_tile_layout_previews_an_assembly_page_and_its_tiles(window, project, qtbot):
    window.open_path(project)
    dialog = open_dialog(window, qtbot)
    dialog.paper.setCurrentText("A4")
    dialog.fit.setCurrentIndex(1)
    assert type(dialog.preview.pages[1]).__name__ == "AssemblyPage"  # after the cover
    assert [p.label for p in dialog.preview.pages[2:4]] == ["A1", "B1"]


def test_exporting_writes_the_pdf_and_says_how_many_pages(window, prompts, project, tmp_path):
    window.open_path(project)
    prompts.path_to_export = tmp_path / "atelier.pdf"
    window.actions_.export_pdf.trigger()
    reader = PdfReader(tmp_path / "atelier.pdf")
    assert len(reader.pages) == 3 and "Sommaire" in reader.pages[0].extract_text()
    assert "Je souscris en ligne" in reader.pages[1].extract_text()
    assert "Tableau des frictions" in reader.pages[2].extract_text()
    assert window.statusBar().currentMessage() == "PDF enregistré dans « atelier.pdf » : 3 pages."


def test_the_preview_paints_the_appendix_pages_with_their_content(window, project, qtbot):
    window.open_path(project)
    dialog = open_dialog(window, qtbot)
    page = dialog.preview.pages[-1]
    box = page.content_box(dialog.preview.page_size)
    assert type(page).__name__ == "AppendixPage" and box.h > 0
    image = dialog.preview.grab().toImage()
    assert not image.isNull()


def test_the_cover_box_is_on_by_default_and_unticking_it_drops_the_cover_from_the_preview(window, project, qtbot):
    window.open_path(project)
    dialog = open_dialog(window, qtbot)
    assert dialog.cover.isChecked()
    assert dialog.choice().options.cover and type(dialog.preview.pages[0]).__name__ == "CoverPage"
    dialog.cover.setChecked(False)
    assert not dialog.choice().options.cover
    assert [type(page).__name__ for page in dialog.preview.pages] == ["MapPage", "AppendixPage"]
    assert dialog.summary.text() == "2 pages."
