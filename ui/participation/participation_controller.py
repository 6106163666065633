"""Participation from phones, seen from Qt: opens and closes the room and its HTTP server, and relays what the
phones do to the GUI thread.

Participation is off until the facilitator opens it, and it closes with the project (another project opened,
the project closed, the app quitting). Each opening makes a new ``Room`` (a new join token: the URL and the
QR code of a previous opening stop working) served by a ``ServerThread`` on the interface the facilitator
picked. The room calls ``on_change`` from the server's thread: it is re-posted here, and ``room_changed``
is emitted on the GUI thread, at most every ``REFRESH_MS`` (thirty phones sending notes do not redraw the dock
thirty times a second).

The core (``cjm_desktop.participation``, with aiohttp) is imported when participation first opens, never
before the first paint.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from ui.host.feature_host import FeatureHost
from ui.participation.qt_bridge import QtBridge
from ui.timer.timer_controller import TimerController

if TYPE_CHECKING:
    from collections.abc import Callable

    from cjm_desktop.participation.bridge import TimerView
    from cjm_desktop.participation.phone_view import Phone
    from cjm_desktop.participation.room import PendingNote, Room
    from cjm_desktop.participation.server import ServerThread

REFRESH_MS = 150  # at most this often, the dock follows the room
LOOPBACK = "127.0.0.1"


def interfaces() -> list[tuple[str, str]]:
    """The machine's IPv4 interfaces, (name, address), loopback included."""
    from cjm_desktop.participation.server import interfaces as listed  # with aiohttp: not for the first paint

    return listed()


def default_address(listed: list[tuple[str, str]]) -> str:
    """The room's side of the laptop: the first interface that is not the loopback, else 127.0.0.1."""
    return next((address for _name, address in listed if not address.startswith("127.")), LOOPBACK)


class ParticipationController(QObject):
    """The participation of the window ``host``: ``open(address, port) -> url``, ``close()``, and the room's
    participants and pending notes for the dock."""

    opened = Signal(str)  # the join URL
    closed = Signal()
    room_changed = Signal()  # participants, their counts or the pending notes changed (GUI thread)
    _room_poked = Signal()  # from the server's thread

    def __init__(self, host: FeatureHost, timer: TimerController | None = None,
                 face_down: Callable[[], bool] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent or host.parent_widget())
        self.host = host
        self.timer = timer
        self._face_down = face_down or (lambda: False)
        self.room: Room | None = None
        self.server: ServerThread | None = None
        self.bridge = QtBridge(host.controller, self._timer_view, self._face_down, parent=self)
        self.address = ""  # where the server listens (while open)
        self._refresh = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh.timeout.connect(self.room_changed)
        self._room_poked.connect(self._poked, Qt.ConnectionType.QueuedConnection)
        host.controller.document_replaced.connect(self.close)  # opened with a project, closed with it
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    # --- opening and closing ----------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.server is not None

    @property
    def url(self) -> str:
        """The join URL ("" while closed)."""
        return self.server.url if self.server is not None else ""

    def open(self, address: str = LOOPBACK, port: int = 0, moderated: bool = False) -> str:
        """Open participation on ``address:port`` (0: a free port) with a new join token; returns the join URL.
        Raises ``OSError`` when the address cannot be listened on (participation stays closed)."""
        if self.host.controller.doc is None:
            raise RuntimeError("participation needs an open project")
        self.close()
        from cjm_desktop.participation.room import Room  # with aiohttp: not needed for the first paint
        from cjm_desktop.participation.server import ServerThread

        self.bridge.reopen()
        room = Room(self.bridge, moderated=moderated)
        room.on_change = self._room_poked.emit  # called from the server's thread: queued to this one
        room.open()
        server = ServerThread(room, address, port)
        try:
            url = server.start()
        except BaseException:
            room.close()
            self.bridge.close()
            raise
        self.room, self.server, self.address = room, server, address
        self.opened.emit(url)
        self.room_changed.emit()
        return url

    def close(self) -> None:
        """Close participation: phones are refused from now on, the server stops (nothing when closed)."""
        room, server = self.room, self.server
        if room is None and server is None:
            return
        self.room = self.server = None
        self.address = ""
        self._refresh.stop()
        if room is not None:
            room.on_change = None
            room.close()
        self.bridge.close()  # requests waiting for this thread are refused: stopping never waits for itself
        if server is not None:
            server.stop()
        self.closed.emit()
        self.room_changed.emit()

    # --- the room, for the dock ------------------------------------------------------------------
    def participants(self) -> list[Phone]:
        return self.room.participants() if self.room is not None else []

    def pending(self) -> list[PendingNote]:
        return self.room.pending() if self.room is not None else []

    @property
    def moderated(self) -> bool:
        return self.room.moderated if self.room is not None else False

    def set_moderated(self, on: bool) -> None:
        if self.room is not None:
            self.room.moderated = bool(on)
            self.room_changed.emit()

    def notes_received(self) -> int:
        """The notes the phones of this opening put in the map."""
        return sum(phone.notes for phone in self.participants())

    def kick(self, key: str) -> None:
        """« Retirer »: this phone is refused from now on."""
        if self.room is not None:
            self.room.kick(key)
            self.room_changed.emit()

    def approve(self, pending_id: int) -> int | None:
        """Put a pending note in the map (one undo step); its note id."""
        if self.room is None:
            return None
        note_id = self.room.approve(pending_id)
        self.room_changed.emit()
        return note_id

    def reject(self, pending_id: int) -> None:
        if self.room is not None:
            self.room.reject(pending_id)
            self.room_changed.emit()

    # --- from the server's thread ---------------------------------------------------------------
    def _poked(self) -> None:
        if self.room is not None and not self._refresh.isActive():
            self._refresh.start()

    def _timer_view(self) -> TimerView | None:
        """The window's timer, as the phones see it (GUI thread)."""
        timer = self.timer
        step = timer.step if timer is not None else None
        if timer is None or step is None:
            return None
        remaining = timer.remaining
        seconds = math.ceil(remaining) if remaining > 0 else math.floor(remaining)
        return {"step_id": step.id, "remaining": int(seconds), "running": timer.running}
