"""The two primitive edits every command is made of, and the typed change they report.

A command plans a list of ``Put``/``Remove`` operations against the current state. The
document writes them in one transaction, applies them to its in-memory state, and derives
the ``Change`` from them, so that what is reported is exactly what was written. The
inverse of a list of operations is computed once, from the state they were applied to.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from cjm_desktop.model import domain
from cjm_desktop.model.domain import ProjectState


@dataclass(frozen=True, slots=True)
class Put:
    """Insert or replace one entity (matched by its type and id)."""

    entity: domain.Entity


@dataclass(frozen=True, slots=True)
class Remove:
    cls: type
    id: int


Op = Put | Remove


@dataclass(frozen=True)
class Change:
    """What one edit touched: for each entity type, the ids put or removed."""

    touched: dict[type, frozenset[int]] = field(default_factory=dict)
    # the notes and actions whose dots changed (a vote put or removed on them): their vote counts derive
    # from the votes, so the change names them
    voted: frozenset[tuple[type, int]] = frozenset()

    def ids(self, cls: type) -> frozenset[int]:
        return self.touched.get(cls, frozenset())

    def __contains__(self, cls: type) -> bool:
        return cls in self.touched

    @property
    def structure(self) -> bool:
        """True when the grid itself changed (journeys, stages or channels)."""
        return any(cls in self.touched for cls in (domain.Journey, domain.Stage, domain.Channel))

    @property
    def empty(self) -> bool:
        return not self.touched

    def voted_ids(self, cls: type) -> frozenset[int]:
        """The ids of the notes (``cls`` Touchpoint) or actions whose dots changed."""
        return frozenset(target_id for kind, target_id in self.voted if kind is cls)

    @staticmethod
    def of(ops: list[Op], before: ProjectState | None = None) -> Change:
        """What ``ops`` touched; with ``before`` (the state they apply to), also what their votes were on."""
        touched: dict[type, set[int]] = {}
        voted: set[tuple[type, int]] = set()
        for op in ops:
            cls, entity_id = (type(op.entity), op.entity.id) if isinstance(op, Put) else (op.cls, op.id)
            touched.setdefault(cls, set()).add(entity_id)
            if cls is domain.Vote:
                if isinstance(op, Put) and isinstance(op.entity, domain.Vote):
                    voted.add(op.entity.target)
                old = before.get(domain.Vote, entity_id) if before is not None else None
                if old is not None:
                    voted.add(old.target)
        return Change({cls: frozenset(ids) for cls, ids in touched.items()}, frozenset(voted))


def op_key(op: Op) -> tuple[type, int]:
    return (type(op.entity), op.entity.id) if isinstance(op, Put) else (op.cls, op.id)


def invert(ops: list[Op], state: ProjectState) -> list[Op]:
    """The operations that undo ``ops`` when applied after them (``state`` is before)."""
    overlay: dict[tuple[type, int], domain.Entity | None] = {}
    inverse: list[Op] = []
    for op in ops:
        key = op_key(op)
        before = overlay[key] if key in overlay else state.get(*key)
        inverse.append(Put(before) if before is not None else Remove(*key))
        overlay[key] = op.entity if isinstance(op, Put) else None
    inverse.reverse()
    return inverse


def apply_to_state(ops: list[Op], state: ProjectState) -> None:
    for op in ops:
        if isinstance(op, Put):
            state.put(op.entity)
        else:
            state.remove(op.cls, op.id)


# Fields that are view settings, not content: saved with the project, but never part of an undo step
# (undoing a rename must not bring back the lanes that were shown before it).
# The time a step of the agenda ran is recorded by the timer, never undone either.
VIEW_FIELDS: dict[type, tuple[str, ...]] = {domain.Journey: ("lanes",), domain.AgendaStep: ("spent", "status")}


def keep_view_fields(ops: list[Op], state: ProjectState) -> list[Op]:
    """``ops`` (an undo or redo) with the view fields of entities that exist now left as they are."""
    kept: list[Op] = []
    for op in ops:
        names = VIEW_FIELDS.get(type(op.entity), ()) if isinstance(op, Put) else ()
        current = state.get(type(op.entity), op.entity.id) if names and isinstance(op, Put) else None
        if isinstance(op, Put) and current is not None:
            op = Put(replace(op.entity, **{name: getattr(current, name) for name in names}))
        kept.append(op)
    return kept
