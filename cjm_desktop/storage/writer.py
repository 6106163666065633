"""Persist edits to a working copy through SQLModel, one transaction per edit.

The statements come from the SQLModel tables (``rows.py``), compiled once per table; each edit runs them
with the driver's ``executemany`` inside SQLAlchemy's transaction (SQLAlchemy's own per-row parameter
processing was most of the time of an edit writing many rows, such as an import of 20,000 notes).

Imported lazily (SQLAlchemy costs ~0.4 s to import): reading a file for the first paint
does not need it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from functools import cache
from itertools import groupby
from pathlib import Path

from sqlalchemy import Connection, Table, bindparam, create_engine, delete, event, update
from sqlalchemy.dialects.sqlite import Insert, insert
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool
from sqlmodel import SQLModel

from cjm_desktop.model.domain import Project
from cjm_desktop.model.ops import Op, Put, Remove
from cjm_desktop.storage import codec
from cjm_desktop.storage.rows import ROW_OF, ProjectRow
from cjm_desktop.storage.sqlite_io import configure_durable


def _table(row: type[SQLModel]) -> Table:
    """The SQLAlchemy table of a SQLModel table class."""
    # SQLAlchemy's mapping sets ``__table__``, which SQLModel does not declare to type checkers.
    table: Table = row.__table__  # type: ignore[attr-defined]
    return table


@cache
def _upsert(table: Table) -> Insert:
    """INSERT … ON CONFLICT(id) DO UPDATE for every column: one statement, many rows."""
    statement = insert(table)
    return statement.on_conflict_do_update(
        index_elements=["id"], set_={c.name: statement.excluded[c.name] for c in table.columns if c.name != "id"}
    )


_NAMED = SQLiteDialect_pysqlite(paramstyle="named")  # « :column » parameters: each record is a dict


@cache
def _upsert_sql(table: Table) -> str:
    return str(_upsert(table).compile(dialect=_NAMED))


@cache
def _delete_sql(table: Table) -> str:
    return str(delete(table).where(table.c.id == bindparam("id")).compile(dialect=_NAMED))


_REVISION_SQL = str(update(_table(ProjectRow)).values(revision=bindparam("revision")).compile(dialect=_NAMED))


def _batches(ops: list[Op]) -> Iterator[tuple[type[Op], type, list[Op]]]:
    """Consecutive operations of the same kind on the same table, in order (one statement each)."""
    def key(op: Op) -> tuple[type[Op], type]:
        return type(op), type(op.entity) if isinstance(op, Put) else op.cls

    for (kind, cls), group in groupby(ops, key=key):
        yield kind, cls, list(group)


class Writer:
    """The single writer of one working copy."""

    def __init__(self, path: Path) -> None:
        self.engine = create_engine(f"sqlite:///{path}", poolclass=StaticPool)

        @event.listens_for(self.engine, "connect")
        def _connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
            # SQLAlchemy's "pysqlite serializable isolation" recipe: we emit BEGIN ourselves,
            # so that the whole edit (and any DDL) is one atomic transaction.
            dbapi_connection.isolation_level = None
            configure_durable(dbapi_connection)

        @event.listens_for(self.engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    def write(self, ops: list[Op], revision: int) -> None:
        """Apply ``ops`` and set the revision counter, all or nothing."""
        with self.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            driver = conn.connection.driver_connection
            assert driver is not None, "an open connection has its driver's connection"
            cursor = driver.cursor()  # in the transaction begun above
            for kind, cls, batch in _batches(ops):
                table = _table(ROW_OF[cls])
                if kind is Put:
                    records = [codec.encode(op.entity) for op in batch if isinstance(op, Put)]  # all of them
                    if cls is Project:
                        for record in records:
                            record["revision"] = revision
                    cursor.executemany(_upsert_sql(table), records)
                else:
                    cursor.executemany(_delete_sql(table), [{"id": op.id} for op in batch if isinstance(op, Remove)])
            cursor.execute(_REVISION_SQL, {"revision": revision})

    def close(self) -> None:
        self.engine.dispose()
