"""The open document, seen from Qt: undo stack, autosave and backup timers, errors as signals."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from cjm_desktop.commands import Command
from cjm_desktop.document import Document
from cjm_desktop.model.ops import Change
from cjm_desktop.paths import default_data_dir
from cjm_desktop.storage.errors import CjmError, OpenElsewhere
from cjm_desktop.storage.working import WorkingStore
from ui.document.messages import explain, explain_failed_edit, explain_save_failure, explain_unexpected
from ui.document.undo import CoreCommand
from ui.i18n import language
from ui.widgets.prompts import OpenChoice

BACKUP_INTERVAL_MS = 10 * 60 * 1000
_WRITER_IMPORTED = threading.Event()  # set once import_writer has imported the writer's module


def import_writer() -> None:
    """Import what the first edit needs: the document's writer, with SQLAlchemy and SQLModel (≈ 0.7 s).
    That is plain Python without Qt, so it may run in a background thread: the GUI thread keeps
    running meanwhile, and an edit made before it ends waits for it (Python's import lock)."""
    import cjm_desktop.storage.writer  # noqa: F401 - not needed for the first paint: warmed up after it

    _WRITER_IMPORTED.set()


# Asked when a project someone else has open is opened: (the error naming who and since when) -> choice
AskOpenElsewhere = Callable[[OpenElsewhere], OpenChoice]
# Asked when the project cannot be saved before it closes: (sentence, details) -> True to close all
# the same (the edits stay in the working copy and come back at the next opening)
AskCloseUnsaved = Callable[[str, str], bool]


class DocumentController(QObject):
    """Owns the current ``Document``; the window listens to its signals."""

    document_replaced = Signal()  # a document was opened, created or closed
    changed = Signal(object)  # a Change from the core
    saved_state_changed = Signal()  # saved / unsaved may have flipped
    failed = Signal(str, str)  # (sentence, details) for the user
    save_failed = Signal(str, str)  # (sentence, details): saving failed; Save As may help
    other_version_kept = Signal(object)  # Path: the file changed elsewhere; that version was kept there

    def __init__(self, store: WorkingStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store or WorkingStore(default_data_dir())
        self.doc: Document | None = None
        self._clean_is_saved = True  # the undo stack's clean state is what the file holds
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(lambda _index: self.saved_state_changed.emit())
        self.undo_stack.cleanChanged.connect(lambda _clean: self.saved_state_changed.emit())
        self._autosave = QTimer(self, singleShot=True)
        self._autosave.timeout.connect(self._autosave_now)
        self._backup = QTimer(self, interval=BACKUP_INTERVAL_MS)
        self._backup.timeout.connect(self._backup_now)
        self._realign: Callable[[], None] | None = None  # after a failed undo or redo (see CoreCommand)
        self.undo_stack.indexChanged.connect(self._realign_stack)
        self.ask_open_elsewhere: AskOpenElsewhere = lambda _error: OpenChoice.CANCEL
        self.ask_close_unsaved: AskCloseUnsaved = lambda _sentence, _details: False

    # --- lifecycle ----------------------------------------------------------------
    def new_from_template(self, template_id: str, title: str = "") -> bool:
        from cjm_desktop.commands.new_project import new_project_ops  # not needed to open a file: keep start-up short

        if not self.close():
            return False
        return self._adopt(lambda: Document.new(self.store, new_project_ops(title, template_id, language=language())))

    def open(self, path: Path) -> bool:
        """Open a project; on failure the user is told why and the current one stays open."""
        if self.doc is not None and self.doc.path == Path(path).resolve():
            return True
        try:
            doc = self._open_document(Path(path))
        except CjmError as error:
            self.failed.emit(*explain(error))
            return False
        except Exception as error:  # noqa: BLE001 - a bug must not take the open project down with it
            self.failed.emit(*explain_unexpected(error))
            return False
        if doc is None:
            return False
        if not self.close():
            doc.close(save=False)
            return False
        return self._adopt(lambda: doc)

    def _open_document(self, path: Path) -> Document | None:
        """Open ``path``, asking what to do when someone else has it open (None: the user said no)."""
        try:
            return Document.open(self.store, path)
        except OpenElsewhere as error:
            choice = self.ask_open_elsewhere(error)
        if choice is OpenChoice.CANCEL:
            return None
        return Document.open(self.store, path, read_only=choice is OpenChoice.READ_ONLY,
                             even_if_open_elsewhere=True)

    def resume(self, folder: Path) -> bool:
        """Reopen a never-saved project left by a closed or crashed window."""
        if not self.close():
            return False
        return self._adopt(lambda: Document.resume_untitled(self.store, Path(folder)))

    def _adopt(self, make) -> bool:
        try:
            self.doc = make()
        except CjmError as error:
            self.failed.emit(*explain(error))
            return False
        self.undo_stack.clear()
        self._clean_is_saved = not self.doc.modified
        self._backup.start()
        self.document_replaced.emit()
        return True

    def save(self, path: Path | None = None) -> bool:
        if self.doc is None:
            return False
        try:
            report = self.doc.save(path, other_version_label=self.tr("other version"))
        except CjmError as error:
            self.save_failed.emit(*explain_save_failure(error))
            return False
        if report.other_version is not None:
            self.other_version_kept.emit(report.other_version)
        self._clean_is_saved = True
        self.undo_stack.setClean()
        self.saved_state_changed.emit()
        return True

    def revert_to_saved(self) -> bool:
        """Drop unsaved edits (kept as a backup) and reload the saved file."""
        if self.doc is None or self.doc.path is None:
            return False
        try:
            self.doc = self.doc.reopen_saved()
        except CjmError as error:
            self.failed.emit(*explain(error))
            return False
        self.undo_stack.clear()
        self._clean_is_saved = True
        self.document_replaced.emit()
        return True

    @property
    def unsaved(self) -> bool:
        """True when the file lacks edits the user made: what ``[*]`` in the title shows.
        Undoing back to the saved state counts as saved, like in every editor."""
        if self.doc is None:
            return False
        if self.doc.path is not None and self._clean_is_saved and self.undo_stack.isClean():
            return False
        return self.doc.modified

    def close(self) -> bool:
        """Close the current document, saving it first if it has a file. When that save fails the
        user is asked (``ask_close_unsaved``): close all the same, the edits kept in the working copy
        for the next opening, or not. False when the document stays open."""
        if self.doc is None:
            return True
        try:
            self.doc.close(save=True)
        except CjmError as error:
            sentence, details = explain_save_failure(error)
            if not self.ask_close_unsaved(sentence, details):
                self.save_failed.emit(sentence, details)
                return False
            if not self.doc.closed:
                self.doc.close(save=False)  # the working copy keeps the edits: the next opening restores them
        self.doc = None
        self._autosave.stop()
        self._backup.stop()
        self.undo_stack.clear()
        self.document_replaced.emit()
        return True

    def warm_up_writer(self) -> None:
        """Open the document's writer before the first edit needs it, once ``import_writer`` has imported
        its module: this never imports SQLAlchemy on the GUI thread (until then it does nothing, and
        the first edit opens the writer itself)."""
        if self.doc is not None and not self.doc.closed and _WRITER_IMPORTED.is_set():
            self.doc.writer  # noqa: B018 - the property does the work

    # --- editing ------------------------------------------------------------------
    def execute(self, command: Command, text: str) -> bool:
        """Run a core command as one undo step (through the adapter). A refused edit is
        reported and leaves both the document and the undo stack unchanged."""
        if self.doc is None:
            return False
        adapter = CoreCommand(self.doc, command, text, self._on_change, self._on_error, self._on_realign)
        self.undo_stack.push(adapter)  # calls adapter.redo(), which executes the command
        return not adapter.failed

    def set_view(self, command: Command) -> bool:
        """Apply a view setting (the lanes a journey shows): saved with the project, but not an
        undo step — Édition › Annuler undoes edits of the content only."""
        if self.doc is None:
            return False
        try:
            change = self.doc.execute(command)
        except Exception as error:  # noqa: BLE001 - refused, not written, or a bug: nothing changed
            self._on_error(error)
            return False
        if not change.empty:
            self._clean_is_saved = False  # the file lacks it until the next save, whatever the undo stack says
        self._on_change(change)
        return True

    def _on_error(self, error: Exception) -> None:
        if isinstance(error, CjmError):
            self.failed.emit(*explain(error))
        else:  # a bug: the document is unchanged, the user is told, the app goes on
            self.failed.emit(*explain_failed_edit(error))

    def _on_realign(self, forward: bool) -> None:
        """A failed undo (or redo) changed nothing: move the stack back once it has moved."""
        self._realign = self.undo_stack.redo if forward else self.undo_stack.undo

    def _realign_stack(self, _index: int) -> None:
        if self._realign is not None:
            realign, self._realign = self._realign, None
            realign()

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)
        self.saved_state_changed.emit()
        delay = self.doc.autosave_delay() if self.doc else None
        if delay is not None:
            self._autosave.start(int(delay * 1000))

    def _autosave_now(self) -> None:
        if self.doc is None:
            return
        delay = self.doc.autosave_delay()
        if delay is None:
            return
        if delay > 0:
            self._autosave.start(int(delay * 1000))
            return
        self.save()

    def _backup_now(self) -> None:
        if self.doc is not None and self.doc.modified:
            try:
                self.doc.backup()
            except CjmError as error:
                self.failed.emit(*explain(error))
