"""One running app per user (and data folder): a second launch hands its files to the first and exits.

The running app listens on a ``QLocalServer`` whose name derives from the user and the data folder
(``server_name``): two users, or two apps with their own ``CJM_DATA_DIR`` (tests), never meet. A second
``cjm B.cjm`` connects, writes one line of JSON (the absolute paths it was given; none: bring a window to the
front), waits for ``ok`` and exits (``hand_over``). Nothing listens? It becomes the running app. A socket left
by a crashed app is removed before listening again.

``Windows`` keeps the app's main windows alive: a path handed over (or macOS's ``QEvent.FileOpen``, seen by an
event filter on the application) opens in a new window, unless a window already shows it, which comes to the
front.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from cjm_desktop.paths import default_data_dir
from ui.window.main_window import MainWindow

CONNECT_MS = 500  # a running app answers at once; a socket nobody listens on fails at once
ANSWER_MS = 2500  # the running app acknowledges once it has read the paths (within the 3 s a launch may take)
OK = b"ok\n"


def server_name(data_dir: Path | None = None) -> str:
    """The local socket's name: per user and per data folder, short enough for any platform."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor the password database
        user = "user"
    folder = str((data_dir or default_data_dir()).resolve())
    return "cjm-desktop-" + hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]


def hand_over(paths: list[Path], name: str | None = None) -> bool:
    """Give ``paths`` to the running app; True once it has taken them (this launch should exit), False when no
    app runs (or it did not answer in time: this launch then runs on its own)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = json.dumps([str(Path(p).resolve()) for p in paths]).encode() + b"\n"
    socket.write(message)
    while socket.bytesToWrite() and socket.waitForBytesWritten(CONNECT_MS):
        pass
    answered = not socket.bytesToWrite() and _read_answer(socket)
    socket.disconnectFromServer()
    return answered


def _read_answer(socket: QLocalSocket) -> bool:
    data = b""
    while not data.endswith(b"\n"):
        if not socket.waitForReadyRead(ANSWER_MS):
            return False
        data += bytes(socket.readAll().data())
    return data == OK


class InstanceServer(QObject):
    """Listens for later launches; ``paths_received(list[Path])`` for each (an empty list: just show up)."""

    paths_received = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        # No socket options: with them, Qt binds elsewhere then renames over the name, taking it from a running
        # app. Without, the socket follows the umask: only its user may write to (connect to) it.
        self.server.newConnection.connect(self._connected)

    def listen(self) -> bool:
        """Start listening (removing a socket a crashed app left); False when another app took the name."""
        if self.server.listen(self.name):
            return True
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_MS):  # a live app: leave its socket alone
            probe.abort()
            return False
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket, buffer)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if len(buffer) > 1 << 20:  # a local client, but still: no endless line
            socket.abort()
            return
        if not buffer.endswith(b"\n"):
            return
        try:
            paths = [Path(p) for p in json.loads(bytes(buffer)) if isinstance(p, str)]
        except (ValueError, TypeError):
            socket.abort()
            return
        buffer.clear()
        socket.write(OK)
        socket.flush()
        self.paths_received.emit(paths)


class Windows(QObject):
    """The app's main windows, kept alive in a list; ``open`` shows a project in its window or a new one.
    Installed as an event filter on the application, it opens the files macOS hands over (``FileOpen``)."""

    window_opened = Signal(object)  # a new MainWindow, just shown

    def __init__(self, make_window: Callable[[Path | None], MainWindow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.make_window = make_window
        self.windows: list[MainWindow] = []

    def add(self, window: MainWindow) -> MainWindow:
        """Keep ``window`` (until it is destroyed)."""
        self.windows.append(window)
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))
        return window

    def _forget(self, window: MainWindow) -> None:
        self.windows = [w for w in self.windows if w is not window]

    def showing(self, path: Path) -> MainWindow | None:
        """The window whose project is ``path`` (by its resolved path), if any."""
        target = Path(path).resolve()
        for window in self.windows:
            doc = window.controller.doc
            if doc is not None and doc.path is not None and Path(doc.path).resolve() == target:
                return window
        return None

    def open_paths(self, paths: list[Path]) -> None:
        """Each path in its window (brought to the front) or a new one; none: the last window to the front."""
        if not paths and self.windows:
            bring_to_front(self.windows[-1])
        for path in paths:
            self.open(path)

    def open(self, path: Path) -> MainWindow:
        if (window := self.showing(path)) is not None:
            bring_to_front(window)
            return window
        idle = next((w for w in self.windows if w.controller.doc is None and w.isVisible()), None)
        if idle is not None and idle.open_path(Path(path)):  # the start page becomes the project
            bring_to_front(idle)
            return idle
        window = self.add(self.make_window(Path(path)))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        bring_to_front(window)
        self.window_opened.emit(window)
        return window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.open(Path(event.file()))
            return True
        return False


def bring_to_front(window: MainWindow) -> None:
    """Show ``window`` un-minimised, raised and active (as far as the window manager lets an app)."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.alert(window)
