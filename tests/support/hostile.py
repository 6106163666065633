"""Hand-made bad files: each function turns a valid project file into one kind of bad file."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cjm_desktop.storage.errors import DamagedFile, NewerVersion, NotACjmFile, TooLarge, UnexpectedContent
from cjm_desktop.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from tests.support.big_files import write_file


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
    "text in an integer column": (_unstrict("vote", "UPDATE vote SET count = 'beaucoup' WHERE id = 1"), CORRUPT),
    "real number in an integer column": (_unstrict("vote", "UPDATE vote SET count = 1e308 WHERE id = 1"), CORRUPT),
    "a vote of no dots": (_sql("UPDATE vote SET count = 0 WHERE id = 1", pragmas=NO_CHECKS), CORRUPT),
    "a vote on a missing note": (_sql("UPDATE vote SET touchpoint_id = 99 WHERE id = 1", pragmas=NO_CHECKS),
                                 (UnexpectedContent,)),
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


# --- the semantic corpus -----------------------------------------------------------------------
# Valid SQLite files in our exact schema whose *values* are hostile: markup, the longest texts,
# NUL bytes and control characters, invalid UTF-8, the largest grids, stale indexes, counters at
# their limits, duplicate positions... Each one is either opened (and then behaves: what it holds
# reads back equal, an edit and a save work) or refused with a CjmFileError.

OPENS, REPAIRED, REFUSED = "opens", "repaired", "refused"


@dataclass(frozen=True)
class Hostile:
    """How to make one corpus file from a valid one, and what opening it must do."""

    make: Callable[[Path, Path], Path]
    expect: str  # OPENS, REPAIRED (opens once its indexes are rebuilt) or REFUSED
    errors: tuple[type, ...] = ()  # for REFUSED: the error classes that may describe it


# Columns that hold dates, timestamps, colours or JSON objects (checked by their own rules): not free text.
_NOT_FREE_TEXT = {"created_at", "updated_at", "workshop_date", "due_date", "color", "interop", "lanes", "chunks"}


def text_columns() -> dict[str, tuple[list[str], list[str], dict[str, int]]]:
    """table -> (free text columns, list columns, the limit of each), from the codec's own specs."""
    from cjm_desktop.storage import codec

    found = {}
    for cls, table in codec.TABLE_OF.items():
        texts = [s.name for s in codec.SPECS[cls] if s.kind is str and s.name not in _NOT_FREE_TEXT]
        lists = [s.name for s in codec.SPECS[cls] if s.kind is tuple and s.name not in _NOT_FREE_TEXT]
        found[table] = (texts, lists, {s.name: s.limit for s in codec.SPECS[cls]})
    return found


def rewrite(valid: Path, target: Path, change: Callable[[sqlite3.Connection], None]) -> Path:
    """Copy ``valid`` and let ``change`` edit the copy through a plain connection (no foreign keys)."""
    shutil.copyfile(valid, target)
    conn = sqlite3.connect(target, autocommit=True)
    try:
        conn.execute("BEGIN")
        change(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return target


def fill_texts(text_of: Callable[[str, int, int], object] | None = None,
               list_of: Callable[[str, int, int], list[str]] | None = None) -> Callable[[Path, Path], Path]:
    """Every free text (``text_of(column, row id, limit)``; bytes are stored as TEXT as they are) and
    every list (``list_of``, stored as JSON) of every row of every table."""

    def change(conn: sqlite3.Connection) -> None:
        for table, (texts, lists, limits) in text_columns().items():
            ids = [row[0] for row in conn.execute(f"SELECT id FROM {table}")]
            for row_id in ids:
                for column in texts if text_of else []:
                    value = text_of(column, row_id, limits[column])
                    sql = "CAST(? AS TEXT)" if isinstance(value, bytes) else "?"
                    conn.execute(f"UPDATE {table} SET {column} = {sql} WHERE id = ?", (value, row_id))
                for column in lists if list_of else []:
                    items = json.dumps(list_of(column, row_id, limits[column]), ensure_ascii=False)
                    conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (items, row_id))

    return lambda v, t: rewrite(v, t, change)


def _cycle(values: list[str]) -> Callable[[str, int, int], str]:
    return lambda column, row_id, limit: values[(row_id + len(column)) % len(values)][:limit]


def _items(values: list[str]) -> Callable[[str, int, int], list[str]]:
    return lambda column, row_id, limit: [*values, values[row_id % len(values)]]


MARKUP = [
    "<img src=/dev/zero>",
    '<img src="file:///dev/zero" width=99999 height=99999>',
    "<b>gras</b> &amp; &lt;i&gt; &#0; &nbsp; &unknown;",
    '<a href="javascript:alert(1)">clic</a><script>alert(1)</script>',
    "<style>* { font-size: 1000px }</style><table><tr><td>cellule",
    "<!-- commentaire --><html><body bgcolor=red><h1>Titre</h1>",
    '<qt><font size=100 color="#ff0000">énorme</font></qt>',
]
PLACEHOLDERS = ["%1 %2 %n %L1 %%", "{0} {line} {} {{}} {journey!r:>99999}", "%s %d %(x)s %0999999d", "\\n \\u0000 \\"]
CONTROL = "".join(map(chr, range(1, 32))) + "\x7f\x85\u2028\u2029"
STRANGE = [
    "\u202eerèimerp\u202c la fin",  # right-to-left override
    "zéro\u200bwidth\u200c\u200d\u2060\ufeff",
    "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301 accents empilés",
    "😀👩‍👩‍👧‍👦🏳️‍🌈 \U0001f9d1\u200d\U0001f680",
    "\ufffe\uffff\U0010ffff non-caractères",
    "ligne 1\r\nligne 2\rligne 3\n\n\n\nfin",
    " \t  espaces autour \t ",
]


def _longest(char: str) -> Callable[[str, int, int], str]:
    return lambda column, row_id, limit: char * limit


def _long_items(column: str, row_id: int, limit: int) -> list[str]:
    # 200 items (the most a list holds) whose JSON stays within a long text (100,000 characters)
    from cjm_desktop.model.limits import LONG_TEXT, MAX_LIST_ITEMS

    size = LONG_TEXT // MAX_LIST_ITEMS - 6
    return [f"{i:03d}" + "é" * (size - 3) for i in range(MAX_LIST_ITEMS)]


def stale_index(index: str, *statements: str, unique: tuple[str, str] | None = None) -> Callable[[Path, Path], Path]:
    """Run ``statements`` while SQLite does not maintain ``index`` (``PRAGMA writable_schema``: the index
    is declared partial ``WHERE 0`` meanwhile), then declare it again as it was: its entries no longer
    match the table (``quick_check`` passes; ``integrity_check`` does not). For the index of a UNIQUE
    constraint, ``unique`` is the (clause, replacement) that hides the constraint from the table."""

    def make(valid: Path, target: Path) -> Path:
        shutil.copyfile(valid, target)
        conn = sqlite3.connect(target, autocommit=True)
        try:
            conn.execute("PRAGMA writable_schema = ON")
            [(sql, table)] = conn.execute("SELECT sql, tbl_name FROM sqlite_master WHERE name = ?", (index,)).fetchall()
            [(table_sql,)] = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchall()
            if sql is None:  # made by a UNIQUE constraint: hide the constraint, declare the index partial
                assert unique is not None and unique[0] in table_sql, "say which UNIQUE clause to hide"
                columns = ", ".join(row[2] for row in conn.execute(f"PRAGMA index_info({index})"))
                hidden_sql = f"CREATE UNIQUE INDEX {index} ON {table} ({columns}) WHERE 0"
                conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?",
                             (table_sql.replace(*unique), table))
            else:
                hidden_sql = sql + " WHERE 0"
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (hidden_sql, index))
        finally:
            conn.close()
        conn = sqlite3.connect(target, autocommit=True)  # a new connection reads the edited schema
        try:
            for statement in statements:
                conn.execute(statement)
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, index))
            conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (table_sql, table))
        finally:
            conn.close()
        return target

    return make


def _root_page(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0])
    finally:
        conn.close()


def copy_page(source: str, over: str) -> Callable[[Path, Path], Path]:
    """The root page of the index ``source`` copied over the root page of the index ``over`` (two
    indexes of the same shape): a damage ``quick_check`` misses and ``integrity_check`` stops on."""

    def make(valid: Path, target: Path) -> Path:
        data = bytearray(valid.read_bytes())
        size = int.from_bytes(data[16:18], "big")
        start, end = ((_root_page(valid, name) - 1) * size for name in (source, over))
        data[end : end + size] = data[start : start + size]
        target.write_bytes(bytes(data))
        return target

    return make


def grid(journeys: int = 1, stages: int = 3, channels: int = 3, notes_per_cell: int = 1, extra_notes: int = 0):
    """A project of ``journeys`` journeys of ``stages`` × ``channels`` with notes in every cell (and
    ``extra_notes`` more in the first cell)."""
    from cjm_desktop.model.domain import Channel, Journey, Project, Stage, Touchpoint

    def make(valid: Path, target: Path) -> Path:
        entities: list = [Project(title="Grille géante")]
        ids = {"stage": 0, "channel": 0, "note": 0}

        def next_id(kind: str) -> int:
            ids[kind] += 1
            return ids[kind]

        for j in range(1, journeys + 1):
            entities.append(Journey(j, f"Parcours {j}", position=j))
            stage_ids = [next_id("stage") for _ in range(stages)]
            channel_ids = [next_id("channel") for _ in range(channels)]
            entities += [Stage(s, j, f"Étape {i + 1}", i) for i, s in enumerate(stage_ids)]
            entities += [Channel(c, j, f"Canal {i + 1}", i, "mdi6.web") for i, c in enumerate(channel_ids)]
            for c in channel_ids:
                for s in stage_ids:
                    first = c == channel_ids[0] and s == stage_ids[0] and j == 1
                    for position in range(notes_per_cell + (extra_notes if first else 0)):
                        entities.append(Touchpoint(next_id("note"), j, f"Note {ids['note']}", c, s, position))
        return write_file(target, entities)

    return make


def _sql_with(*statements: str, parameters: tuple = ()) -> Callable[[Path, Path], Path]:
    def change(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement, parameters if "?" in statement else ())

    return lambda v, t: rewrite(v, t, change)


def _photo(data: bytes) -> Callable[[Path, Path], Path]:
    return _sql_with("UPDATE persona SET photo = ?", parameters=(data,))


def _semantic_corpus() -> dict[str, Hostile]:
    from cjm_desktop.model.limits import MAX_CHANNELS, MAX_JOURNEYS, MAX_NOTES, MAX_STAGES
    from tests.support.photo_bytes import png

    bad_utf8 = [b"Je\xffpaie", b"\xc0\xafoverlong", b"\xed\xa0\x80surrogate", b"cut short \xe2\x82", b"\x80\x80"]
    corpus = {
        # markup and look-alikes of code, in every text and every list
        **{f"markup {i}: {value[:24]}": Hostile(fill_texts(_cycle(MARKUP[i:] + MARKUP[:i]), _items(MARKUP)), OPENS)
           for i, value in enumerate(MARKUP[:3])},
        "format placeholders": Hostile(fill_texts(_cycle(PLACEHOLDERS), _items(PLACEHOLDERS)), OPENS),
        "bidi, zero-width, combining, emoji, non-characters": Hostile(fill_texts(_cycle(STRANGE), _items(STRANGE)),
                                                                      OPENS),
        "control characters": Hostile(fill_texts(_cycle([CONTROL, f"a{CONTROL}b"]), _items([CONTROL])), OPENS),
        "NUL bytes in every text and list": Hostile(
            fill_texts(_cycle(["\x00", "avant\x00après", "\x00" * 50]), _items(["\x00", "a\x00b"])), OPENS),
        # the limits, exactly
        "the longest texts (100,000 and 2,000 characters)": Hostile(fill_texts(_longest("x")), OPENS),
        "the longest texts in 4-byte characters": Hostile(fill_texts(_longest("😀")), OPENS),
        "the longest lists (200 items)": Hostile(fill_texts(None, _long_items), OPENS),
        "one character over, in a name": Hostile(
            _sql_with("UPDATE stage SET name = printf('%.*c', 2001, 'x') WHERE id = 1"), REFUSED,
            (UnexpectedContent,)),
        "one character over, in a note": Hostile(
            _sql_with("UPDATE touchpoint SET comment = printf('%.*c', 100001, 'x') WHERE id = 1"), REFUSED,
            (UnexpectedContent,)),
        # invalid UTF-8 where the schema allows text (every one of them is refused)
        **{f"invalid UTF-8 in {table}.{column}": Hostile(
            _sql_with(f"UPDATE {table} SET {column} = CAST(? AS TEXT)", parameters=(bad,)), REFUSED,
            (UnexpectedContent,))
           for (table, column), bad in zip([("project", "title"), ("stage", "name"), ("channel", "icon"),
                                            ("touchpoint", "comment"), ("kpi", "target")], bad_utf8, strict=True)},
        "invalid UTF-8 inside a list": Hostile(
            _sql_with("UPDATE touchpoint SET departments = CAST(? AS TEXT)", parameters=(b'["ok", "\xff\xfe"]',)),
            REFUSED, (UnexpectedContent,)),
        # the largest grids the limits allow, and one over each limit
        "the largest grid": Hostile(grid(1, MAX_STAGES, MAX_CHANNELS), OPENS),
        "the most journeys": Hostile(grid(MAX_JOURNEYS, 2, 2), OPENS),
        "the most notes, in one cell": Hostile(grid(1, 1, 1, notes_per_cell=MAX_NOTES), OPENS),
        "one stage too many": Hostile(grid(1, MAX_STAGES + 1, 1), REFUSED, (UnexpectedContent,)),
        "one channel too many": Hostile(grid(1, 1, MAX_CHANNELS + 1), REFUSED, (UnexpectedContent,)),
        "one journey too many": Hostile(grid(MAX_JOURNEYS + 1, 1, 1), REFUSED, (UnexpectedContent,)),
        "one note too many": Hostile(grid(1, 1, 1, notes_per_cell=MAX_NOTES + 1), REFUSED, (UnexpectedContent,)),
        # stale indexes: healed (the rows are the truth) unless a row breaks a UNIQUE constraint
        "stale index: a note it does not list": Hostile(stale_index(
            "touchpoint_cell",
            "INSERT INTO touchpoint (id, journey_id, text, channel_id, stage_id, position, evaluation, "
            "moment_of_truth, departments, comment, created_at, updated_at, interop, negative_impact, "
            "solutions) SELECT 99, journey_id, 'ajoutée en douce', channel_id, stage_id, 7, evaluation, 0, '[]', '', "
            "'', '', '', '', '' FROM touchpoint WHERE id = 1"), REPAIRED),
        "stale index: positions moved behind it": Hostile(stale_index(
            "stage_journey", "UPDATE stage SET position = 10 - position"), REPAIRED),
        "stale index: entries of a deleted row": Hostile(stale_index(
            "channel_journey", "DELETE FROM channel WHERE id NOT IN (SELECT channel_id FROM touchpoint "
            "WHERE channel_id IS NOT NULL)"), REPAIRED),
        "stale unique index hiding a duplicate link": Hostile(stale_index(
            "sqlite_autoindex_action_link_1", "INSERT INTO action_link SELECT 50, action_id, touchpoint_id "
            "FROM action_link", unique=(",\n    UNIQUE (action_id, touchpoint_id)", "")), REFUSED, CORRUPT),
        "stale unique index hiding two details for one stage": Hostile(stale_index(
            "sqlite_autoindex_stage_details_1", "INSERT INTO stage_details SELECT 50, stage_id, 'doublon', "
            "nominal_duration, listening_devices, departments FROM stage_details",
            unique=("NOT NULL UNIQUE REFERENCES", "NOT NULL REFERENCES")), REFUSED, CORRUPT),
        "an index page copied over another": Hostile(copy_page("touchpoint_cell", "stage_journey"), REPAIRED),
        # counters and positions
        "revision counter at 2^53": Hostile(_sql_with(f"UPDATE project SET revision = {2**53}"), OPENS),
        "revision counter at SQLite's maximum": Hostile(
            _sql_with(f"UPDATE project SET revision = {2**63 - 1}"), REFUSED, (UnexpectedContent,)),
        "negative revision counter": Hostile(_sql_with("UPDATE project SET revision = -1"), REFUSED,
                                             (UnexpectedContent,)),
        "duplicate positions everywhere": Hostile(_sql_with(*(f"UPDATE {t} SET position = 0" for t in (
            "persona", "journey", "stage", "channel", "touchpoint", "kpi", "action"))), OPENS),
        "negative and huge positions": Hostile(_sql_with(
            "UPDATE touchpoint SET position = -1000000000 WHERE id % 2 = 0",
            "UPDATE touchpoint SET position = 1000000000 WHERE id % 2 = 1",
            "UPDATE stage SET position = -5 * id", "UPDATE channel SET position = 999999999 - id"), OPENS),
        "ids at the limit": Hostile(_sql_with(*(
            f"INSERT INTO {t} SELECT 1000000000, {columns} FROM {t} WHERE id = (SELECT min(id) FROM {t})"
            for t, columns in (("touchpoint", "journey_id, 'la dernière', channel_id, stage_id, 99, evaluation, "
                                              "moment_of_truth, emotion, departments, comment, color, "
                                              "created_at, updated_at, interop, NULL, negative_impact, solutions, "
                                              "author, hidden"),
                               ("persona", "name, 99, photo, age, occupation, segment, goals, frustrations, habits, "
                                           "quote")))), REFUSED,
            (UnexpectedContent,)),
        # the rest of the values at their extremes
        "dates at the extremes": Hostile(_sql_with(
            "UPDATE project SET workshop_date = '0001-01-01', created_at = '0001-01-01T00:00:00+00:00', "
            "updated_at = '9999-12-31T23:59:59.999999+14:00'", "UPDATE action SET due_date = '9999-12-31'"), OPENS),
        "numbers at the extremes": Hostile(_sql_with(
            "UPDATE touchpoint SET emotion = -2", "UPDATE vote SET count = 1000000", "UPDATE persona SET age = 150",
            "UPDATE stage SET emotion = 2", "UPDATE action SET priority = 3, impact = 5, effort = 1"), OPENS),
        "a photo that is not an image": Hostile(_photo(random.Random(2).randbytes(4000)), OPENS),
        "a photo declaring 60,000 × 60,000 pixels": Hostile(_photo(png(60_000, 60_000, pixels=False)), OPENS),
        "a photo whose pixels disagree with its size": Hostile(_photo(png(2, 2)[:33] + png(4000, 4000)[33:]), OPENS),
        "other tools' fields nested 900 deep": Hostile(_sql_with(
            "UPDATE touchpoint SET interop = ?", parameters=('{"a":' * 900 + "1" + "}" * 900,)), OPENS),
    }
    return corpus


SEMANTIC: dict[str, Hostile] = _semantic_corpus()
