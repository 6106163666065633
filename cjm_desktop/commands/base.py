"""The command protocol shared by every edit."""

from __future__ import annotations

from cjm_desktop.model.domain import ProjectState
from cjm_desktop.model.ops import Op
from cjm_desktop.storage.errors import EditRefused


class Command:
    """An edit. ``plan`` computes its operations against the current state, once; the
    document records them (``ops``) and their inverse (``inverse``), so undo and redo
    replay exactly what was written."""

    label = "Edit"

    def __init__(self) -> None:
        self.ops: list[Op] | None = None
        self.inverse: list[Op] | None = None

    def plan(self, state: ProjectState) -> list[Op]:
        raise NotImplementedError

    def merge_key(self) -> object | None:
        """Commands with the same non-None key may merge into one undo step."""
        return None

    def merge(self, later: Command) -> bool:
        """Absorb ``later`` (already applied after this one) if both edit the same thing."""
        key = self.merge_key()
        if key is None or key != later.merge_key() or later.ops is None:
            return False
        self.ops = later.ops  # sets the same fields of the same entities: its values are final
        return True


def require(condition: bool, message: str) -> None:
    """Refuse an edit with a user-readable reason (the project stays unchanged)."""
    if not condition:
        raise EditRefused(message)


def existing[E](entity: E | None, message: str) -> E:
    """``entity``, or refuse the edit with ``message`` when it does not exist (is ``None``)."""
    if entity is None:
        raise EditRefused(message)
    return entity
