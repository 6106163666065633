"""Explicit conversion between domain entities and SQL values, with strict validation.

``encode`` turns an entity into a ``{column: value}`` record for the database.
``decode`` turns a record read from an untrusted file back into an entity and refuses,
with a ``ValueError`` naming the field, anything our own code would never have written:
wrong types, invalid UTF-8, out-of-range numbers, oversized text, malformed lists or dates.
``validate`` applies the same rules to an entity built in memory (commands, imports).
"""

from __future__ import annotations

import json
import math
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import Enum
from typing import Any, cast

from cjm_desktop.model import domain
from cjm_desktop.model.domain import ENTITY_TYPES
from cjm_desktop.model.limits import LONG_TEXT, MAX_COUNT, MAX_ID, MAX_LIST_ITEMS, MAX_PHOTO_BYTES, SHORT_TEXT

# Limits (characters unless said otherwise). Long enough for real work, short enough that a
# hostile file cannot make the app allocate or draw absurd amounts.
SHORT_FIELDS = {
    "title", "name", "organisation", "icon", "occupation", "segment", "owner_department",
    "nominal_duration", "target", "alert_threshold", "created_at", "updated_at",
}

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
}
TYPE_OF: dict[str, type] = {table: cls for cls, table in TABLE_OF.items()}

_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """How one dataclass field is stored: its base kind, whether it may be NULL, its limit."""

    name: str
    kind: type  # int, bool, str, bytes, tuple (list of str) or an Enum subclass
    optional: bool
    limit: int


def _spec(name: str, hint: object) -> FieldSpec:
    args = typing.get_args(hint)
    optional = typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args
    if optional:
        hint = next(a for a in args if a is not type(None))
    kind = tuple if typing.get_origin(hint) is tuple else cast(type, hint)  # the model's fields: plain classes
    limit = SHORT_TEXT if name in SHORT_FIELDS else LONG_TEXT
    if kind is bytes:
        limit = MAX_PHOTO_BYTES
    return FieldSpec(name, kind, optional, limit)


def _specs(cls: type) -> tuple[FieldSpec, ...]:
    hints = typing.get_type_hints(cls)  # evaluates every annotation of the class: once per class
    return tuple(_spec(f.name, hints[f.name]) for f in fields(cls))


SPECS: dict[type, tuple[FieldSpec, ...]] = {cls: _specs(cls) for cls in ENTITY_TYPES}


def columns(cls: type) -> tuple[str, ...]:
    """The column names that hold ``cls``'s fields, in dataclass order."""
    return tuple(spec.name for spec in SPECS[cls])


# --- writing ----------------------------------------------------------------------

def _encode_value(spec: FieldSpec, value: object) -> object:
    if value is None:
        return None
    if spec.kind is tuple:
        return json.dumps(list(cast("tuple[str, ...]", value)), ensure_ascii=False)
    if spec.kind is bool:
        return int(bool(value))
    if isinstance(value, Enum):
        return value.value
    return value


def encode(entity: domain.Entity) -> dict[str, object]:
    """The ``{column: SQL value}`` record of an entity."""
    return {spec.name: _encode_value(spec, getattr(entity, spec.name)) for spec in SPECS[type(entity)]}


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
            raise ValueError(f"is not an image of at most {spec.limit // (1024 * 1024)} MB")
        return raw
    text = _decode_text(raw, spec.limit if kind is str else LONG_TEXT)
    if kind is str:
        return text
    if kind is tuple:
        return _decode_list(text)
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

def _check_date(value: str | None, what: str) -> None:
    if value is None:
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{what} is not a date (YYYY-MM-DD)") from None


def _check_timestamp(value: str, what: str) -> None:
    if value == "":
        return
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{what} is not a date and time") from None


def validate(entity: domain.Entity) -> None:
    """Check the rules a type hint cannot express; ``ValueError`` says which one failed."""
    cls = type(entity)
    where = f"{TABLE_OF[cls]} #{entity.id}"
    for spec in SPECS[cls]:
        value = getattr(entity, spec.name)
        if value is None:
            if not spec.optional:
                raise ValueError(f"field « {spec.name} » of {where} is missing")
        elif spec.kind is str and len(value) > spec.limit:
            raise ValueError(f"field « {spec.name} » of {where} is longer than {spec.limit:,} characters")
        elif spec.kind is int and (type(value) is not int or abs(value) > MAX_COUNT * 1000):
            raise ValueError(f"field « {spec.name} » of {where} is out of range")
        elif spec.kind is bytes and len(value) > spec.limit:
            raise ValueError(f"the photo of {where} is larger than {spec.limit // (1024 * 1024)} MB")
        elif isinstance(spec.kind, type) and issubclass(spec.kind, Enum) and not isinstance(value, spec.kind):
            raise ValueError(f"field « {spec.name} » of {where} has an unknown value")
        elif spec.kind is tuple and (
            len(value) > MAX_LIST_ITEMS or any(not isinstance(v, str) or len(v) > SHORT_TEXT for v in value)
        ):
            raise ValueError(f"field « {spec.name} » of {where} is not a list of short texts")
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"field « {spec.name} » of {where} is not a finite number")
    for name in ("created_at", "updated_at"):
        if hasattr(entity, name):
            _check_timestamp(getattr(entity, name), f"« {name} » of {where}")
    for name in ("workshop_date", "due_date"):
        if hasattr(entity, name):
            _check_date(getattr(entity, name), f"« {name} » of {where}")
    rules = _RULES.get(cls)
    if rules is not None:
        rules(entity, where)


def _touchpoint_rules(t: domain.Touchpoint, where: str) -> None:
    if t.emotion is not None and not domain.EMOTION_MIN <= t.emotion <= domain.EMOTION_MAX:
        raise ValueError(f"the emotion of {where} is not between -2 and +2")
    if not 0 <= t.votes <= MAX_COUNT:
        raise ValueError(f"the votes of {where} are out of range")
    if t.color is not None and not _COLOR.fullmatch(t.color):
        raise ValueError(f"the colour of {where} is not a #rrggbb colour")
    if (t.channel_id is None) != (t.stage_id is None):
        raise ValueError(f"{where} is placed on a channel without a stage or the reverse")
    if t.interop and not _is_json_object(t.interop):
        raise ValueError(f"the fields from other tools of {where} are not a JSON object")


def _stage_rules(s: domain.Stage, where: str) -> None:
    if s.emotion is not None and not domain.EMOTION_MIN <= s.emotion <= domain.EMOTION_MAX:
        raise ValueError(f"the emotion of {where} is not between -2 and +2")


def _journey_rules(j: domain.Journey, where: str) -> None:
    unknown = set(j.lanes) - set(domain.LANES)
    if unknown or len(set(j.lanes)) != len(j.lanes):
        raise ValueError(f"the lanes of {where} are not known lane names")


def _is_json_object(text: str) -> bool:
    try:
        return isinstance(json.loads(text), dict)
    except (ValueError, RecursionError):
        return False


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
}
