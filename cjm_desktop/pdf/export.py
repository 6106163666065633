"""The PDF deliverable: one map page per journey (split or tiled when it cannot fit legibly),
then the appendix pages; metadata, an outline, page numbers, deterministic bytes.

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
from cjm_desktop.pdf import fonts
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
        c = Canvas(buffer, pagesize=page_size, invariant=1, pageCompression=1, initialFontName=fonts.REGULAR,
                   initialFontSize=10)
        _metadata(c, state, journeys, words)
        for number, page in enumerate(pages, start=1):
            page.draw(c, state, page_size, words, number, len(pages))
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
    """Every page of the PDF, in order (also what the export dialog previews)."""
    options = options if options is not None else PdfOptions()
    fonts.register_fonts()
    result, pages, missing, shortened = PdfResult(), [], set(), 0
    page_size = paper_size(options.paper)
    for index, journey in enumerate(journeys):
        plan = plan_map(state, journey)
        missing |= plan.missing
        shortened += plan.shortened
        pages += journey_pages(state, plan, page_size, options, result)
        if progress:
            progress((index + 1) / len(journeys))
    if shortened:
        result.problems.append(Problem("pdf_notes_shortened", None, {"count": shortened}))
    if options.appendix:
        from cjm_desktop.pdf.appendix.pages import appendix_pages  # the appendix modules build on this one

        appendix = appendix_pages(state, journeys, options.paper, page_size, options.language)
        pages += appendix.pages
        missing |= appendix.missing
        result.problems += appendix.problems
    if missing:
        result.problems.append(Problem("missing_characters", None, {"characters": " ".join(sorted(missing))}))
    return pages, result


def _metadata(c: Canvas, state: ProjectState, journeys: list[Journey], words: dict[str, str]) -> None:
    project = state.project
    c.setTitle(project.title or ", ".join(j.name for j in journeys))
    c.setAuthor(", ".join(project.facilitators) or project.organisation)
    c.setSubject(" · ".join(f"{j.name} ({words[j.kind.value]})" for j in journeys))
    c.setCreator("CJM Desktop")
    c.setKeywords(["customer journey map", "cartographie des parcours clients"])



