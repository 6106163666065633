"""The voting appendix: each dot-voting session's results, ranked, ties shown (« ex æquo »)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from cjm_desktop.model.domain import Channel, Journey, ProjectState, Stage, Touchpoint, VoteScope
from cjm_desktop.pdf.appendix.layout import Ink, styles, table
from cjm_desktop.queries.votes import dots_cast, is_direct, participants, results, sessions

SCOPE_WORDS = {VoteScope.NOTES: "scope_notes", VoteScope.FRICTIONS: "scope_frictions",
               VoteScope.ACTIONS: "scope_actions"}


def vote_flowables(state: ProjectState, journeys: list[Journey], width: float, ink: Ink,
                   words: dict[str, str]) -> list[Flowable]:
    """One ranked table per voting session that concerns the exported journeys, has dots and may show its
    counts; nothing when there is none (the direct-entry counts already show on the notes)."""
    exported = {j.id for j in journeys}
    s = styles()
    flowables: list[Flowable] = []
    for session in sessions(state):
        if is_direct(state, session) or not session.counts_shown or not state.session_dots(session.id):
            continue
        if session.journey_id is not None and session.journey_id not in exported:
            continue
        people = len(participants(state, session.id))
        about = words["votes_about"].format(scope=words[SCOPE_WORDS[session.scope]], participants=people,
                                            dots=dots_cast(state, session.id))
        flowables += [ink.label(ink.plain(session.name), s["heading"]), ink.label(about, s["intro"])]
        header = [ink.label(words[key], s["head_number" if key in ("rank", "dots") else "head"])
                  for key in ("rank", "voted", "place", "dots")]
        rows: list[list[object]] = [header]
        for line in results(state, session.id):
            rank = f"{line.rank} {words['tied']}" if line.tied else str(line.rank)
            rows.append([ink.text(rank, s["number"]), ink.text(line.label, s["body"]),
                         ink.text(_place(state, line.target, words), s["small"]),
                         ink.text(str(line.count), s["number"])])
        flowables.append(table(rows, [width * f for f in (0.1, 0.58, 0.22, 0.1)]))
    return flowables


def _place(state: ProjectState, target: tuple[type, int], words: dict[str, str]) -> str:
    """Where a voted note sits (« Étape · Canal », « À classer »); "" for an action."""
    kind, target_id = target
    note = state.get(Touchpoint, target_id) if kind is Touchpoint else None
    if note is None:
        return ""
    stage, channel = state.get(Stage, note.stage_id), state.get(Channel, note.channel_id)
    return f"{stage.name} · {channel.name}" if stage and channel else words["parking"]
