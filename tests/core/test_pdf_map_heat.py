"""The PDF map tints its cells by the dots of the session the room may see (as the canvas's heat-map), with
a small scale in the map's corner; a session revealing its counts at the end tints nothing before then."""

from __future__ import annotations

import io
from dataclasses import replace

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
from cjm_desktop.pdf.map.draw import heat_color
from cjm_desktop.pdf.map.layout import heat_session, plan_map
from cjm_desktop.pdf.page import PdfOptions
from cjm_desktop.pdf.pdf_ops import rgb

DARKEST = f"{rgb(heat_color(1.0))} rg"  # the busiest cell's tint


def journey_state() -> ProjectState:
    """One journey of two stages and one channel; a note in each cell."""
    state = ProjectState()
    for entity in (Journey(1, "Parcours existant"), Stage(1, 1, "Chercher", 0), Stage(2, 1, "Acheter", 1),
                   Channel(1, 1, "Site web", 0), Touchpoint(1, 1, "Je compare", 1, 1, 0),
                   Touchpoint(2, 1, "Je paie", 1, 2, 0)):
        state.put(entity)
    return state


def add_session(state: ProjectState, session_id: int, name: str, dots: dict[int, int], direct: bool = False,
                reveal: Reveal = Reveal.LIVE) -> None:
    """A session on the journey's notes with ``dots`` {note id: count} (``direct``: « Saisie directe »)."""
    state.put(VotingSession(session_id, name, session_id, journey_id=None if direct else 1, scope=VoteScope.NOTES,
                            budget=0 if direct else 3, reveal=reveal))
    if not direct:
        state.put(Participant(session_id, session_id, "Claire"))
    for note_id, count in dots.items():
        state.put(Vote(session_id * 100 + note_id, session_id, None if direct else session_id, note_id, None, count))


def page_of(state: ProjectState) -> tuple[str, str]:
    """(content stream, text) of the map page."""
    data, _ = build_pdf(state, state.journeys, PdfOptions(appendix=False, cover=False))
    page = PdfReader(io.BytesIO(data)).pages[0]
    contents = page.get_contents()
    assert contents is not None
    return contents.get_data().decode("latin-1"), " ".join(page.extract_text().split())


def test_cells_are_tinted_by_the_dots_of_a_session_the_room_may_see():
    state = journey_state()
    add_session(state, 1, "Priorités du matin", {1: 1, 2: 4})
    plan = plan_map(state, state.journeys[0])
    assert plan.heat == {(1, 1): 1, (1, 2): 4} and plan.heat_most == 4
    contents, text = page_of(state)
    assert DARKEST in contents and f"{rgb(heat_color(0.25))} rg" in contents
    assert "Gommettes · Priorités du matin" in text


def test_a_journey_without_dots_has_no_tint_and_no_heat_scale():
    contents, text = page_of(journey_state())
    assert DARKEST not in contents and "Gommettes" not in text


def test_a_session_revealing_at_the_end_tints_nothing_before_the_reveal():
    state = journey_state()
    add_session(state, 1, "Vote secret", {1: 3}, reveal=Reveal.END)
    contents, text = page_of(state)
    assert DARKEST not in contents and "Vote secret" not in text


def test_once_revealed_its_dots_tint_the_cells():
    state = journey_state()
    add_session(state, 1, "Vote secret", {1: 3}, reveal=Reveal.END)
    state.put(replace(state.of(VotingSession)[1], revealed=True))
    contents, text = page_of(state)
    assert DARKEST in contents and "Gommettes · Vote secret" in text


def test_the_latest_session_the_room_may_see_is_the_one_shown():
    state = journey_state()
    add_session(state, 1, "Saisie directe", {2: 5}, direct=True)
    add_session(state, 2, "Matin", {1: 2})
    add_session(state, 3, "Après-midi", {2: 1})
    add_session(state, 4, "Secret", {1: 9}, reveal=Reveal.END)
    session = heat_session(state, 1)
    assert session is not None and session.name == "Après-midi"


def test_direct_entry_is_shown_when_no_other_session_may_be_seen():
    state = journey_state()
    add_session(state, 1, "Saisie directe", {2: 5}, direct=True)
    add_session(state, 2, "Secret", {1: 9}, reveal=Reveal.END)
    session = heat_session(state, 1)
    assert session is not None and session.id == 1
    _, text = page_of(state)
    assert "Gommettes · Saisie directe" in text


def test_a_session_on_another_journey_tints_nothing_here():
    state = journey_state()
    state.put(Journey(2, "Parcours cible", position=1))
    add_session(state, 1, "Matin", {1: 2})
    state.put(replace(state.of(VotingSession)[1], journey_id=2))
    assert heat_session(state, 1) is None
