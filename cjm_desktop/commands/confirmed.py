"""Edits confirmed in a dialog (project sheet, persona editor): each OK is its own undo step."""

from __future__ import annotations

from .fields import EditEntity


class ConfirmedEdit(EditEntity):
    """Like ``EditEntity``, but never merged with the next edit of the same fields
    (merging is for typing; two OKs in a dialog are two decisions)."""

    def merge_key(self) -> object | None:
        return None
