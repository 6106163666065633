"""The domain model: plain, immutable dataclasses (no Qt, no database).

Field names are the column names of the storage tables (see ``storage/schema.py``);
the conversion to and from SQL values lives in ``storage/codec.py``.
Every entity has an integer ``id`` unique within its kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import cast


class JourneyKind(StrEnum):
    """A journey as it is today (existant) or as it should become (cible)."""

    CURRENT = "current"
    TARGET = "target"


class Phase(StrEnum):
    """The three purchase phases used as a band above the stages."""

    BEFORE = "before"  # avant l'achat
    PURCHASE = "purchase"  # l'achat
    AFTER = "after"  # après l'achat


class Evaluation(StrEnum):
    """How a touchpoint is lived by the customer."""

    NONE = "none"
    DELIGHT = "enchantement"
    NEUTRAL = "neutre"
    PAIN = "irritant"
    BREAKING = "rupture"


class VoteScope(StrEnum):
    """What a dot-voting session lets people vote for."""

    NOTES = "notes"  # the notes of a journey (or of some of its stages)
    FRICTIONS = "frictions"  # its irritants and breaking points
    ACTIONS = "actions"  # the actions of the plan


class Reveal(StrEnum):
    """When the room sees a voting session's counts."""

    LIVE = "live"
    END = "end"


class StepStatus(StrEnum):
    TODO = "todo"
    CURRENT = "current"
    DONE = "done"


class ActionStatus(StrEnum):
    TODO = "todo"
    DOING = "doing"
    DONE = "done"


EMOTION_MIN, EMOTION_MAX = -2, 2

# The lanes a journey can show above/below its grid, in their default order.
LANES = ("goal", "duration", "kpis", "listening", "departments", "emotion")


@dataclass(frozen=True, slots=True)
class Project:
    """The single project a ``.cjm`` file holds (always id 1)."""

    id: int = 1
    title: str = ""
    organisation: str = ""
    purpose: str = ""
    description: str = ""
    workshop_date: str | None = None  # ISO date, YYYY-MM-DD
    facilitators: tuple[str, ...] = ()
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Persona:
    id: int
    name: str
    position: int = 0
    photo: bytes | None = None
    age: int | None = None
    occupation: str = ""
    segment: str = ""
    goals: str = ""
    frustrations: str = ""
    habits: str = ""
    quote: str = ""


@dataclass(frozen=True, slots=True)
class Journey:
    id: int
    name: str
    kind: JourneyKind = JourneyKind.CURRENT
    position: int = 0
    persona_id: int | None = None
    derived_from_id: int | None = None
    description: str = ""
    lanes: tuple[str, ...] = ()  # stage-detail lanes shown on the canvas, in order (see LANES)
    interop: str = ""  # JSON object: another tool's fields of the journey, kept for export (see interop/)


@dataclass(frozen=True, slots=True)
class Stage:
    """A column of a journey's grid."""

    id: int
    journey_id: int
    name: str
    position: int = 0
    phase: Phase | None = None
    emotion: int | None = None  # overrides the mean of its notes' emotions on the emotion curve
    interop: str = ""  # JSON object: another tool's fields of the stage (its id...), kept for export


@dataclass(frozen=True, slots=True)
class Channel:
    """A row of a journey's grid."""

    id: int
    journey_id: int
    name: str
    position: int = 0
    icon: str = ""
    interop: str = ""  # JSON object: another tool's fields of the row (its id...), kept for export


@dataclass(frozen=True, slots=True)
class Touchpoint:
    """A sticky note. ``channel_id`` and ``stage_id`` both ``None`` = the parking area."""

    id: int
    journey_id: int
    text: str
    channel_id: int | None = None
    stage_id: int | None = None
    position: int = 0  # order inside its cell
    evaluation: Evaluation = Evaluation.NONE
    moment_of_truth: bool = False
    emotion: int | None = None  # EMOTION_MIN .. EMOTION_MAX
    departments: tuple[str, ...] = ()
    comment: str = ""
    color: str | None = None  # "#rrggbb" override of the evaluation colour
    created_at: str = ""
    updated_at: str = ""
    interop: str = ""  # JSON object: fields of other tools' formats kept for export (see interop/)
    origin_id: int | None = None  # the note of the current journey a target note was derived from
    negative_impact: str = ""  # friction table: « impact négatif »
    solutions: str = ""  # friction table: « solutions possibles »
    author: str = ""  # who said it, or the group that wrote it: a short tag (its colour follows from it)
    hidden: bool = False  # face down until the reveal: the room sees a blank card (see « hide until reveal »)

    @property
    def cell(self) -> tuple[int | None, int | None]:
        return (self.channel_id, self.stage_id)


@dataclass(frozen=True, slots=True)
class StageDetails:
    """What a stage means for the customer and how it is measured (one per stage at most)."""

    id: int
    stage_id: int
    customer_goal: str = ""
    nominal_duration: str = ""  # free text: « 2 à 3 jours »
    listening_devices: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Kpi:
    id: int
    stage_id: int
    name: str
    position: int = 0
    target: str = ""
    alert_threshold: str = ""


@dataclass(frozen=True, slots=True)
class Action:
    id: int
    title: str
    position: int = 0
    journey_id: int | None = None
    owner_department: str = ""
    priority: int = 2  # 1 high .. 3 low
    impact: int = 3  # 1 .. 5
    effort: int = 3  # 1 .. 5
    status: ActionStatus = ActionStatus.TODO
    due_date: str | None = None  # ISO date
    description: str = ""


@dataclass(frozen=True, slots=True)
class ActionLink:
    """Links an action to one of the touchpoints it addresses."""

    id: int
    action_id: int
    touchpoint_id: int


@dataclass(frozen=True, slots=True)
class AgendaStep:
    """One timed step of the workshop's agenda (« Irritants », 20 minutes, on the current journey)."""

    id: int
    name: str
    position: int = 0
    duration: int = 600  # planned, in seconds
    journey_id: int | None = None
    stage_ids: tuple[int, ...] = ()  # the stages it concerns (none: the whole journey)
    instructions: str = ""
    spent: int = 0  # seconds the timer ran on this step
    status: StepStatus = StepStatus.TODO


@dataclass(frozen=True, slots=True)
class VotingSession:
    """A round of dot voting: who votes, on what, with how many dots."""

    id: int
    name: str
    position: int = 0
    journey_id: int | None = None  # None: every journey
    scope: VoteScope = VoteScope.NOTES
    stage_ids: tuple[int, ...] = ()  # for notes and frictions: only these stages (none: all)
    budget: int = 3  # dots per participant (0: no limit, as in the direct entry session)
    cap: int = 0  # most dots on one note or action from all participants together (0: no cap)
    repeat: bool = False  # a participant may put several dots on the same note
    reveal: Reveal = Reveal.LIVE
    revealed: bool = False  # at the end: the counts are shown (always true once closed)
    closed: bool = False
    created_at: str = ""

    @property
    def counts_shown(self) -> bool:
        """May the room see the counts? Live, or revealed, or closed."""
        return self.reveal is Reveal.LIVE or self.revealed or self.closed


@dataclass(frozen=True, slots=True)
class Participant:
    """Someone who votes in a session; ``proxy``: absent, their dots entered by the facilitator."""

    id: int
    session_id: int
    name: str
    position: int = 0
    proxy: bool = False


@dataclass(frozen=True, slots=True)
class Vote:
    """``count`` dots of one participant (None: paper dots or direct entry) on one note or one action."""

    id: int
    session_id: int
    participant_id: int | None = None
    touchpoint_id: int | None = None
    action_id: int | None = None
    count: int = 1

    @property
    def target(self) -> tuple[type, int]:
        """(Touchpoint, id) or (Action, id): what the dots are on."""
        if self.touchpoint_id is not None:
            return (Touchpoint, self.touchpoint_id)
        return (Action, cast(int, self.action_id))


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The whole project as it was at ``created_at``: the ids of the chunks that hold it (see
    ``storage/snapshots.py``); chunks are shared between snapshots, so a snapshot costs what changed."""

    id: int
    name: str
    created_at: str = ""
    note_count: int = 0
    chunks: str = ""  # the chunk ids, in hexadecimal, separated by spaces


@dataclass(frozen=True, slots=True)
class SnapshotChunk:
    """Compressed rows of a snapshot; its id is derived from its content (equal content, one chunk)."""

    id: int
    data: bytes


ENTITY_TYPES: tuple[type, ...] = (
    Project,
    Persona,
    Journey,
    Stage,
    Channel,
    Touchpoint,
    StageDetails,
    Kpi,
    Action,
    ActionLink,
    AgendaStep,
    VotingSession,
    Participant,
    Vote,
    SnapshotChunk,
    Snapshot,
)

Entity = (
    Project | Persona | Journey | Stage | Channel | Touchpoint | StageDetails | Kpi | Action | ActionLink
    | AgendaStep | VotingSession | Participant | Vote | Snapshot | SnapshotChunk
)
NoteCell = tuple[int, int | None, int | None]  # (journey_id, channel_id, stage_id): None, None is the parking area


def _note_cell(note: Touchpoint) -> NoteCell:
    return (note.journey_id, note.channel_id, note.stage_id)


@dataclass(slots=True)
class ProjectState:
    """Everything a document holds, indexed by id: the in-memory mirror of the database."""

    project: Project = field(default_factory=Project)
    tables: dict[type, dict[int, object]] = field(
        default_factory=lambda: {cls: {} for cls in ENTITY_TYPES if cls is not Project}
    )
    # Indexes kept by ``put``/``remove`` (the only ways the tables change), so that an edit costs what
    # it touches: a journey's notes, and each cell's, without a scan of every note of the project.
    _by_journey: dict[int, dict[int, None]] = field(default_factory=dict, init=False, compare=False, repr=False)
    _by_cell: dict[NoteCell, set[int]] = field(default_factory=dict, init=False, compare=False, repr=False)
    # stage id -> [sum, count] of the emotions of its notes that have one (the emotion curve's means)
    _emotions: dict[int, list[int]] = field(default_factory=dict, init=False, compare=False, repr=False)
    # (Touchpoint or Action, id) -> the dots on it, all sessions together, and per session; session id -> the
    # ids of its votes
    _dots: dict[tuple[type, int], int] = field(default_factory=dict, init=False, compare=False, repr=False)
    _session_dots: dict[int, dict[tuple[type, int], int]] = field(
        default_factory=dict, init=False, compare=False, repr=False)
    _session_votes: dict[int, dict[int, None]] = field(default_factory=dict, init=False, compare=False, repr=False)

    def of[E](self, cls: type[E]) -> dict[int, E]:
        """The entities of one kind, by id."""
        return cast("dict[int, E]", self.tables[cls])

    def get[E](self, cls: type[E], entity_id: int | None) -> E | None:
        """The entity of kind ``cls`` with this id (``None`` when absent or when the id is ``None``)."""
        if cls is Project:
            return cast("E", self.project)
        return self.of(cls).get(entity_id) if entity_id is not None else None

    def next_id(self, cls: type) -> int:
        ids = self.tables[cls]
        return max(ids, default=0) + 1

    def put(self, entity: Entity) -> None:
        if isinstance(entity, Project):
            self.project = entity
            return
        table = self.tables[type(entity)]
        if isinstance(entity, Touchpoint):
            before = cast("Touchpoint | None", table.get(entity.id))
            if before is not None:
                self._unindex(before, keep_journey=before.journey_id == entity.journey_id)
            self._by_journey.setdefault(entity.journey_id, {})[entity.id] = None
            self._by_cell.setdefault(_note_cell(entity), set()).add(entity.id)
            self._tally_emotion(entity, 1)
        elif isinstance(entity, Vote):
            before_vote = cast("Vote | None", table.get(entity.id))
            if before_vote is not None:
                self._tally_vote(before_vote, -1)
            self._tally_vote(entity, 1)
        table[entity.id] = entity

    def put_new(self, cls: type, entities: Iterable[Entity]) -> None:
        """Put ``entities`` of ``cls``, none of which the state holds yet (a file being read): indexed as ``put``
        indexes them, without looking for an earlier version of each."""
        table = self.tables[cls]
        if cls is Touchpoint:
            by_journey, by_cell = self._by_journey, self._by_cell
            for note in cast("Iterable[Touchpoint]", entities):
                table[note.id] = note
                by_journey.setdefault(note.journey_id, {})[note.id] = None
                by_cell.setdefault(_note_cell(note), set()).add(note.id)
                self._tally_emotion(note, 1)
        elif cls is Vote:
            for vote in cast("Iterable[Vote]", entities):
                table[vote.id] = vote
                self._tally_vote(vote, 1)
        else:
            table.update((entity.id, entity) for entity in entities)

    def remove(self, cls: type, entity_id: int) -> None:
        entity = self.tables[cls].pop(entity_id)
        if isinstance(entity, Touchpoint):
            self._unindex(entity, keep_journey=False)
        elif isinstance(entity, Vote):
            self._tally_vote(entity, -1)

    def _tally_vote(self, vote: Vote, sign: int) -> None:
        target = vote.target
        for tally in (self._dots, self._session_dots.setdefault(vote.session_id, {})):
            total = tally.get(target, 0) + sign * vote.count
            if total:
                tally[target] = total
            else:
                tally.pop(target, None)
        if not self._session_dots[vote.session_id]:
            del self._session_dots[vote.session_id]
        votes = self._session_votes.setdefault(vote.session_id, {})
        if sign > 0:
            votes[vote.id] = None
        else:
            del votes[vote.id]
            if not votes:
                del self._session_votes[vote.session_id]

    def _tally_emotion(self, note: Touchpoint, sign: int) -> None:
        if note.emotion is not None and note.stage_id is not None:
            tally = self._emotions.setdefault(note.stage_id, [0, 0])
            tally[0] += sign * note.emotion
            tally[1] += sign

    def _unindex(self, note: Touchpoint, keep_journey: bool) -> None:
        self._tally_emotion(note, -1)
        cell = _note_cell(note)
        ids = self._by_cell[cell]
        ids.discard(note.id)
        if not ids:
            del self._by_cell[cell]
        if not keep_journey:
            journey = self._by_journey[note.journey_id]
            del journey[note.id]
            if not journey:
                del self._by_journey[note.journey_id]

    # --- convenient ordered views -------------------------------------------------
    @property
    def journeys(self) -> list[Journey]:
        return sorted(self.of(Journey).values(), key=lambda j: (j.position, j.id))

    def stages(self, journey_id: int) -> list[Stage]:
        return sorted(
            (s for s in self.of(Stage).values() if s.journey_id == journey_id),
            key=lambda s: (s.position, s.id),
        )

    def channels(self, journey_id: int) -> list[Channel]:
        return sorted(
            (c for c in self.of(Channel).values() if c.journey_id == journey_id),
            key=lambda c: (c.position, c.id),
        )

    def touchpoints(self, journey_id: int) -> list[Touchpoint]:
        notes = self.of(Touchpoint)
        return [notes[i] for i in self._by_journey.get(journey_id, ())]

    def note_count(self, journey_id: int) -> int:
        """How many notes ``journey_id`` holds."""
        return len(self._by_journey.get(journey_id, ()))

    def emotion_mean(self, stage_id: int) -> float | None:
        """The mean emotion of a stage's notes that have one (None when none has)."""
        total, count = self._emotions.get(stage_id, (0, 0))
        return total / count if count else None

    def cell(self, journey_id: int, channel_id: int | None, stage_id: int | None) -> list[Touchpoint]:
        """The notes of one cell (or of the parking area), in their order."""
        notes = self.of(Touchpoint)
        return sorted(
            (notes[i] for i in self._by_cell.get((journey_id, channel_id, stage_id), ())),
            key=lambda t: (t.position, t.id),
        )

    def votes(self, touchpoint_id: int) -> int:
        """The dots on a note, all voting sessions together (a note's vote count derives from them)."""
        return self._dots.get((Touchpoint, touchpoint_id), 0)

    def action_votes(self, action_id: int) -> int:
        """The dots on an action, all voting sessions together."""
        return self._dots.get((Action, action_id), 0)

    def shown_votes(self, target: tuple[type, int]) -> int:
        """The dots on ``target`` (``(Touchpoint or Action, id)``) the room may see: every session's but those of
        sessions that reveal their counts at the end and have not yet (a handful of sessions: no note scan)."""
        total = self._dots.get(target, 0)
        if total:
            for session in self.of(VotingSession).values():
                if not session.counts_shown:
                    total -= self._session_dots.get(session.id, {}).get(target, 0)
        return total

    def session_dots(self, session_id: int) -> dict[tuple[type, int], int]:
        """The dots of one session on each note or action it has some on: {(Touchpoint or Action, id): dots}."""
        return self._session_dots.get(session_id, {})

    def session_votes(self, session_id: int) -> list[Vote]:
        """The votes of one session, in the order they were first cast."""
        votes = self.of(Vote)
        return [votes[i] for i in self._session_votes.get(session_id, ())]

    def persona_name(self, persona_id: int | None) -> str | None:
        persona = self.of(Persona).get(persona_id) if persona_id is not None else None
        return persona.name if persona else None
