"""The PDF shows the votes: dots on the map's notes and each session's ranked results in the appendix."""

from __future__ import annotations

import io

from pypdf import PdfReader

from cjm_desktop.model.domain import (
    Channel,
    Journey,
    Participant,
    ProjectState,
    Reveal,
    Stage,
    Touchpoint,
    Vote,
    VoteScope,
    VotingSession,
)
from cjm_desktop.pdf.export import build_pdf
from cjm_desktop.pdf.page import PdfOptions


def voted_state(reveal: Reveal = Reveal.LIVE) -> ProjectState:
    """One journey, three notes, a session of two participants and paper dots: « Je paie » and « J’attends » tie."""
    state = ProjectState()
    for entity in (
        Journey(1, "Parcours existant"), Stage(1, 1, "Acheter", 0), Channel(1, 1, "Site web", 0),
        Touchpoint(1, 1, "Je paie", 1, 1, 0), Touchpoint(2, 1, "J’attends la livraison", 1, 1, 1),
        Touchpoint(3, 1, "Je reçois", 1, 1, 2),
        VotingSession(1, "Priorités du matin", journey_id=1, scope=VoteScope.NOTES, reveal=reveal),
        Participant(1, 1, "Claire"), Participant(2, 1, "Mehdi", 1),
        Vote(1, 1, 1, 1, None, 1), Vote(2, 1, 2, 2, None, 1), Vote(3, 1, None, 3, None, 3),
    ):
        state.put(entity)
    return state


def text_of(state: ProjectState) -> str:
    data, _ = build_pdf(state, state.journeys, PdfOptions())
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_appendix_ranks_a_sessions_results_with_ties():
    text = text_of(voted_state())
    assert "Priorités du matin" in text and "2 participants · 5 gommettes" in text
    results = text[text.index("Gommettes", text.index("Priorités du matin")):].split()
    assert " ".join(results).count("2 ex æquo") == 2
    assert results.index("reçois") < results.index("paie") < results.index("livraison")


def test_a_session_revealing_at_the_end_prints_nothing_before_the_reveal():
    assert "Priorités du matin" not in text_of(voted_state(Reveal.END))
