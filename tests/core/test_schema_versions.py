"""Schema versions: golden files, frozen DDL, SQLModel rows in step, upgrades and refusals."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from cjm_desktop import document
from cjm_desktop.cli import summary
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Channel, Journey, Stage, Touchpoint
from cjm_desktop.storage import safe_open, schema, sqlite_io
from cjm_desktop.storage.errors import NewerVersion
from cjm_desktop.storage.rows import ROW_OF
from cjm_desktop.storage.safe_open import validate_file

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
GOLDEN_NOTES = {
    "Je découvre l’offre « Fibre » sur Instagram 😀",
    "Je compare les prix <&> les débits",
    "J’attends 40 minutes au téléphone",
    "Je reçois mon cœur de box",
    "Idée : un rappel automatique",
}


@pytest.mark.parametrize("version", range(1, schema.SCHEMA_VERSION + 1))
def test_the_golden_file_of_every_version_opens_with_its_content(version):
    validated = validate_file(GOLDEN / f"v{version}.cjm")
    validated.conn.close()
    info = summary(validated.state, validated.version)
    assert info["title"] == "Parcours abonnement Fibre"
    assert [(j["kind"], j["persona"], j["touchpoints"]) for j in info["journeys"]] == [
        ("current", "Sophie, 34 ans", 5), ("target", "Sophie, 34 ans", 0)]
    assert {n.text for n in validated.state.of(Touchpoint).values()} == GOLDEN_NOTES


@pytest.mark.parametrize("version", range(1, schema.SCHEMA_VERSION + 1))
def test_the_schema_of_every_version_is_frozen(version):
    conn = sqlite3.connect(f"{(GOLDEN / f'v{version}.cjm').as_uri()}?mode=ro", uri=True)  # a committed file
    try:
        assert schema.schema_of(conn) == schema.expected_schema(version)
    finally:
        conn.close()


def test_a_v1_file_opens_with_notes_carrying_no_fields_of_other_tools(store, tmp_path):
    path = tmp_path / "v1.cjm"
    shutil.copyfile(GOLDEN / "v1.cjm", path)
    doc = Document.open(store, path)
    try:
        assert doc.report.upgraded_from == 1
        assert {n.interop for n in doc.state.of(Touchpoint).values()} == {""}
        doc.save()
    finally:
        doc.close()
    validated = validate_file(path)
    validated.conn.close()
    assert validated.version == schema.SCHEMA_VERSION


def test_the_v2_golden_file_keeps_the_fields_of_other_tools():
    validated = validate_file(GOLDEN / "v2.cjm")
    validated.conn.close()
    assert validated.state.get(Touchpoint, 5).interop == '{"ojf": {"tags": ["Idée"], "severity": "low"}}'


def test_a_v2_file_opens_with_empty_journey_content_fields_and_saves_as_the_current_version(store, tmp_path):
    path = tmp_path / "v2.cjm"
    shutil.copyfile(GOLDEN / "v2.cjm", path)
    doc = Document.open(store, path)
    try:
        assert doc.report.upgraded_from == 2
        notes = doc.state.of(Touchpoint).values()
        assert {(n.origin_id, n.negative_impact, n.solutions) for n in notes} == {(None, "", "")}
        assert {s.emotion for s in doc.state.of(Stage).values()} == {None}
        assert {j.lanes for j in doc.state.journeys} == {()}
        assert doc.state.get(Touchpoint, 5).interop == '{"ojf": {"tags": ["Idée"], "severity": "low"}}'
        doc.save()
    finally:
        doc.close()
    validated = validate_file(path)
    validated.conn.close()
    assert validated.version == schema.SCHEMA_VERSION == 6
    assert validated.state.get(Touchpoint, 3).text == "J’attends 40 minutes au téléphone"


def test_the_v3_golden_file_keeps_frictions_stage_emotions_and_lanes():
    validated = validate_file(GOLDEN / "v3.cjm")
    validated.conn.close()
    note = validated.state.get(Touchpoint, 3)
    assert (note.negative_impact, note.solutions) == ("Abandon de 1 appel sur 5", "Rappel automatique")
    assert validated.state.get(Stage, 2).emotion == -1
    assert validated.state.get(Journey, 2).lanes == ("goal", "emotion")


def test_the_sqlmodel_rows_match_the_current_ddl():
    conn = sqlite3.connect(":memory:", autocommit=True)
    try:
        sqlite_io.create_schema(conn)
        for row in ROW_OF.values():
            table = row.__table__
            ddl = {name: (not notnull and not pk, bool(pk)) for _, name, _, notnull, _, pk in
                   conn.execute(f"PRAGMA table_info({table.name})")}
            model = {c.name: (bool(c.nullable) and not c.primary_key, bool(c.primary_key)) for c in table.columns}
            assert model == ddl, table.name
    finally:
        conn.close()


def test_a_file_from_a_newer_version_is_refused_naming_its_version(tmp_path):
    data = bytearray((GOLDEN / "v1.cjm").read_bytes())
    data[60:64] = (schema.SCHEMA_VERSION + 1).to_bytes(4, "big")
    path = tmp_path / "futur.cjm"
    path.write_bytes(data)
    with pytest.raises(NewerVersion, match=f"file format {schema.SCHEMA_VERSION + 1}"):
        validate_file(path)


def test_a_failing_migration_leaves_the_database_as_it_was(monkeypatch):
    conn = sqlite3.connect(":memory:", autocommit=True)
    try:
        sqlite_io.create_schema(conn)
        before = schema.schema_of(conn)
        broken = ["CREATE TABLE half_done (id INTEGER PRIMARY KEY)", "ALTER TABLE no_such_table ADD COLUMN x TEXT"]
        monkeypatch.setattr(sqlite_io, "MIGRATIONS", [*schema.MIGRATIONS, broken])
        monkeypatch.setattr(sqlite_io, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
        with pytest.raises(sqlite3.OperationalError):
            sqlite_io.migrate(conn, schema.SCHEMA_VERSION)
        assert schema.schema_of(conn) == before
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    finally:
        conn.close()


@pytest.fixture
def next_version(monkeypatch):
    """Pretend a version N+1 exists whose migration adds an index."""
    ladder = [*schema.MIGRATIONS, ["CREATE INDEX touchpoint_updated ON touchpoint (updated_at)"]]
    version = schema.SCHEMA_VERSION + 1
    monkeypatch.setattr(schema, "MIGRATIONS", ladder)
    monkeypatch.setattr(schema, "_EXPECTED", {})
    for module in (schema, sqlite_io, safe_open, document):
        monkeypatch.setattr(module, "SCHEMA_VERSION", version)
    monkeypatch.setattr(sqlite_io, "MIGRATIONS", ladder)
    return version


def test_an_older_file_is_upgraded_in_the_working_copy_only(next_version, store, tmp_path):
    path = tmp_path / "ancien.cjm"
    shutil.copyfile(GOLDEN / "v1.cjm", path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    doc = Document.open(store, path)
    try:
        assert doc.report.upgraded_from == 1
        assert doc.conn.execute("PRAGMA user_version").fetchone()[0] == next_version
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before
        backups = list(store.backup_folder(doc.folder).glob("*.before-upgrade.cjm"))
        assert [hashlib.sha256(b.read_bytes()).hexdigest() for b in backups] == [before]
    finally:
        doc.close(save=False)


def test_saving_an_upgraded_file_writes_the_new_version(next_version, store, tmp_path):
    path = tmp_path / "ancien.cjm"
    shutil.copyfile(GOLDEN / "v1.cjm", path)
    doc = Document.open(store, path)
    doc.save()
    doc.close()
    assert int.from_bytes(path.read_bytes()[60:64], "big") == next_version
    assert {n.text for n in validate_file(path).state.of(Touchpoint).values()} == GOLDEN_NOTES


def test_the_v4_golden_file_keeps_who_said_a_note():
    validated = validate_file(GOLDEN / "v4.cjm")
    validated.conn.close()
    assert (validated.state.get(Touchpoint, 3).author, validated.state.get(Touchpoint, 1).author) == ("Groupe B", "")


def test_a_v3_file_upgraded_gives_its_notes_no_author():
    validated = validate_file(GOLDEN / "v3.cjm")
    validated.conn.close()
    assert {note.author for note in validated.state.of(Touchpoint).values()} == {""}


def test_the_v5_golden_file_keeps_the_workshop():
    from cjm_desktop.model.domain import AgendaStep, Participant, Snapshot, StepStatus, VotingSession
    from cjm_desktop.storage.snapshots import read_snapshot

    validated = validate_file(GOLDEN / "v5.cjm")
    validated.conn.close()
    state = validated.state
    assert [(s.name, s.status) for s in sorted(state.of(AgendaStep).values(), key=lambda s: s.position)] == [
        ("Personas", StepStatus.DONE), ("Parcours existant", StepStatus.CURRENT),
        ("Vote sur les irritants", StepStatus.TODO)]
    assert state.get(AgendaStep, 2).stage_ids == (1, 2) and state.get(AgendaStep, 1).spent == 1020
    assert [s.name for s in state.of(VotingSession).values()] == ["Saisie directe", "Irritants prioritaires"]
    assert state.get(Participant, 2).proxy and [state.votes(i) for i in range(1, 5)] == [1, 2, 5, 5]
    assert state.shown_votes((Touchpoint, 3)) == 3  # the end-revealed session's dots wait for the reveal
    assert state.get(Touchpoint, 4).hidden
    (snapshot,) = state.of(Snapshot).values()
    before = read_snapshot(state, snapshot.id)
    assert (snapshot.name, snapshot.note_count) == ("Avant l’atelier", 5)
    assert {n.text for n in before.of(Touchpoint).values()} == GOLDEN_NOTES


def test_the_counts_of_a_v4_file_become_its_direct_entry():
    validated = validate_file(GOLDEN / "v4.cjm")
    validated.conn.close()
    assert [validated.state.votes(i) for i in range(1, 6)] == [1, 2, 3, 4, 0]


def test_the_v6_golden_file_keeps_what_other_tools_said_of_a_journey_a_stage_and_a_row():
    validated = validate_file(GOLDEN / "v6.cjm")
    validated.conn.close()
    state = validated.state
    assert state.get(Journey, 1).interop == '{"ojf": {"version": "1.0", "metadata": {"pov": "Sophie", "version": 2}}}'
    assert state.get(Stage, 1).interop == '{"ojf": {"id": "s-1"}}'
    assert state.get(Channel, 1).interop == '{"ojf": {"id": "l-1", "color": null}}'


def test_a_v5_file_upgraded_gives_its_journeys_stages_and_rows_nothing_from_other_tools():
    validated = validate_file(GOLDEN / "v5.cjm")
    validated.conn.close()
    state = validated.state
    assert {e.interop for cls in (Journey, Stage, Channel) for e in state.of(cls).values()} == {""}


def test_a_snapshot_taken_before_version_6_still_reads_whole():
    from cjm_desktop.model.domain import Snapshot
    from cjm_desktop.storage.snapshots import read_snapshot

    validated = validate_file(GOLDEN / "v5.cjm")
    validated.conn.close()
    (snapshot,) = validated.state.of(Snapshot).values()
    before = read_snapshot(validated.state, snapshot.id)
    assert {e.interop for cls in (Journey, Stage, Channel) for e in before.of(cls).values()} == {""}
    assert {n.text for n in before.of(Touchpoint).values()} == GOLDEN_NOTES
