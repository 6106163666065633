"""CSV files as spreadsheets write them: delimiter detection, records with their line numbers,
and the guard that keeps a note from running as a formula when the CSV is opened in Excel.

Which of the two CSV forms a file holds is decided by its header (``read.read_csv``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from cjm_desktop.interop.model import MAX_IMPORT_BYTES, MAX_ROWS, MAX_TEXT, ImportRefused, Problem

DELIMITERS = (";", ",", "\t")
# A cell starting with one of these runs as a formula in Excel, LibreOffice and Sheets (CSV
# injection): the writer prefixes a quote, the reader removes it (see ``guard``/``unguard``).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Spreadsheets skip leading blanks before deciding that a cell is a formula (" =cmd", "\u00a0=cmd"): every
# Unicode space (``str.isspace``) and these invisible characters.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
# The longest cell a project's content can fill: a note's text or comment (100,000 characters) and the
# quote ``guard`` may add. A longer cell is refused naming that limit; shorter ones are checked by the
# readers against their column's own limit (2,000 characters for a name).
MAX_CELL = MAX_TEXT + 1
# The csv module's own cap (131,072 characters) would refuse a long cell as « field larger than field
# limit »: it is raised so that no cell a file can hold (it is no longer than the file) trips it.
FIELD_SIZE_LIMIT = MAX_IMPORT_BYTES


def detect_delimiter(text: str) -> str:
    """The delimiter used most in the first line (outside quotes): ``;``, ``,`` or tab."""
    first, in_quotes = [], False
    for char in text:
        if char == '"':
            in_quotes = not in_quotes
        elif char in "\r\n" and not in_quotes:
            break
        elif not in_quotes:
            first.append(char)
    counts = {d: first.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ";"


def csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    """``(line number where the record starts, cells)`` for each non-blank record."""
    if csv.field_size_limit() < FIELD_SIZE_LIMIT:  # process-wide; only ever raised, never lowered
        csv.field_size_limit(FIELD_SIZE_LIMIT)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text), strict=True)
    count, next_line = 0, 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportRefused([Problem("bad_csv", reader.line_num, {"detail": str(error)})]) from None
        line, next_line = next_line, reader.line_num + 1
        if cells and max(map(len, cells)) > MAX_CELL:
            raise ImportRefused([Problem("too_long", line, {"column": "cell", "limit": MAX_TEXT})])
        if not any(map(str.strip, cells)):  # stops at the first cell that is not blank
            continue
        count += 1
        if count > MAX_ROWS + 1:  # + the header
            raise ImportRefused([Problem("too_many_rows", None, {"limit": MAX_ROWS})])
        yield line, cells


def runs_as_formula(cell: str) -> bool:
    """True when a spreadsheet would run ``cell`` as a formula: its first character, or its first one
    after leading blanks, starts one."""
    return cell.startswith(_FORMULA_STARTS) or _skip_blanks(cell).startswith(_FORMULA_STARTS)


def _skip_blanks(cell: str) -> str:
    for index, char in enumerate(cell):
        if not (char.isspace() or char in _INVISIBLE):
            return cell[index:]
    return ""


def _looks_guarded(cell: str) -> bool:
    """A quote followed by a formula, or by another quote: what ``unguard`` removes a quote from."""
    return cell[:1] == "'" and (cell[1:2] == "'" or runs_as_formula(cell[1:]))


def guard(cell: str) -> str:
    """``cell`` made safe to open in a spreadsheet (a formula-like start gets a quote); a cell that
    already looks guarded gets one too, so that ``unguard(guard(cell)) == cell`` for every cell."""
    if not cell or cell[0].isalnum():  # most cells: a letter or digit starts no formula and no guard
        return cell
    if runs_as_formula(cell) or _looks_guarded(cell):
        return "'" + cell
    return cell


def unguard(cell: str) -> str:
    """The inverse of ``guard``."""
    if cell[:1] == "'" and _looks_guarded(cell):
        return cell[1:]
    return cell
