"""What the OpenJourney reader and writer share: the format's constants, how its fields map to ours, and how
the file's own values are kept (``interop``).

What is kept, and where:

- a journey's ``interop["ojf"]``: the file's top-level object, every key in its order, with ``stages``,
  ``swimlanes`` and ``nodes`` as ``null`` (they become our stages, rows and notes); ``interop["ojf_import"]``:
  ``{"name": …}``, the name the journey got at import (to tell whether it was renamed since);
- a stage's or row's ``interop["ojf"]``: its entry as given (``id``, ``name``, ``overrideEmotion``…);
- a note's ``interop["ojf"]``: its node as given (``id``, ``stageId``, ``blueprint``…, whatever their shape);
  ``interop["ojf_import"]``: ``{"index": …}``, the node's place in the file's ``nodes``.

The writer starts from what was kept and overwrites only what the model says differently.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from cjm_desktop.interop.model import ImportRefused, Problem, interop_of
from cjm_desktop.model.domain import Channel, Evaluation, Journey, Stage, Touchpoint
from cjm_desktop.model.limits import LONG_TEXT

FORMAT = "OpenJourney"
VERSION = "1.0"
ID_FIELDS = ("stageId", "swimlaneId")
LISTS = ("stages", "swimlanes", "nodes")  # the top-level keys the model holds (kept as null placeholders)
SEVERITIES = ("low", "medium", "high")
BLUEPRINT_KEYS = ("evidence", "onstage", "backstage", "support")
MAX_SCORE = 5
MAX_INTEROP = LONG_TEXT  # what the storage accepts in an ``interop`` field
MAX_DEPTH = 64  # nesting of the values kept: deeper files are refused (the storage reads them back recursively)
OJF = "ojf"  # the key of the file's own values in ``interop``
IMPORT = "ojf_import"  # the key of what the import noted beside them (the journey's name, the node's index)

JsonObject = dict[str, Any]  # an object of parsed JSON: its values are checked where they are read
SCORE_OF_EMOTION = {-2: -5, -1: -3, 0: 0, 1: 3, 2: 5}

_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` without lone surrogates (a JSON escape such as "\\ud800"), which UTF-8 cannot hold."""
    return _SURROGATE.sub("\ufffd", text)


def clean_value(value: object, depth: int = 0) -> object:
    """A parsed JSON value with every text (keys too) cleaned; refuses values nested deeper than ``MAX_DEPTH``."""
    if depth > MAX_DEPTH:
        raise ImportRefused([Problem("bad_json", 1, {"detail": "nested too deeply"})])
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [clean_value(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {clean(k): clean_value(v, depth + 1) for k, v in value.items()}
    return value


def size(value: object) -> int:
    """Characters ``value`` takes once stored."""
    return len(json.dumps(value, ensure_ascii=False))


def stored(entity: Journey | Stage | Channel | Touchpoint) -> tuple[JsonObject | None, JsonObject]:
    """(the OpenJourney object kept on ``entity`` or None, what the import noted beside it): a project file may
    have been edited by hand, so anything else reads as nothing kept."""
    try:
        interop = interop_of(entity)
    except (ValueError, RecursionError):
        return None, {}
    kept, noted = interop.get(OJF), interop.get(IMPORT)
    return (kept if isinstance(kept, dict) else None), (noted if isinstance(noted, dict) else {})


def is_id(value: object) -> bool:
    """A value that can name a stage, swimlane or node: a text or a whole number."""
    return isinstance(value, str | int) and not isinstance(value, bool)


def id_key(value: object) -> tuple[bool, object] | None:
    """What ids are compared by (``"2"`` and ``2`` differ, ``true`` is none); None when ``value`` is no id."""
    return (isinstance(value, str), value) if is_id(value) else None


# --- mapping between OJF and our model ------------------------------------------------------


def emotion_of(score: object) -> int | None:
    """A -5..+5 score (a node's ``score``, a stage's ``overrideEmotion``) as our -2..+2 emotion: 5, 4 → 2;
    3, 2 → 1; 1, 0, -1 → 0…; None when it is not such a number."""
    if isinstance(score, bool) or not isinstance(score, int | float):
        return None
    if not math.isfinite(score) or abs(score) > MAX_SCORE:
        return None
    return round(score * 2 / MAX_SCORE)


def text_of(value: object) -> str:
    return value if isinstance(value, str) else ""


def evaluation_of(purpose: object, severity: object) -> Evaluation:
    kind = purpose.strip().casefold() if isinstance(purpose, str) else ""
    if kind == "pain-point":
        return Evaluation.BREAKING if severity == "high" else Evaluation.PAIN
    if kind == "bottleneck":
        return Evaluation.PAIN
    if kind == "gain":
        return Evaluation.DELIGHT
    return Evaluation.NONE


def same_evaluation(a: Evaluation, b: Evaluation) -> bool:
    """OJF has no « neutral »: it and « none » both come back as « none »."""
    neutral = (Evaluation.NONE, Evaluation.NEUTRAL)
    return a == b or (a in neutral and b in neutral)


def words_of(top: JsonObject, key: str, metadata_key: str, limit: int) -> str | None:
    """The persona (or point of view) a top-level object gives: its own key, else its ``metadata``'s; None
    when neither is a non-empty text of at most ``limit`` characters."""
    metadata = top.get("metadata")
    for value in (top.get(key), metadata.get(metadata_key) if isinstance(metadata, dict) else None):
        if isinstance(value, str) and value.strip() and len(value) <= limit:
            return value
    return None
