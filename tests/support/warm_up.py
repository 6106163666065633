"""Run the app's own warm-up after the first paint, as the app does (for the benchmarks)."""

from __future__ import annotations


def warm_up() -> None:
    """What the app does after its first paint (icons, the writer, the garbage collector), until it is
    done (ui/app.py: ``after_first_paint``), for the one main window shown."""
    from PySide6.QtWidgets import QApplication

    from ui.app import after_first_paint
    from ui.window.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    warm = after_first_paint(window, app)
    while warm.finished_at is None:
        app.processEvents()
