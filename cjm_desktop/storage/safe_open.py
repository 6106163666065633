"""Open a ``.cjm`` file that may come from a stranger, without ever writing to it.

The checks of docs/ARCHITECTURE.md (« Storage and safety »), in order: size cap, header bytes
(magic, page size, journal mode, encoding, application id, schema version, truncation) read before SQLite
parses anything; then an in-memory, hardened copy; ``quick_check``; the exact schema;
foreign keys; and every value through ``reader.read_state``. Each refusal is a
``CjmFileError`` whose message is one sentence.
"""

from __future__ import annotations

import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from cjm_desktop.model.domain import ProjectState
from cjm_desktop.storage import reader
from cjm_desktop.storage.errors import CjmFileError, DamagedFile, NewerVersion, NotACjmFile, TooLarge, UnexpectedContent
from cjm_desktop.storage.schema import APPLICATION_ID, SCHEMA_VERSION, expected_schema, schema_of
from cjm_desktop.storage.sqlite_io import memory_from_bytes, migrate

MAX_FILE_BYTES = 256 * 1024 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass
class ValidatedFile:
    """A file that passed every check: its parsed project and a private in-memory copy."""

    state: ProjectState
    revision: int
    version: int  # the version the file was written in (before any upgrade)
    conn: sqlite3.Connection  # hardened, query-only, in memory; close it when done


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


def validate_bytes(data: bytes) -> ValidatedFile:
    """Run every check on ``data``; the caller owns the returned in-memory connection."""
    version = check_header(data)
    conn = None
    try:
        conn = memory_from_bytes(data)
        if conn.execute("PRAGMA quick_check").fetchall() != [(b"ok",)]:
            raise DamagedFile()
        if schema_of(conn) != expected_schema(version):
            raise UnexpectedContent("its tables are not the ones CJM Desktop writes")
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise UnexpectedContent("some of its links point to nothing")
        if version < SCHEMA_VERSION:  # upgrade the private copy; the file stays as it is
            conn.execute("PRAGMA query_only = OFF")
            migrate(conn, version)
            conn.execute("PRAGMA query_only = ON")
        state, revision = reader.read_state(conn)
        return ValidatedFile(state, revision, version, conn)
    except CjmFileError:
        _close(conn)
        raise
    except sqlite3.DataError:
        _close(conn)
        raise UnexpectedContent("it holds a value too large to be ours") from None
    except (sqlite3.DatabaseError, UnicodeDecodeError, OverflowError, ValueError, MemoryError, RecursionError):
        _close(conn)
        raise DamagedFile() from None


def validate_file(path: Path) -> ValidatedFile:
    """Read and validate a ``.cjm`` file; the file itself is never opened for writing."""
    return validate_bytes(read_bytes(path))


def _close(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        conn.close()
