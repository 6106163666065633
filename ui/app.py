"""Start the GUI: ``run_gui([])`` shows the start page, ``run_gui(["FILE.cjm"])`` opens a project.

Start-up is kept short by painting the window before anything it does not need is loaded
(docs/ARCHITECTURE.md, « Why some imports sit inside functions »). Right after the first paint,
``WarmUp`` loads the rest without freezing the window: SQLAlchemy and the document's writer (for
the first edit) in a background thread, qtawesome and the icons on the GUI thread, one short step
per turn of the event loop.

``main.py FILE.cjm --participation [--host H] [--port P]`` opens participation from phones once the window is
painted and prints ``participation: http://H:P/j/JOIN_TOKEN`` (``gui_options``, ``open_participation``).

``CJM_REPORT_FIRST_PAINT`` is a hook for the start-up test and ``tests/bench/bench_startup.py``. It
prints ``shown T`` at the main window's first show event and ``painted T`` once its first paint is
done (T: ``time.time()``, so that the parent process can subtract its own launch time). With ``1``,
the app then closes at once (nothing after the first paint runs). With ``stall``, the warm-up runs
as usual while a 5 ms timer watches the event loop: 2 s after the paint, the app prints
``stall MS`` (the longest gap between two ticks, in milliseconds), ``warmed T`` if the warm-up has
ended by then, and closes.

One app runs per user and data folder (``ui/single_instance.py``): ``main.py B.cjm`` while the app runs hands
``B.cjm`` to it and exits at once (status 0); the running app shows it in a window of its own (a window already
showing it comes to the front). ``CJM_REPORT_WINDOWS`` is that behaviour's test hook
(``tests/ui/test_single_instance.py``): the running app prints ``showing PATH`` each time one of its windows
shows a project (PATH resolved), and a launch that handed its files over prints ``handed over``.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.document.document_controller import import_writer
from ui.i18n import install_translators
from ui.single_instance import InstanceServer, Windows, hand_over
from ui.widgets.application import app_icon, make_app
from ui.widgets.icons import warm_up_steps
from ui.window.main_window import MainWindow

APP_NAME = "CJM Desktop"
REPORT = "CJM_REPORT_FIRST_PAINT"
REPORT_WINDOWS = "CJM_REPORT_WINDOWS"
WAIT_MS = 20  # how often the warm-up looks whether the background import has ended
STALL_TICK_MS, STALL_WATCH_MS = 5, 2000


class FirstPaint(QObject):
    """Calls ``then`` once, from the event loop, just after ``widget``'s first paint event."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then, self.done = then, False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


class WarmUp(QObject):
    """What the first paint does not need but the first minutes do, loaded right after it without
    freezing the window. SQLAlchemy and the writer are plain Python: a background thread imports them
    (the GUI thread keeps running meanwhile; an edit made before the import ends waits for it).
    qtawesome and the icons touch Qt, so they load on the GUI thread, one short step per turn of the
    event loop. ``finished_at`` (``time.time()``) once everything is loaded, just before ``then``
    is called; ``stop`` before the app ends."""

    def __init__(self, window: MainWindow, then: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.then = then
        self.finished_at: float | None = None
        self._thread = threading.Thread(target=_import_in_background, name="cjm-warm-up")
        self._steps = self._gui_steps()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._step)

    def start(self) -> None:
        """Begin: from now on, one step each time the event loop has handled what was waiting."""
        self._timer.start(0)

    @property
    def importing(self) -> bool:
        """True while the background thread imports SQLAlchemy and the writer."""
        return self._thread.is_alive()

    def stop(self) -> None:
        """Run no more steps, and wait for the background import (it cannot be interrupted, and
        ends within a second or so)."""
        self._timer.stop()
        if self._thread.ident is not None:
            self._thread.join()

    def _step(self) -> None:
        try:
            next(self._steps)
        except StopIteration:
            self._timer.stop()
            self.finished_at = time.time()
            if self.then is not None:
                self.then()

    def _gui_steps(self) -> Iterator[None]:
        yield from warm_up_steps()
        yield from self.window.icon_steps()
        yield  # the repaint that shows the icons
        # The background import starts only now: while it runs, each turn of the event loop waits a
        # little for Python's GIL, and the repaints above (the first ones with icons) would take 2-3×
        # longer. Each step above is short, and they all take ≈ 0.2 s.
        self._thread.start()
        self._timer.setInterval(WAIT_MS)  # from now on, only look from time to time
        while self.importing:
            yield
        self.window.controller.warm_up_writer()  # from now on, every document shown gets its writer at once


def _collect_garbage_again() -> None:
    """Turn the garbage collector back on, main.py having turned it off for the start-up and the
    warm-up. What they loaded lives as long as the app (modules, the window, the project), so it is
    frozen first, out of the collector's way: no collection has to walk through it again, neither
    now (≈ 60 ms in one go, that the window would feel) nor later. They leave almost no garbage
    (≈ 100 objects in cycles, kept by the freeze)."""
    gc.freeze()
    gc.enable()


def _import_in_background() -> None:
    with contextlib.suppress(Exception):  # the first edit imports it again, and reports what fails
        import_writer()


class StallWatch(QObject):
    """The longest gap between the ticks of a short timer: how long the event loop was kept busy."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._timer.start(STALL_TICK_MS)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now


class ShowReport(QObject):
    """Prints ``shown T`` at ``widget``'s first show event (the ``CJM_REPORT_FIRST_PAINT`` hook)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            print(f"shown {time.time():.6f}", flush=True)
        return False


@dataclass(frozen=True)
class GuiOptions:
    """What the GUI was asked: a project to open, and participation (``--participation [--host H] [--port P]``:
    ``host`` None for the first interface that is not the loopback, else 127.0.0.1; ``port`` 0 for a free one)."""

    path: Path | None = None
    participation: bool = False
    host: str | None = None
    port: int = 0


def gui_options(argv: list[str]) -> GuiOptions:
    """``[FILE.cjm] [--participation [--host H] [--port P]]``; a wrong option exits with status 2 (argparse)."""
    if not any(arg.startswith("-") for arg in argv):
        return GuiOptions(Path(argv[0]) if argv else None)
    import argparse  # only with options

    parser = argparse.ArgumentParser(prog="cjm", description="Open a project with participation from phones open.")
    parser.add_argument("path", type=Path, help="the project (.cjm)")
    parser.add_argument("--participation", action="store_true", help="open participation from phones")
    parser.add_argument("--host", help="the address to listen on (default: the room's network, else 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="the port to listen on (default 0: a free port)")
    args = parser.parse_args(argv)
    if not 0 <= args.port <= 65535:
        parser.error("--port takes a number from 0 to 65535")
    return GuiOptions(args.path, args.participation, args.host, args.port)


def run_gui(argv: list[str]) -> int:
    """Show the main window (opening the project of ``argv`` if given) and run the event loop; with
    ``--participation``, open participation once the window is painted (see ``open_participation``)."""
    options = gui_options(argv)
    app = make_app([str(options.path)] if options.path else [])
    single = not options.participation  # participation runs an app of its own, on its address
    if single and hand_over([options.path] if options.path else []):
        if os.environ.get(REPORT_WINDOWS):
            print("handed over", flush=True)
        return 0
    translators = install_translators(app)  # noqa: F841 - kept alive with the app
    windows = Windows(_make_window)
    window = windows.add(_make_window(options.path))
    app.installEventFilter(windows)  # macOS's FileOpen
    server = InstanceServer(parent=app)
    if single and server.listen():
        server.paths_received.connect(windows.open_paths)
    windows.window_opened.connect(lambda new: QTimer.singleShot(0, new, new.load_icons))  # after its first paint
    warm_ups: list[WarmUp] = []

    def painted() -> None:
        app.setWindowIcon(app_icon())
        if options.participation:
            open_participation(window, app, options.host, options.port)
        warm_ups.append(after_first_paint(window, app))

    FirstPaint(window, painted)
    if os.environ.get(REPORT):
        ShowReport(window)
    window.show()
    status = app.exec()
    for warm_up in warm_ups:
        warm_up.stop()
    return status


def _make_window(path: Path | None) -> MainWindow:
    window = MainWindow(path=path)
    if os.environ.get(REPORT_WINDOWS):
        report = partial(_report_showing, window)
        window.controller.document_replaced.connect(report)
        report()
    return window


def _report_showing(window: MainWindow) -> None:
    doc = window.controller.doc
    if doc is not None and doc.path is not None:
        print(f"showing {Path(doc.path).resolve()}", flush=True)


def open_participation(window: MainWindow, app: QApplication, host: str | None, port: int) -> bool:
    """``--participation``: open it on ``host:port`` and print one line, ``participation: URL``. Without a
    project, or when the address cannot be listened on, print an ``error:`` line on stderr and end with status 2."""
    if window.controller.doc is None:
        return _fail(app, "participation needs a project, and none could be opened")
    from ui.participation.participation_controller import default_address, interfaces  # with aiohttp: after the paint

    address = host or default_address(interfaces())
    try:
        url = window.participation.participation.open(address, port)
    except OSError as error:
        return _fail(app, f"participation could not listen on {address} port {port} ({error.strerror or error})")
    window.participation.set_wanted(True)
    print(f"participation: {url}", flush=True)
    return True


def _fail(app: QApplication, sentence: str) -> bool:
    print(f"error: {sentence}", file=sys.stderr, flush=True)
    app.exit(2)
    return False


def after_first_paint(window: MainWindow, app: QApplication) -> WarmUp:
    """Start loading what the first paint did not need (see ``WarmUp``); return the warm-up. The
    garbage collector is back on once it ends. (With ``CJM_REPORT_FIRST_PAINT``: report, see above.)"""
    warm_up = WarmUp(window, then=_collect_garbage_again)
    report = os.environ.get(REPORT)
    if report:
        print(f"painted {time.time():.6f}", flush=True)
        if report != "stall":
            _close(window, app)
            return warm_up
        watch = StallWatch(window)
        QTimer.singleShot(STALL_WATCH_MS, lambda: _report_stall(watch, warm_up, app))
    warm_up.start()
    return warm_up


def _report_stall(watch: StallWatch, warm_up: WarmUp, app: QApplication) -> None:
    print(f"stall {watch.longest * 1000:.1f}", flush=True)
    if warm_up.finished_at is not None:
        print(f"warmed {warm_up.finished_at:.6f}", flush=True)
    _close(warm_up.window, app)


def _close(window: MainWindow, app: QApplication) -> None:
    window.close()
    app.quit()
