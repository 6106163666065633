"""Read a CSV file in either of its two forms, told apart by the header."""

from __future__ import annotations

from cjm_desktop.interop.csv import matrix, rows
from cjm_desktop.interop.csv.spreadsheet import csv_records
from cjm_desktop.interop.model import Imported, ImportRefused, Problem


def read_csv(text: str, default_name: str) -> Imported:
    """A CSV in either form: one note per row (our header) or the channel × stage matrix."""

    records = list(csv_records(text))
    if not records:
        raise ImportRefused([Problem("empty")])
    _, header = records[0]
    if rows.is_row_header(header):
        return rows.read_rows(records[1:], default_name)
    return matrix.read_matrix(records, default_name)
