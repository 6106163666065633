"""The friction table of a journey: every irritant and breaking point, where it sits, how
many votes it got, its « impact négatif » and « solutions possibles » (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from cjm_desktop.model.domain import Evaluation, ProjectState, Touchpoint

FRICTION_EVALUATIONS = (Evaluation.PAIN, Evaluation.BREAKING)
_LAST = 1 << 30  # sorts the parking area after every stage and channel


@dataclass(frozen=True, slots=True)
class Friction:
    """One row of the friction table (a note evaluated as irritant or rupture)."""

    note_id: int
    text: str
    evaluation: Evaluation
    channel: str  # "" in the parking area
    stage: str  # "" in the parking area
    votes: int
    negative_impact: str
    solutions: str
    place: tuple[int, int, int]  # (stage index, channel index, position in the cell): the map's reading order

    @property
    def parked(self) -> bool:
        """In the parking area « À classer » (not in a cell)."""
        return self.place[0] == _LAST

    @property
    def severity(self) -> int:
        """2 for a breaking point, 1 for an irritant (sort: the worst first when descending)."""
        return 2 if self.evaluation is Evaluation.BREAKING else 1


# Sort keys by column meaning, for tables and exports. Each key ends with the reading order, so
# equal values keep the order of the map.
SORT_KEYS = {
    "text": lambda f: (f.text.casefold(), f.place),
    "evaluation": lambda f: (f.severity, f.place),
    "channel": lambda f: (f.place[1], f.place),
    "stage": lambda f: f.place,
    "votes": lambda f: (f.votes, f.place),
    "negative_impact": lambda f: (f.negative_impact.casefold(), f.place),
    "solutions": lambda f: (f.solutions.casefold(), f.place),
}


def is_friction(note: Touchpoint) -> bool:
    return note.evaluation in FRICTION_EVALUATIONS


def frictions(state: ProjectState, journey_id: int) -> list[Friction]:
    """The frictions of a journey, in the map's reading order (stage, channel, position;
    the parking area last)."""
    # keyed by id or None (a parked note): a missing key reads as the last place
    stages: dict[int | None, tuple[int, str]] = {s.id: (i, s.name) for i, s in enumerate(state.stages(journey_id))}
    channels: dict[int | None, tuple[int, str]] = {
        c.id: (i, c.name) for i, c in enumerate(state.channels(journey_id))
    }
    rows = []
    for note in state.touchpoints(journey_id):
        if not is_friction(note):
            continue
        stage_index, stage = stages.get(note.stage_id, (_LAST, ""))
        channel_index, channel = channels.get(note.channel_id, (_LAST, ""))
        rows.append(Friction(
            note.id, note.text, note.evaluation, channel, stage, state.shown_votes((Touchpoint, note.id)),
            note.negative_impact, note.solutions,
            (stage_index, channel_index, note.position),
        ))
    return sorted(rows, key=lambda f: (f.place, f.note_id))
