"""Start the GUI: ``run_gui([])`` shows the start page, ``run_gui(["FILE.cjm"])`` opens a project.

Start-up is kept short by painting the window before anything it does not need is loaded
(docs/ARCHITECTURE.md, « Why some imports sit inside functions »). Right after the first paint,
``WarmUp`` loads the rest without freezing the window: SQLAlchemy and the document's writer (for
the first edit) in a background thread, qtawesome and the icons on the GUI thread, one short step
per turn of the event loop.

``CJM_REPORT_FIRST_PAINT`` is a hook for the start-up test and ``tests/bench/bench_startup.py``. It
prints ``shown T`` at the main window's first show event and ``painted T`` once its first paint is
done (T: ``time.time()``, so that the parent process can subtract its own launch time). With ``1``,
the app then closes at once (nothing after the first paint runs). With ``stall``, the warm-up runs
as usual while a 5 ms timer watches the event loop: 2 s after the paint, the app prints
``stall MS`` (the longest gap between two ticks, in milliseconds), ``warmed T`` if the warm-up has
ended by then, and closes.
"""

from __future__ import annotations

import contextlib
import gc
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.document.document_controller import import_writer
from ui.i18n import install_translators
from ui.widgets.application import make_app
from ui.widgets.icons import warm_up_steps
from ui.window.main_window import MainWindow

APP_NAME = "CJM Desktop"
REPORT = "CJM_REPORT_FIRST_PAINT"
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


def run_gui(argv: list[str]) -> int:
    """Show the main window (opening ``argv[0]`` if given) and run the event loop."""
    app = make_app(argv)
    translators = install_translators(app)  # noqa: F841 - kept alive with the app
    window = MainWindow(path=Path(argv[0]) if argv else None)
    warm_ups: list[WarmUp] = []
    FirstPaint(window, lambda: warm_ups.append(after_first_paint(window, app)))
    if os.environ.get(REPORT):
        ShowReport(window)
    window.show()
    status = app.exec()
    for warm_up in warm_ups:
        warm_up.stop()
    return status


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
