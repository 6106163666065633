"""Reading an OpenJourney file: every value it holds is either mapped to the model or kept (see ``ojf_fields``)."""

from __future__ import annotations

import json

from cjm_desktop.interop.model import (
    MAX_NAME,
    MAX_ROWS,
    MAX_TEXT,
    Imported,
    ImportedJourney,
    ImportedNote,
    ImportRefused,
    LineExtras,
    Problem,
)
from cjm_desktop.interop.ojf_fields import (
    IMPORT,
    LISTS,
    MAX_INTEROP,
    OJF,
    SEVERITIES,
    JsonObject,
    clean_value,
    emotion_of,
    evaluation_of,
    id_key,
    size,
    text_of,
    words_of,
)


def read_ojf(text: str, default_name: str) -> Imported:
    """Read an OJF file's text into one journey, named after its ``title`` (else ``metadata.title``, else
    ``default_name``).

    Raises ``ImportRefused`` when the file is not OJF, is too large, nested too deeply or holds nothing;
    otherwise imports what is valid and lists in ``Imported.problems`` what was left out or parked.
    """
    data = _object(_parse(text))
    nodes, stages, lanes = _sections(data)
    if len(nodes) > MAX_ROWS:
        raise ImportRefused([Problem("too_many_rows", None, {"limit": MAX_ROWS})])
    refusals = _too_long(data, nodes, stages, lanes)
    if refusals:
        raise ImportRefused(refusals)
    try:
        cleaned = clean_value(data)
    except RecursionError:
        raise ImportRefused([Problem("bad_json", 1, {"detail": "nested too deeply"})]) from None
    assert isinstance(cleaned, dict)  # a dict stays a dict
    data = cleaned
    nodes, stages, lanes = _sections(data)

    problems: list[Problem] = []
    journey = _journey(data, default_name, problems)
    stage_places = _lines(journey, stages, "stage", problems)
    lane_places = _lines(journey, lanes, "swimlane", problems)
    for index, node in enumerate(nodes, start=1):
        note = _read_node(index, node, journey, stage_places, lane_places, problems)
        if note is not None:
            journey.notes.append(note)
    if not journey.notes and not journey.stages:
        raise ImportRefused([Problem("empty")])
    return Imported([journey], problems)


def _parse(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRefused([Problem("bad_json", error.lineno, {"detail": error.msg})]) from None
    except RecursionError:
        raise ImportRefused([Problem("bad_json", 1, {"detail": "nested too deeply"})]) from None
    except ValueError as error:  # an integer of more than 4,300 digits
        raise ImportRefused([Problem("bad_json", 1, {"detail": str(error)[:100]})]) from None


def _object(data: object) -> JsonObject:
    """The file's JSON object; refuses anything else."""
    if not isinstance(data, dict):
        raise ImportRefused([Problem("not_ojf", None, {"detail": "it is not a JSON object"})])
    return data


def _sections(data: JsonObject) -> tuple[list[object], list[object], list[object]]:
    """The nodes, stages and swimlanes lists; refuses a file without nodes or stages."""
    for key in ("nodes", "stages"):
        if not isinstance(data.get(key), list):
            raise ImportRefused([Problem("not_ojf", None, {"detail": f"it has no « {key} » list"})])
    lanes = data.get("swimlanes")  # without swimlanes, every node is parked (and reported)
    return data["nodes"], data["stages"], lanes if isinstance(lanes, list) else []


def _too_long(data: JsonObject, nodes: list[object], stages: list[object], lanes: list[object]) -> list[Problem]:
    """Every text longer than we accept: the file is refused rather than cut."""
    problems = []
    for key, limit in (("persona", MAX_NAME), ("pointOfView", MAX_TEXT)):
        if isinstance(data.get(key), str) and len(data[key]) > limit:  # no line to name: said as not_ojf
            problems.append(Problem("not_ojf", None, {"detail": f"its « {key} » is longer than {limit} characters"}))
    for entries, column in ((stages, "stage name"), (lanes, "swimlane name")):
        for index, entry in enumerate(entries, start=1):
            if isinstance(entry, dict) and isinstance(entry.get("name"), str) and len(entry["name"]) > MAX_NAME:
                problems.append(Problem("too_long", index, {"column": column, "limit": MAX_NAME}))
    for index, node in enumerate(nodes, start=1):
        for key in ("title", "description"):
            if isinstance(node, dict) and isinstance(node.get(key), str) and len(node[key]) > MAX_TEXT:
                problems.append(Problem("too_long", index, {"column": key, "limit": MAX_TEXT}))
    return problems


def _journey(data: JsonObject, default_name: str, problems: list[Problem]) -> ImportedJourney:
    """The journey, with the file's top-level object kept whole (the lists as placeholders)."""
    name = next((v for v in (data.get("title"), _metadata(data).get("title"))
                 if isinstance(v, str) and v.strip() and len(v) <= MAX_NAME), default_name)
    journey = ImportedJourney(name, persona=words_of(data, "persona", "persona", MAX_NAME),
                              description=words_of(data, "pointOfView", "pov", MAX_TEXT) or "")
    top = {key: None if key in LISTS else value for key, value in data.items()}
    _fit(top, LISTS, "ignored_file_field", None, problems)
    journey.interop = {OJF: top, IMPORT: {"name": name}}
    return journey


def _metadata(data: JsonObject) -> JsonObject:
    metadata = data.get("metadata")
    return metadata if isinstance(metadata, dict) else {}


def _lines(journey: ImportedJourney, entries: list[object], kind: str,
           problems: list[Problem]) -> dict[tuple[bool, object], int]:
    """Append the stages (or swimlanes) to ``journey``, each kept whole; return their places by id (the first of
    an id: nodes cannot tell two apart). An entry without a name cannot be a line: it is skipped and reported."""
    places: dict[tuple[bool, object], int] = {}
    for index, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            problems.append(Problem(f"skipped_{kind}", index))
            continue
        kept = dict(entry)
        _fit(kept, ("name",), f"ignored_{kind}_field", index, problems)
        extras = LineExtras({OJF: kept}, emotion_of(entry.get("overrideEmotion")) if kind == "stage" else None)
        if kind == "stage":
            place = journey.append_stage(entry["name"], extras=extras)
        else:
            place = journey.append_channel(entry["name"], extras=extras)
        key = id_key(entry.get("id"))
        if key is not None:
            places.setdefault(key, place)
    return places


def _read_node(
    index: int, node: object, journey: ImportedJourney, stage_places: dict[tuple[bool, object], int],
    lane_places: dict[tuple[bool, object], int], problems: list[Problem],
) -> ImportedNote | None:
    """One node as a note (``None`` when skipped), the node kept whole in ``interop``."""
    detail = _title_error(node)
    if detail:
        problems.append(Problem("skipped_node", index, {"detail": detail}))
        return None
    assert isinstance(node, dict)  # _title_error() says when it is not
    stage = _place(stage_places, node.get("stageId"))
    lane = _place(lane_places, node.get("swimlaneId"))
    if stage is None or lane is None:
        missing = "stage" if stage is None else "lane"
        problems.append(Problem("parked", index, {"text": node["title"][:60], "missing": missing}))
        stage = lane = None
    severity = node.get("severity")
    moment = node.get("isMomentOfTruth")
    note = ImportedNote(
        text=node["title"],
        stage=None if stage is None else journey.stages[stage][0],
        channel=None if lane is None else journey.channels[lane][0],
        evaluation=evaluation_of(node.get("purpose"), severity if severity in SEVERITIES else None),
        moment_of_truth=moment if isinstance(moment, bool) else False,
        emotion=emotion_of(node.get("score")),
        comment=text_of(node.get("description")),
        stage_index=stage,
        channel_index=lane,
    )
    kept = dict(node)
    _fit(kept, ("title",), "ignored_field", index, problems)
    note.interop = {OJF: kept, IMPORT: {"index": index - 1}}
    return note


def _title_error(node: object) -> str | None:
    if not isinstance(node, dict):
        return "not an object"
    if "title" not in node:
        return "no title"
    if not isinstance(node["title"], str):
        return "the title is not a text"
    if not node["title"].strip():
        return "empty title"
    return None


def _place(places: dict[tuple[bool, object], int], value: object) -> int | None:
    key = id_key(value)
    return None if key is None else places.get(key)


def _fit(kept: JsonObject, quiet: tuple[str, ...], code: str, line: int | None, problems: list[Problem]) -> None:
    """Drop the largest values until ``kept`` fits in storage (with what the import notes beside it), each
    reported as ``code`` (``ignored_field`` for node ``line``; ``ignored_file_field``, ``ignored_stage_field``,
    ``ignored_swimlane_field``). Dropping a key of ``quiet`` loses nothing (the model holds its value), so it is
    not reported."""
    while size({OJF: kept, IMPORT: {"index": MAX_ROWS, "name": "x" * MAX_NAME}}) > MAX_INTEROP and kept:
        largest = max(kept, key=lambda k: size(kept[k]))
        del kept[largest]
        if largest in quiet:
            continue
        values: dict[str, object] = {"column": largest[:60]}
        if code == "ignored_field":
            values["detail"] = "too large to keep"
        problems.append(Problem(code, line, values))
