"""Snapshots (« instantanés »): taking, reading back exactly, sharing chunks, refusing damaged chunks,
deleting, undoing, and restoring a journey of a snapshot as a new journey."""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import time
import zlib
from dataclasses import replace
from pathlib import Path

import pytest

from cjm_desktop.commands import AddTouchpoints, DeleteTouchpoints, EditTouchpoints, MoveTouchpoints
from cjm_desktop.commands.snapshots import DeleteSnapshot, RestoreJourney, TakeSnapshot
from cjm_desktop.document import Document
from cjm_desktop.model.domain import (
    Action,
    ActionLink,
    AgendaStep,
    Channel,
    Evaluation,
    Journey,
    JourneyKind,
    Kpi,
    Participant,
    Persona,
    Phase,
    Project,
    ProjectState,
    Snapshot,
    SnapshotChunk,
    Stage,
    StageDetails,
    Touchpoint,
    Vote,
    VotingSession,
)
from cjm_desktop.model.limits import MAX_ID, MAX_NOTES, MAX_PHOTO_BYTES
from cjm_desktop.model.ops import apply_to_state
from cjm_desktop.queries.compare import compare_snapshot
from cjm_desktop.storage import codec
from cjm_desktop.storage import snapshots as snaps
from cjm_desktop.storage.errors import EditRefused, UnexpectedContent
from cjm_desktop.storage.safe_open import validate_file
from cjm_desktop.storage.snapshots import (
    CONTENT_KINDS,
    check_snapshots,
    chunk_ids,
    deleted_snapshot_ops,
    read_snapshot,
    snapshot_ops,
)
from tests.support.big_files import grid_entities, write_file
from tests.support.documents import PutAll, assert_undo_redo_exact
from tests.support.photo_bytes import png

NOW = "2025-03-12T10:30:00+00:00"


def rich_entities() -> list:
    """A small project holding one entity of every kind a snapshot keeps, with unusual values."""
    return [
        Project(title="Atelier « Fibre » 😀", facilitators=("Anne", "Marc"), workshop_date="2025-03-12"),
        Persona(1, "Julie <b>", 0, png(), 34, goals="Un débit fiable"),
        Persona(2, "Marc", 1),
        Journey(1, "Achat", persona_id=1, lanes=("goal", "emotion")),
        Journey(2, "Achat cible", JourneyKind.TARGET, 1, 1, derived_from_id=1),
        Stage(1, 1, "Choisir", 0, Phase.BEFORE, emotion=1), Stage(2, 1, "Payer", 1), Stage(3, 2, "Choisir"),
        Channel(1, 1, "Web", 0, "mdi6.web"), Channel(2, 1, "Boutique", 1), Channel(3, 2, "Web"),
        Touchpoint(1, 1, "Je compare\nles offres", 1, 1, evaluation=Evaluation.PAIN, moment_of_truth=True, emotion=-1,
                   departments=("Ventes",), comment="à revoir", color="#ff0000", created_at=NOW, updated_at=NOW,
                   interop='{"ojf": 1}', negative_impact="Lent", solutions="Un comparateur", author="G1", hidden=True),
        Touchpoint(2, 1, "Je paie", 2, 2), Touchpoint(3, 1, "Idée : rappel", None, None),
        Touchpoint(4, 2, "Je compare vite", 3, 3, origin_id=1),
        StageDetails(1, 1, "Comparer", "2 jours", ("Enquête",), ("Marketing",)),
        Kpi(1, 1, "NPS", 0, "50", "30"),
        Action(1, "Rappeler sous 24 h", 0, 1, "Service client"), ActionLink(1, 1, 1),
        AgendaStep(1, "Irritants", 0, 1200, 1, (1, 2), "Une idée par note", 300),
        VotingSession(1, "Vote des irritants", 0, 1, budget=3, created_at=NOW),
        Participant(1, 1, "Anne"), Participant(2, 1, "Absent", 1, True),
        Vote(1, 1, 1, 1, None, 2), Vote(2, 1, None, None, 1, 3),
    ]


def state_of(entities: list) -> ProjectState:
    state = ProjectState()
    for entity in entities:
        state.put(entity)
    return state


def content(state: ProjectState) -> dict:
    """What a snapshot keeps of a state: the project and every content table."""
    return {cls: dict(state.of(cls)) if cls is not Project else state.project for cls in CONTENT_KINDS}


def taken(state: ProjectState, name: str = "avant l'atelier", now: str = NOW) -> Snapshot:
    """Take a snapshot of ``state`` in place; return it."""
    ops = snapshot_ops(state, name, now)
    apply_to_state(ops, state)
    return ops[0].entity


@pytest.fixture
def rich_file(tmp_path: Path) -> Path:
    return write_file(tmp_path / "atelier.cjm", rich_entities())


@pytest.fixture
def rich_doc(store, rich_file) -> Document:
    doc = Document.open(store, rich_file)
    yield doc
    if not doc.closed:
        doc.close(save=False)


# --- taking and reading back -------------------------------------------------------------------------


def test_a_snapshot_reads_back_exactly_what_the_project_held():
    state = state_of(rich_entities())
    snapshot = taken(state)
    assert content(read_snapshot(state, snapshot.id)) == content(state)
    assert (snapshot.name, snapshot.created_at, snapshot.note_count) == ("avant l'atelier", NOW, 4)


def test_a_snapshot_keeps_the_project_as_it_was_while_the_project_changes(rich_doc):
    rich_doc.execute(TakeSnapshot("avant", NOW))
    before = content(rich_doc.state)
    changed = replace(rich_doc.state.of(Touchpoint)[1], text="Changée")
    rich_doc.execute(PutAll(changed, Journey(3, "Nouveau", position=2)))
    [snapshot] = rich_doc.state.of(Snapshot).values()
    assert content(read_snapshot(rich_doc.state, snapshot.id)) == before


def test_a_snapshot_survives_saving_and_reopening(rich_doc, tmp_path):
    rich_doc.execute(TakeSnapshot("fin de matinée", NOW))
    expected = content(rich_doc.state)
    rich_doc.save(tmp_path / "copie.cjm")
    validated = validate_file(tmp_path / "copie.cjm")
    validated.conn.close()
    [snapshot] = validated.state.of(Snapshot).values()
    assert snapshot.name == "fin de matinée"
    assert content(read_snapshot(validated.state, snapshot.id)) == expected


def test_any_text_and_the_largest_photo_read_back_exactly():
    photo = png() + os.urandom(MAX_PHOTO_BYTES - len(png()))  # incompressible: the largest chunk there is
    odd = "\x00\t\"\\\u2028\ud7ff\U0001f600 « é »" * 10
    state = state_of([Project(title=odd), Persona(1, odd, photo=photo), Journey(1, odd),
                      Touchpoint(1, 1, odd, comment=odd, interop='{"x": "\\u0000"}')])
    ops = snapshot_ops(state, odd, NOW)
    for op in ops:
        codec.validate(op.entity)  # the photo's chunk stays under the codec's 8 MB
    apply_to_state(ops, state)
    assert content(read_snapshot(state, ops[0].entity.id)) == content(state)


def test_every_chunk_is_valid_for_the_codec_and_its_id_fits():
    state = state_of(rich_entities())
    ops = snapshot_ops(state, "a", NOW)
    for op in ops:
        codec.validate(op.entity)
    ids = chunk_ids(ops[0].entity)
    assert ids and all(1 <= i <= MAX_ID for i in ids)
    assert {op.entity.id for op in ops[1:]} == set(ids)


def test_a_persona_with_a_photo_has_a_chunk_of_its_own():
    state = state_of(rich_entities())
    first = taken(state)
    state.put(replace(state.of(Persona)[1], photo=png(3, 3)))
    second = taken(state, "après")
    assert len(set(chunk_ids(second)) - set(chunk_ids(first))) == 1


def test_the_same_project_gives_the_same_chunks():
    first, second = state_of(rich_entities()), state_of(rich_entities())
    assert snapshot_ops(first, "a", NOW)[1:] == snapshot_ops(second, "b", NOW)[1:]


def test_a_second_snapshot_of_an_unchanged_project_adds_no_chunk():
    state = state_of(rich_entities())
    first = taken(state)
    ops = snapshot_ops(state, "encore", NOW)
    assert len(ops) == 1 and ops[0].entity.chunks == first.chunks


def test_one_note_changed_makes_one_new_chunk():
    state = state_of([Project(), Journey(1, "J")] + [Touchpoint(n, 1, f"Note {n}") for n in range(1, 2001)])
    first = taken(state)
    state.put(replace(state.of(Touchpoint)[700], text="Changée"))
    second = taken(state, "après")
    assert len(set(chunk_ids(second)) - set(chunk_ids(first))) == 1
    assert 6 <= sum(1 for _ in chunk_ids(second)) - 1 <= 12  # about 256 notes a chunk (and the project's)


def test_sparse_ids_still_share_about_256_rows_a_chunk():
    notes = [Touchpoint(n * 50_000, 1, f"Note {n}") for n in range(1, 2001)]
    state = state_of([Project(), Journey(1, "J"), *notes])
    assert 6 <= len(chunk_ids(taken(state))) - 2 <= 12
    assert content(read_snapshot(state, 1)) == content(state)


def test_a_state_with_the_same_ids_but_other_content_gets_its_own_chunks():
    first = state_of(rich_entities())
    taken(first)  # its groups are kept for the next snapshot…
    second = state_of(rich_entities())
    second.put(replace(second.of(Touchpoint)[2], text="Autre"))
    snapshot = taken(second)  # …which reuses only the very same entities
    assert content(read_snapshot(second, snapshot.id)) == content(second)


def test_chunks_whose_ids_collide_are_both_kept(monkeypatch):
    monkeypatch.setattr(snaps, "_content_id", lambda payload: MAX_ID)  # every chunk wants the same id
    state = state_of(rich_entities())
    snapshot = taken(state)
    ids = chunk_ids(snapshot)
    assert len(ids) == len(set(ids)) > 1 and MAX_ID in ids and 1 in ids  # past MAX_ID, the ids start again at 1
    assert content(read_snapshot(state, snapshot.id)) == content(state)
    again = taken(state, "encore")  # equal content still finds its chunk
    assert again.chunks == snapshot.chunks


def test_a_group_of_notes_too_large_for_one_chunk_is_split():
    long_text = "Je compare les offres " * 4000  # 88,000 characters
    entities = [Project(), Journey(1, "J")] + [Touchpoint(n, 1, f"{n} {long_text}") for n in range(1, 41)]
    state = state_of(entities)
    snapshot = taken(state)
    note_chunks = [c for c in chunk_ids(snapshot) if b"touchpoint" in zlib.decompress(state.of(SnapshotChunk)[c].data)]
    assert len(note_chunks) > 1
    assert content(read_snapshot(state, snapshot.id)) == content(state)


# --- sharing at the limits ---------------------------------------------------------------------------


@pytest.mark.slow
def test_30_snapshots_of_20000_notes_with_a_few_changes_each_stay_small_and_the_file_checks(tmp_path):
    entities = grid_entities(100, 60, MAX_NOTES)
    state = state_of(entities)
    started = time.perf_counter()
    taken(state, "Instantané 0")
    first_take = time.perf_counter() - started
    for n in range(1, 30):
        for k in range(5):  # five notes edited between two snapshots
            note = state.of(Touchpoint)[(n * 397 + k * 1013) % MAX_NOTES + 1]
            state.put(replace(note, text=f"{note.text} (revu {n})", evaluation=Evaluation.BREAKING))
        taken(state, f"Instantané {n}")
    chunk_bytes = sum(len(c.data) for c in state.of(SnapshotChunk).values())
    assert first_take < 5  # measured: 0.25 s (the next ones, encoding only what changed: 0.03 s)
    assert chunk_bytes < 1_500_000  # measured: 0.84 MB for all 30 (the first alone: 0.33 MB)
    path = write_file(tmp_path / "trente.cjm", [state.project, *(e for t in state.tables.values() for e in t.values())])
    assert path.stat().st_size < 20_000_000  # measured: 3.4 MB, the snapshots included
    validated = validate_file(path)  # opens…
    validated.conn.close()
    assert len(validated.state.of(Snapshot)) == 30
    check_snapshots(validated.state)  # …and checks, every snapshot read (measured: 1.8 s)
    last = max(validated.state.of(Snapshot).values(), key=lambda s: s.id)
    assert content(read_snapshot(validated.state, last.id)) == content(state)


# --- damaged snapshots -------------------------------------------------------------------------------


def _chunk(table: str, columns: list[str], rows: list[list]) -> bytes:
    return zlib.compress(json.dumps({"v": 1, "table": table, "columns": columns, "rows": rows}).encode())


NOTE_COLUMNS = list(codec.columns(Touchpoint))
GOOD_NOTE = list(codec.encode(Touchpoint(1, 1, "Je paie")).values())
BOMB = zlib.compress(b" " * (snaps.MAX_CHUNK_RAW + 1024), 9)
HOSTILE = {
    "not zlib": (b"PK\x03\x04 not compressed", "is not compressed data"),
    "truncated zlib": (_chunk("touchpoint", NOTE_COLUMNS, [GOOD_NOTE])[:-6], "truncated"),
    "zip bomb": (BOMB, "is larger than 32 MB once decompressed"),
    "bad JSON": (zlib.compress(b'{"v": 1, "table": '), "is not valid JSON text"),
    "deep JSON": (zlib.compress(b"[" * 100_000 + b"]" * 100_000), "is not valid JSON text"),
    "not UTF-8": (zlib.compress(b'{"v": 1, "table": "\xff"}'), "is not valid JSON text"),
    "not a chunk": (zlib.compress(b"[1, 2, 3]"), "is not a chunk of rows"),
    "unknown format": (zlib.compress(b'{"v": 2, "table": "touchpoint", "columns": [], "rows": []}'),
                       "has an unknown format"),
    "snapshot table": (_chunk("snapshot", [], []), "holds rows of an unknown table"),
    "short row": (_chunk("touchpoint", NOTE_COLUMNS, [GOOD_NOTE[:-1]]), "does not match its columns"),
    "bad record": (_chunk("touchpoint", NOTE_COLUMNS, [[*GOOD_NOTE[:2], 12, *GOOD_NOTE[3:]]]),
                   "field « text » of touchpoint #1 is not text"),
    "true for 1": (_chunk("touchpoint", NOTE_COLUMNS, [[True, *GOOD_NOTE[1:]]]),
                   "field « id » of touchpoint #True is not a whole number"),
    "bad photo": (_chunk("persona", list(codec.columns(Persona)),
                         [[1, "Julie", 0, "not base64!", None, "", "", "", "", "", ""]]),
                  "holds an image that is not base64 text"),
}


def _damage(path: Path, chunk_id: int, data: bytes | None) -> None:
    """Replace a chunk's data in the file (None: delete the chunk)."""
    conn = sqlite3.connect(path)
    if data is None:
        conn.execute("DELETE FROM snapshot_chunk WHERE id = ?", (chunk_id,))
    else:
        conn.execute("UPDATE snapshot_chunk SET data = ? WHERE id = ?", (data, chunk_id))
    conn.commit()
    conn.close()


@pytest.fixture
def snapshot_file(rich_doc, tmp_path) -> Path:
    """A saved project holding one snapshot, « avant »."""
    rich_doc.execute(TakeSnapshot("avant", NOW))
    path = tmp_path / "instantane.cjm"
    rich_doc.save(path)
    rich_doc.close()
    return path


def _note_chunk(path: Path) -> int:
    """The id of the chunk holding the notes of the project's only snapshot."""
    validated = validate_file(path)
    validated.conn.close()
    [snapshot] = validated.state.of(Snapshot).values()
    chunks = validated.state.of(SnapshotChunk)
    return next(c for c in chunk_ids(snapshot) if b'"touchpoint"' in zlib.decompress(chunks[c].data))


@pytest.mark.parametrize("case", HOSTILE)
def test_a_damaged_chunk_is_refused_in_one_sentence_and_the_project_still_opens(snapshot_file, store, case):
    data, words = HOSTILE[case]
    _damage(snapshot_file, _note_chunk(snapshot_file), data)
    doc = Document.open(store, snapshot_file)  # the project itself is fine
    try:
        [snapshot] = doc.state.of(Snapshot).values()
        with pytest.raises(UnexpectedContent) as refused:
            read_snapshot(doc.state, snapshot.id)
        message = str(refused.value)
        assert "the snapshot « avant » is damaged (its chunk " in message and words in message
        assert "\n" not in message and message.count(".") <= 2
    finally:
        doc.close(save=False)


def test_a_snapshot_too_large_once_decompressed_is_refused(monkeypatch):
    monkeypatch.setattr(snaps, "MAX_SNAPSHOT_RAW", 1024 * 1024)  # the real bound: 384 MB
    state = state_of([Project(), Journey(1, "J")] + [Touchpoint(n, 1, "Je compare " * 500) for n in range(1, 400)])
    snapshot = taken(state)
    with pytest.raises(UnexpectedContent, match=r"« avant l'atelier » is damaged \(it holds more than 1 MB "
                                                r"once decompressed\)"):
        read_snapshot(state, snapshot.id)


def test_a_missing_chunk_is_named(snapshot_file, store):
    chunk_id = _note_chunk(snapshot_file)
    _damage(snapshot_file, chunk_id, None)
    validated = validate_file(snapshot_file)
    validated.conn.close()
    with pytest.raises(UnexpectedContent, match=f"its chunk {chunk_id:x} is missing"):
        check_snapshots(validated.state)


def test_a_chunk_listed_twice_is_refused():
    state = state_of(rich_entities())
    snapshot = taken(state)
    first = snapshot.chunks.split()[0]
    state.put(replace(snapshot, chunks=f"{snapshot.chunks} {first}"))
    with pytest.raises(UnexpectedContent, match="it lists a chunk twice"):
        read_snapshot(state, snapshot.id)


def test_a_note_held_twice_is_refused():
    state = state_of(rich_entities())
    snapshot = taken(state)
    state.put(SnapshotChunk(5, _chunk("touchpoint", NOTE_COLUMNS, [GOOD_NOTE])))  # note #1 again
    state.put(replace(snapshot, chunks=f"{snapshot.chunks} 5"))
    with pytest.raises(UnexpectedContent, match="it holds touchpoint #1 twice"):
        read_snapshot(state, snapshot.id)


def test_a_broken_reference_in_a_snapshot_is_refused():
    state = state_of(rich_entities())
    snapshot = taken(state)
    orphan = _chunk("kpi", list(codec.columns(Kpi)), [list(codec.encode(Kpi(9, 99, "Orphelin")).values())])
    state.put(SnapshotChunk(5, orphan))
    state.put(replace(snapshot, chunks=f"{snapshot.chunks} 5"))
    with pytest.raises(UnexpectedContent, match="kpi #9 measures a missing stage"):
        read_snapshot(state, snapshot.id)


def test_a_snapshot_without_its_project_is_refused():
    state = state_of(rich_entities())
    snapshot = taken(state)
    chunks = state.of(SnapshotChunk)
    without = [c for c in chunk_ids(snapshot) if b'"project"' not in zlib.decompress(chunks[c].data)]
    state.put(replace(snapshot, chunks=" ".join(f"{c:x}" for c in without)))
    with pytest.raises(UnexpectedContent, match="does not hold exactly one project"):
        read_snapshot(state, snapshot.id)


def test_a_photo_is_kept_as_base64_text_in_its_chunk():
    state = state_of(rich_entities())
    snapshot = taken(state)
    chunks = state.of(SnapshotChunk)
    [photo_chunk] = [json.loads(zlib.decompress(chunks[c].data)) for c in chunk_ids(snapshot)
                     if b'"persona"' in zlib.decompress(chunks[c].data) and b"Julie" in zlib.decompress(chunks[c].data)]
    photo = photo_chunk["rows"][0][photo_chunk["columns"].index("photo")]
    assert base64.b64decode(photo) == png()


# --- commands: take, delete, undo --------------------------------------------------------------------


def test_taking_a_snapshot_is_undone_and_redone_exactly(rich_doc):
    assert_undo_redo_exact(rich_doc, TakeSnapshot("avant", NOW))


def test_undoing_a_snapshot_removes_it_and_its_chunks(rich_doc):
    command = TakeSnapshot("avant", NOW)
    rich_doc.execute(command)
    assert rich_doc.state.of(Snapshot) and rich_doc.state.of(SnapshotChunk)
    rich_doc.undo(command)
    assert not rich_doc.state.of(Snapshot) and not rich_doc.state.of(SnapshotChunk)


def test_a_snapshot_needs_a_name(rich_doc):
    with pytest.raises(EditRefused, match="a snapshot needs a name"):
        rich_doc.execute(TakeSnapshot("  "))


def test_deleting_a_snapshot_keeps_the_chunks_another_snapshot_shares():
    state = state_of(rich_entities())
    first = taken(state)
    state.put(replace(state.of(Touchpoint)[2], text="Je paie en trois fois"))
    second = taken(state, "après")
    apply_to_state(deleted_snapshot_ops(state, first.id), state)
    assert set(state.of(SnapshotChunk)) == set(chunk_ids(second))
    assert content(read_snapshot(state, second.id)) == content(state)
    apply_to_state(deleted_snapshot_ops(state, second.id), state)
    assert not state.of(SnapshotChunk) and not state.of(Snapshot)


def test_deleting_a_snapshot_is_undone_and_redone_exactly(rich_doc):
    rich_doc.execute(TakeSnapshot("avant", NOW))
    rich_doc.execute(PutAll(Touchpoint(9, 1, "Nouvelle")))
    rich_doc.execute(TakeSnapshot("après", NOW))
    [first, _second] = sorted(rich_doc.state.of(Snapshot))
    assert_undo_redo_exact(rich_doc, DeleteSnapshot(first))


def test_deleting_a_missing_snapshot_is_refused(rich_doc):
    with pytest.raises(EditRefused, match="snapshot #7 does not exist"):
        rich_doc.execute(DeleteSnapshot(7))


# --- restoring a journey -----------------------------------------------------------------------------


def _without_ids(state: ProjectState, journey_id: int) -> dict:
    """A journey's content with its ids replaced by positions (to compare a copy with its original)."""
    stages = {s.id: i for i, s in enumerate(state.stages(journey_id))}
    channels = {c.id: i for i, c in enumerate(state.channels(journey_id))}

    def note(n: Touchpoint) -> Touchpoint:
        return replace(n, id=0, journey_id=0, channel_id=channels.get(n.channel_id), stage_id=stages.get(n.stage_id))

    return {
        "stages": [replace(s, id=0, journey_id=0) for s in state.stages(journey_id)],
        "channels": [replace(c, id=0, journey_id=0) for c in state.channels(journey_id)],
        "notes": sorted((note(n) for n in state.touchpoints(journey_id)), key=repr),
        "details": [replace(d, id=0, stage_id=stages[d.stage_id]) for d in state.of(StageDetails).values()
                    if d.stage_id in stages],
        "kpis": [replace(k, id=0, stage_id=stages[k.stage_id]) for k in state.of(Kpi).values() if k.stage_id in stages],
    }


def test_restoring_gives_a_new_journey_equal_in_content_and_leaves_the_rest_alone(rich_doc):
    rich_doc.execute(TakeSnapshot("avant", NOW))
    [snapshot_id] = rich_doc.state.of(Snapshot)
    then = read_snapshot(rich_doc.state, snapshot_id)
    rich_doc.execute(PutAll(replace(rich_doc.state.of(Touchpoint)[1], text="Réécrite", evaluation=Evaluation.DELIGHT)))
    current = content(rich_doc.state)
    command = RestoreJourney(snapshot_id, 1, "Achat (avant)")
    rich_doc.execute(command)
    state = rich_doc.state
    restored = state.of(Journey)[command.created_id]
    assert (restored.name, restored.position, restored.persona_id, restored.lanes) == ("Achat (avant)", 2, 1,
                                                                                        ("goal", "emotion"))
    assert _without_ids(state, restored.id) == _without_ids(then, 1)
    assert not set(state.touchpoints(restored.id)) & set(current[Touchpoint])
    for cls in CONTENT_KINDS:  # nothing that existed was changed
        if cls is not Project:
            assert {i: e for i, e in state.of(cls).items() if i in current[cls]} == current[cls]


def test_restoring_is_undone_and_redone_exactly(rich_doc):
    rich_doc.execute(TakeSnapshot("avant", NOW))
    [snapshot_id] = rich_doc.state.of(Snapshot)
    assert_undo_redo_exact(rich_doc, RestoreJourney(snapshot_id, 2, "Cible d'avant"))


def test_a_restored_target_keeps_its_origins_while_its_current_journey_exists(rich_doc):
    rich_doc.execute(TakeSnapshot("avant", NOW))
    [snapshot_id] = rich_doc.state.of(Snapshot)
    command = RestoreJourney(snapshot_id, 2, "Cible d'avant")
    rich_doc.execute(command)
    restored = rich_doc.state.of(Journey)[command.created_id]
    assert (restored.kind, restored.derived_from_id) == (JourneyKind.TARGET, 1)
    assert [n.origin_id for n in rich_doc.state.touchpoints(restored.id)] == [1]


def test_a_restored_journey_forgets_a_persona_and_an_origin_that_are_gone():
    state = state_of(rich_entities())
    snapshot = taken(state)
    for cls, entity_id in ((Journey, 1), (Persona, 1)):  # (a plain state: what referred to them stays)
        state.remove(cls, entity_id)
    apply_to_state(RestoreJourney(snapshot.id, 1, "Achat").plan(state), state)
    apply_to_state(RestoreJourney(snapshot.id, 2, "Cible").plan(state), state)
    current, target = state.journeys[-2:]
    assert (target.derived_from_id, target.persona_id, current.persona_id) == (None, None, None)
    assert [n.origin_id for n in state.touchpoints(target.id)] == [None]


def test_restoring_past_the_notes_limit_is_refused():
    state = state_of(grid_entities(10, 10, MAX_NOTES - 10))
    snapshot = taken(state)
    with pytest.raises(EditRefused, match="a project holds at most 20,000 notes"):
        RestoreJourney(snapshot.id, 1, "Copie").plan(state)


def test_restoring_a_journey_the_snapshot_does_not_hold_is_refused():
    state = state_of(rich_entities())
    snapshot = taken(state)
    with pytest.raises(EditRefused, match="the snapshot holds no journey #9"):
        RestoreJourney(snapshot.id, 9, "Copie").plan(state)


def test_restoring_from_a_damaged_snapshot_is_refused_in_one_sentence():
    state = state_of(rich_entities())
    snapshot = taken(state)
    state.remove(SnapshotChunk, chunk_ids(snapshot)[0])
    with pytest.raises(UnexpectedContent, match="is missing"):
        RestoreJourney(snapshot.id, 1, "Copie").plan(state)


# --- comparing a snapshot with now -------------------------------------------------------------------


def test_a_snapshot_compares_with_now_note_by_note(doc, grid):
    journey_id, stages, channels = grid
    add = AddTouchpoints(journey_id, (channels[0].id, stages[0].id), texts=["Je compare", "Je lis", "Je pars", "Je"])
    doc.execute(add)
    doc.execute(TakeSnapshot("avant", NOW))
    [snapshot_id] = doc.state.of(Snapshot)
    compare, read, leave, same = add.created_ids
    doc.execute(EditTouchpoints([compare], text="Je compare trois offres"))
    doc.execute(MoveTouchpoints([read], (channels[1].id, stages[1].id)))
    doc.execute(DeleteTouchpoints([leave]))
    doc.execute(AddTouchpoints(journey_id, (None, None), texts=["Idée"]))
    then = read_snapshot(doc.state, snapshot_id)
    diffs = compare_snapshot(then, journey_id, doc.state, journey_id)
    assert [((d.target or d.current).text, d.status) for d in diffs] == [
        ("Je compare trois offres", "changed"), ("Je", "same"), ("Je lis", "moved"), ("Idée", "added"),
        ("Je pars", "removed")]
    assert diffs[0].changed == ("text",) and diffs[0].current.text == "Je compare"
    assert (diffs[1].current, diffs[1].target) == (then.of(Touchpoint)[same], doc.state.of(Touchpoint)[same])


def test_a_journey_the_snapshot_did_not_hold_is_all_added():
    state = state_of(rich_entities())
    snapshot = taken(state)
    state.put(Journey(3, "Nouveau", position=2))
    state.put(Touchpoint(9, 3, "Je découvre"))
    diffs = compare_snapshot(read_snapshot(state, snapshot.id), 3, state, 3)
    assert [(d.target.text, d.status) for d in diffs] == [("Je découvre", "added")]
