"""SQLite connections: hardened in-memory ones for untrusted bytes, durable ones for working copies."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from cjm_desktop.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

READ_DEADLINE_S = 20.0  # a hostile file must not freeze the app


def harden(conn: sqlite3.Connection, deadline: float | None = None) -> None:
    """Settings for reading bytes that may come from a stranger (docs/ARCHITECTURE.md, « Storage and safety »).

    ``deadline`` (a ``time.monotonic()`` value) interrupts any statement still running then; by
    default, ``READ_DEADLINE_S`` from now. Several connections reading one file share one deadline.
    """
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_TRUSTED_SCHEMA, False)
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_TRIGGER, False)
    conn.setconfig(sqlite3.SQLITE_DBCONFIG_ENABLE_VIEW, False)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 8_000_000)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100_000)
    conn.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, 200)
    conn.setlimit(sqlite3.SQLITE_LIMIT_EXPR_DEPTH, 100)
    conn.setlimit(sqlite3.SQLITE_LIMIT_COMPOUND_SELECT, 10)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.setlimit(sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH, 1)
    conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 1000)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")
    end = time.monotonic() + READ_DEADLINE_S if deadline is None else deadline
    conn.set_progress_handler(lambda: int(time.monotonic() > end), 10_000)
    conn.text_factory = bytes  # decode ourselves, strictly


def memory_from_bytes(data: bytes, deadline: float | None = None) -> sqlite3.Connection:
    """A hardened, query-only in-memory database holding a copy of ``data``."""
    conn = sqlite3.connect(":memory:", autocommit=True)
    harden(conn, deadline)
    conn.deserialize(data)
    conn.execute("PRAGMA query_only = ON")
    return conn


def connect_durable(path: Path) -> sqlite3.Connection:
    """A connection to a working copy: WAL, every commit fsynced, foreign keys enforced."""
    conn = sqlite3.connect(path, autocommit=True, check_same_thread=False)
    configure_durable(conn)
    return conn


def configure_durable(conn: sqlite3.Connection) -> None:
    """Pragmas every connection to a working copy uses (also applied to SQLAlchemy's)."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA busy_timeout = 5000")


def create_schema(conn: sqlite3.Connection) -> None:
    """Build the current schema in an empty database, atomically."""
    migrate(conn, 0)


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Run the ladder from ``from_version`` to ``SCHEMA_VERSION`` in one transaction.

    The connection must be in autocommit mode so that our explicit BEGIN also covers the
    DDL (Python's legacy transaction handling would commit before it).
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in MIGRATIONS[from_version:]:
            for statement in step:
                conn.execute(statement)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def fsync_path(path: Path, directory: bool = False) -> None:
    """Flush a file (or a folder's entry table) to the disk; folders are skipped on Windows."""
    if directory and os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
