"""The PDF deliverable: a cover page with the project sheet and a table of contents, one map page per
journey (split or tiled when it cannot fit legibly), then the appendix sections in one flow; metadata,
an outline, page numbers « 3 / 7 », deterministic bytes.

Nothing outside the project is read (fonts aside) and nothing but the target is written: the
PDF is built in memory and written atomically, so a failed export leaves no broken file.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from cjm_desktop.interop.model import Problem
from cjm_desktop.interop.textfile import write_atomically
from cjm_desktop.model.domain import Journey, ProjectState
from cjm_desktop.pdf import fonts, metadata
from cjm_desktop.pdf.labels import labels
from cjm_desktop.pdf.map.layout import plan_map
from cjm_desktop.pdf.map.pages import journey_pages
from cjm_desktop.pdf.page import Page, PdfOptions, PdfResult, Progress, paper_size

PLANNING_SHARE = 0.3  # of the progress: laying out the maps; the rest is drawing the pages


def export_pdf(state: ProjectState, journeys: list[Journey], target: Path, options: PdfOptions | None = None,
               progress: Progress | None = None) -> PdfResult:
    """Write the PDF of ``journeys`` to ``target`` (atomically); ``options`` default to ``PdfOptions()``."""
    data, result = build_pdf(state, journeys, options, progress)
    write_atomically(Path(target), data)
    return result


def build_pdf(state: ProjectState, journeys: list[Journey], options: PdfOptions | None = None,
              progress: Progress | None = None) -> tuple[bytes, PdfResult]:
    """The PDF's bytes, and what the user should be told about it."""
    options = options if options is not None else PdfOptions()
    planning = (lambda done: progress(done * PLANNING_SHARE)) if progress else None
    pages, result = plan_pages(state, journeys, options, planning)
    words, page_size = labels(options.language), paper_size(options.paper)
    buffer = io.BytesIO()
    # ASCII85 only makes a binary PDF 25 % bigger and costs ~15 % of the export time; reportlab
    # reads the switch from its global config while it builds pages and saves, so it is off
    # just for this document.
    saved_a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        c = metadata.new_canvas(buffer, options.language, pagesize=page_size, pageCompression=1,
                                initialFontName=fonts.REGULAR, initialFontSize=10)
        _metadata(c, state, journeys, words)
        for number, page in enumerate(pages, start=1):
            sheet = page.sheet_size(page_size)
            c.setPageSize(sheet)
            page.draw(c, state, sheet, words, number, len(pages))
            c.showPage()
            if progress:
                progress(PLANNING_SHARE + (1 - PLANNING_SHARE) * number / len(pages))
        c.save()
    finally:
        rl_config.useA85 = saved_a85
    result.pages = len(pages)
    return buffer.getvalue(), result


def plan_pages(state: ProjectState, journeys: list[Journey], options: PdfOptions | None = None,
               progress: Progress | None = None) -> tuple[list[Page], PdfResult]:
    """Every page of the PDF, in order (also what the export dialog previews): the cover and its contents
    (``options.cover``), the maps, the appendix. Every page is laid out first, so the contents know their pages."""
    # the cover and the appendix build on this module's layers: imported when a PDF is made
    from cjm_desktop.pdf.appendix.layout import Ink
    from cjm_desktop.pdf.appendix.pages import Appendix, appendix_pages, exported_personas

    options = options if options is not None else PdfOptions()
    fonts.register_fonts()
    result, missing, shortened = PdfResult(), set(), 0
    pages: list[Page] = []
    page_size, words, ink = paper_size(options.paper), labels(options.language), Ink()
    starts: list[tuple[Journey, int]] = []
    for index, journey in enumerate(journeys):
        plan = plan_map(state, journey, snapshot=options.snapshot)
        missing |= plan.missing
        shortened += plan.shortened
        starts.append((journey, len(pages)))
        pages += journey_pages(state, plan, page_size, options, result)
        if progress:
            progress((index + 1) / len(journeys))
    if shortened:
        result.problems.append(Problem("pdf_notes_shortened", None, {"count": shortened}))
    appendix = Appendix()
    if options.appendix:
        appendix = appendix_pages(state, journeys, options.paper, page_size, options.language, ink)
        appendix.sections = [(section, len(pages) + index) for section, index in appendix.sections]
        pages += appendix.pages
        result.problems += appendix.problems
    if options.cover:
        from cjm_desktop.pdf.cover import contents_entries, cover_pages

        numbered = contents_entries(starts, appendix.sections, ink, words)
        personas = [p.name for p in exported_personas(state, journeys)]
        cover = cover_pages(state, journeys, personas, [e for e, _ in numbered], options.paper, page_size, ink, words)
        for entry, index in numbered:
            entry.page = len(cover) + index + 1
        pages = [*cover, *pages]
    missing |= ink.missing
    if ink.shortened:
        result.problems.append(Problem("pdf_shortened", None, {"count": ink.shortened}))
    if missing:
        result.problems.append(Problem("missing_characters", None, {"characters": " ".join(sorted(missing))}))
    return pages, result


def _metadata(c: Canvas, state: ProjectState, journeys: list[Journey], words: dict[str, str]) -> None:
    metadata.describe(c, state, journeys, words)  # the creation date and /Lang come with the canvas



