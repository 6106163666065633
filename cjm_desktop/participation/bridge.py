"""The room's way to the document, which lives on another thread (no Qt), and the refusals the room answers with.

The HTTP server runs in its own thread; the document lives on *its* thread (the GUI thread in the app, a worker
thread in tests). Every read and write of the room goes through ``Bridge.call(work)``, which runs
``work(document)`` on the document's thread and hands back its result.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from typing import TYPE_CHECKING, Protocol, TypedDict, TypeVar

if TYPE_CHECKING:
    from cjm_desktop.commands.base import Command
    from cjm_desktop.document import Document

T = TypeVar("T")


class TimerView(TypedDict):
    """What the UI's timer says, read on the document's thread: ``timer_view() -> TimerView | None``.

    ``step_id``: the agenda step the timer is on (None: none); ``remaining``: whole seconds left (negative past
    the end); ``running``: the clock is moving. ``None`` instead of the dict: no timer at all (the room then
    shows the current step with its planned time left, not running).
    """

    step_id: int | None
    remaining: int
    running: bool


class Bridge(Protocol):
    """The room's way to the document, which lives on another thread.

    ``call`` may be called from any thread; the three others only by ``work`` on the document's thread (inside
    ``call``).
    """

    def call(self, work: Callable[[Document], T]) -> T:
        """Run ``work(document)`` on the document's own thread and return its result, or raise what it raised
        (``RoomClosed`` when no document is open). Called on the document's thread, it runs ``work`` inline."""
        ...

    def execute(self, command: Command, label: str) -> None:
        """Run ``command`` on the document (in the app: one undo step named ``label``); raise the ``CjmError``
        that refused it (nothing changed then)."""
        ...

    def timer_view(self) -> TimerView | None:
        """The timer as the room should see it (see ``TimerView``)."""
        ...

    def face_down(self) -> bool:
        """True when notes captured now go face down (the UI's « Face cachée » capture toggle)."""
        ...


class PostBridge:
    """A ``Bridge`` made of plain callables, for the app and the tests alike.

    ``post(job)`` must hand the zero-argument ``job`` to the document's thread, which runs it soon (the app: a
    queued Qt signal; tests: a worker thread's queue). ``document()`` returns the open document or None (called
    on that thread). ``execute(command, label)``, if given, runs a command as the app wants it (one undo step)
    and raises its refusal; by default ``document().execute(command)``. ``timer_view`` and ``face_down``: see
    ``Bridge`` (default: no timer, face up). ``thread``: the document's thread (default: the thread creating the
    bridge); ``call`` made on it runs inline instead of posting (no deadlock). ``timeout``: seconds ``call``
    waits for the document's thread to *start* the work before giving up with ``TimeoutError`` (the work is
    then never run).
    """

    def __init__(self, post: Callable[[Callable[[], None]], None], document: Callable[[], Document | None], *,
                 execute: Callable[[Command, str], None] | None = None,
                 timer_view: Callable[[], TimerView | None] | None = None,
                 face_down: Callable[[], bool] | None = None, thread: threading.Thread | None = None,
                 timeout: float = 10.0) -> None:
        self._post, self._document, self._execute = post, document, execute
        self._timer_view, self._face_down = timer_view, face_down
        self._thread = thread or threading.current_thread()
        self.timeout = timeout

    def call(self, work: Callable[[Document], T]) -> T:
        if threading.current_thread() is self._thread:
            return work(self._open_document())
        future: Future[T] = Future()

        def job() -> None:
            if not future.set_running_or_notify_cancel():
                return  # the caller gave up waiting: do nothing
            try:
                future.set_result(work(self._open_document()))
            except BaseException as error:  # noqa: BLE001 - handed to the caller, who raises it
                future.set_exception(error)

        self._post(job)
        try:
            return future.result(self.timeout)
        except TimeoutError:
            if future.cancel():
                raise
            return future.result()  # started just now: it finishes soon
        except CancelledError as error:  # pragma: no cover - only ``call`` cancels
            raise TimeoutError("the document's thread did not answer") from error

    def _open_document(self) -> Document:
        doc = self._document()
        if doc is None or doc.closed:
            raise RoomClosed("No project is open.")
        return doc

    def execute(self, command: Command, label: str) -> None:
        if self._execute is not None:
            self._execute(command, label)
        else:
            self._open_document().execute(command)

    def timer_view(self) -> TimerView | None:
        return self._timer_view() if self._timer_view is not None else None

    def face_down(self) -> bool:
        return self._face_down() if self._face_down is not None else False


class Refused(Exception):
    """A request the room turns down: ``status`` (HTTP code of the contract), a one-sentence ``message`` and a
    short machine ``code`` (the page translates by it)."""

    def __init__(self, status: int, message: str, code: str = "refused") -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


class RoomClosed(Refused):
    """Participation is closed (409), or no project is open."""

    def __init__(self, message: str = "Participation is closed.") -> None:
        super().__init__(409, message, "closed")
