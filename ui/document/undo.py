"""The one QUndoCommand adapter around every core command.

``redo()`` executes the core command the first time (the core plans it against the current
state), then replays it; ``undo()`` reverts it; ``mergeWith`` asks the core whether two edits
are one gesture (typing, nudges). A command the core refuses, or one that changes nothing,
marks itself obsolete, so ``QUndoStack.push`` drops it: it never becomes an undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from cjm_desktop.commands import Command
from cjm_desktop.document import Document
from cjm_desktop.model.ops import Change
from cjm_desktop.storage.errors import CjmError

MERGE_ID = 1  # every adapter shares it; the core's merge_key decides what really merges


class CoreCommand(QUndoCommand):
    """Adapts ``command`` on ``doc``; reports every change (or failure) through callbacks."""

    def __init__(
        self,
        doc: Document,
        command: Command,
        text: str,
        on_change: Callable[[Change], None],
        on_error: Callable[[CjmError], None],
    ) -> None:
        super().__init__(text)
        self.doc, self.command = doc, command
        self.on_change, self.on_error = on_change, on_error
        self.failed = False

    def redo(self) -> None:
        first_time = self.command.ops is None
        self._run(lambda: self.doc.execute(self.command) if first_time else self.doc.redo(self.command))
        if first_time and not self.command.ops:
            self.setObsolete(True)  # changed nothing: not an undo step

    def undo(self) -> None:
        self._run(lambda: self.doc.undo(self.command))

    def _run(self, step: Callable[[], Change]) -> None:
        try:
            change = step()
        except CjmError as error:  # refused or not written: the document is unchanged
            self.failed = True
            self.setObsolete(True)
            self.on_error(error)
            return
        self.on_change(change)

    def id(self) -> int:
        return MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        return isinstance(other, CoreCommand) and not other.failed and self.command.merge(other.command)
