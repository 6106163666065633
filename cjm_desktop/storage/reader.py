"""Read a whole project from a SQLite connection into a ``ProjectState``, trusting nothing.

Used for every file we open (the hostile path) and for our own working copies (a disk can
fail too). Plain ``sqlite3``: the first paint must not wait for SQLAlchemy's import.

Two paths, one result. The **bulk path** (``read_in_bulk``) proves a file clean with little Python per
value: it counts each table's rows, asks SQL for any row breaking a rule SQL can check (one query per
table, ``codec.violation_condition``: NULLs, types, ranges, lengths, enum values, per-table rules) and for
any broken reference (one query per kind of link); it then fetches plain tuples with ``text_factory = str``
(sqlite3 decodes UTF-8 strictly: an invalid byte raises), checks JSON, dates, timestamps and colours once
per distinct value (``codec.VALUE_RULES``) and builds the entities column by column. Whatever it cannot
prove clean (a suspect row, a decode error, a count over a limit, any SQLite error) goes down the
**precise path** (``read_precisely``): every value through ``codec.decode``, table by table, which finds
the first bad value and names it in a sentence. A refusal therefore always reads the same, and the bulk
path never accepts a file the precise path refuses (tests/core/test_bulk_read.py compares them).
"""

from __future__ import annotations

import dataclasses
import gc
import sqlite3
from collections import deque
from collections.abc import Callable, Collection, Iterable
from enum import Enum
from itertools import repeat
from operator import itemgetter
from types import MemberDescriptorType
from typing import Any

from cjm_desktop.model import domain
from cjm_desktop.model.domain import ProjectState
from cjm_desktop.model.limits import MAX_CHANNELS, MAX_JOURNEYS, MAX_REVISION, MAX_STAGES, PROJECT_LIMITS
from cjm_desktop.storage import codec
from cjm_desktop.storage.errors import UnexpectedContent

MAX_ROWS = 200_000  # per table the project's limits do not bound (model/limits.py)
# The most rows of each table, and what they are: the project's limits. Stages and channels are
# then counted per journey (``_check_grids``); a stage has at most one row of details.
TABLE_LIMITS: dict[type, tuple[int, str]] = {
    **PROJECT_LIMITS,
    domain.Stage: (MAX_JOURNEYS * MAX_STAGES, "stages"),
    domain.Channel: (MAX_JOURNEYS * MAX_CHANNELS, "channels"),
    domain.StageDetails: (MAX_JOURNEYS * MAX_STAGES, "stage details"),
}


def read_state(conn: sqlite3.Connection, kinds: Collection[type] | None = None) -> tuple[ProjectState, int]:
    """The project held by ``conn`` and its revision counter.

    Raises ``UnexpectedContent`` naming the first value or reference that is not valid. Every row of
    every table is checked; ``kinds`` (default: all) only says which entities the state holds besides the
    project (``cjm check`` needs none). The connection's ``text_factory`` is left as it was.
    """
    read = read_in_bulk(conn, kinds)
    if read is not None:
        return read
    state, revision = read_precisely(conn)
    if kinds is not None:  # the same state as the bulk path's: only the kinds asked for (put: kept indexed)
        kept = ProjectState(project=state.project)
        for cls, table in state.tables.items():
            if cls in kinds:
                for entity in table.values():
                    kept.put(entity)  # type: ignore[arg-type]  # an entity of its own table
        state = kept
    return state, revision


# --- the precise path: every value through the codec ------------------------------------------------


def read_precisely(conn: sqlite3.Connection) -> tuple[ProjectState, int]:
    """``read_state`` value by value (``codec.decode``): slow, and the words of every refusal."""
    factory = conn.text_factory
    conn.text_factory = bytes  # decode ourselves, strictly, to name the value that is not UTF-8
    try:
        return _read_precisely(conn)
    finally:
        conn.text_factory = factory


def _read_precisely(conn: sqlite3.Connection) -> tuple[ProjectState, int]:
    state = ProjectState()
    revision = 0
    try:
        cls: type[domain.Entity]
        for cls, table in codec.TABLE_OF.items():
            limit, what = TABLE_LIMITS.get(cls, (MAX_ROWS, ""))
            cursor = conn.execute(f"SELECT * FROM {table} LIMIT {limit + 1}")  # fixed names and numbers
            names = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            if len(rows) > limit:  # refused before a single value is decoded
                raise UnexpectedContent(f"it holds more than {limit:,} {what}" if what else
                                        f"the table {table} holds more than {limit:,} rows")
            if cls is domain.Project and len(rows) != 1:
                raise UnexpectedContent("it does not hold exactly one project")
            for row in rows:
                record = dict(zip(names, row, strict=True))
                entity = codec.decode(cls, record)
                if cls is domain.Project:
                    revision = record["revision"]
                    if type(revision) is not int or not 0 <= revision <= MAX_REVISION:
                        raise ValueError("the revision counter is not a whole number it can count on from")
                state.put(entity)
        _check_grids(state)
        _check_references(state)
    except ValueError as error:
        raise UnexpectedContent(str(error)) from None
    return state, revision


# --- the bulk path: SQL checks whole tables, Python builds from tuples ------------------------------

# Queries true (a row) when a reference is broken or a journey holds too many stages or channels: the
# rules of ``_check_grids`` and ``_check_references``, run after every value passed ``_VIOLATIONS``.
_REFERENCES = (
    f"SELECT 1 FROM stage GROUP BY journey_id HAVING count(*) > {MAX_STAGES} LIMIT 1",
    f"SELECT 1 FROM channel GROUP BY journey_id HAVING count(*) > {MAX_CHANNELS} LIMIT 1",
    "SELECT 1 FROM journey WHERE persona_id NOT IN (SELECT id FROM persona) OR derived_from_id = id"
    " OR derived_from_id NOT IN (SELECT id FROM journey) LIMIT 1",
    "SELECT 1 FROM stage WHERE journey_id NOT IN (SELECT id FROM journey) LIMIT 1",
    "SELECT 1 FROM channel WHERE journey_id NOT IN (SELECT id FROM journey) LIMIT 1",
    "SELECT 1 FROM touchpoint AS t WHERE journey_id NOT IN (SELECT id FROM journey) OR (channel_id IS NOT NULL"
    " AND NOT EXISTS (SELECT 1 FROM channel AS c, stage AS s WHERE c.id = t.channel_id AND s.id = t.stage_id"
    " AND c.journey_id = t.journey_id AND s.journey_id = t.journey_id)) LIMIT 1",
    "SELECT 1 FROM stage_details WHERE stage_id NOT IN (SELECT id FROM stage) LIMIT 1",
    "SELECT 1 FROM kpi WHERE stage_id NOT IN (SELECT id FROM stage) LIMIT 1",
    "SELECT 1 FROM action WHERE journey_id NOT IN (SELECT id FROM journey) LIMIT 1",
    "SELECT 1 FROM action_link WHERE action_id NOT IN (SELECT id FROM action)"
    " OR touchpoint_id NOT IN (SELECT id FROM touchpoint) LIMIT 1",
    "SELECT 1 FROM agenda_step WHERE journey_id NOT IN (SELECT id FROM journey) LIMIT 1",
    "SELECT 1 FROM voting_session WHERE journey_id NOT IN (SELECT id FROM journey) LIMIT 1",
    "SELECT 1 FROM participant WHERE session_id NOT IN (SELECT id FROM voting_session) LIMIT 1",
    "SELECT 1 FROM vote AS v WHERE session_id NOT IN (SELECT id FROM voting_session)"
    " OR touchpoint_id NOT IN (SELECT id FROM touchpoint) OR action_id NOT IN (SELECT id FROM action)"
    " OR (participant_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM participant AS p"
    " WHERE p.id = v.participant_id AND p.session_id = v.session_id)) LIMIT 1",
)
# One query per table: a row when any value may break a rule SQL can check (and the project's revision).
_VIOLATIONS = tuple(
    f"SELECT 1 FROM {table} WHERE {codec.violation_condition(cls)}"
    + (f" OR typeof(revision) != 'integer' OR revision NOT BETWEEN 0 AND {MAX_REVISION}"
       if cls is domain.Project else "") + " LIMIT 1"
    for cls, table in codec.TABLE_OF.items()
)


class _NotProven(Exception):
    """The bulk path cannot prove a value valid: the precise path decides."""


def read_in_bulk(conn: sqlite3.Connection, kinds: Collection[type] | None = None) -> tuple[ProjectState, int] | None:
    """``read_state``'s bulk path: the project when every row is proven valid, else ``None`` (it refuses
    nothing itself: the precise path then finds and names what is wrong, or accepts what was only suspect)."""
    factory, collecting = conn.text_factory, gc.isenabled()
    conn.text_factory = str  # sqlite3 decodes strictly: invalid UTF-8 raises OperationalError
    # Hundreds of thousands of new objects, none of them in a cycle: without this, the cyclic garbage
    # collector would walk the growing heap again and again (about a fifth of the read, measured).
    gc.disable()
    try:
        return _read_in_bulk(conn, kinds)
    except (_NotProven, sqlite3.Error):
        return None
    except (KeyError, TypeError, ValueError):  # a value SQL should have caught: never trusted, checked precisely
        return None
    finally:
        conn.text_factory = factory
        if collecting:
            gc.enable()


def _read_in_bulk(conn: sqlite3.Connection, kinds: Collection[type] | None) -> tuple[ProjectState, int]:
    for cls, table in codec.TABLE_OF.items():  # the counts first: a huge table is not scanned
        limit = TABLE_LIMITS.get(cls, (MAX_ROWS, ""))[0]
        (count,) = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT {limit + 1})").fetchone()
        if count > limit or (cls is domain.Project and count != 1):
            raise _NotProven
    for query in (*_VIOLATIONS, *_REFERENCES):
        if conn.execute(query).fetchone() is not None:
            raise _NotProven
    state = ProjectState()
    revision = 0
    for cls, table in codec.TABLE_OF.items():
        if cls is domain.Project:
            names = [*codec.columns(cls), "revision"]
            [row] = conn.execute(f"SELECT {', '.join(names)} FROM project").fetchall()
            [project] = _build(cls, [row[:-1]])
            assert isinstance(project, domain.Project)
            state.project, revision = project, row[-1]
        elif kinds is None or cls in kinds:
            rows = conn.execute(f"SELECT {', '.join(codec.columns(cls))} FROM {table}").fetchall()
            state.put_new(cls, _build(cls, rows))  # the state's own way in: it keeps its indexes
        elif names := _CHECKED_COLUMNS[cls]:  # not kept: read only what SQL could not check (fetching
            rows = conn.execute(f"SELECT {', '.join(names)} FROM {table}").fetchall()  # decodes the UTF-8)
            rules = codec.VALUE_RULES[cls]
            for index, name in enumerate(names):
                if name in rules:
                    _ruled(rules[name], map(itemgetter(index), rows))
    return state, revision


# By class: the columns SQL cannot fully check (texts: UTF-8, and the rules of ``codec.VALUE_RULES``).
_CHECKED_COLUMNS: dict[type, list[str]] = {
    cls: [s.name for s in codec.SPECS[cls] if s.kind in (str, tuple, codec.IdList)] for cls in codec.TABLE_OF
}


def _ruled(rule: Callable[[Any], object], column: Iterable[object]) -> dict[object, object]:
    """``rule`` applied once per distinct value of ``column``: {value: the field's value}."""
    values: dict[object, object] = {}
    try:
        for value in set(column):
            values[value] = rule(value)
    except (ValueError, RecursionError):
        raise _NotProven from None
    return values


def _build(cls: type, rows: list[Any]) -> list[Any]:
    """The entities of ``rows`` (every column of ``cls``, in order, already checked by SQL), built column
    by column: a distinct value's conversion is computed once."""
    if not rows:
        return []
    columns: list[Any] = list(zip(*rows, strict=True))
    rules = codec.VALUE_RULES[cls]
    for index, spec in enumerate(codec.SPECS[cls]):
        if spec.name in rules:
            converted = _ruled(rules[spec.name], columns[index])
            if spec.kind in (tuple, codec.IdList):
                columns[index] = map(converted.__getitem__, columns[index])
        elif spec.kind is bool:
            columns[index] = map(bool, columns[index])
        elif isinstance(spec.kind, type) and issubclass(spec.kind, Enum):
            members: dict[object, object] = {member.value: member for member in spec.kind}
            members[None] = None  # an optional enum's NULL (a required one's was refused by SQL)
            columns[index] = map(members.__getitem__, columns[index])
    setters = _SLOT_SETTERS[cls]
    if setters is None:
        return list(map(cls, *columns))
    # What the generated ``__init__`` does (set each slot), column by column at C speed: no Python call
    # per entity. The entities are equal to those ``cls(...)`` makes (tests/core/test_bulk_read.py).
    entities: list[Any] = list(map(object.__new__, repeat(cls, len(rows))))
    for setter, column in zip(setters, columns, strict=True):
        deque(map(setter, entities, column), maxlen=0)  # runs the setters; keeps nothing
    return entities


def _slot_setters(cls: type) -> list[Callable[[object, object], None]] | None:
    """The slot setters of ``cls``'s fields, in order, when building an entity is nothing but setting
    them (a slots dataclass, one slot per field, no ``__init__`` work beyond that); else None."""
    names = codec.columns(cls)
    if (tuple(getattr(cls, "__slots__", ())) != names or not dataclasses.is_dataclass(cls)
            or not all(f.init for f in dataclasses.fields(cls)) or hasattr(cls, "__post_init__")
            or any("__new__" in vars(base) for base in cls.__mro__[:-1])):
        return None
    descriptors = [cls.__dict__[name] for name in names]
    if not all(isinstance(d, MemberDescriptorType) for d in descriptors):
        return None
    return [d.__set__ for d in descriptors]


_SLOT_SETTERS = {cls: _slot_setters(cls) for cls in codec.TABLE_OF}


def check_links(state: ProjectState) -> None:
    """The grid limits and every reference of a whole state (``ValueError`` names the first broken one): what
    a file's rows must satisfy, also applied to the states snapshots rebuild (``storage/snapshots.py``)."""
    _check_grids(state)
    _check_references(state)


def _check_grids(state: ProjectState) -> None:
    """No journey may have more stages or channels than the limits allow."""
    lines: tuple[tuple[list[domain.Stage] | list[domain.Channel], int, str], ...] = (
        (list(state.of(domain.Stage).values()), MAX_STAGES, "stages"),
        (list(state.of(domain.Channel).values()), MAX_CHANNELS, "channels"),
    )
    for items, limit, what in lines:
        counts: dict[int, int] = {}
        for item in items:
            counts[item.journey_id] = counts.get(item.journey_id, 0) + 1
        for journey_id, count in sorted(counts.items()):
            if count > limit:
                raise ValueError(f"journey #{journey_id} has more than {limit} {what}")


def _check_references(state: ProjectState) -> None:
    """Every id must point to something that exists, in the same journey."""
    personas, journeys = state.of(domain.Persona), state.of(domain.Journey)
    stages, channels = state.of(domain.Stage), state.of(domain.Channel)
    touchpoints, actions = state.of(domain.Touchpoint), state.of(domain.Action)

    def need(condition: bool, message: str) -> None:
        if not condition:
            raise ValueError(message)

    for j in journeys.values():
        need(j.persona_id is None or j.persona_id in personas, f"journey #{j.id} names a missing persona")
        need(
            j.derived_from_id is None or (j.derived_from_id in journeys and j.derived_from_id != j.id),
            f"journey #{j.id} derives from a missing journey",
        )
    lines: list[domain.Stage | domain.Channel] = [*stages.values(), *channels.values()]
    for item in lines:
        need(item.journey_id in journeys, f"{type(item).__name__.lower()} #{item.id} belongs to no journey")
    for t in touchpoints.values():
        need(t.journey_id in journeys, f"touchpoint #{t.id} belongs to no journey")
        if t.channel_id is not None:
            channel = channels.get(t.channel_id)
            stage = stages.get(t.stage_id) if t.stage_id is not None else None
            need(
                channel is not None and stage is not None
                and channel.journey_id == t.journey_id == stage.journey_id,
                f"touchpoint #{t.id} is placed in a cell of another journey",
            )
    for d in state.of(domain.StageDetails).values():
        need(d.stage_id in stages, f"stage details #{d.id} describe a missing stage")
    for k in state.of(domain.Kpi).values():
        need(k.stage_id in stages, f"kpi #{k.id} measures a missing stage")
    for a in actions.values():
        need(a.journey_id is None or a.journey_id in journeys, f"action #{a.id} belongs to a missing journey")
    for link in state.of(domain.ActionLink).values():
        need(
            link.action_id in actions and link.touchpoint_id in touchpoints,
            f"action link #{link.id} points to a missing action or touchpoint",
        )
    for step in state.of(domain.AgendaStep).values():
        need(step.journey_id is None or step.journey_id in journeys, f"agenda step #{step.id} names a missing journey")
    sessions, participants = state.of(domain.VotingSession), state.of(domain.Participant)
    for session in sessions.values():
        need(session.journey_id is None or session.journey_id in journeys,
             f"voting session #{session.id} names a missing journey")
    for person in participants.values():
        need(person.session_id in sessions, f"participant #{person.id} belongs to no voting session")
    for vote in state.of(domain.Vote).values():
        voter = participants.get(vote.participant_id) if vote.participant_id is not None else None
        need(
            vote.session_id in sessions
            and (vote.touchpoint_id is None or vote.touchpoint_id in touchpoints)
            and (vote.action_id is None or vote.action_id in actions)
            and (vote.participant_id is None or (voter is not None and voter.session_id == vote.session_id)),
            f"vote #{vote.id} points to a missing session, participant, note or action",
        )
