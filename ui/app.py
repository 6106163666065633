"""Start the GUI: ``run_gui([])`` shows the start page, ``run_gui(["FILE.cjm"])`` opens a project.

Start-up is kept short by showing the window before anything slow: qtawesome (≈ 0.3 s to
import) and SQLAlchemy (needed by the first edit, via ``Document.writer``) are loaded right
after the first paint. ``CJM_REPORT_FIRST_PAINT=1`` prints ``painted SECONDS`` at the first
paint and quits (used by the start-up test and ``tests/bench/bench_startup.py``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.i18n import install_translators
from ui.widgets.application import make_app
from ui.window.main_window import MainWindow

STARTED = time.perf_counter()
APP_NAME = "CJM Desktop"


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


def run_gui(argv: list[str]) -> int:
    """Show the main window (opening ``argv[0]`` if given) and run the event loop."""
    app = make_app(argv)
    translators = install_translators(app)  # noqa: F841 - kept alive with the app
    window = MainWindow(path=Path(argv[0]) if argv else None)
    FirstPaint(window, lambda: after_first_paint(window, app))
    window.show()
    return app.exec()


def after_first_paint(window: MainWindow, app: QApplication) -> None:
    """Work the first paint does not need: icons, then SQLAlchemy for the first edit."""
    if os.environ.get("CJM_REPORT_FIRST_PAINT"):
        print(f"painted {time.perf_counter() - STARTED:.3f}", flush=True)
        window.close()
        app.quit()
        return
    window.load_icons()  # from now on, every document shown also gets its writer warmed up
