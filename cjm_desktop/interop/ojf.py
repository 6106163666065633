"""OpenJourney (``.ojf``), the JSON format of Ptolemy, an open-source web journey mapper.

An OJF file holds one journey: ``stages`` (our stages), ``swimlanes`` (our channels) and
``nodes`` (our notes), each node pointing to its stage and swimlane by id. A node carries more
than a note (severity, sentiment, icon, tags, blueprint...): the reader keeps every valid field
in ``ImportedNote.interop["ojf"]``, in the node's key order, so that the writer gives the same
node back, with the note's current text, comment, emotion, evaluation and moment of truth.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any, TypeGuard

from cjm_desktop.interop.model import (
    MAX_NAME,
    MAX_REPORTED,
    MAX_ROWS,
    MAX_TEXT,
    Exported,
    Imported,
    ImportedJourney,
    ImportedNote,
    ImportRefused,
    Problem,
    cell_notes,
    interop_of,
)
from cjm_desktop.model.domain import Evaluation, Journey, ProjectState, Touchpoint
from cjm_desktop.model.limits import LONG_TEXT

FORMAT = "OpenJourney"
VERSION = "1.0"
ID_FIELDS = ("stageId", "swimlaneId")
SEVERITIES = ("low", "medium", "high")
BLUEPRINT_KEYS = ("evidence", "onstage", "backstage", "support")
MAX_SCORE = 5
MAX_INTEROP = LONG_TEXT  # what the storage accepts in ``Touchpoint.interop``

JsonObject = dict[str, Any]  # an object of parsed JSON: its values are checked where they are read
SCORE_OF_EMOTION = {-2: -5, -1: -3, 0: 0, 1: 3, 2: 5}

_SURROGATE = re.compile(r"[\ud800-\udfff]")


# --- reading --------------------------------------------------------------------------------


def read_ojf(text: str, default_name: str) -> Imported:
    """Read an OJF file's text into one journey named ``default_name``.

    Raises ``ImportRefused`` when the file is not OJF, is too large or holds nothing; otherwise
    imports what is valid and lists in ``Imported.problems`` what was left out or parked.
    """
    data = _object(_parse(text))
    nodes, stages, lanes = _sections(data)
    if len(nodes) > MAX_ROWS:
        raise ImportRefused([Problem("too_many_rows", None, {"limit": MAX_ROWS})])
    refusals = _too_long(data, nodes, stages, lanes)
    if refusals:
        raise ImportRefused(refusals)

    problems: list[Problem] = []
    journey = ImportedJourney(default_name, persona=_top_text(data, "persona"),
                              description=_top_text(data, "pointOfView") or "")
    stage_names = _columns(stages)
    lane_names = _columns(lanes)
    for name in stage_names.values():
        journey.add_stage(name)
    for name in lane_names.values():
        journey.add_channel(name)

    unknown: set[str] = set()
    for index, node in enumerate(nodes, start=1):
        note = _read_node(index, node, stage_names, lane_names, problems, unknown)
        if note is not None:
            journey.notes.append(note)
    if unknown:
        names = sorted(_shorten(name) for name in unknown)[:MAX_REPORTED]
        problems.append(Problem("unknown_fields", None, {"names": ", ".join(names)}))
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


def _top_text(data: JsonObject, key: str) -> str | None:
    """The persona or point of view when it is a non-empty text, else ``None`` (optional: not reported)."""
    value = data.get(key)
    return _clean(value) if isinstance(value, str) and value.strip() else None


def _columns(entries: list[object]) -> dict[str, str]:
    """Stage or swimlane names by id, in file order. Entries without a text id and a name are left
    out unreported: the nodes pointing to them are parked, and that is reported."""
    names: dict[str, str] = {}
    for entry in entries:
        if _is_column(entry) and entry["id"] not in names:  # a second « s1 » is ignored
            names[entry["id"]] = _clean(entry["name"])
    return names


def _is_column(entry: object) -> TypeGuard[JsonObject]:
    return (isinstance(entry, dict) and isinstance(entry.get("id"), str)
            and isinstance(entry.get("name"), str) and bool(entry["name"].strip()))


def _read_node(
    index: int, node: object, stage_names: dict[str, str], lane_names: dict[str, str],
    problems: list[Problem], unknown: set[str],
) -> ImportedNote | None:
    """One node as a note (``None`` when skipped), its valid OJF fields kept in ``interop``."""
    detail = _title_error(node)
    if detail:
        problems.append(Problem("skipped_node", index, {"detail": detail}))
        return None
    assert isinstance(node, dict)  # _title_error() says when it is not
    fields = _valid_fields(index, node, problems, unknown)
    stage = _lookup(stage_names, node.get("stageId"))
    lane = _lookup(lane_names, node.get("swimlaneId"))
    if stage is None or lane is None:
        missing = "stage" if stage is None else "lane"
        problems.append(Problem("parked", index, {"text": fields["title"][:60], "missing": missing}))
        stage = lane = None
    score = fields.get("score")
    note = ImportedNote(
        text=fields["title"],
        stage=stage,
        channel=lane,
        evaluation=_evaluation(fields.get("purpose"), fields.get("severity")),
        moment_of_truth=fields.get("isMomentOfTruth", False),
        emotion=None if score is None else _emotion(score),
        comment=fields.get("description", ""),
    )
    _fit(index, fields, problems)
    note.interop = {"ojf": fields}
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


def _lookup(names: dict[str, str], key: object) -> str | None:
    return names.get(key) if isinstance(key, str) else None  # a list or an object is no key


def _valid_fields(index: int, node: JsonObject, problems: list[Problem], unknown: set[str]) -> JsonObject:
    """The node's OJF fields that are valid, in the node's order; reports the others."""
    fields: JsonObject = {}
    for key, value in node.items():
        if key in ID_FIELDS or value is None:  # null is JSON's way of saying « missing »
            continue
        if key not in CHECKS:
            unknown.add(key)
            continue
        detail = CHECKS[key](value)
        if detail:
            problems.append(Problem("ignored_field", index, {"column": key, "detail": detail}))
        else:
            fields[key] = _clean_value(value)
    return fields


def _fit(index: int, fields: JsonObject, problems: list[Problem]) -> None:
    """Drop the largest fields until the note's ``interop`` fits in storage."""
    while len(json.dumps({"ojf": fields}, ensure_ascii=False)) > MAX_INTEROP:
        largest = max(fields, key=lambda k: len(json.dumps(fields[k], ensure_ascii=False)))
        del fields[largest]
        if largest != "title":  # the title is the note's text: nothing is lost
            problems.append(Problem("ignored_field", index, {"column": largest, "detail": "too large to keep"}))


# --- field checks: each returns why a value is invalid, or None -----------------------------


def _check_text(limit: int) -> Callable[[object], str | None]:
    def check(value: object) -> str | None:
        if not isinstance(value, str):
            return "not a text"
        return f"longer than {limit} characters" if len(value) > limit else None

    return check


def _check_severity(value: object) -> str | None:
    return None if value in SEVERITIES else "not low, medium or high"


def _check_score(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "not a number"
    if not math.isfinite(value) or abs(value) > MAX_SCORE:
        return f"not between -{MAX_SCORE} and +{MAX_SCORE}"
    return None


def _check_bool(value: object) -> str | None:
    return None if isinstance(value, bool) else "not true or false"


def _check_tags(value: object) -> str | None:
    if not isinstance(value, list) or not all(isinstance(tag, str) and len(tag) <= MAX_NAME for tag in value):
        return "not a list of short texts"
    return None


def _check_blueprint(value: object) -> str | None:
    if not isinstance(value, dict) or not all(
        key in BLUEPRINT_KEYS and isinstance(text, str) and len(text) <= MAX_TEXT for key, text in value.items()
    ):
        return "not an object of texts with the keys evidence, onstage, backstage, support"
    return None


CHECKS = {
    "title": _check_text(MAX_TEXT),
    "description": _check_text(MAX_TEXT),
    "severity": _check_severity,
    "score": _check_score,
    "sentiment": _check_text(MAX_NAME),
    "purpose": _check_text(MAX_NAME),
    "isMomentOfTruth": _check_bool,
    "icon": _check_text(MAX_NAME),
    "iconColor": _check_text(MAX_NAME),
    "tags": _check_tags,
    "blueprint": _check_blueprint,
}


def _clean(text: str) -> str:
    """``text`` without lone surrogates (a JSON escape such as "\\ud800"), which UTF-8 cannot hold."""
    return _SURROGATE.sub("\ufffd", text)


def _clean_value(value: object) -> object:
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def _shorten(name: str) -> str:
    return name if len(name) <= 60 else name[:59] + "…"


# --- mapping between OJF and our notes ------------------------------------------------------


def _emotion(score: float) -> int:
    """-5..+5 to -2..+2: 5, 4 → 2; 3, 2 → 1; 1, 0, -1 → 0..."""
    return round(score * 2 / MAX_SCORE)


def _evaluation(purpose: str | None, severity: str | None) -> Evaluation:
    purpose = (purpose or "").strip().casefold()
    if purpose == "pain-point":
        return Evaluation.BREAKING if severity == "high" else Evaluation.PAIN
    if purpose == "bottleneck":
        return Evaluation.PAIN
    if purpose == "gain":
        return Evaluation.DELIGHT
    return Evaluation.NONE


def _same_evaluation(a: Evaluation, b: Evaluation) -> bool:
    """OJF has no « neutral »: it and « none » both come back as « none »."""
    neutral = (Evaluation.NONE, Evaluation.NEUTRAL)
    return a == b or (a in neutral and b in neutral)


# --- writing --------------------------------------------------------------------------------


def write_ojf(state: ProjectState, journey: Journey) -> Exported:
    """The journey as an OJF file (UTF-8 JSON, indented like Ptolemy's own files).

    Notes in « À classer » and notes without text are left out and reported.
    """
    stages = state.stages(journey.id)
    channels = state.channels(journey.id)
    data: dict[str, object] = {"version": VERSION}
    persona = state.persona_name(journey.persona_id)
    if persona:
        data["persona"] = persona
    if journey.description:
        data["pointOfView"] = journey.description
    data["stages"] = [{"id": f"s{i}", "name": s.name} for i, s in enumerate(stages, start=1)]
    data["swimlanes"] = [{"id": f"sl{i}", "name": c.name} for i, c in enumerate(channels, start=1)]
    nodes: list[JsonObject] = []
    notes = cell_notes(state, journey.id)  # one pass over the notes, not one per cell
    empty = 0
    for stage_number, stage in enumerate(stages, start=1):
        for lane_number, channel in enumerate(channels, start=1):
            for note in notes.get((channel.id, stage.id), []):
                if not note.text.strip():
                    empty += 1
                    continue
                ids = {"stageId": f"s{stage_number}", "swimlaneId": f"sl{lane_number}"}
                nodes.append(ids | _node_fields(note))
    data["nodes"] = nodes

    problems: list[Problem] = []
    parked = len(notes.get((None, None), []))
    if parked:
        values = {"count": parked, "journey": journey.name, "format": FORMAT}
        problems.append(Problem("not_exported_parked", None, values))
    if empty:
        problems.append(Problem("not_exported_empty", None, {"count": empty, "journey": journey.name}))
    return Exported(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"), problems)


def _node_fields(note: Touchpoint) -> JsonObject:
    """The node's fields: those the note was imported with, in their order, updated from the note."""
    fields = _stored_fields(note)
    fields["title"] = note.text
    if note.comment or "description" in fields:
        fields["description"] = note.comment
    purpose, severity = _purpose(note.evaluation, fields.get("purpose"), fields.get("severity"))
    _put(fields, "severity", severity)
    _put(fields, "score", _score(note.emotion, fields.get("score")))
    _put(fields, "purpose", purpose)
    if note.moment_of_truth or "isMomentOfTruth" in fields:
        fields["isMomentOfTruth"] = note.moment_of_truth
    return fields


def _stored_fields(note: Touchpoint) -> JsonObject:
    """The OJF fields kept at import, checked again: a project file may have been edited by hand."""
    try:
        stored = interop_of(note).get("ojf", {})
    except (ValueError, RecursionError):
        return {}
    if not isinstance(stored, dict):
        return {}
    return {key: value for key, value in stored.items() if key in CHECKS and CHECKS[key](value) is None}


def _put(fields: JsonObject, key: str, value: object) -> None:
    """Set (in place if present, else at the end) or remove when ``value`` is None."""
    if value is None:
        fields.pop(key, None)
    else:
        fields[key] = value


def _score(emotion: int | None, stored: float | None) -> float | None:
    """The stored score while it still says the note's emotion (a -5..+5 score is finer)."""
    if emotion is None:
        return None
    if stored is not None and _emotion(stored) == emotion:
        return stored
    return SCORE_OF_EMOTION.get(emotion)


def _purpose(evaluation: Evaluation, stored: str | None, severity: str | None) -> tuple[str | None, str | None]:
    """(purpose, severity) saying ``evaluation``, keeping the stored ones while they still do."""
    if stored is not None and _same_evaluation(_evaluation(stored, severity), evaluation):
        return stored, severity
    if evaluation == Evaluation.BREAKING:
        return "pain-point", "high"
    if evaluation == Evaluation.PAIN:
        return "pain-point", "medium" if severity == "high" else severity  # « high » would read as breaking
    if evaluation == Evaluation.DELIGHT:
        return "gain", severity
    return None, severity
