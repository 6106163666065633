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
from ui.widgets.plain_text import mnemonic_safe

MERGE_ID = 1  # every adapter shares it; the core's merge_key decides what really merges


class CoreCommand(QUndoCommand):
    """Adapts ``command`` on ``doc``; reports every change (or failure) through callbacks.

    A failure never leaves the undo stack out of step with the document: the first run of a
    refused command makes it obsolete (``push`` drops it); a failed undo or redo asks
    ``on_realign`` to move the stack back (the document did not change), and the stack's call
    that realigns is skipped here."""

    def __init__(
        self,
        doc: Document,
        command: Command,
        text: str,
        on_change: Callable[[Change], None],
        on_error: Callable[[Exception], None],
        on_realign: Callable[[bool], None],
    ) -> None:
        one_line = text.replace("\n", " ")
        # « text\nmenu text »: the undo menu shows the part after the newline, where a name's « & »
        # must not become a shortcut letter
        super().__init__(f"{one_line}\n{mnemonic_safe(one_line)}")
        self.doc, self.command = doc, command
        self.on_change, self.on_error, self.on_realign = on_change, on_error, on_realign
        self.failed = False
        self._skip_next = False  # the stack's realigning call: the document is already right

    def redo(self) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        first_time = self.command.ops is None
        done = self._run(lambda: self.doc.execute(self.command) if first_time else self.doc.redo(self.command))
        if first_time and (not done or not self.command.ops):
            self.failed = not done
            self.setObsolete(True)  # refused, or changed nothing: not an undo step
        elif not done:
            self._realign(forward=False)

    def undo(self) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        if not self._run(lambda: self.doc.undo(self.command)):
            self._realign(forward=True)

    def _realign(self, forward: bool) -> None:
        """The stack is about to record a step the document did not take: undo (or redo) it again,
        this call skipped."""
        self._skip_next = True
        self.on_realign(forward)

    def _run(self, step: Callable[[], Change]) -> bool:
        try:
            change = step()
        except Exception as error:  # noqa: BLE001 - refused, not written, or a bug: the document is unchanged
            self.on_error(error)
            return False
        self.on_change(change)
        return True

    def id(self) -> int:
        return MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        return isinstance(other, CoreCommand) and not other.failed and self.command.merge(other.command)
