"""Read a whole project from a SQLite connection into a ``ProjectState``, trusting nothing.

Used for every file we open (the hostile path) and for our own working copies (a disk can
fail too). Plain ``sqlite3``: the first paint must not wait for SQLAlchemy's import.
"""

from __future__ import annotations

import sqlite3

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


def read_state(conn: sqlite3.Connection) -> tuple[ProjectState, int]:
    """The project held by ``conn`` and its revision counter.

    Raises ``UnexpectedContent`` naming the first value or reference that is not valid.
    The connection must use ``text_factory = bytes`` so that invalid UTF-8 is caught here.
    """
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
