"""Hand-made bad files: each function turns a valid project file into one kind of bad file."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

from cjm_desktop.storage.errors import DamagedFile, NewerVersion, NotACjmFile, TooLarge, UnexpectedContent
from cjm_desktop.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


def edit_copy(valid: Path, target: Path, *statements: str, pragmas: tuple[str, ...] = ()) -> Path:
    """Copy ``valid`` and run raw SQL on the copy (with our safety nets off, as an attacker would)."""
    shutil.copyfile(valid, target)
    conn = sqlite3.connect(target, autocommit=True)
    try:
        for pragma in pragmas:
            conn.execute(pragma)
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()
    return target


def unstrict(valid: Path, target: Path, table: str, *statements: str) -> Path:
    """Write values a STRICT table would refuse, by hiding STRICT while writing."""
    shutil.copyfile(valid, target)
    conn = sqlite3.connect(target, autocommit=True)
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = replace(sql, ') STRICT', ')') WHERE name = ?", (table,))
    finally:
        conn.close()
    conn = sqlite3.connect(target, autocommit=True)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = sql || ' STRICT' WHERE name = ?", (table,))
    finally:
        conn.close()
    return target


def patch_bytes(valid: Path, target: Path, offset: int, data: bytes) -> Path:
    content = bytearray(valid.read_bytes())
    content[offset : offset + len(data)] = data
    target.write_bytes(bytes(content))
    return target


def _empty(v, t):
    t.write_bytes(b"")
    return t


def _random(v, t):
    t.write_bytes(random.Random(1).randbytes(8192))
    return t


def _text(v, t):
    t.write_text("Je m’inscris à la newsletter\n<b>&amp;</b> 😀\n" * 100, encoding="utf-8")
    return t


def _zip(v, t):
    with zipfile.ZipFile(t, "w") as archive:
        archive.write(v, "projet.cjm")
    return t


def _folder(v, t):
    t.mkdir()
    return t


def _too_large(v, t):
    with open(t, "wb") as handle:  # sparse: no real disk used
        handle.write(v.read_bytes()[:100])
        handle.truncate(300 * 1024 * 1024)
    return t


def _cut(size: int | None = None, fraction: float | None = None):
    def make(v, t):
        data = v.read_bytes()
        t.write_bytes(data[: size if size is not None else int(len(data) * fraction)])
        return t

    return make


def _cut_at_page(v, t):
    data = v.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    t.write_bytes(data[: page * 2])
    return t


def _other_sqlite(app_id: int | None):
    def make(v, t):
        conn = sqlite3.connect(t)
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Claire', '0601020304')")
        if app_id is not None:
            conn.execute(f"PRAGMA application_id = {app_id}")
        conn.commit()
        conn.close()
        return t

    return make


def _ours_but_foreign_tables(v, t):
    conn = sqlite3.connect(t)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.commit()
    conn.close()
    return t


def _utf16(v, t):
    conn = sqlite3.connect(t, autocommit=True)
    conn.execute("PRAGMA encoding = 'UTF-16le'")
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    conn.close()
    return t


def _wal(v, t):
    shutil.copyfile(v, t)
    conn = sqlite3.connect(t)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    return t


def _sql(*statements, pragmas=()):
    return lambda v, t: edit_copy(v, t, *statements, pragmas=pragmas)


def _unstrict(table, *statements):
    return lambda v, t: unstrict(v, t, table, *statements)


def _bytes(offset, data):
    return lambda v, t: patch_bytes(v, t, offset, data)


NO_CHECKS = ("PRAGMA ignore_check_constraints = ON", "PRAGMA foreign_keys = OFF")
CORRUPT = (DamagedFile, UnexpectedContent)  # either is a fair description of these

# name -> (how to make it from a valid file, the error classes that may describe it)
CASES: dict[str, tuple[Callable[[Path, Path], Path], tuple[type, ...]]] = {
    "empty": (_empty, (NotACjmFile,)),
    "random bytes": (_random, (NotACjmFile,)),
    "text file": (_text, (NotACjmFile,)),
    "zip renamed .cjm": (_zip, (NotACjmFile,)),
    "folder named .cjm": (_folder, (NotACjmFile,)),
    "over the size cap (sparse)": (_too_large, (TooLarge,)),
    "cut inside the magic": (_cut(size=10), (DamagedFile,)),
    "cut inside the header": (_cut(size=80), (DamagedFile,)),
    "cut at a page boundary": (_cut_at_page, (DamagedFile,)),
    "cut mid-page": (_cut(fraction=0.63), (DamagedFile,)),
    "another SQLite database": (_other_sqlite(None), (NotACjmFile,)),
    "wrong application id": (_other_sqlite(0x12345678), (NotACjmFile,)),
    "our id, foreign tables": (_ours_but_foreign_tables, (UnexpectedContent,)),
    "future user_version": (_bytes(60, (SCHEMA_VERSION + 7).to_bytes(4, "big")), (NewerVersion,)),
    "user_version 0": (_bytes(60, (0).to_bytes(4, "big")), (DamagedFile,)),
    "bad page size": (_bytes(16, (1000).to_bytes(2, "big")), (DamagedFile,)),
    "WAL-mode file": (_wal, (UnexpectedContent,)),
    "UTF-16 text": (_utf16, (UnexpectedContent,)),
    "extra trigger": (_sql("CREATE TRIGGER t AFTER INSERT ON touchpoint BEGIN DELETE FROM project; END"),
                      (UnexpectedContent,)),
    "extra view": (_sql("CREATE VIEW v AS SELECT * FROM touchpoint"), (UnexpectedContent,)),
    "extra table": (_sql("CREATE TABLE spy (x TEXT)"), (UnexpectedContent,)),
    "extra index": (_sql("CREATE INDEX spy ON touchpoint (text)"), (UnexpectedContent,)),
    "changed column": (_sql("ALTER TABLE touchpoint ADD COLUMN payload TEXT"), (UnexpectedContent,)),
    "10 MB note": (_sql("UPDATE touchpoint SET text = printf('%.*c', 10000000, 'x') WHERE id = 1"),
                   (UnexpectedContent,)),
    "200,000-character note": (_sql("UPDATE touchpoint SET text = printf('%.*c', 200000, 'x') WHERE id = 1"),
                               (UnexpectedContent,)),
    "invalid UTF-8 in a note": (_sql("UPDATE touchpoint SET text = CAST(x'4a65ff20706169' AS TEXT) WHERE id = 1"),
                                (UnexpectedContent,)),
    "text in an integer column": (_unstrict("touchpoint", "UPDATE touchpoint SET votes = 'beaucoup' WHERE id = 1"),
                                  CORRUPT),
    "real number in an integer column": (_unstrict("touchpoint", "UPDATE touchpoint SET votes = 1e308 WHERE id = 1"),
                                         CORRUPT),
    "blob as note text": (_unstrict("touchpoint", "UPDATE touchpoint SET text = x'00ff00ff' WHERE id = 1"), CORRUPT),
    "emotion out of range": (_sql("UPDATE touchpoint SET emotion = 7 WHERE id = 1", pragmas=NO_CHECKS), CORRUPT),
    "unknown evaluation": (_sql("UPDATE touchpoint SET evaluation = 'génial' WHERE id = 1", pragmas=NO_CHECKS),
                           CORRUPT),
    "dangling journey": (_sql("UPDATE touchpoint SET journey_id = 99 WHERE id = 1", pragmas=NO_CHECKS),
                         (UnexpectedContent,)),
    "note in a cell of another journey": (_sql("UPDATE touchpoint SET channel_id = 3 WHERE id = 1"),
                                          (UnexpectedContent,)),
    "no project row": (_sql("DELETE FROM project"), (UnexpectedContent,)),
    "deeply nested list": (_sql("UPDATE touchpoint SET departments = printf('%.*c', 50000, '[') WHERE id = 1"),
                           (UnexpectedContent,)),
    "list of numbers": (_sql("UPDATE touchpoint SET departments = '[1, 2]' WHERE id = 1"), (UnexpectedContent,)),
    "other tools' fields not an object": (_sql("UPDATE touchpoint SET interop = '[1, 2]' WHERE id = 1"),
                                          (UnexpectedContent,)),
    "other tools' fields nested too deeply": (
        _sql("UPDATE touchpoint SET interop = printf('%.*c', 50000, '{') WHERE id = 1"), (UnexpectedContent,)),
    "bad workshop date": (_sql("UPDATE project SET workshop_date = '31/02/2026'"), (UnexpectedContent,)),
    "6 MB persona photo": (_sql("UPDATE persona SET photo = zeroblob(6000000)"), (UnexpectedContent,)),
    "bad colour": (_sql("UPDATE touchpoint SET color = 'red; drop' WHERE id = 1"), (UnexpectedContent,)),
}


def file_state(path: Path) -> tuple:
    """What must not change when a file is refused: its bytes and its modification time."""
    if path.is_dir():
        return ("dir", path.stat().st_mtime_ns)
    info = os.stat(path)
    with open(path, "rb") as handle:
        head = handle.read(4 * 1024 * 1024)
    return (info.st_size, info.st_mtime_ns, hash(head))
