"""Snapshots (« instantanés »): the whole project as it was, kept inside the ``.cjm``, compactly.

A snapshot is a ``Snapshot`` row (name, time, note count) listing the ids of the ``SnapshotChunk`` rows that
hold its content. A chunk holds the rows of one kind of entity (``codec.encode`` records), a run of about
``CHUNK_ROWS`` consecutive ids ending at an id chosen by its hash (``_ends_run``: the runs do not depend on how
dense the ids are, and a note added or removed changes its run only; a persona with a photo has a chunk of its
own), as compact JSON compressed with zlib (see ``resources/FORMAT.md``). A chunk's id is derived from its
content, so two snapshots whose notes of a run are equal share one chunk: a snapshot costs what changed since
the others, not a copy of the project.

Reading trusts nothing (a snapshot comes from a file): each chunk is decompressed with a size cap, parsed,
every record goes through ``codec.decode``, and the rebuilt project must pass the reader's limits and
reference checks. Any fault is ``UnexpectedContent`` naming the snapshot, in one sentence.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import operator
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from cjm_desktop.model import domain
from cjm_desktop.model.domain import ProjectState, Snapshot, SnapshotChunk
from cjm_desktop.model.limits import MAX_ID
from cjm_desktop.model.ops import Op, Put, Remove
from cjm_desktop.storage import codec, reader
from cjm_desktop.storage.errors import UnexpectedContent

FORMAT = 1  # the ``v`` of every chunk
# The content a snapshot holds, in the order it is rebuilt (parents first); never snapshots themselves.
CONTENT_KINDS: tuple[type, ...] = (
    domain.Project, domain.Persona, domain.Journey, domain.Stage, domain.Channel, domain.Touchpoint,
    domain.StageDetails, domain.Kpi, domain.Action, domain.ActionLink, domain.AgendaStep, domain.VotingSession,
    domain.Participant, domain.Vote,
)
_KIND_OF: dict[str, type] = {codec.TABLE_OF[cls]: cls for cls in CONTENT_KINDS}
# Columns added to a table after snapshots existed (schema version 6: ``interop``), with the value a row of an
# older snapshot has: a chunk names its columns, so a missing one is known to be older, never damaged.
ADDED_COLUMNS: dict[type, dict[str, object]] = {
    domain.Journey: {"interop": ""}, domain.Stage: {"interop": ""}, domain.Channel: {"interop": ""},
}
CHUNK_ROWS = 256  # the rows of one kind that share a chunk, on average (1 note changed: 1 chunk of ~256 is new)
CHUNK_TARGET = 1024 * 1024  # a run larger than this (JSON bytes) is split into several chunks
MAX_CHUNK_RAW = 32 * 1024 * 1024  # a chunk, decompressed: far above the largest one we write (a photo)
MAX_SNAPSHOT_RAW = 384 * 1024 * 1024  # a whole snapshot, decompressed: above the largest project a file holds
COMPRESSION = 6  # zlib's default (a 20,000-note project: 0.25 s to take, all included; test_snapshots.py)
_ID_SPAN = MAX_ID  # chunk ids are 1 .. MAX_ID (ids above it are refused by the codec)


# --- taking a snapshot -------------------------------------------------------------------------------


def snapshot_ops(state: ProjectState, name: str, now: str) -> list[Op]:
    """The ops that store ``state`` as a snapshot named ``name`` taken at ``now``: the ``Snapshot`` row and
    the chunks the project does not hold yet (equal chunks are shared)."""
    stored = state.of(SnapshotChunk)
    taken: dict[int, bytes] = {}  # the chunk ids of this snapshot, new or already stored, and their data
    ops: list[Op] = []
    groups: dict[GroupKey, tuple[tuple[Any, ...], list[tuple[int, bytes]]]] = {}
    for key, entities in _groups(state):
        last = _LAST_GROUPS.get(key)
        if last is not None and len(last[0]) == len(entities) and all(map(operator.is_, last[0], entities)):
            chunks = last[1]  # the very same (immutable) entities as last time: the same chunks
        else:
            chunks = [(_content_id(payload), zlib.compress(payload, COMPRESSION))
                      for payload in _split(key[0], _rows(key[0], entities))]
        groups[key] = (entities, chunks)
        for content_id, data in chunks:
            chunk_id = _free_id(content_id, data, taken, stored)
            if chunk_id not in taken and chunk_id not in stored:
                ops.append(Put(SnapshotChunk(chunk_id, data)))
            taken[chunk_id] = data
    _LAST_GROUPS.clear()
    _LAST_GROUPS.update(groups)
    snapshot = Snapshot(state.next_id(Snapshot), name, now, len(state.of(domain.Touchpoint)),
                        " ".join(f"{chunk_id:x}" for chunk_id in taken))
    return [Put(snapshot), *ops]


GroupKey = tuple[type, int, int]  # (kind, 0, first id of the run), or (Persona, 1, id) for a persona with a photo
# The groups of the last snapshot taken, with their entities and chunks: taking the next snapshot encodes only
# the groups whose entities changed (the others hold the very same objects). One project's worth at most.
_LAST_GROUPS: dict[GroupKey, tuple[tuple[Any, ...], list[tuple[int, bytes]]]] = {}


def _groups(state: ProjectState) -> Iterable[tuple[GroupKey, tuple[Any, ...]]]:
    """The entities of ``state`` in groups sharing chunks, in a fixed order (kind, then ids)."""
    for cls in CONTENT_KINDS:
        entities: list[Any] = ([state.project] if cls is domain.Project
                               else sorted(state.of(cls).values(), key=lambda e: e.id))
        run: list[Any] = []
        for entity in entities:
            if cls is domain.Persona and entity.photo is not None:  # large, and changes alone: its own chunk
                yield (cls, 1, entity.id), (entity,)
                continue
            run.append(entity)
            if _ends_run(entity.id):
                yield (cls, 0, run[0].id), tuple(run)
                run = []
        if run:
            yield (cls, 0, run[0].id), tuple(run)


_GOLDEN = 0x9E3779B97F4A7C15  # 2**64 / the golden ratio: consecutive ids hash far apart, evenly (Fibonacci hashing)


def _ends_run(entity_id: int) -> bool:
    """True for about one id in ``CHUNK_ROWS``, fairly evenly spread among consecutive ids."""
    return (entity_id * _GOLDEN) % 2**64 < 2**64 // CHUNK_ROWS


def _rows(cls: type, entities: tuple[Any, ...]) -> list[list[object]]:
    """The ``codec.encode`` values of each entity, in column order; bytes (a photo) as base64 text."""
    rows = [list(codec.encode(entity).values()) for entity in entities]
    if cls is domain.Persona:
        rows = [[base64.b64encode(v).decode("ascii") if isinstance(v, bytes) else v for v in row] for row in rows]
    return rows


def _free_id(content_id: int, data: bytes, taken: dict[int, bytes], stored: dict[int, SnapshotChunk]) -> int:
    """``content_id``, or when other content holds it (a hash collision, rare) the next id free or holding the
    same content."""
    chunk_id = content_id
    while True:
        existing = taken.get(chunk_id)
        if existing is None:
            chunk = stored.get(chunk_id)
            existing = chunk.data if chunk is not None else None
        if existing is None or existing == data or _same_content(existing, data):
            return chunk_id
        chunk_id = chunk_id % _ID_SPAN + 1


def _content_id(payload: bytes) -> int:
    """An id from the chunk's content: its first 8 bytes of BLAKE2b, brought into 1 .. MAX_ID."""
    digest = hashlib.blake2b(payload, digest_size=8).digest()
    return int.from_bytes(digest, "big") % _ID_SPAN + 1


def _same_content(stored: bytes, data: bytes) -> bool:
    """True when two compressed chunks hold the same content (another zlib may compress differently)."""
    try:
        return _inflate(stored, MAX_CHUNK_RAW) == _inflate(data, MAX_CHUNK_RAW)
    except ValueError:
        return False


def _chunk_json(table: str, columns: list[str], rows: list[str]) -> bytes:
    head = json.dumps({"v": FORMAT, "table": table, "columns": columns}, ensure_ascii=False, separators=(",", ":"))
    return (head[:-1] + ',"rows":[' + ",".join(rows) + "]}").encode("utf-8")


def _split(cls: type, rows: list[list[object]]) -> Iterable[bytes]:
    """The JSON of the chunks of one group of rows: one, or several of about ``CHUNK_TARGET`` bytes each when
    it is larger."""
    table, columns = codec.TABLE_OF[cls], list(codec.columns(cls))
    whole = _chunk_json(table, columns, [_dumps(rows)[1:-1]])
    if len(whole) <= CHUNK_TARGET or len(rows) == 1:
        yield whole
        return
    part: list[str] = []
    size = 0
    for row in rows:
        text = _dumps(row)
        length = len(text.encode("utf-8"))
        if part and size + length > CHUNK_TARGET:
            yield _chunk_json(table, columns, part)
            part, size = [], 0
        part.append(text)
        size += length
    yield _chunk_json(table, columns, part)


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# --- reading a snapshot ------------------------------------------------------------------------------


@dataclass
class ChunkCache:
    """Chunks already read (by id): a chunk shared by several snapshots is decoded once (``cjm check``)."""

    entities: dict[int, tuple[type, list[Any]]] = field(default_factory=dict)
    sizes: dict[int, int] = field(default_factory=dict)  # decompressed bytes
    # (table, columns, row) -> its entity: a row equal to one decoded before (the 255 unchanged notes of a
    # chunk that changed) is not decoded again; only rows of texts, whole numbers and nulls (whose equality
    # implies equal types: never True for 1 or 1.0 for 1) are kept
    decoded: dict[tuple[str, tuple[str, ...], tuple[object, ...]], Any] = field(default_factory=dict)


def snapshots(state: ProjectState) -> list[Snapshot]:
    """The project's snapshots, oldest first."""
    return sorted(state.of(Snapshot).values(), key=lambda s: (s.created_at, s.id))


def chunk_ids(snapshot: Snapshot) -> list[int]:
    """The chunk ids a snapshot lists (the codec checked their format)."""
    return [int(text, 16) for text in snapshot.chunks.split()]


def read_snapshot(state: ProjectState, snapshot_id: int, cache: ChunkCache | None = None) -> ProjectState:
    """The project as snapshot ``snapshot_id`` of ``state`` holds it, checked as strictly as a file.

    Raises ``UnexpectedContent`` (one sentence naming the snapshot) when the snapshot is missing, a chunk is
    missing or damaged, or the rebuilt project breaks a rule."""
    snapshot = state.get(Snapshot, snapshot_id)
    if snapshot is None:
        raise UnexpectedContent(f"snapshot #{snapshot_id} does not exist")
    try:
        tables = _tables(state, snapshot, cache if cache is not None else ChunkCache())
    except ValueError as error:
        raise UnexpectedContent(f"the snapshot « {snapshot.name} » is damaged ({error})") from None
    rebuilt = ProjectState(project=tables.project)
    for cls in CONTENT_KINDS[1:]:  # parents first, through ``put``: the state's indexes are built
        entities: dict[int, Any] = tables.of(cls)
        for entity in entities.values():
            rebuilt.put(entity)
    return rebuilt


def check_snapshots(state: ProjectState) -> None:
    """Read every snapshot of ``state`` (shared chunks once); ``UnexpectedContent`` names the first damaged."""
    cache = ChunkCache()
    for snapshot in snapshots(state):
        try:
            _tables(state, snapshot, cache)
        except ValueError as error:
            raise UnexpectedContent(f"the snapshot « {snapshot.name} » is damaged ({error})") from None


def _tables(state: ProjectState, snapshot: Snapshot, cache: ChunkCache) -> ProjectState:
    """The tables of the snapshot, checked (limits, duplicates, references), in a state without indexes (its
    tables filled directly: checking 30 snapshots need not index each one's notes and votes)."""
    ids = chunk_ids(snapshot)
    if len(set(ids)) != len(ids):
        raise ValueError("it lists a chunk twice")
    chunks = state.of(SnapshotChunk)
    rebuilt = ProjectState()
    counts: dict[type, int] = {}
    projects = 0
    total = 0
    for chunk_id in ids:
        if chunk_id not in cache.entities:
            chunk = chunks.get(chunk_id)
            if chunk is None:
                raise ValueError(f"its chunk {chunk_id:x} is missing")
            try:
                cache.entities[chunk_id], cache.sizes[chunk_id] = _read_chunk(chunk.data, cache.decoded)
            except ValueError as error:
                raise ValueError(f"its chunk {chunk_id:x} {error}") from None
        total += cache.sizes[chunk_id]
        if total > MAX_SNAPSHOT_RAW:
            raise ValueError(f"it holds more than {MAX_SNAPSHOT_RAW // (1024 * 1024)} MB once decompressed")
        cls, entities = cache.entities[chunk_id]
        count = counts[cls] = counts.get(cls, 0) + len(entities)
        limit, what = reader.TABLE_LIMITS.get(cls, (reader.MAX_ROWS, ""))
        if count > limit:
            raise ValueError(f"it holds more than {limit:,} {what or codec.TABLE_OF[cls] + ' rows'}")
        if cls is domain.Project:
            projects += len(entities)
            rebuilt.project = entities[0]
            continue
        table = rebuilt.tables[cls]
        for entity in entities:
            if entity.id in table:
                raise ValueError(f"it holds {codec.TABLE_OF[cls]} #{entity.id} twice")
            table[entity.id] = entity
    if projects != 1:
        raise ValueError("it does not hold exactly one project")
    reader.check_links(rebuilt)
    return rebuilt


def _inflate(data: bytes, limit: int) -> bytes:
    """``data`` decompressed, refused (ValueError) when it is not one whole zlib stream of at most ``limit``."""
    inflater = zlib.decompressobj()
    try:
        raw = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise ValueError("is not compressed data") from None
    if len(raw) > limit or inflater.unconsumed_tail:
        raise ValueError(f"is larger than {limit // (1024 * 1024)} MB once decompressed")
    if not inflater.eof or inflater.unused_data:
        raise ValueError("is truncated or followed by other data")
    return raw


def _read_chunk(data: bytes, decoded: dict[tuple[str, tuple[str, ...], tuple[object, ...]], Any],
                ) -> tuple[tuple[type, list[Any]], int]:
    """A chunk's kind and entities (each through ``codec.decode``, or equal to a row ``decoded`` holds), and
    its decompressed size."""
    raw = _inflate(data, MAX_CHUNK_RAW)
    try:
        content = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValueError("is not valid JSON text") from None
    if not isinstance(content, dict) or set(content) != {"v", "table", "columns", "rows"}:
        raise ValueError("is not a chunk of rows")
    if content["v"] != FORMAT:
        raise ValueError(f"has an unknown format {str(content['v'])[:20]!r}")
    cls = _KIND_OF.get(content["table"]) if isinstance(content["table"], str) else None
    columns, rows = content["columns"], content["rows"]
    if cls is None:
        raise ValueError("holds rows of an unknown table")
    if (not isinstance(columns, list) or not all(isinstance(c, str) for c in columns)
            or len(set(columns)) != len(columns) or not isinstance(rows, list)):
        raise ValueError("is not a chunk of rows")
    binary = {spec.name for spec in codec.SPECS[cls] if spec.kind is bytes}
    older = {name: value for name, value in ADDED_COLUMNS.get(cls, {}).items() if name not in columns}
    table, names = content["table"], tuple(columns)
    entities = []
    for row in rows:
        if not isinstance(row, list) or len(row) != len(columns):
            raise ValueError("holds a row that does not match its columns")
        key = (table, names, tuple(row)) if all(type(v) in _PLAIN for v in row) else None
        entity = decoded.get(key) if key is not None else None
        if entity is None:
            record = {**older, **dict(zip(columns, row, strict=True))}
            for name in binary & record.keys():
                record[name] = _binary(record[name])
            entity = codec.decode(cls, record)
            if key is not None:
                decoded[key] = entity
        entities.append(entity)
    if cls is domain.Project and len(entities) != 1:
        raise ValueError("does not hold exactly one project")
    return (cls, entities), len(raw)


_PLAIN = (str, int, type(None))  # ``type(v) in``: a bool or a float is not plain


def _binary(value: object) -> object:
    """A base64 text back to bytes (anything else is left for ``codec.decode`` to refuse)."""
    if not isinstance(value, str):
        return value
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        raise ValueError("holds an image that is not base64 text") from None


# --- deleting a snapshot -----------------------------------------------------------------------------


def deleted_snapshot_ops(state: ProjectState, snapshot_id: int) -> list[Op]:
    """The ops that remove snapshot ``snapshot_id`` and the chunks no other snapshot lists."""
    snapshot = state.get(Snapshot, snapshot_id)
    if snapshot is None:
        return []
    kept: set[int] = set()
    for other in state.of(Snapshot).values():
        if other.id != snapshot_id:
            kept.update(chunk_ids(other))
    chunks = state.of(SnapshotChunk)
    unused = sorted(c for c in set(chunk_ids(snapshot)) - kept if c in chunks)
    return [Remove(Snapshot, snapshot_id), *(Remove(SnapshotChunk, c) for c in unused)]
