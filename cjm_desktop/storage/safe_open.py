"""Open a ``.cjm`` file that may come from a stranger, without ever writing to it.

The checks of docs/ARCHITECTURE.md (« Storage and safety »), in order: size cap, header bytes
(magic, page size, journal mode, encoding, application id, schema version, truncation) read before SQLite
parses anything; then an in-memory, hardened copy; the exact schema; ``integrity_check``;
foreign keys; and every value through ``reader.read_state``. Each refusal is a
``CjmFileError`` whose message is one sentence.

A file whose only fault is indexes that do not match their tables (``quick_check`` misses
it; the first edit or save then fails) is healed, never edited as it is: its rows are copied,
read without any index, into a fresh private database whose indexes are built anew, and
``ValidatedFile.repaired`` says so. The file itself is never written.
"""

from __future__ import annotations

import re
import sqlite3
import stat
import time
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from cjm_desktop.model.domain import ProjectState
from cjm_desktop.storage import reader
from cjm_desktop.storage.errors import CjmFileError, DamagedFile, NewerVersion, NotACjmFile, TooLarge, UnexpectedContent
from cjm_desktop.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, expected_schema, schema_of
from cjm_desktop.storage.sqlite_io import READ_DEADLINE_S, harden, memory_from_bytes, migrate

MAX_FILE_BYTES = 256 * 1024 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"
# What ``integrity_check`` says about an index that does not match its table (SQLite 3.3x-3.4x wording).
_INDEX_PROBLEM = re.compile(r"(row \d+ missing from|wrong # of entries in|non-unique entry in) index (\w+)")
_MALFORMED = "(the check stopped: the database disk image is malformed)"


@dataclass
class ValidatedFile:
    """A file that passed every check: its parsed project and a private in-memory copy."""

    state: ProjectState  # every entity, or the project and the kinds asked for (``validate_bytes``)
    revision: int
    version: int  # the version the file was written in (before any upgrade)
    conn: sqlite3.Connection  # hardened, query-only, in memory; close it when done
    # True when the file's indexes did not match its rows: ``conn`` holds its rows with rebuilt indexes
    # (the file is unchanged; saving writes the repaired project)
    repaired: bool = False


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing folders, special files and anything over the size cap."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise CjmFileError(f"The file {path} does not exist.") from None
    except OSError as error:
        raise CjmFileError(f"The file {path} cannot be read ({error.strerror}).") from None
    if stat.S_ISDIR(info.st_mode):
        raise NotACjmFile(" (it is a folder)")
    if not stat.S_ISREG(info.st_mode):
        raise NotACjmFile(" (it is not a regular file)")
    if info.st_size > MAX_FILE_BYTES:
        raise TooLarge(info.st_size, MAX_FILE_BYTES)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise CjmFileError(f"The file {path} cannot be read ({error.strerror}).") from None
    if len(data) > MAX_FILE_BYTES:
        raise TooLarge(len(data), MAX_FILE_BYTES)
    return data


def check_header(data: bytes) -> int:
    """Validate the 100-byte SQLite header; return the schema version it declares."""
    if len(data) == 0:
        raise NotACjmFile(" (the file is empty)")
    if not data.startswith(SQLITE_MAGIC):
        if data.startswith(b"PK\x03\x04"):
            raise NotACjmFile(" (it is a ZIP archive)")
        if SQLITE_MAGIC.startswith(data[:16]):
            raise DamagedFile(" (it is cut short)")
        raise NotACjmFile()
    if len(data) < 512:
        raise DamagedFile(" (it is cut short)")
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        raise DamagedFile(" (its header is invalid)")
    write_version, read_version = data[18], data[19]
    if (write_version, read_version) == (2, 2):
        raise UnexpectedContent(
            "it was copied while still open in another program (write-ahead log mode), so it may be incomplete"
        )
    if (write_version, read_version) != (1, 1):
        raise DamagedFile(" (its header is invalid)")
    application_id = int.from_bytes(data[68:72], "big")
    if application_id != APPLICATION_ID:
        raise NotACjmFile(" (it is another kind of SQLite database)")
    if int.from_bytes(data[56:60], "big") != 1:
        raise UnexpectedContent("its text is not stored as UTF-8")
    version = int.from_bytes(data[60:64], "big", signed=True)
    if version > SCHEMA_VERSION:
        raise NewerVersion(version, SCHEMA_VERSION)
    if version < 1:
        raise DamagedFile(" (its format version is missing)")
    if len(data) % page_size:
        raise DamagedFile(" (it is cut short)")
    page_count = int.from_bytes(data[28:32], "big")
    change_counter, valid_for = data[24:28], data[92:96]
    if change_counter == valid_for and page_count * page_size != len(data):
        raise DamagedFile(" (it is cut short)" if page_count * page_size > len(data) else " (its size is wrong)")
    return version


def validate_bytes(data: bytes, kinds: Collection[type] | None = None) -> ValidatedFile:
    """Run every check on ``data``; the caller owns the returned in-memory connection.

    Every row is checked whatever ``kinds`` says; ``kinds`` (default: all) only says which entities the
    returned state holds besides the project (``cjm check`` needs none, ``cjm info`` no notes)."""
    version = check_header(data)
    deadline = time.monotonic() + READ_DEADLINE_S  # for the whole validation, healing included
    conn = None
    try:
        conn = memory_from_bytes(data, deadline)
        if schema_of(conn) != expected_schema(version):
            raise UnexpectedContent("its tables are not the ones CJM Desktop writes")
        conn, repaired = _sound_or_healed(conn, data, version, deadline)
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise UnexpectedContent("some of its links point to nothing")
        if version < SCHEMA_VERSION:  # upgrade the private copy; the file stays as it is
            conn.execute("PRAGMA query_only = OFF")
            migrate(conn, version)
            conn.execute("PRAGMA query_only = ON")
        state, revision = reader.read_state(conn, kinds)
        return ValidatedFile(state, revision, version, conn, repaired)
    except CjmFileError:
        _close(conn)
        raise
    except sqlite3.DataError:
        _close(conn)
        raise UnexpectedContent("it holds a value too large to be ours") from None
    except (sqlite3.DatabaseError, UnicodeDecodeError, OverflowError, ValueError, MemoryError, RecursionError):
        _close(conn)
        raise DamagedFile() from None


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """What ``PRAGMA integrity_check`` finds in ``conn``'s main database: [] when it is sound.

    Unlike ``quick_check``, it compares every index with its table. A check that stops on
    corruption counts as one problem; any other error (the read deadline) is raised.
    """
    try:
        found = [_text(message) for (message,) in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_CORRUPT:
            raise
        return [_MALFORMED]
    return [] if found == ["ok"] else found


def _sound_or_healed(
    conn: sqlite3.Connection, data: bytes, version: int, deadline: float
) -> tuple[sqlite3.Connection, bool]:
    """``(conn, False)`` when ``integrity_check`` passes; ``(a healed copy, True)`` when only indexes are
    wrong and every row reads back; else ``DamagedFile``. ``conn`` is closed when it is replaced."""
    problems = integrity_problems(conn)
    if not problems:
        return conn, False
    indexes = {name for kind, name, _, _ in expected_schema(version) if kind == "index"}
    for problem in problems:
        found = _INDEX_PROBLEM.fullmatch(problem)
        if problem != _MALFORMED and (found is None or found.group(2) not in indexes):
            raise DamagedFile()
    if conn.execute("PRAGMA quick_check").fetchall() != [(b"ok",)]:  # anything but the indexes
        raise DamagedFile()
    healed = _rebuilt(data, version, deadline)
    try:
        if integrity_problems(healed):
            raise DamagedFile()
    except BaseException:
        healed.close()
        raise
    conn.close()
    return healed, True


def _rebuilt(data: bytes, version: int, deadline: float) -> sqlite3.Connection:
    """A fresh hardened, query-only database in our own ``version`` schema, holding the rows of
    ``data``'s tables read without any index (``NOT INDEXED``); its indexes are built as rows go in.
    A row the schema refuses (a duplicate, a NULL...) raises ``sqlite3.IntegrityError``."""
    fresh = sqlite3.connect(":memory:", autocommit=True)
    try:
        for step in MIGRATIONS[:version]:  # our own frozen DDL, before any hostile byte is read
            for statement in step:
                fresh.execute(statement)
        fresh.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        fresh.execute(f"PRAGMA user_version = {version}")
        tables = {
            table: [column for (column,) in fresh.execute("SELECT name FROM pragma_table_info(?)", (table,))]
            for (table,) in fresh.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        }
        harden(fresh, deadline)
        fresh.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 1)
        fresh.execute("ATTACH DATABASE ':memory:' AS damaged")
        fresh.deserialize(data, name="damaged")
        fresh.execute("BEGIN")
        for table, names in tables.items():  # names from our DDL, not from the file
            listed = ", ".join(names)
            fresh.execute(f"INSERT INTO main.{table} ({listed}) SELECT {listed} FROM damaged.{table} NOT INDEXED")
        fresh.execute("COMMIT")
        fresh.execute("DETACH DATABASE damaged")
        fresh.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        fresh.execute("PRAGMA query_only = ON")
        return fresh
    except BaseException:
        fresh.close()
        raise


def _text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def validate_file(path: Path, kinds: Collection[type] | None = None) -> ValidatedFile:
    """Read and validate a ``.cjm`` file; the file itself is never opened for writing. ``kinds``: see
    ``validate_bytes``."""
    return validate_bytes(read_bytes(path), kinds)


def _close(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        conn.close()
