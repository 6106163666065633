"""Explicit conversion between domain entities and SQL values, with strict validation.

``encode`` turns an entity into a ``{column: value}`` record for the database.
``decode`` turns a record read from an untrusted file back into an entity and refuses,
with a ``ValueError`` naming the field, anything our own code would never have written:
wrong types, invalid UTF-8, out-of-range numbers, oversized text, malformed lists or dates.
``validate`` applies the same rules to an entity built in memory (commands, imports).
"""

from __future__ import annotations

import json
import json.encoder
import math
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import Enum
from operator import attrgetter
from typing import Any, cast

from cjm_desktop.model import domain
from cjm_desktop.model.domain import ENTITY_TYPES
from cjm_desktop.model.limits import LONG_TEXT, MAX_COUNT, MAX_ID, MAX_LIST_ITEMS, MAX_PHOTO_BYTES, SHORT_TEXT

# Limits (characters unless said otherwise). Long enough for real work, short enough that a
# hostile file cannot make the app allocate or draw absurd amounts.
SHORT_FIELDS = {
    "title", "name", "organisation", "icon", "occupation", "segment", "owner_department",
    "nominal_duration", "target", "alert_threshold", "created_at", "updated_at", "author",
}
MAX_CHUNK_BYTES = 8 * 1024 * 1024  # a snapshot chunk: room for a persona's largest photo, in base64

TABLE_OF: dict[type, str] = {
    domain.Project: "project",
    domain.Persona: "persona",
    domain.Journey: "journey",
    domain.Stage: "stage",
    domain.Channel: "channel",
    domain.Touchpoint: "touchpoint",
    domain.StageDetails: "stage_details",
    domain.Kpi: "kpi",
    domain.Action: "action",
    domain.ActionLink: "action_link",
    domain.AgendaStep: "agenda_step",
    domain.VotingSession: "voting_session",
    domain.Participant: "participant",
    domain.Vote: "vote",
    domain.SnapshotChunk: "snapshot_chunk",
    domain.Snapshot: "snapshot",
}
TYPE_OF: dict[str, type] = {table: cls for cls, table in TABLE_OF.items()}

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


class IdList:
    """The kind of a field holding ids (``tuple[int, ...]``), stored as a JSON list of numbers."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """How one dataclass field is stored: its base kind, whether it may be NULL, its limit."""

    name: str
    kind: type  # int, bool, str, bytes, tuple (list of str), IdList (list of ids) or an Enum subclass
    optional: bool
    limit: int


def _spec(name: str, hint: object) -> FieldSpec:
    args = typing.get_args(hint)
    optional = typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args
    if optional:
        hint = next(a for a in args if a is not type(None))
    kind = cast(type, hint)  # the model's fields: plain classes
    if typing.get_origin(hint) is tuple:
        kind = IdList if typing.get_args(hint)[0] is int else tuple
    limit = SHORT_TEXT if name in SHORT_FIELDS else LONG_TEXT
    if kind is bytes:
        limit = MAX_CHUNK_BYTES if name == "data" else MAX_PHOTO_BYTES
    return FieldSpec(name, kind, optional, limit)


def _specs(cls: type) -> tuple[FieldSpec, ...]:
    hints = typing.get_type_hints(cls)  # evaluates every annotation of the class: once per class
    return tuple(_spec(f.name, hints[f.name]) for f in fields(cls))


SPECS: dict[type, tuple[FieldSpec, ...]] = {cls: _specs(cls) for cls in ENTITY_TYPES}


_COLUMNS: dict[type, tuple[str, ...]] = {cls: tuple(spec.name for spec in specs) for cls, specs in SPECS.items()}


def columns(cls: type) -> tuple[str, ...]:
    """The column names that hold ``cls``'s fields, in dataclass order."""
    return _COLUMNS[cls]


# --- writing ----------------------------------------------------------------------

def _encode_value(spec: FieldSpec, value: object) -> object:
    if value is None:
        return None
    if spec.kind in (tuple, IdList):
        return json.dumps(list(cast("tuple[object, ...]", value)), ensure_ascii=False)
    if spec.kind is bool:
        return int(bool(value))
    if isinstance(value, Enum):
        return value.value
    return value


_JSON_TEXT = json.JSONEncoder(ensure_ascii=False).encode  # ``json.dumps(..., ensure_ascii=False)``, made once
_JSON_STRING = json.encoder.encode_basestring  # what that encoder writes a text as (ensure_ascii=False)


def _json_list(value: tuple[object, ...]) -> str:
    """``json.dumps(list(value), ensure_ascii=False)``: written directly when every item is a text."""
    if all(type(item) is str for item in value):
        return "[" + ", ".join(map(_JSON_STRING, cast("tuple[str, ...]", value))) + "]"
    return _JSON_TEXT(list(value))


def _converter(spec: FieldSpec) -> Callable[[Any], object] | None:
    """What ``_encode_value`` does to a value of ``spec``'s field that is not None (None: nothing)."""
    if spec.kind in (tuple, IdList):
        return _json_list
    if spec.kind is bool:
        return lambda value: int(bool(value))
    if issubclass(spec.kind, Enum):
        return lambda value: value.value if isinstance(value, Enum) else value
    return None  # a text, number or photo is stored as it is


# By class: a getter of every field's value at once (a tuple, in ``columns`` order), and the fields whose value
# ``encode`` converts (index, converter); the others are stored as they are. Each entity is encoded per edit.
_VALUES: dict[type, Callable[[Any], tuple[Any, ...]]] = {cls: attrgetter(*columns(cls)) for cls in ENTITY_TYPES}
_CONVERSIONS: dict[type, tuple[tuple[int, Callable[[Any], object]], ...]] = {
    cls: tuple((i, convert) for i, spec in enumerate(SPECS[cls]) if (convert := _converter(spec)) is not None)
    for cls in ENTITY_TYPES
}
assert all(len(specs) > 1 for specs in SPECS.values())  # attrgetter of one name returns the value, not a tuple


def encode(entity: domain.Entity) -> dict[str, object]:
    """The ``{column: SQL value}`` record of an entity."""
    cls = type(entity)
    values = list(_VALUES[cls](entity))
    for index, convert in _CONVERSIONS[cls]:
        if values[index] is not None:
            values[index] = convert(values[index])
    return dict(zip(columns(cls), values, strict=True))


# --- reading (untrusted) ---------------------------------------------------------

def _decode_value(spec: FieldSpec, raw: object) -> object:
    if raw is None:
        if spec.optional:
            return None
        raise ValueError("is missing")
    kind = spec.kind
    if kind is bool:
        if type(raw) is not int or raw not in (0, 1):
            raise ValueError("is not a yes/no value")
        return bool(raw)
    if kind is int:
        if type(raw) is not int or abs(raw) > MAX_COUNT * 1000:  # the bound every edit is checked against
            raise ValueError("is not a whole number")
        if spec.name.endswith("id") and raw > MAX_ID:
            raise ValueError("is an id too large to leave room for new ones")
        return raw
    if kind is bytes:
        if not isinstance(raw, bytes) or len(raw) > spec.limit:
            what = "data" if spec.name == "data" else "an image"
            raise ValueError(f"is not {what} of at most {spec.limit // (1024 * 1024)} MB")
        return raw
    text = _decode_text(raw, spec.limit if kind is str else LONG_TEXT)
    if kind is str:
        return text
    if kind is tuple:
        return _decode_list(text)
    if kind is IdList:
        return _decode_ids(text)
    if issubclass(kind, Enum):
        try:
            return kind(text)
        except ValueError:
            raise ValueError(f"has an unknown value {text[:40]!r}") from None
    raise TypeError(f"unsupported field kind {kind!r}")  # a bug in the model, not in the file


def _decode_text(raw: object, limit: int) -> str:
    if isinstance(raw, bytes):
        if len(raw) > 4 * limit:
            raise ValueError(f"is longer than {limit:,} characters")
        try:
            raw = raw.decode("utf-8", "strict")
        except UnicodeDecodeError:
            raise ValueError("is not valid UTF-8 text") from None
    if not isinstance(raw, str):
        raise ValueError("is not text")
    if len(raw) > limit:
        raise ValueError(f"is longer than {limit:,} characters")
    return raw


def _decode_list(text: str) -> tuple[str, ...]:
    try:
        items = json.loads(text)
    except (ValueError, RecursionError):
        raise ValueError("is not a list") from None
    if not isinstance(items, list) or len(items) > MAX_LIST_ITEMS:
        raise ValueError(f"is not a list of at most {MAX_LIST_ITEMS} texts")
    for item in items:
        if not isinstance(item, str) or len(item) > SHORT_TEXT:
            raise ValueError("holds an item that is not a short text")
    return tuple(items)


def _decode_ids(text: str) -> tuple[int, ...]:
    try:
        items = json.loads(text)
    except (ValueError, RecursionError):
        raise ValueError("is not a list") from None
    if not isinstance(items, list) or len(items) > MAX_LIST_ITEMS:
        raise ValueError(f"is not a list of at most {MAX_LIST_ITEMS} ids")
    if not all(type(item) is int and 0 < item <= MAX_ID for item in items):
        raise ValueError("holds an item that is not an id")
    return tuple(items)


def decode[E: domain.Entity](cls: type[E], record: dict[str, object]) -> E:
    """Build an entity from a record read from a file; ``ValueError`` names the bad field."""
    values: dict[str, Any] = {}  # by field name, each decoded as its field's spec says
    for spec in SPECS[cls]:
        try:
            values[spec.name] = _decode_value(spec, record.get(spec.name))
        except ValueError as error:
            raise ValueError(f"field « {spec.name} » of {TABLE_OF[cls]} #{record.get('id')} {error}") from None
    entity = cls(**values)
    validate(entity)
    return entity


# --- rules shared by reading and editing -------------------------------------------

def _check_date(value: str | None, name: str, where: str) -> None:
    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"« {name} » of {where} is not a date (YYYY-MM-DD)") from None


def _check_timestamp(value: str, name: str, where: str) -> None:
    if value == "":
        return
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"« {name} » of {where} is not a date and time") from None


def validate(entity: domain.Entity) -> None:
    """Check the rules a type hint cannot express; ``ValueError`` says which one failed."""
    cls = type(entity)
    where = f"{TABLE_OF[cls]} #{entity.id}"
    for (name, optional, kind, limit), value in zip(_CHECKS[cls], _VALUES[cls](entity), strict=True):
        if value is None:
            if not optional:
                raise ValueError(f"field « {name} » of {where} is missing")
            continue
        if kind is str:
            if len(value) > limit:
                raise ValueError(f"field « {name} » of {where} is longer than {limit:,} characters")
        elif kind is int:
            if type(value) is not int or abs(value) > MAX_COUNT * 1000:
                raise ValueError(f"field « {name} » of {where} is out of range")
            continue  # a whole number: not a float
        elif kind is bytes:
            if len(value) > limit:
                what = "the data" if name == "data" else "the photo"
                raise ValueError(f"{what} of {where} is larger than {limit // (1024 * 1024)} MB")
        elif kind is tuple:
            if len(value) > MAX_LIST_ITEMS or any(not isinstance(v, str) or len(v) > SHORT_TEXT for v in value):
                raise ValueError(f"field « {name} » of {where} is not a list of short texts")
        elif kind is IdList:
            if len(value) > MAX_LIST_ITEMS or any(type(v) is not int or not 0 < v <= MAX_ID for v in value):
                raise ValueError(f"field « {name} » of {where} is not a list of ids")
        elif issubclass(kind, Enum) and not isinstance(value, kind):
            raise ValueError(f"field « {name} » of {where} has an unknown value")
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"field « {name} » of {where} is not a finite number")
    for name in _TIMESTAMPS[cls]:
        _check_timestamp(getattr(entity, name), name, where)
    for name in _DATES[cls]:
        _check_date(getattr(entity, name), name, where)
    rules = _RULES.get(cls)
    if rules is not None:
        rules(entity, where)


# By class: what ``validate`` checks of each field, in order (name, optional, kind, limit); the fields that hold
# timestamps, and those that hold dates.
_CHECKS = {cls: tuple((s.name, s.optional, s.kind, s.limit) for s in SPECS[cls]) for cls in ENTITY_TYPES}
_TIMESTAMPS = {cls: tuple(n for n in ("created_at", "updated_at") if n in _COLUMNS[cls]) for cls in ENTITY_TYPES}
_DATES = {cls: tuple(n for n in ("workshop_date", "due_date") if n in _COLUMNS[cls]) for cls in ENTITY_TYPES}


def _touchpoint_rules(t: domain.Touchpoint, where: str) -> None:
    if t.emotion is not None and not domain.EMOTION_MIN <= t.emotion <= domain.EMOTION_MAX:
        raise ValueError(f"the emotion of {where} is not between -2 and +2")
    if t.color is not None and not _COLOR.fullmatch(t.color):
        raise ValueError(f"the colour of {where} is not a #rrggbb colour")
    if (t.channel_id is None) != (t.stage_id is None):
        raise ValueError(f"{where} is placed on a channel without a stage or the reverse")
    _interop_object(t, where)


def _interop_object(entity: domain.Journey | domain.Stage | domain.Channel | domain.Touchpoint, where: str) -> None:
    if entity.interop and not _is_json_object(entity.interop):
        raise ValueError(f"the fields from other tools of {where} are not a JSON object")


def _stage_rules(s: domain.Stage, where: str) -> None:
    if s.emotion is not None and not domain.EMOTION_MIN <= s.emotion <= domain.EMOTION_MAX:
        raise ValueError(f"the emotion of {where} is not between -2 and +2")
    _interop_object(s, where)


def _journey_rules(j: domain.Journey, where: str) -> None:
    unknown = set(j.lanes) - set(domain.LANES)
    if unknown or len(set(j.lanes)) != len(j.lanes):
        raise ValueError(f"the lanes of {where} are not known lane names")
    _interop_object(j, where)


def _is_json_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except (ValueError, RecursionError):
        return False


def _non_negative(names: tuple[str, ...]) -> Callable[[Any, str], None]:
    def rule(entity: object, where: str) -> None:
        for name in names:
            if getattr(entity, name) < 0:
                raise ValueError(f"« {name} » of {where} is below zero")
    return rule


def _vote_rules(v: domain.Vote, where: str) -> None:
    if (v.touchpoint_id is None) == (v.action_id is None):
        raise ValueError(f"{where} is not on exactly one note or action")
    if not 1 <= v.count <= MAX_COUNT:
        raise ValueError(f"the dots of {where} are out of range")


def _snapshot_rules(s: domain.Snapshot, where: str) -> None:
    if s.note_count < 0 or not _CHUNK_IDS.fullmatch(s.chunks):
        raise ValueError(f"the contents of {where} are not a list of chunks")


_CHUNK_IDS = re.compile(r"(?:[0-9a-f]{1,16}(?: [0-9a-f]{1,16})*)?")


def _action_rules(a: domain.Action, where: str) -> None:
    if not 1 <= a.priority <= 3 or not 1 <= a.impact <= 5 or not 1 <= a.effort <= 5:
        raise ValueError(f"the priority, impact or effort of {where} is out of range")


def _persona_rules(p: domain.Persona, where: str) -> None:
    if p.age is not None and not 0 <= p.age <= 150:
        raise ValueError(f"the age of {where} is out of range")


# Keyed by an entity's class: each rule takes an entity of that class.
_RULES: dict[type, Callable[[Any, str], None]] = {
    domain.Touchpoint: _touchpoint_rules,
    domain.Action: _action_rules,
    domain.Persona: _persona_rules,
    domain.Stage: _stage_rules,
    domain.Journey: _journey_rules,
    domain.Channel: _interop_object,
    domain.Vote: _vote_rules,
    domain.Snapshot: _snapshot_rules,
    domain.AgendaStep: _non_negative(("duration", "spent")),
    domain.VotingSession: _non_negative(("budget", "cap")),
}


# --- the same rules for a whole table at once (``reader.read_state``'s bulk path) ------------------
# A bulk read proves a table clean in two steps: a SQL condition (``violation_condition``) finds any row
# that a rule SQL can express may break, then ``VALUE_RULES`` checks, once per distinct value, what SQL
# cannot: JSON (SQLite's JSON grammar accepts texts Python's refuses: 5,000-digit numbers, 1,800 levels
# of nesting), dates, timestamps and colours. UTF-8 is checked by sqlite3 itself (``text_factory = str``
# decodes strictly). Each step may suspect a valid value (the reader then asks ``decode``), never the
# reverse: tests/core/test_bulk_read.py compares both paths value by value.

_NUMBER_BOUND = MAX_COUNT * 1000  # the bound of every whole number (``_decode_value``)

# Per-table rules (``_RULES``) as SQL conditions, true for a row that breaks one; a NULL makes them NULL (not
# true): an optional field's NULL is fine, a required one's is caught by ``_sql_test``.
_SQL_RULES: dict[type, tuple[str, ...]] = {
    domain.Touchpoint: (f"emotion NOT BETWEEN {domain.EMOTION_MIN} AND {domain.EMOTION_MAX}",
                        "(channel_id IS NULL) != (stage_id IS NULL)"),
    domain.Vote: ("(touchpoint_id IS NULL) = (action_id IS NULL)", f"count NOT BETWEEN 1 AND {MAX_COUNT}"),
    domain.AgendaStep: ("duration < 0", "spent < 0"),
    domain.VotingSession: ("budget < 0", "cap < 0"),
    domain.Snapshot: ("note_count < 0",),
    domain.Stage: (f"emotion NOT BETWEEN {domain.EMOTION_MIN} AND {domain.EMOTION_MAX}",),
    domain.Action: ("priority NOT BETWEEN 1 AND 3", "impact NOT BETWEEN 1 AND 5", "effort NOT BETWEEN 1 AND 5"),
    domain.Persona: ("age NOT BETWEEN 0 AND 150",),
}


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sql_test(spec: FieldSpec) -> str:
    """A SQL condition true when the column's value may not be a valid value of ``spec``'s field."""
    column, kind = spec.name, spec.kind
    if kind is bool:
        bad = f"typeof({column}) != 'integer' OR {column} NOT IN (0, 1)"
    elif kind is int:
        bad = f"typeof({column}) != 'integer' OR {column} NOT BETWEEN {-_NUMBER_BOUND} AND {_NUMBER_BOUND}"
        if column.endswith("id"):
            bad += f" OR {column} > {MAX_ID}"
    elif kind is bytes:  # a text in a photo column is left to ``decode``, which takes it as bytes
        bad = f"typeof({column}) != 'blob' OR length({column}) > {spec.limit}"
    elif issubclass(kind, Enum):
        bad = f"{column} NOT IN ({', '.join(_sql_text(m.value) for m in kind)}) OR typeof({column}) != 'text'"
    else:  # str, or tuple / IdList (a JSON list, checked by ``VALUE_RULES``)
        limit = spec.limit if kind is str else LONG_TEXT
        # No more bytes than the limit: no more characters either (the common case, and the cheapest test).
        # Else count the characters: length() counts them up to the first NUL, so a text holding one is
        # suspected.
        bad = (f"typeof({column}) != 'text' OR (length(CAST({column} AS BLOB)) > {limit} AND "
               f"(length({column}) > {limit} OR instr(CAST({column} AS BLOB), x'00') > 0))")
    # typeof(NULL) is 'null': a required field's NULL is caught by the type test
    return f"{column} IS NOT NULL AND ({bad})" if spec.optional else bad


def violation_condition(cls: type) -> str:
    """A SQL condition on the columns of ``cls``'s table, true for every row that breaks a rule SQL can check
    (a NULL, a type, a range, a length, an enum value, a per-table rule). It may also be true for a row that
    ``decode`` accepts; it is never false for a row that ``decode`` refuses on one of these rules."""
    tests = [_sql_test(spec) for spec in SPECS[cls]] + list(_SQL_RULES.get(cls, ()))
    return " OR ".join(f"({test})" for test in tests)


def _timestamp_rule(value: str) -> str:
    _check_timestamp(value, "it", "the bulk read")  # the words do not matter: the precise path gives them
    return value


def _date_rule(value: str | None) -> str | None:
    _check_date(value, "it", "the bulk read")
    return value


def _color_rule(value: str | None) -> str | None:
    if value is not None and not _COLOR.fullmatch(value):
        raise ValueError("is not a #rrggbb colour")
    return value


def _interop_rule(value: str) -> str:
    if value and not _is_json_object(value):
        raise ValueError("is not a JSON object")
    return value


def _lanes_rule(value: str) -> tuple[str, ...]:
    lanes = _decode_list(value)
    if set(lanes) - set(domain.LANES) or len(set(lanes)) != len(lanes):
        raise ValueError("are not known lane names")
    return lanes


def _value_rules(cls: type) -> dict[str, Callable[[Any], object]]:
    rules: dict[str, Callable[[Any], object]] = {}
    for spec in SPECS[cls]:
        if spec.kind is IdList:
            rules[spec.name] = _decode_ids
        elif spec.kind is tuple:
            rules[spec.name] = _lanes_rule if (cls, spec.name) == (domain.Journey, "lanes") else _decode_list
        elif spec.name in ("created_at", "updated_at"):
            rules[spec.name] = _timestamp_rule
        elif spec.name in ("workshop_date", "due_date"):
            rules[spec.name] = _date_rule
    if cls is domain.Touchpoint:
        rules["color"] = _color_rule
    if cls in (domain.Journey, domain.Stage, domain.Channel, domain.Touchpoint):
        rules["interop"] = _interop_rule
    if cls is domain.Snapshot:
        rules["chunks"] = _chunks_rule
    return rules


def _chunks_rule(value: str) -> str:
    if not _CHUNK_IDS.fullmatch(value):
        raise ValueError("is not a list of chunks")
    return value


# By class, then by column: the rules of the fields SQL cannot check. Each takes a value as read with
# ``text_factory = str`` (one that passed ``violation_condition``) and returns the field's value (the list
# of a JSON list, else the value itself), or raises ``ValueError`` as ``decode`` or ``validate`` would.
VALUE_RULES: dict[type, dict[str, Callable[[Any], object]]] = {cls: _value_rules(cls) for cls in ENTITY_TYPES}
