"""Every edit the UI or the CLI can make, as a command the document applies and reverts."""

from .base import Command
from .fields import EditEntity
from .journeys import AddJourney, DeleteJourney
from .structure import PARKING, AddAxisItem, DeleteAxisItem, MoveAxisItem
from .touchpoints import (
    AddTouchpoints,
    DeleteTouchpoints,
    DuplicateTouchpoints,
    EditTouchpoints,
    MoveTouchpoints,
)

__all__ = [
    "PARKING",
    "AddAxisItem",
    "AddJourney",
    "AddTouchpoints",
    "Command",
    "DeleteAxisItem",
    "DeleteJourney",
    "DeleteTouchpoints",
    "DuplicateTouchpoints",
    "EditEntity",
    "EditTouchpoints",
    "MoveAxisItem",
    "MoveTouchpoints",
]
