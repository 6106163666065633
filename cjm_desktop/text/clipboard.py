"""Notes on the clipboard, as data (no Qt): copied notes travel as JSON with every field a
note carries (so a paste in another journey or another window keeps them), plus plain text
for other applications; plain text pasted from elsewhere becomes one note per line.

Whatever is pasted comes from outside: it is decoded with the same rules and limits as a
file (``storage.codec``), and anything malformed is refused with ``ValueError``.
"""

from __future__ import annotations

import json
import re

from cjm_desktop.model import limits
from cjm_desktop.model.domain import Touchpoint
from cjm_desktop.storage import codec

MIME_TYPE = "application/x-cjm-notes"
MAX_NOTES = 5_000
MAX_BYTES = 20 * 1024 * 1024
# What a note carries from one place to another (its place and identity are the paste's).
CARRIED = (
    "text", "evaluation", "moment_of_truth", "emotion", "departments", "comment", "color", "interop",
    "negative_impact", "solutions", "author",
)
# Carried fields added after the first release: clipboards of older versions lack them.
_LATER = ("interop", "negative_impact", "solutions", "author")
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪►]|\d+[.)])\s+")


def encode_notes(notes: list[Touchpoint]) -> str:
    """The JSON put on the clipboard for ``notes`` (in the given order)."""
    records = []
    for note in notes:
        record = codec.encode(note)
        records.append({name: record[name] for name in CARRIED})
    return json.dumps({"cjm_notes": 1, "notes": records}, ensure_ascii=False)


def decode_notes(data: str | bytes) -> list[Touchpoint]:
    """Prototype notes (id 0, no journey, no cell) from ``encode_notes`` output."""
    if len(data) > MAX_BYTES:
        raise ValueError("too much data on the clipboard")
    try:
        payload = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise ValueError("the clipboard does not hold notes") from None
    records = payload.get("notes") if isinstance(payload, dict) else None
    if not isinstance(records, list) or not records or len(records) > MAX_NOTES:
        raise ValueError("the clipboard does not hold notes")
    notes: list[Touchpoint] = []
    for record in records:
        if not isinstance(record, dict):
            raise ValueError("the clipboard does not hold notes")
        full: dict[str, object] = {spec.name: None for spec in codec.SPECS[Touchpoint]}
        full.update({name: record.get(name) for name in CARRIED}, id=0, journey_id=0, position=0,
                    created_at="", updated_at="")
        full.update({name: record.get(name, "") for name in _LATER})
        full["hidden"] = 0  # a pasted note is face up (an SQL record: 0 is no)
        notes.append(codec.decode(Touchpoint, full))
    return notes


def plain_text(notes: list[Touchpoint]) -> str:
    """The notes as text for other applications: one line per note."""
    return "\n".join(" ".join(note.text.split()) for note in notes)


def lines_to_texts(text: str) -> list[str]:
    """One note text per non-empty line of ``text`` (list bullets and numbers removed)."""
    texts = [_BULLET.sub("", line).strip() for line in text.splitlines()]
    return [t[: limits.LONG_TEXT] for t in texts if t][:MAX_NOTES]
