"""Every edit the UI or the CLI can make, as a command the document applies and reverts."""

from cjm_desktop.commands.base import Command
from cjm_desktop.commands.fields import EditEntity
from cjm_desktop.commands.journeys import AddJourney, DeleteJourney
from cjm_desktop.commands.structure import PARKING, AddAxisItem, DeleteAxisItem, MoveAxisItem
from cjm_desktop.commands.touchpoints import (
    AddTouchpoints,
    DeleteTouchpoints,
    DuplicateTouchpoints,
    EditTouchpoints,
    MarkTouchpoints,
    MoveTouchpoints,
    StepTouchpoints,
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
    "MarkTouchpoints",
    "MoveAxisItem",
    "MoveTouchpoints",
    "StepTouchpoints",
]
