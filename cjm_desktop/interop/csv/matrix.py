"""The CSV matrix consultants keep in Excel: channels down the first column, stages across the
first row, one touchpoint per line inside a cell (list bullets removed)."""

from __future__ import annotations

from cjm_desktop.interop.model import (
    MAX_NAME,
    MAX_ROWS,
    MAX_TEXT,
    Imported,
    ImportedJourney,
    ImportedNote,
    ImportRefused,
    Problem,
)
from cjm_desktop.text.clipboard import lines_to_texts


def read_matrix(records: list[tuple[int, list[str]]], journey_name: str) -> Imported:
    """One journey named ``journey_name`` from the matrix ``records`` (header row first)."""
    (header_line, header), rows = records[0], records[1:]
    imported = Imported()
    errors: list[Problem] = []
    journey = ImportedJourney(journey_name)
    width = max(len(cells) for _, cells in records)
    stages = _stage_names(header, width, rows, imported.problems)
    for name in stages:
        if name is not None:
            journey.add_stage(name)
    for line, cells in rows:
        channel = cells[0].strip()
        contents = [(column, cell) for column, cell in enumerate(cells[1:], 1) if cell.strip()]
        if not contents:  # a channel without notes is still a row of the map
            if channel and _check_name(line, "channel", channel, errors):
                journey.add_channel(channel)
            continue
        if not channel:
            channel = f"Canal {len(journey.channels) + 1}"
            imported.problems.append(Problem("unnamed_channel", line, {"value": channel}))
        if not _check_name(line, "channel", channel, errors):
            continue
        journey.add_channel(channel)
        for column, cell in contents:
            for text in lines_to_texts(cell):
                if len(text) > MAX_TEXT:
                    errors.append(Problem("too_long", line, {"column": "text", "limit": MAX_TEXT}))
                else:
                    journey.notes.append(ImportedNote(text, stages[column], channel))
    for name in stages:
        if name is not None and len(name) > MAX_NAME:
            errors.append(Problem("too_long", header_line, {"column": "stage", "limit": MAX_NAME}))
    if len(journey.notes) > MAX_ROWS:
        errors.append(Problem("too_many_rows", None, {"limit": MAX_ROWS}))
    if errors:
        raise ImportRefused(errors)
    if not journey.notes and not journey.stages:
        raise ImportRefused([Problem("empty")])
    imported.journeys.append(journey)
    return imported


def _stage_names(
    header: list[str], width: int, rows: list[tuple[int, list[str]]], problems: list[Problem]
) -> list[str | None]:
    """The stage of each column (index 0, the channel column, has none). A column with notes
    but no stage name gets « Étape N »; an empty column without a name is no stage."""
    filled = {column for _, cells in rows for column, cell in enumerate(cells) if cell.strip()}  # one pass
    names: list[str | None] = [None]
    for column in range(1, width):
        name = header[column].strip() if column < len(header) else ""
        if not name and column in filled:
            name = f"Étape {column}"
            problems.append(Problem("unnamed_stage", column + 1, {"value": name}))
        names.append(name or None)
    return names


def _check_name(line: int, column: str, name: str, errors: list[Problem]) -> bool:
    if len(name) > MAX_NAME:
        errors.append(Problem("too_long", line, {"column": column, "limit": MAX_NAME}))
        return False
    return True
