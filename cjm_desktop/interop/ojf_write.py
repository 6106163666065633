"""Writing an OpenJourney file: what the import kept (see ``ojf_fields``), overwritten where the model says
otherwise, so that a journey not edited since its import gives back the file it came from."""

from __future__ import annotations

import json

from cjm_desktop.interop.model import MAX_NAME, MAX_TEXT, Exported, Problem, cell_notes, same_name
from cjm_desktop.interop.ojf_fields import (
    FORMAT,
    SCORE_OF_EMOTION,
    SEVERITIES,
    VERSION,
    JsonObject,
    emotion_of,
    evaluation_of,
    id_key,
    is_id,
    same_evaluation,
    stored,
    text_of,
    words_of,
)
from cjm_desktop.model.domain import Channel, Evaluation, Journey, ProjectState, Stage, Touchpoint

_NO_ID = object()  # an imported node that had no id: it gets none


def write_ojf(state: ProjectState, journey: Journey) -> Exported:
    """The journey as an OJF file (UTF-8 JSON, indented like Ptolemy's own files).

    Notes in « À classer » and notes without text are left out and reported.
    """
    stages = state.stages(journey.id)
    channels = state.channels(journey.id)
    data = _top(state, journey)
    stage_entries = _lines(stages, "s")
    lane_entries = _lines(channels, "sl")
    data["stages"] = stage_entries
    data["swimlanes"] = lane_entries
    notes = cell_notes(state, journey.id)  # one pass over the notes, not one per cell
    placed: list[tuple[Touchpoint, object, object]] = []
    empty = 0
    for stage_entry, stage in zip(stage_entries, stages, strict=True):
        for lane_entry, channel in zip(lane_entries, channels, strict=True):
            for note in notes.get((channel.id, stage.id), []):
                if not note.text.strip():
                    empty += 1
                    continue
                placed.append((note, stage_entry["id"], lane_entry["id"]))
    data["nodes"] = _nodes(placed)

    problems: list[Problem] = []
    parked = len(notes.get((None, None), []))
    if parked:
        values = {"count": parked, "journey": journey.name, "format": FORMAT}
        problems.append(Problem("not_exported_parked", None, values))
    if empty:
        problems.append(Problem("not_exported_empty", None, {"count": empty, "journey": journey.name}))
    return Exported(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"), problems)


# --- the top level --------------------------------------------------------------------------


def _top(state: ProjectState, journey: Journey) -> JsonObject:
    """The top-level object without its lists: the one imported, updated from the journey; else a new one."""
    persona = state.persona_name(journey.persona_id)
    kept, noted = stored(journey)
    if kept is None:
        data: JsonObject = {"version": VERSION, "title": journey.name}
        if persona:
            data["persona"] = persona
        if journey.description:
            data["pointOfView"] = journey.description
        return data
    data = dict(kept)
    if journey.name != noted.get("name"):
        data["title"] = journey.name
    was = words_of(kept, "persona", "persona", MAX_NAME)
    if not (persona == was or (persona and was and same_name(persona, was))):
        data["persona"] = persona or ""
    if journey.description != (words_of(kept, "pointOfView", "pov", MAX_TEXT) or ""):
        data["pointOfView"] = journey.description
    return data


# --- stages and swimlanes -------------------------------------------------------------------


def _lines(lines: list[Stage] | list[Channel], prefix: str) -> list[JsonObject]:
    """Each stage (or row) as an entry: the one imported, updated; its id kept unless an earlier line has it,
    else a fresh one (``s1``, ``s2``… or ``sl1``… that no kept id uses)."""
    items: list[Stage | Channel] = list(lines)
    kept = [stored(line)[0] for line in items]
    ids = _ids([entry.get("id") if entry is not None and "id" in entry else None for entry in kept], prefix)
    entries = []
    for line, entry, line_id in zip(items, kept, ids, strict=True):
        fields = dict(entry) if entry is not None else {}
        fields = _with_id(fields, line_id)
        fields["name"] = line.name
        if isinstance(line, Stage) and line.emotion != emotion_of(fields.get("overrideEmotion")):
            _put(fields, "overrideEmotion", SCORE_OF_EMOTION.get(line.emotion) if line.emotion is not None else None)
        entries.append(fields)
    return entries


def _ids(given: list[object], prefix: str) -> list[object]:
    """The id of each entry: the one given when it is an id no earlier entry took, else a fresh one."""
    taken = {id_key(value) for value in given} - {None}
    seen: set[object] = set()
    fresh = (f"{prefix}{n}" for n in range(1, len(given) * 2 + len(taken) + 2) if id_key(f"{prefix}{n}") not in taken)
    ids: list[object] = []
    for value in given:
        key = id_key(value)
        if key is not None and key not in seen:
            seen.add(key)
            ids.append(value)
        else:
            ids.append(next(fresh))
    return ids


def _with_id(fields: JsonObject, value: object) -> JsonObject:
    """``fields`` with ``id`` set in place, or first when it had none."""
    if "id" in fields:
        fields["id"] = value
        return fields
    return {"id": value, **fields}


# --- nodes ----------------------------------------------------------------------------------


def _nodes(placed: list[tuple[Touchpoint, object, object]]) -> list[JsonObject]:
    """The nodes: the imported ones in the file's order, then the others in reading order."""
    def order(item: tuple[int, tuple[Touchpoint, object, object]]) -> tuple[int, int, int]:
        reading, (note, _, _) = item
        index = stored(note)[1].get("index")
        return (0, index, reading) if isinstance(index, int) and not isinstance(index, bool) else (1, 0, reading)

    ordered = [entry for _, entry in sorted(enumerate(placed), key=order)]
    kept = [stored(note)[0] for note, _, _ in ordered]
    ids = _node_ids(kept, [note for note, _, _ in ordered])
    return [_node(note, fields, node_id, stage_id, lane_id)
            for (note, stage_id, lane_id), fields, node_id in zip(ordered, kept, ids, strict=True)]


def _node_ids(kept: list[JsonObject | None], notes: list[Touchpoint]) -> list[object]:
    """Each node's id: the one kept (unless an earlier node has it: a duplicated note), a fresh one for a note
    made in the app, none (``_NO_ID``) for an imported node that had none."""
    taken = {id_key(fields.get("id")) for fields in kept if fields is not None} - {None}
    seen: set[object] = set()
    ids: list[object] = []
    for fields, note in zip(kept, notes, strict=True):
        if fields is not None and "id" not in fields:
            ids.append(_NO_ID)
            continue
        value = fields.get("id") if fields is not None else None
        key = id_key(value)
        if fields is not None and (not is_id(value) or key not in seen):  # an invalid id is the file's business
            seen.add(key)
            ids.append(value)
            continue
        fresh, n = f"n-cjm-{note.id}", 1
        while id_key(fresh) in taken:
            n += 1
            fresh = f"n-cjm-{note.id}-{n}"
        taken.add(id_key(fresh))
        ids.append(fresh)
    return ids


def _node(note: Touchpoint, kept: JsonObject | None, node_id: object, stage_id: object, lane_id: object) -> JsonObject:
    """The node: the one imported, in its key order, updated from the note; else a new one."""
    if kept is None:
        fields: JsonObject = {"id": node_id, "stageId": stage_id, "swimlaneId": lane_id}
    else:
        fields = dict(kept) if node_id is _NO_ID else _with_id(dict(kept), node_id)
        fields["stageId"], fields["swimlaneId"] = stage_id, lane_id
    fields["title"] = note.text
    if note.comment != text_of(fields.get("description")):
        fields["description"] = note.comment
    severity = fields.get("severity") if fields.get("severity") in SEVERITIES else None
    purpose = fields.get("purpose") if isinstance(fields.get("purpose"), str) else None
    changes: dict[str, object] = {}
    if not same_evaluation(evaluation_of(purpose, severity), note.evaluation):
        new_purpose, new_severity = _purpose(note.evaluation, severity)
        if new_severity != severity:
            changes["severity"] = new_severity
        changes["purpose"] = new_purpose
    if "severity" in changes:
        _put(fields, "severity", changes["severity"])
    if note.emotion != emotion_of(fields.get("score")):
        _put(fields, "score", SCORE_OF_EMOTION.get(note.emotion) if note.emotion is not None else None)
    if "purpose" in changes:
        _put(fields, "purpose", changes["purpose"])
    moment = fields.get("isMomentOfTruth")
    if note.moment_of_truth != (moment if isinstance(moment, bool) else False):
        fields["isMomentOfTruth"] = note.moment_of_truth
    return fields


def _put(fields: JsonObject, key: str, value: object) -> None:
    """Set (in place if present, else at the end) or remove when ``value`` is None."""
    if value is None:
        fields.pop(key, None)
    else:
        fields[key] = value


def _purpose(evaluation: Evaluation, severity: str | None) -> tuple[str | None, str | None]:
    """(purpose, severity) saying ``evaluation``."""
    if evaluation == Evaluation.BREAKING:
        return "pain-point", "high"
    if evaluation == Evaluation.PAIN:
        return "pain-point", "medium" if severity == "high" else severity  # « high » would read as breaking
    if evaluation == Evaluation.DELIGHT:
        return "gain", severity
    return None, severity
