"""Import from and export to other tools' files; the format follows the file's extension.

Shared by the command line and the GUI: reading never touches a project (the caller applies
``commands.imports.ImportJourneys``), writing only reads one, and every file is written
atomically, so a failed export never leaves a half-written file behind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cjm_desktop.interop.model import Exported, Imported, ImportRefused, Problem, check_limits, same_name
from cjm_desktop.interop.textfile import read_text_file, write_atomically
from cjm_desktop.model.domain import Journey, JourneyKind, ProjectState
from cjm_desktop.storage.errors import CjmError

FORMATS = {".csv": "csv", ".ojf": "ojf", ".json": "ojf", ".mmd": "mermaid", ".mermaid": "mermaid"}


def format_of(path: Path) -> str:
    """``csv``, ``ojf`` or ``mermaid``, from the file's extension."""
    extension = Path(path).suffix.lower()
    if extension not in FORMATS:
        raise ImportRefused([Problem("unknown_format", None, {"extension": extension or Path(path).name})])
    return FORMATS[extension]


def read_import(path: Path, journey: str | None = None, kind: JourneyKind | None = None) -> Imported:
    """What ``path`` holds, ready to import. ``journey`` puts everything in the journey of that
    name; ``kind`` sets the kind of the journeys (both as the user asked on import)."""
    path = Path(path)
    imported = _reader(format_of(path))(read_text_file(path), path.stem)
    if journey is not None:
        imported = _into_one_journey(imported, journey)
    if kind is not None:
        for imported_journey in imported.journeys:
            imported_journey.kind = JourneyKind(kind)
    check_limits(imported)
    return imported


def _reader(kind: str) -> Callable[[str, str], Imported]:
    """The reader of a format (each format's module is imported only when it is used)."""
    if kind == "csv":
        from cjm_desktop.interop.csv.read import read_csv

        return read_csv
    if kind == "ojf":
        from cjm_desktop.interop.ojf import read_ojf

        return read_ojf
    from cjm_desktop.interop.mermaid import read_mermaid

    return read_mermaid


def _one_journey_writer(kind: str) -> Callable[[ProjectState, Journey], Exported]:
    """The writer of a format that holds one journey per file (OpenJourney, Mermaid)."""
    if kind == "ojf":
        from cjm_desktop.interop.ojf import write_ojf

        return write_ojf
    from cjm_desktop.interop.mermaid import write_mermaid

    return write_mermaid


def _into_one_journey(imported: Imported, name: str) -> Imported:
    """The journeys of a file (CSV) as one: stages and rows joined by name, notes placed by name."""
    first, *others = imported.journeys
    first.name = name
    for other in others:
        for stage in other.stages:
            first.add_stage(*stage)
        for channel in other.channels:
            first.add_channel(*channel)
        for note in other.notes:
            note.stage_index = note.channel_index = None
        first.notes += other.notes
    imported.journeys = [first]
    return imported


def select_journeys(state: ProjectState, name: str | None = None, kind: str | None = None) -> list[Journey]:
    """The journeys an export covers: the one named ``name``, or all of ``kind`` (or all)."""
    journeys = state.journeys
    if name is not None:
        journeys = [j for j in journeys if same_name(j.name, name)]
        if not journeys:
            names = ", ".join(f"« {j.name} »" for j in state.journeys) or "none"
            raise CjmError(f"There is no journey « {name} » in this project (its journeys: {names}).")
    elif kind not in (None, "all"):
        journeys = [j for j in journeys if j.kind == JourneyKind(kind)]
    if not journeys:
        raise CjmError("There is no journey to export.")
    return journeys


@dataclass
class ExportResult:
    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def export_journeys(state: ProjectState, journeys: list[Journey], target: Path, delimiter: str = ";") -> ExportResult:
    """Write ``journeys`` to ``target`` (CSV: one file; OJF and Mermaid: one file per journey,
    named after it when there are several)."""
    target, result = Path(target), ExportResult()
    kind = format_of(target)
    if kind == "csv":
        from cjm_desktop.interop.csv.rows import write_rows

        outputs = [(target, write_rows(state, journeys, delimiter))]
    else:
        write = _one_journey_writer(kind)
        names = files_for(target, journeys)
        outputs = [(names[i], write(state, j)) for i, j in enumerate(journeys)]
    for path, exported in outputs:  # everything is produced before anything is written
        write_atomically(path, exported.content)
        result.files.append(path)
        result.problems += exported.problems
    return result


def files_for(target: Path, journeys: list[Journey]) -> list[Path]:
    """``target`` for one journey; else ``<target> - <journey name>.<ext>``, one per journey."""
    if len(journeys) == 1:
        return [target]
    paths: list[Path] = []
    for journey in journeys:
        safe = safe_file_stem(journey.name)
        path = target.with_name(f"{target.stem} - {safe}{target.suffix}")
        if path in paths:  # two journeys with the same name
            path = target.with_name(f"{target.stem} - {safe} ({journey.id}){target.suffix}")
        paths.append(path)
    return paths


def safe_file_stem(name: str, fallback: str = "parcours") -> str:
    """``name`` usable in a file name on every system (no separators, no characters Windows refuses)."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", name).strip(" .")
    return cleaned[:80] or fallback
