"""The command protocol shared by every edit."""

from __future__ import annotations

from cjm_desktop.model.domain import ProjectState, Stage
from cjm_desktop.model.limits import MAX_CHANNELS, MAX_STAGES, PROJECT_LIMITS
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


def require_room(state: ProjectState, cls: type, added: int = 1) -> None:
    """Refuse an edit that would add ``added`` entities of ``cls`` (notes, journeys, personas…) past the
    project's limits (``model.limits.PROJECT_LIMITS``)."""
    limit, what = PROJECT_LIMITS[cls]
    require(added <= 0 or len(state.of(cls)) + added <= limit, f"a project holds at most {limit:,} {what}")


def require_lines(cls: type, count: int) -> None:
    """Refuse a journey of ``count`` stages (``cls`` is ``Stage``) or channels past the limits."""
    limit, what = (MAX_STAGES, "stages") if cls is Stage else (MAX_CHANNELS, "channels")
    require(count <= limit, f"a journey holds at most {limit} {what}")

