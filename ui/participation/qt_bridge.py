"""The room's way to the document in the app: every read and write of the phones runs on the GUI thread.

The HTTP server answers in its own thread; the document, its undo stack and the map belong to the GUI thread.
``QtBridge.call(work)`` (from a server thread) wraps ``work`` with a ``concurrent.futures.Future`` and emits a
signal that Qt queues to the GUI thread; the slot runs ``work(document)`` there and sets the future's result
(or exception), while the server thread waits on the future, at most ``timeout`` seconds for it to start (then
``TimeoutError``: the phone is told to try again, 503, and the work never runs). Called on the GUI thread itself
(the room scanning the document when it opens, the facilitator approving a note), ``call`` runs ``work`` at once.

Inside ``work``, the room edits through ``execute``: a core command through ``DocumentController.execute``, one
undo step per phone note or dot. The command is planned once against the state first, so that a refusal is
raised to the room (and becomes the phone's one-sentence error) instead of a message box on the facilitator's
screen; only a failure of the disk reaches the facilitator, as for any edit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from cjm_desktop.commands.base import Command
from cjm_desktop.storage.errors import CjmError, EditRefused
from ui.document.document_controller import DocumentController

if TYPE_CHECKING:
    from cjm_desktop.document import Document
    from cjm_desktop.participation.bridge import TimerView

T = TypeVar("T")
TIMEOUT = 5.0  # seconds a phone's request waits for the GUI thread before it is told to try again
BUSY = "The facilitator's computer is busy: try again in a moment."
CLOSED = "Participation is closed."


class QtBridge(QObject):
    """A ``cjm_desktop.participation.room.Bridge`` over the GUI thread's ``controller``. ``timer_view`` and
    ``face_down`` read the window's timer and the capture's « Face cachée » toggle (on the GUI thread)."""

    posted = Signal(object)  # a (work, future) pair, for the GUI thread (emitted on the calling thread)

    def __init__(self, controller: DocumentController, timer_view: Callable[[], TimerView | None],
                 face_down: Callable[[], bool], timeout: float = TIMEOUT, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._timer_view, self._face_down = timer_view, face_down
        self.timeout = timeout
        self._lock = threading.Lock()
        self._waiting: set[Future[Any]] = set()
        self._closed = False
        self._gui_thread = threading.get_ident()  # built on the GUI thread, like every QObject of the window
        self.posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    # --- any thread ------------------------------------------------------------------------------------
    def call(self, work: Callable[[Document], T]) -> T:
        """Run ``work(document)`` on the GUI thread and return its result, or raise what it raised."""
        if threading.get_ident() == self._gui_thread:
            return work(self._document())
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise _closed()
            self._waiting.add(future)
        try:
            self.posted.emit((work, future))
            try:
                return future.result(self.timeout)
            except FutureTimeout:
                if future.cancel():  # not started: it never will (the server answers 503, « busy »)
                    raise TimeoutError(BUSY) from None
                return future.result()  # already running on the GUI thread: it ends soon
            except CancelledError:
                raise _closed() from None
        finally:
            with self._lock:
                self._waiting.discard(future)

    def close(self) -> None:
        """Refuse every call from now on, and every call waiting for the GUI thread (on the GUI thread: none
        of them is running, so a server being stopped never waits for the GUI thread that stops it)."""
        with self._lock:
            self._closed = True
            waiting, self._waiting = list(self._waiting), set()
        for future in waiting:
            if future.set_running_or_notify_cancel():
                future.set_exception(_closed())

    def reopen(self) -> None:
        """Accept calls again (participation opened anew)."""
        with self._lock:
            self._closed = False

    # --- the GUI thread ----------------------------------------------------------------------------------
    def _run(self, job: tuple[Callable[[Document], object], Future[object]]) -> None:
        work, future = job
        if future.done() or not future.set_running_or_notify_cancel():  # timed out, or closed, before its turn
            return
        try:
            result = work(self._document())
        except BaseException as error:  # noqa: BLE001 - handed to the waiting thread, which raises it
            future.set_exception(error)
        else:
            future.set_result(result)

    def _document(self) -> Document:
        doc = self.controller.doc
        if doc is None or doc.closed:
            raise _closed()
        return doc

    def execute(self, command: Command, label: str) -> None:
        """``command`` as one undo step named ``label``; raises its refusal (``EditRefused``), nothing changed."""
        doc = self._document()
        _check(command, doc)
        if not self.controller.execute(command, label):
            raise CjmError("The edit could not be written in the project.")

    def timer_view(self) -> TimerView | None:
        return self._timer_view()

    def face_down(self) -> bool:
        return self._face_down()


def _check(command: Command, doc: Document) -> None:
    """Plan ``command`` against the state without applying it: raises the refusal the document would."""
    from cjm_desktop.storage import codec  # loaded with the document already

    for op in command.plan(doc.state):
        entity = getattr(op, "entity", None)
        if entity is not None:
            try:
                codec.validate(entity)
            except ValueError as error:
                raise EditRefused(str(error)) from None


def _closed() -> Exception:
    from cjm_desktop.participation.bridge import RoomClosed  # with the room: never before participation opens

    return RoomClosed(CLOSED)
