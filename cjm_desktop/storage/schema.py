"""The on-disk format of a ``.cjm`` file: identity, version, and the schema ladder.

A ``.cjm`` is a SQLite database with ``PRAGMA application_id = APPLICATION_ID`` and
``PRAGMA user_version`` = its schema version. ``MIGRATIONS[n]`` turns version ``n`` into
``n + 1``; version 1 is built from nothing by ``MIGRATIONS[0]``. Statements are frozen
text: once a version has shipped, its statements never change (a golden file per version
in ``tests/golden/`` proves it). The SQLModel tables in ``rows.py`` must describe the same
columns as the last version (a test compares them).

The tables are documented in ``resources/FORMAT.md`` for people who script against the files.
"""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x434A4D31  # "CJM1"
SCHEMA_VERSION = 6

_V1 = [
    """CREATE TABLE project (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    organisation TEXT NOT NULL,
    purpose TEXT NOT NULL,
    description TEXT NOT NULL,
    workshop_date TEXT,
    facilitators TEXT NOT NULL,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT""",
    """CREATE TABLE persona (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    photo BLOB,
    age INTEGER,
    occupation TEXT NOT NULL,
    segment TEXT NOT NULL,
    goals TEXT NOT NULL,
    frustrations TEXT NOT NULL,
    habits TEXT NOT NULL,
    quote TEXT NOT NULL
) STRICT""",
    """CREATE TABLE journey (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('current', 'target')),
    position INTEGER NOT NULL,
    persona_id INTEGER REFERENCES persona (id),
    derived_from_id INTEGER REFERENCES journey (id),
    description TEXT NOT NULL
) STRICT""",
    """CREATE TABLE stage (
    id INTEGER PRIMARY KEY,
    journey_id INTEGER NOT NULL REFERENCES journey (id),
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    phase TEXT CHECK (phase IN ('before', 'purchase', 'after'))
) STRICT""",
    """CREATE TABLE channel (
    id INTEGER PRIMARY KEY,
    journey_id INTEGER NOT NULL REFERENCES journey (id),
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    icon TEXT NOT NULL
) STRICT""",
    """CREATE TABLE touchpoint (
    id INTEGER PRIMARY KEY,
    journey_id INTEGER NOT NULL REFERENCES journey (id),
    text TEXT NOT NULL,
    channel_id INTEGER REFERENCES channel (id),
    stage_id INTEGER REFERENCES stage (id),
    position INTEGER NOT NULL,
    evaluation TEXT NOT NULL
        CHECK (evaluation IN ('none', 'enchantement', 'neutre', 'irritant', 'rupture')),
    moment_of_truth INTEGER NOT NULL CHECK (moment_of_truth IN (0, 1)),
    emotion INTEGER CHECK (emotion BETWEEN -2 AND 2),
    departments TEXT NOT NULL,
    comment TEXT NOT NULL,
    votes INTEGER NOT NULL CHECK (votes >= 0),
    color TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((channel_id IS NULL) = (stage_id IS NULL))
) STRICT""",
    """CREATE TABLE stage_details (
    id INTEGER PRIMARY KEY,
    stage_id INTEGER NOT NULL UNIQUE REFERENCES stage (id),
    customer_goal TEXT NOT NULL,
    nominal_duration TEXT NOT NULL,
    listening_devices TEXT NOT NULL,
    departments TEXT NOT NULL
) STRICT""",
    """CREATE TABLE kpi (
    id INTEGER PRIMARY KEY,
    stage_id INTEGER NOT NULL REFERENCES stage (id),
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    target TEXT NOT NULL,
    alert_threshold TEXT NOT NULL
) STRICT""",
    """CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    position INTEGER NOT NULL,
    journey_id INTEGER REFERENCES journey (id),
    owner_department TEXT NOT NULL,
    priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 3),
    impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    effort INTEGER NOT NULL CHECK (effort BETWEEN 1 AND 5),
    status TEXT NOT NULL CHECK (status IN ('todo', 'doing', 'done')),
    due_date TEXT,
    description TEXT NOT NULL
) STRICT""",
    """CREATE TABLE action_link (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action (id),
    touchpoint_id INTEGER NOT NULL REFERENCES touchpoint (id),
    UNIQUE (action_id, touchpoint_id)
) STRICT""",
    "CREATE INDEX touchpoint_cell ON touchpoint (journey_id, channel_id, stage_id, position)",
    "CREATE INDEX stage_journey ON stage (journey_id, position)",
    "CREATE INDEX channel_journey ON channel (journey_id, position)",
]

# Version 2: a note keeps the fields of other tools' formats (OpenJourney, Mermaid) that ours
# has no place for, as a JSON object, so that an import can be exported back without loss.
_V2 = ["ALTER TABLE touchpoint ADD COLUMN interop TEXT NOT NULL DEFAULT ''"]

# Version 3: journey content. A target note remembers the current note it was derived from
# (no foreign key: the origin may be deleted later, the note then counts as added); friction
# table columns; a stage's emotion can override the mean of its notes; a journey's lanes.
_V3 = [
    "ALTER TABLE touchpoint ADD COLUMN origin_id INTEGER",
    "ALTER TABLE touchpoint ADD COLUMN negative_impact TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE touchpoint ADD COLUMN solutions TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE stage ADD COLUMN emotion INTEGER CHECK (emotion BETWEEN -2 AND 2)",
    "ALTER TABLE journey ADD COLUMN lanes TEXT NOT NULL DEFAULT '[]'",
]

# Version 4: who said a note, or which group wrote it (a short tag; "" when nobody was named).
_V4 = ["ALTER TABLE touchpoint ADD COLUMN author TEXT NOT NULL DEFAULT ''"]

# Version 5: running the workshop. An agenda of timed steps; dot-voting sessions, their participants and
# their votes (a note's vote count is now derived from the votes: the old per-note count becomes the
# votes of a « Saisie directe » session, so no count is lost); notes face down until the reveal;
# snapshots of the whole project, stored as compressed chunks shared between snapshots.
_V5 = [
    """CREATE TABLE agenda_step (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    duration INTEGER NOT NULL CHECK (duration >= 0),
    journey_id INTEGER REFERENCES journey (id),
    stage_ids TEXT NOT NULL,
    instructions TEXT NOT NULL,
    spent INTEGER NOT NULL CHECK (spent >= 0),
    status TEXT NOT NULL CHECK (status IN ('todo', 'current', 'done'))
) STRICT""",
    """CREATE TABLE voting_session (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    journey_id INTEGER REFERENCES journey (id),
    scope TEXT NOT NULL CHECK (scope IN ('notes', 'frictions', 'actions')),
    stage_ids TEXT NOT NULL,
    budget INTEGER NOT NULL CHECK (budget >= 0),
    cap INTEGER NOT NULL CHECK (cap >= 0),
    repeat INTEGER NOT NULL CHECK (repeat IN (0, 1)),
    reveal TEXT NOT NULL CHECK (reveal IN ('live', 'end')),
    revealed INTEGER NOT NULL CHECK (revealed IN (0, 1)),
    closed INTEGER NOT NULL CHECK (closed IN (0, 1)),
    created_at TEXT NOT NULL
) STRICT""",
    """CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES voting_session (id),
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    proxy INTEGER NOT NULL CHECK (proxy IN (0, 1))
) STRICT""",
    """CREATE TABLE vote (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES voting_session (id),
    participant_id INTEGER REFERENCES participant (id),
    touchpoint_id INTEGER REFERENCES touchpoint (id),
    action_id INTEGER REFERENCES action (id),
    count INTEGER NOT NULL CHECK (count >= 1),
    CHECK ((touchpoint_id IS NULL) != (action_id IS NULL))
) STRICT""",
    "CREATE INDEX vote_session ON vote (session_id)",
    """CREATE TABLE snapshot_chunk (
    id INTEGER PRIMARY KEY,
    data BLOB NOT NULL
) STRICT""",
    """CREATE TABLE snapshot (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note_count INTEGER NOT NULL CHECK (note_count >= 0),
    chunks TEXT NOT NULL
) STRICT""",
    "ALTER TABLE touchpoint ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1))",
    """INSERT INTO voting_session (id, name, position, journey_id, scope, stage_ids, budget, cap, repeat, reveal,
    revealed, closed, created_at)
    SELECT 1, 'Saisie directe', 0, NULL, 'notes', '[]', 0, 0, 1, 'live', 1, 0, ''
    WHERE EXISTS (SELECT 1 FROM touchpoint WHERE votes > 0)""",
    """INSERT INTO vote (session_id, participant_id, touchpoint_id, action_id, count)
    SELECT 1, NULL, id, NULL, votes FROM touchpoint WHERE votes > 0 ORDER BY id""",
    "ALTER TABLE touchpoint DROP COLUMN votes",
]

# Version 6: other tools' files kept whole. What an imported file says of a journey, a stage or a row that has
# no place in the model (OpenJourney's ids, metadata, blueprints; Mermaid's accessibility texts and config) is
# kept as a JSON object, as notes already keep theirs, and written back on export.
_V6 = [
    "ALTER TABLE journey ADD COLUMN interop TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE stage ADD COLUMN interop TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE channel ADD COLUMN interop TEXT NOT NULL DEFAULT ''",
]

# MIGRATIONS[n] holds the statements that take a file from version n to n + 1.
MIGRATIONS: list[list[str]] = [_V1, _V2, _V3, _V4, _V5, _V6]
assert len(MIGRATIONS) == SCHEMA_VERSION

# Table name of each domain entity, in dependency order (parents first).
TABLES = (
    "project",
    "persona",
    "journey",
    "stage",
    "channel",
    "touchpoint",
    "stage_details",
    "kpi",
    "action",
    "action_link",
    "agenda_step",
    "voting_session",
    "participant",
    "vote",
    "snapshot_chunk",
    "snapshot",
)


def schema_of(conn: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    """The schema objects of a database, as comparable (type, name, table, sql) tuples."""
    rows = conn.execute(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
    ).fetchall()
    return {(_text(kind), _text(name), _text(table), _text(sql)) for kind, name, table, sql in rows}


def _text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


_EXPECTED: dict[int, set[tuple[str, str, str, str]]] = {}


def expected_schema(version: int) -> set[tuple[str, str, str, str]]:
    """The exact schema our own ladder produces for ``version`` (computed once, in memory)."""
    if version not in _EXPECTED:
        conn = sqlite3.connect(":memory:", autocommit=True)
        try:
            for step in MIGRATIONS[:version]:
                for statement in step:
                    conn.execute(statement)
            _EXPECTED[version] = schema_of(conn)
        finally:
            conn.close()
    return _EXPECTED[version]
