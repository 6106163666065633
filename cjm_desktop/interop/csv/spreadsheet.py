"""CSV files as spreadsheets write them: delimiter detection, records with their line numbers,
and the guard that keeps a note from running as a formula when the CSV is opened in Excel.

Which of the two CSV forms a file holds is decided by its header (``read.read_csv``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from cjm_desktop.interop.model import MAX_ROWS, ImportRefused, Problem

DELIMITERS = (";", ",", "\t")
# A cell starting with one of these runs as a formula in Excel, LibreOffice and Sheets (CSV
# injection): the writer prefixes a quote, the reader removes it (see ``guard``/``unguard``).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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
        if not any(cell.strip() for cell in cells):
            continue
        count += 1
        if count > MAX_ROWS + 1:  # + the header
            raise ImportRefused([Problem("too_many_rows", None, {"limit": MAX_ROWS})])
        yield line, cells


def guard(cell: str) -> str:
    """``cell`` made safe to open in a spreadsheet (a formula-like start gets a quote)."""
    if cell.startswith(_FORMULA_STARTS) or (cell[:1] == "'" and cell[1:2] in (*_FORMULA_STARTS, "'")):
        return "'" + cell
    return cell


def unguard(cell: str) -> str:
    """The inverse of ``guard``."""
    if cell[:1] == "'" and cell[1:2] in (*_FORMULA_STARTS, "'"):
        return cell[1:]
    return cell
