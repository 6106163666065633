"""A file read in bulk fills the state with ``put_new``, one pass per table: the state it gives is the one
``put``, entity by entity, gives — tables and every index (notes by journey and cell, emotions, dots)."""

from __future__ import annotations

from cjm_desktop.model.domain import ENTITY_TYPES, Project, ProjectState, Vote
from tests.support.big_files import grid_entities


def by_put(entities: list) -> ProjectState:
    state = ProjectState()
    for entity in entities:
        state.put(entity)
    return state


def by_put_new(entities: list) -> ProjectState:
    state = ProjectState()
    for cls in ENTITY_TYPES:
        if cls is Project:
            state.project = next(e for e in entities if isinstance(e, Project))
        else:
            state.put_new(cls, [e for e in entities if type(e) is cls])
    return state


def test_put_new_gives_the_state_put_gives_indexes_included():
    entities = grid_entities(6, 4, 300)
    entities += [Vote(1000 + i, 1, None, 1 + i % 50, None, 1 + i % 3) for i in range(200)]  # more dots, one session
    one, bulk = by_put(entities), by_put_new(entities)
    assert bulk.tables == one.tables
    for name in ("_by_journey", "_by_cell", "_emotions", "_dots", "_session_dots", "_session_votes"):
        assert getattr(bulk, name) == getattr(one, name), name
