"""The appendix pages that follow the maps, each section only when its data exists: personas, stage
details, friction table and service blueprint per journey, current vs target comparison, action plan, votes.
The sections follow one another in one flow (``layout.flow``), not one per sheet.

Everything is laid out here, before drawing, so the page count is known for « 3 / 7 » and the table
of contents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cjm_desktop.interop.model import Problem
from cjm_desktop.model.domain import Journey, Persona, ProjectState
from cjm_desktop.pdf.appendix.actions import action_flowables
from cjm_desktop.pdf.appendix.blueprint import blueprint_flowables
from cjm_desktop.pdf.appendix.compare import compare_flowables, compared_pairs
from cjm_desktop.pdf.appendix.journeys import friction_flowables, stage_details_flowables
from cjm_desktop.pdf.appendix.layout import AppendixPage, Ink, Section, flow, frame_size, virtual_size
from cjm_desktop.pdf.appendix.personas import persona_flowables
from cjm_desktop.pdf.appendix.votes import vote_flowables
from cjm_desktop.pdf.labels import labels

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


@dataclass
class Appendix:
    """The appendix pages, and what the user should be told about them."""

    pages: list[AppendixPage] = field(default_factory=list)
    sections: list[tuple[Section, int]] = field(default_factory=list)  # each section and its first page's index
    missing: set[str] = field(default_factory=set)  # characters the font lacks
    problems: list[Problem] = field(default_factory=list)


def exported_personas(state: ProjectState, journeys: list[Journey]) -> list[Persona]:
    """The personas of the exported journeys; every persona when every journey is exported."""
    everything = {j.id for j in journeys} == {j.id for j in state.journeys}
    ids = {j.persona_id for j in journeys}
    personas = [p for p in state.of(Persona).values() if everything or p.id in ids]
    return sorted(personas, key=lambda p: (p.position, p.id))


def appendix_pages(state: ProjectState, journeys: list[Journey], paper: str, page_size: tuple[float, float],
                   language: str = "fr", ink: Ink | None = None) -> Appendix:
    """Every appendix page for ``journeys`` on ``paper``, in order. ``ink``: shared with the cover, whose caller
    then reports what was shortened (else reported here)."""
    shared = ink is not None
    words, ink, result = labels(language), ink or Ink(), Appendix()
    virtual, _ = virtual_size(paper, page_size)
    width, height = frame_size(virtual)
    project = ink.plain(state.project.title.strip())
    sections: list[Section] = []

    def add(
        title: str, subtitle: str, flowables: list[Flowable], journey: Journey | None = None, first: bool = True
    ) -> None:
        outline = [(title, 0)] if first else []
        if journey is not None:
            outline.append((subtitle, 1))  # the journey (or « current → target ») under the appendix's entry
        persona = ink.plain(state.persona_name(journey.persona_id) or "") if journey is not None else ""
        sections.append(Section(title, subtitle, flowables, outline, persona, f"appendix-{len(sections)}"))

    personas = persona_flowables(exported_personas(state, journeys), width, ink, words, result.problems)
    if personas:
        add(words["appendix_personas"], "", personas)
    for key, build in (("appendix_stages", stage_details_flowables), ("appendix_frictions", friction_flowables),
                       ("appendix_blueprint", blueprint_flowables)):
        first = True
        for journey in journeys:
            flowables = build(state, journey, width, ink, words)
            if flowables:
                add(words[key], ink.plain(journey.name), flowables, journey, first)
                first = False
    first = True
    for current, target in compared_pairs(state, journeys):
        flowables = compare_flowables(state, current, target, width, ink, words)
        if flowables:
            subtitle = words["compare_subtitle"].format(current=ink.plain(current.name), target=ink.plain(target.name))
            add(words["appendix_compare"], subtitle, flowables, target, first)
            first = False
    actions = action_flowables(state, journeys, width, ink, words)
    if actions:
        add(words["appendix_actions"], "", actions)
    votes = vote_flowables(state, journeys, width, ink, words)
    if votes:
        add(words["appendix_votes"], "", votes)
    for number, page in enumerate(flow(sections, width, height, words)):
        on_page = [sections[i] for i in page.sections]
        result.pages.append(AppendixPage(page.flowables, on_page, page.continued, paper, project, page.used))
        result.sections += [(section, number) for section in result.pages[-1].starts]
    result.missing = ink.missing
    if ink.shortened and not shared:
        result.problems.append(Problem("pdf_shortened", None, {"count": ink.shortened}))
    return result
