"""Persist edits to a working copy through SQLModel, one transaction per edit.

Imported lazily (SQLAlchemy costs ~0.4 s to import): reading a file for the first paint
does not need it.
"""

from __future__ import annotations

from functools import cache
from itertools import groupby
from pathlib import Path

from sqlalchemy import create_engine, delete, event, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.pool import StaticPool

from cjm_desktop.model.domain import Project
from cjm_desktop.model.ops import Op, Put
from cjm_desktop.storage import codec
from cjm_desktop.storage.rows import ROW_OF, ProjectRow
from cjm_desktop.storage.sqlite_io import configure_durable


@cache
def _upsert(table):
    """INSERT … ON CONFLICT(id) DO UPDATE for every column: one statement, many rows."""
    statement = insert(table)
    return statement.on_conflict_do_update(
        index_elements=["id"], set_={c.name: statement.excluded[c.name] for c in table.columns if c.name != "id"}
    )


def _batches(ops: list[Op]):
    """Consecutive operations of the same kind on the same table, in order (one statement each)."""
    for (kind, cls), group in groupby(ops, key=lambda op: (type(op), type(op.entity) if isinstance(op, Put) else op.cls)):
        yield kind, cls, list(group)


class Writer:
    """The single writer of one working copy."""

    def __init__(self, path: Path) -> None:
        self.engine = create_engine(f"sqlite:///{path}", poolclass=StaticPool)

        @event.listens_for(self.engine, "connect")
        def _connect(dbapi_connection, _record) -> None:
            # SQLAlchemy's "pysqlite serializable isolation" recipe: we emit BEGIN ourselves,
            # so that the whole edit (and any DDL) is one atomic transaction.
            dbapi_connection.isolation_level = None
            configure_durable(dbapi_connection)

        @event.listens_for(self.engine, "begin")
        def _begin(conn) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    def write(self, ops: list[Op], revision: int) -> None:
        """Apply ``ops`` and set the revision counter, all or nothing."""
        with self.engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            for kind, cls, batch in _batches(ops):
                table = ROW_OF[cls].__table__
                if kind is Put:
                    records = [codec.encode(op.entity) for op in batch]
                    if cls is Project:
                        for record in records:
                            record["revision"] = revision
                    conn.execute(_upsert(table), records)
                else:
                    conn.execute(delete(table).where(table.c.id.in_([op.id for op in batch])))
            conn.execute(update(ProjectRow.__table__).values(revision=revision))

    def close(self) -> None:
        self.engine.dispose()
