"""Checks and shortcuts on a core ``Document``: exact snapshots (in memory and on disk), undo/redo
exactness, adding notes, and a command that puts prepared entities."""

from __future__ import annotations

import sqlite3

from cjm_desktop.commands import AddTouchpoints, Command
from cjm_desktop.document import COPY_NAME, Document
from cjm_desktop.model.ops import Put
from cjm_desktop.storage import reader


def snapshot(doc: Document) -> dict:
    return {"project": doc.state.project, **{cls: dict(t) for cls, t in doc.state.tables.items()}}


def on_disk(doc: Document) -> dict:
    """What the working copy holds right now, read back independently."""
    conn = sqlite3.connect(doc.folder / COPY_NAME)
    conn.text_factory = bytes
    try:
        state, _ = reader.read_state(conn)
    finally:
        conn.close()
    return {"project": state.project, **{cls: dict(t) for cls, t in state.tables.items()}}


def add(doc, journey_id, cell, *words, index=None) -> list[int]:
    """Add one note per word to ``cell`` in one command; returns the new note ids."""
    command = AddTouchpoints(journey_id, cell, texts=list(words), index=index)
    doc.execute(command)
    return command.created_ids


def assert_undo_redo_exact(doc: Document, command) -> None:
    """Apply ``command``; undo must restore the exact state, redo the exact result."""
    before = snapshot(doc)
    doc.execute(command)
    after = snapshot(doc)
    doc.undo(command)
    assert snapshot(doc) == before
    assert on_disk(doc) == before
    doc.redo(command)
    assert snapshot(doc) == after
    assert on_disk(doc) == after


class PutAll(Command):
    """A test-only command that puts prepared entities (personas, details, actions...)."""

    label = "Put"

    def __init__(self, *entities) -> None:
        super().__init__()
        self.entities = entities

    def plan(self, state):
        return [Put(e) for e in self.entities]
