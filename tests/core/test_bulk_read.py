"""The bulk read (``reader.read_in_bulk``) against the precise one (``reader.read_precisely``): the bulk path
accepts only what the precise path accepts, builds the same project, and every bad value it meets is
refused by ``read_state`` with the precise path's sentence naming it."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from cjm_desktop.model.domain import Journey, Persona, Project, ProjectState, Stage, Touchpoint
from cjm_desktop.model.limits import MAX_ID
from cjm_desktop.storage import codec, reader
from cjm_desktop.storage.errors import UnexpectedContent
from cjm_desktop.storage.schema import SCHEMA_VERSION
from cjm_desktop.storage.sqlite_io import memory_from_bytes, migrate

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden"
VALID = GOLDEN / f"v{SCHEMA_VERSION}.cjm"


def loose_copy(valid: Path, target: Path, *statements: str) -> Path:
    """Copy ``valid`` and run ``statements`` on the copy while its tables declare no type, NOT NULL or CHECK
    (as a hostile file's author can): values go in as given. The tables are then declared as ours again."""
    shutil.copyfile(valid, target)
    conn = sqlite3.connect(target, autocommit=True)
    try:
        tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
        loosen(conn)
    finally:
        conn.close()
    conn = sqlite3.connect(target, autocommit=True)  # a new connection reads the loosened schema
    try:
        for statement in statements:
            conn.execute(statement)
        conn.execute("PRAGMA writable_schema = ON")
        for name, sql in tables:
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, name))
    finally:
        conn.close()
    return target


def loosen(conn: sqlite3.Connection) -> None:
    """Declare every table of ``conn`` with its columns only (and its UNIQUE constraints, which own indexes):
    no type, NOT NULL or CHECK. The connection must be reopened to see it."""
    conn.execute("PRAGMA writable_schema = ON")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({name})")]
        declared = ["id INTEGER PRIMARY KEY" if c == "id" else c for c in columns]
        for (index,) in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = ? AND type = 'index' "
                                     "AND sql IS NULL ORDER BY name", (name,)).fetchall():
            unique = [row[2] for row in conn.execute(f"PRAGMA index_info({index})")]
            declared.append(f"UNIQUE ({', '.join(unique)})")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?",
                     (f"CREATE TABLE {name} ({', '.join(declared)})", name))


def opened(path: Path) -> sqlite3.Connection:
    """``path`` as ``safe_open`` hands it to the reader: hardened, in memory, query-only (``text_factory``
    bytes), upgraded when older."""
    conn = memory_from_bytes(path.read_bytes())
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version < SCHEMA_VERSION:
        conn.execute("PRAGMA query_only = OFF")
        migrate(conn, version)
        conn.execute("PRAGMA query_only = ON")
    return conn


def indexes(state: ProjectState) -> dict:
    """What the state's own indexes answer (not compared by ``==``): notes by journey and by cell."""
    journeys = state.of(Journey)
    cells = {(t.journey_id, t.channel_id, t.stage_id) for t in state.of(Touchpoint).values()}
    return {"journeys": {j: [t.id for t in state.touchpoints(j)] for j in journeys},
            "cells": {cell: [t.id for t in state.cell(*cell)] for cell in cells}}


# --- valid files: the same project --------------------------------------------------------------------


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("v*.cjm")), ids=lambda p: p.stem)
def test_the_bulk_path_reads_a_valid_file_as_the_precise_path_does(golden):
    conn = opened(golden)
    try:
        bulk, precise = reader.read_in_bulk(conn), reader.read_precisely(conn)
    finally:
        conn.close()
    assert bulk is not None, "a valid file is read in bulk"
    assert bulk == precise
    assert indexes(bulk[0]) == indexes(precise[0])


def test_bulk_built_entities_are_those_their_class_builds():
    conn = opened(VALID)
    try:
        state, _ = reader.read_in_bulk(conn)
    finally:
        conn.close()
    for cls, table in state.tables.items():
        for entity in table.values():
            rebuilt = cls(**{name: getattr(entity, name) for name in codec.columns(cls)})
            assert (entity, hash(entity), repr(entity)) == (rebuilt, hash(rebuilt), repr(rebuilt))


def test_the_connection_keeps_its_text_factory():
    conn = opened(VALID)
    try:
        reader.read_state(conn)
        assert conn.text_factory is bytes
        conn.text_factory = str
        reader.read_state(conn)
        assert conn.text_factory is str
    finally:
        conn.close()


def test_kinds_only_choose_what_the_state_holds(tmp_path):
    conn = opened(VALID)
    try:
        state, revision = reader.read_state(conn, kinds=(Journey, Persona))
        full, full_revision = reader.read_state(conn)
    finally:
        conn.close()
    assert (state.project, revision) == (full.project, full_revision)
    assert state.of(Journey) == full.of(Journey) and state.of(Persona) == full.of(Persona)
    assert state.of(Touchpoint) == {} and state.of(Stage) == {}


def test_kinds_never_spare_a_table_its_checks(tmp_path):
    path = loose_copy(VALID, tmp_path / "bad.cjm", "UPDATE touchpoint SET created_at = 'hier' WHERE id = 2")
    conn = opened(path)
    try:
        with pytest.raises(UnexpectedContent, match="« created_at » of touchpoint #2 is not a date and time"):
            reader.read_state(conn, kinds=())
    finally:
        conn.close()


# --- each kind of bad value: refused, in the precise path's words -------------------------------------

LONG = 100_000
BAD = {  # name -> (SQL run on a loose copy of the golden file, words the refusal must hold)
    "a missing text": ("UPDATE touchpoint SET text = NULL WHERE id = 1", "field « text » of touchpoint #1 is missing"),
    "a missing number": ("UPDATE stage SET position = NULL WHERE id = 2", "field « position » of stage #2 is missing"),
    "text in a number": ("UPDATE vote SET count = 'beaucoup' WHERE id = 1",
                         "field « count » of vote #1 is not a whole number"),
    "a real number": ("UPDATE kpi SET position = 1.5", "field « position » of kpi #1 is not a whole number"),
    "a number out of range": ("UPDATE touchpoint SET position = 1000000001 WHERE id = 3",
                              "field « position » of touchpoint #3 is not a whole number"),
    "a negative number out of range": ("UPDATE action SET position = -1000000001",
                                       "field « position » of action #1 is not a whole number"),
    "an id too large": (f"UPDATE touchpoint SET origin_id = {MAX_ID + 1} WHERE id = 1",
                        "field « origin_id » of touchpoint #1 is an id too large"),
    "a yes/no value of 2": ("UPDATE touchpoint SET moment_of_truth = 2 WHERE id = 4",
                            "field « moment_of_truth » of touchpoint #4 is not a yes/no value"),
    "a yes/no value as text": ("UPDATE touchpoint SET moment_of_truth = '1' WHERE id = 4",
                               "field « moment_of_truth » of touchpoint #4 is not a yes/no value"),
    "invalid UTF-8": ("UPDATE channel SET icon = CAST(x'6d6469ff' AS TEXT) WHERE id = 2",
                      "field « icon » of channel #2 is not valid UTF-8 text"),
    "invalid UTF-8 in a blob": ("UPDATE touchpoint SET comment = x'c0af' WHERE id = 5",
                                "field « comment » of touchpoint #5 is not valid UTF-8 text"),
    "a number in a text": ("UPDATE persona SET quote = 42", "field « quote » of persona #1 is not text"),
    "a name one character too long": ("UPDATE stage SET name = printf('%.*c', 2001, 'x') WHERE id = 1",
                                      "field « name » of stage #1 is longer than 2,000 characters"),
    "a note one character too long": (f"UPDATE touchpoint SET solutions = printf('%.*c', {LONG + 1}, 'é') WHERE id = 2",
                                      "field « solutions » of touchpoint #2 is longer than 100,000 characters"),
    "a long name hiding behind a NUL": (
        "UPDATE channel SET name = 'a' || char(0) || printf('%.*c', 2000, 'b') WHERE id = 1",
        "field « name » of channel #1 is longer than 2,000 characters"),
    "an unknown evaluation": ("UPDATE touchpoint SET evaluation = 'génial' WHERE id = 2",
                              "field « evaluation » of touchpoint #2 has an unknown value 'génial'"),
    "an evaluation as a number": ("UPDATE touchpoint SET evaluation = 3 WHERE id = 2",
                                  "field « evaluation » of touchpoint #2 is not text"),
    "an evaluation with a NUL": ("UPDATE touchpoint SET evaluation = 'none' || char(0) WHERE id = 2",
                                 "field « evaluation » of touchpoint #2 has an unknown value"),
    "an unknown phase": ("UPDATE stage SET phase = 'pendant' WHERE id = 1",
                         "field « phase » of stage #1 has an unknown value 'pendant'"),
    "a photo that is a number": ("UPDATE persona SET photo = 7", "field « photo » of persona #1 is not an image"),
    "a 6 MB photo": ("UPDATE persona SET photo = zeroblob(6000000)", "field « photo » of persona #1 is not an image"),
    "a list that is not JSON": ("UPDATE touchpoint SET departments = '[\"a\"' WHERE id = 1",
                                "field « departments » of touchpoint #1 is not a list"),
    "a list of numbers": ("UPDATE stage_details SET departments = '[1, 2]'",
                          "field « departments » of stage_details #1 holds an item that is not a short text"),
    "a list of 201 texts": (f"UPDATE project SET facilitators = '{json.dumps(['x'] * 201)}'",
                            "field « facilitators » of project #1 is not a list of at most 200 texts"),
    "a list item too long": (f"UPDATE stage_details SET listening_devices = '[\"{'x' * 2001}\"]'",
                             "field « listening_devices » of stage_details #1 holds an item that is not a short text"),
    "a list holding a 5,000-digit number": (f"UPDATE touchpoint SET departments = '[{'1' * 5000}]' WHERE id = 3",
                                            "field « departments » of touchpoint #3 is not a list"),
    "an object instead of a list": ("UPDATE journey SET lanes = '{}' WHERE id = 2",
                                    "field « lanes » of journey #2 is not a list of at most 200 texts"),
    "an unknown lane": ("UPDATE journey SET lanes = '[\"goal\", \"weather\"]' WHERE id = 2",
                        "the lanes of journey #2 are not known lane names"),
    "a lane twice": ("UPDATE journey SET lanes = '[\"goal\", \"goal\"]' WHERE id = 2",
                     "the lanes of journey #2 are not known lane names"),
    "a bad timestamp": ("UPDATE touchpoint SET updated_at = '2026-02-30T10:00:00' WHERE id = 3",
                        "« updated_at » of touchpoint #3 is not a date and time"),
    "a bad date": ("UPDATE project SET workshop_date = '31/02/2026'", "« workshop_date » of project #1 is not a date"),
    "a bad due date": ("UPDATE action SET due_date = '2026-13-01'", "« due_date » of action #1 is not a date"),
    "a bad colour": ("UPDATE touchpoint SET color = 'red; drop' WHERE id = 2",
                     "the colour of touchpoint #2 is not a #rrggbb colour"),
    "other tools' fields as a list": ("UPDATE touchpoint SET interop = '[1, 2]' WHERE id = 5",
                                      "the fields from other tools of touchpoint #5 are not a JSON object"),
    "other tools' fields with a 5,000-digit number": (
        f"UPDATE touchpoint SET interop = '{{\"a\": {'1' * 5000}}}' WHERE id = 5",
        "the fields from other tools of touchpoint #5 are not a JSON object"),
    "other tools' fields nested 1,800 deep": (
        f"UPDATE touchpoint SET interop = '{'{\"a\":' * 1800}1{'}' * 1800}' WHERE id = 5",
        "the fields from other tools of touchpoint #5 are not a JSON object"),
    "other tools' fields followed by a form feed": (
        "UPDATE touchpoint SET interop = '{}' || char(12) WHERE id = 5",
        "the fields from other tools of touchpoint #5 are not a JSON object"),
    "a note's emotion out of range": ("UPDATE touchpoint SET emotion = 3 WHERE id = 1",
                                      "the emotion of touchpoint #1 is not between -2 and +2"),
    "a stage's emotion out of range": ("UPDATE stage SET emotion = -3 WHERE id = 1",
                                       "the emotion of stage #1 is not between -2 and +2"),
    "a vote of no dots": ("UPDATE vote SET count = 0 WHERE id = 1", "the dots of vote #1 are out of range"),
    "a vote of too many dots": ("UPDATE vote SET count = 1000001 WHERE id = 1",
                                "the dots of vote #1 are out of range"),
    "a vote on a missing note": ("UPDATE vote SET touchpoint_id = 50 WHERE id = 1",
                                 "vote #1 points to a missing session, participant, note or action"),
    "a channel without a stage": ("UPDATE touchpoint SET stage_id = NULL WHERE id = 1",
                                  "touchpoint #1 is placed on a channel without a stage or the reverse"),
    "an action's priority out of range": ("UPDATE action SET priority = 4",
                                          "the priority, impact or effort of action #1 is out of range"),
    "an action's effort out of range": ("UPDATE action SET effort = 0",
                                        "the priority, impact or effort of action #1 is out of range"),
    "an age out of range": ("UPDATE persona SET age = 151", "the age of persona #1 is out of range"),
    "a negative revision": ("UPDATE project SET revision = -1", "the revision counter is not a whole number"),
    "a revision as text": ("UPDATE project SET revision = 'trois'", "the revision counter is not a whole number"),
    "no project": ("DELETE FROM project", "it does not hold exactly one project"),
    "two projects": ("INSERT INTO project SELECT 2, title, organisation, purpose, description, workshop_date, "
                     "facilitators, revision, created_at, updated_at FROM project",
                     "it does not hold exactly one project"),
    "51 journeys": ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 49) "
                    "INSERT INTO journey SELECT i + 100, 'J', 'current', 0, NULL, NULL, '', '[]', '' FROM n",
                    "it holds more than 50 journeys"),
    "101 stages in a journey": ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 101) "
                                "INSERT INTO stage SELECT i + 100, 1, 'É', i, NULL, NULL, '' FROM n",
                                "journey #1 has more than 100 stages"),
    "a note of a missing journey": ("UPDATE touchpoint SET journey_id = 99 WHERE id = 5",
                                    "touchpoint #5 belongs to no journey"),
    "a note in a cell of another journey": ("UPDATE touchpoint SET journey_id = 2 WHERE id = 1",
                                            "touchpoint #1 is placed in a cell of another journey"),
    "a note in a missing cell": ("UPDATE touchpoint SET channel_id = 77 WHERE id = 1",
                                 "touchpoint #1 is placed in a cell of another journey"),
    "a missing persona": ("UPDATE journey SET persona_id = 9 WHERE id = 1", "journey #1 names a missing persona"),
    "a journey derived from itself": ("UPDATE journey SET derived_from_id = 2 WHERE id = 2",
                                      "journey #2 derives from a missing journey"),
    "a stage of no journey": ("UPDATE stage SET journey_id = 8 WHERE id = 3", "stage #3 belongs to no journey"),
    "a channel of no journey": ("UPDATE channel SET journey_id = 8 WHERE id = 3", "channel #3 belongs to no journey"),
    "details of a missing stage": ("UPDATE stage_details SET stage_id = 50",
                                   "stage details #1 describe a missing stage"),
    "a KPI of a missing stage": ("UPDATE kpi SET stage_id = 50", "kpi #1 measures a missing stage"),
    "an action of a missing journey": ("UPDATE action SET journey_id = 50",
                                       "action #1 belongs to a missing journey"),
    "a link to a missing note": ("UPDATE action_link SET touchpoint_id = 50",
                                 "action link #1 points to a missing action or touchpoint"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_the_bulk_path_refuses_each_kind_of_bad_value_in_the_precise_words(name, tmp_path):
    statement, words = BAD[name]
    conn = opened(loose_copy(VALID, tmp_path / "bad.cjm", statement))
    try:
        assert reader.read_in_bulk(conn) is None, "the bulk path must not accept it"
        assert reader.read_in_bulk(conn, kinds=()) is None, "nor when no entity is kept"
        with pytest.raises(UnexpectedContent) as refusal:
            reader.read_state(conn)
        with pytest.raises(UnexpectedContent) as precise:
            reader.read_precisely(conn)
    finally:
        conn.close()
    message = str(refusal.value)
    assert words in message and message == str(precise.value)
    assert "\n" not in message and message.endswith(".") and message[0].isupper()


SUSPECT = {  # valid values the bulk path cannot prove valid by itself: the precise path accepts them
    "a NUL in a note of more bytes than its limit in characters": (
        f"UPDATE touchpoint SET text = printf('%.*c', {LONG // 2}, 'é') || char(0) WHERE id = 1"),
    "a photo stored as text": "UPDATE persona SET photo = 'pas une image'",
    "a name stored as a blob of valid UTF-8": "UPDATE stage SET name = CAST('Étape' AS BLOB) WHERE id = 2",
}


@pytest.mark.parametrize("name", sorted(SUSPECT))
def test_a_valid_value_the_bulk_path_suspects_is_read_by_the_precise_path(name, tmp_path):
    conn = opened(loose_copy(VALID, tmp_path / "odd.cjm", SUSPECT[name]))
    try:
        assert reader.read_in_bulk(conn) is None
        assert reader.read_state(conn) == reader.read_precisely(conn)
    finally:
        conn.close()


def test_kinds_choose_the_same_entities_on_the_precise_path(tmp_path):
    conn = opened(loose_copy(VALID, tmp_path / "odd.cjm", SUSPECT["a photo stored as text"]))
    try:
        assert reader.read_in_bulk(conn) is None  # so read_state takes the precise path
        state, _ = reader.read_state(conn, kinds=(Journey, Touchpoint))
        full, _ = reader.read_state(conn)
    finally:
        conn.close()
    assert state.of(Touchpoint) == full.of(Touchpoint) and state.of(Persona) == {}
    assert indexes(state) == indexes(full)


def test_the_longest_texts_in_4_byte_characters_are_read_in_bulk(tmp_path):
    path = loose_copy(VALID, tmp_path / "long.cjm", "UPDATE stage SET name = printf('%.*c', 2000, '😀') WHERE id = 1",
                      f"UPDATE touchpoint SET comment = printf('%.*c', {LONG}, '😀') WHERE id = 1")
    conn = opened(path)
    try:
        bulk = reader.read_in_bulk(conn)
        assert bulk is not None and bulk == reader.read_precisely(conn)
    finally:
        conn.close()
    assert bulk[0].of(Touchpoint)[1].comment == "😀" * LONG


# --- every column × edge values: the bulk path never accepts what the precise path refuses -------------

EDGES = [
    "NULL", "0", "1", "-1", "2", "-2", "3", "-3", "150", "151", "1000000", "1000001", "1000000000", "1000000001",
    "-1000000000", "-1000000001", str(MAX_ID), str(MAX_ID + 1), "9223372036854775807", "-9223372036854775808",
    "1.0", "0.5", "'1'", "''", "' '", "'x'", "x''", "x'00'", "x'41'", "char(0)", "'none'", "'todo'", "'current'",
    "'notes'", "'live'", "'before'", "'[]'", "'[\"a\"]'", "'[1]'", "'{}'", "'{\"a\": 1}'", "'[\"goal\"]'", "'#a1b2c3'",
    "'#A1B2C'", "'2026-02-28'", "'2026-02-29'", "'20260228'", "'2026-02-28T10:00:00+01:00'", "'2026-02-28 10:00'",
    "printf('%.*c', 2000, 'x')", "printf('%.*c', 2001, 'x')", "printf('%.*c', 2000, 'é')",
    "CAST(x'c3' AS TEXT)", "CAST(x'efbbbf41' AS TEXT)", "CAST(x'eda080' AS TEXT)",
]


@pytest.fixture(scope="module")
def loose_db(tmp_path_factory) -> sqlite3.Connection:
    """The golden file with loose tables (no type, NOT NULL or CHECK), in memory, writable."""
    path = tmp_path_factory.mktemp("loose") / "loose.cjm"
    shutil.copyfile(VALID, path)
    conn = sqlite3.connect(path, autocommit=True)
    loosen(conn)
    conn.close()
    memory = sqlite3.connect(":memory:", autocommit=True)
    memory.deserialize(path.read_bytes())
    yield memory
    memory.close()


def cases() -> list:
    found = []
    for cls, table in codec.TABLE_OF.items():
        names = [*codec.columns(cls), *(["revision"] if cls is Project else [])]
        found += [pytest.param(table, column, id=f"{table}.{column}") for column in names if column != "id"]
    return found


@pytest.mark.parametrize(("table", "column"), cases())
def test_no_edge_value_is_accepted_by_the_bulk_path_alone(table, column, loose_db):
    conn = loose_db
    accepted = refused = 0
    for value in EDGES:
        conn.execute("SAVEPOINT edge")
        try:
            conn.execute(f"UPDATE {table} SET {column} = {value} WHERE id = (SELECT min(id) FROM {table})")
            bulk, checked = reader.read_in_bulk(conn), reader.read_in_bulk(conn, kinds=())
            try:
                precise = reader.read_precisely(conn)
            except UnexpectedContent:
                assert bulk is None, f"{table}.{column} = {value}: accepted in bulk, refused precisely"
                assert checked is None, f"{table}.{column} = {value}: checked in bulk, refused precisely"
                refused += 1
            else:
                assert bulk is None or bulk == precise, f"{table}.{column} = {value}: another project"
                accepted += bulk is not None
        finally:
            conn.execute("ROLLBACK TO edge")
            conn.execute("RELEASE edge")
    assert refused, "some edge value is refused"
    assert accepted or table == "project", "some edge value is read in bulk"

