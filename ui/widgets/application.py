"""The QApplication, named so that settings and the desktop entry find it."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

APP_NAME = "CJM Desktop"


def make_app(argv: list[str]) -> QApplication:
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication([sys.argv[0], *argv])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("cjm-desktop")
    return app
