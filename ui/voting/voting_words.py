"""The words of dot voting shown to the user: a session's name and rules in one line, a participant's name,
what a dot was refused for. Helpers only (no widget)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cjm_desktop.model.domain import Journey, Participant, ProjectState, Reveal, Stage, VoteScope, VotingSession
from cjm_desktop.queries.votes import Target, is_direct, remaining
from ui.widgets.plain_text import fill

translate = QCoreApplication.translate
CONTEXT = "Voting"


def anonymous_names(count: int) -> list[str]:
    """« Participant 1 », « Participant 2 »…: the participants of a session started with just a count."""
    return [fill(translate("Voting", "Participant %1"), str(n)) for n in range(1, count + 1)]


def session_name(state: ProjectState, session: VotingSession) -> str:
    """The name shown for a session: the direct-entry bucket has a translated one."""
    return translate("Voting", "Direct entry") if is_direct(state, session) else session.name


def scope_text(state: ProjectState, session: VotingSession) -> str:
    """What a session votes on, in a few words (« Frictions of « Parcours actuel » »)."""
    journey = state.get(Journey, session.journey_id)
    name = journey.name if journey is not None else ""
    if session.scope is VoteScope.ACTIONS:
        return fill(translate("Voting", "Actions of « %1 »"), name) if journey else translate("Voting", "All actions")
    stages = [s.name for i in session.stage_ids if (s := state.get(Stage, i)) is not None]
    if session.scope is VoteScope.FRICTIONS:
        what = fill(translate("Voting", "Frictions of « %1 »"), name) if journey else translate(
            "Voting", "All frictions")
    else:
        what = fill(translate("Voting", "Notes of « %1 »"), name) if journey else translate("Voting", "All notes")
    if stages:
        what += " · " + fill(translate("Voting", "stages: %1"), ", ".join(stages))
    return what


def rules_text(session: VotingSession) -> str:
    """A session's rules in one line (« 3 dots each · at most 2 per note · several on one note · live »)."""
    parts = [fill(translate("Voting", "%1 dots each"), str(session.budget)) if session.budget
             else translate("Voting", "no limit of dots")]
    if session.cap:
        parts.append(fill(translate("Voting", "at most %1 per note"), str(session.cap)))
    parts.append(translate("Voting", "several dots on one note") if session.repeat
                 else translate("Voting", "one dot per note"))
    parts.append(translate("Voting", "counts shown live") if session.reveal is Reveal.LIVE
                 else translate("Voting", "counts hidden until the reveal"))
    return " · ".join(parts)


def status_text(session: VotingSession) -> str:
    """Open, waiting for its reveal, revealed, or closed."""
    if session.closed:
        return translate("Voting", "Closed")
    if session.reveal is Reveal.END and not session.revealed:
        return translate("Voting", "Open · counts hidden")
    return translate("Voting", "Open")


def participant_name(person: Participant | None) -> str:
    """A participant's name (None: the paper dots, which count for nobody in particular)."""
    if person is None:
        return translate("Voting", "Paper dots (nobody in particular)")
    return fill(translate("Voting", "%1 (by proxy)"), person.name) if person.proxy else person.name


def refusal(state: ProjectState, session: VotingSession, participant: Participant | None, target: Target,
            in_scope: bool) -> str | None:
    """Why a dot would be refused, in the user's words (None: it would not be). The core checks the same
    rules and refuses with an English sentence; this says it without a message box, on the status bar."""
    name = participant.name if participant is not None else ""
    if session.closed:
        return translate("Voting", "This voting session is closed: reopen it to vote.")
    if not in_scope:
        return translate("Voting", "This session does not vote on that.")
    left = remaining(state, session.id, participant.id if participant is not None else None)
    if left == 0:
        return fill(translate("Voting", "%1 has no dot left (%2 cast)."), name, str(session.budget))
    dots = state.session_dots(session.id).get(target, 0)
    if session.cap and dots >= session.cap:
        return fill(translate("Voting", "This one already has %1 dots, the most allowed in this session."),
                    str(session.cap))
    if participant is not None and not session.repeat and any(
            v.participant_id == participant.id and v.target == target for v in state.session_votes(session.id)):
        return fill(translate("Voting", "%1 already put a dot here (one dot per note in this session)."), name)
    return None


LABEL_CHARS = 90  # of a note's text, on one line


def one_line(text: str, limit: int = LABEL_CHARS) -> str:
    """A note's text on one line, cut with « … » past ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
