"""The QApplication, named so that settings and the desktop entry find it."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cjm_desktop.resources import RESOURCES

APP_NAME = "CJM Desktop"


def make_app(argv: list[str]) -> QApplication:
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication([sys.argv[0], *argv])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("cjm-desktop")
    return app


def app_icon() -> QIcon:
    """The app's icon at every size drawn for it (PNG: no SVG plug-in to load). Set after the first paint:
    reading the eight sizes costs ≈ 12 ms that the window does not need to show."""
    icon = QIcon()
    for path in sorted((RESOURCES / "icons").glob("cjm-desktop-*.png")):
        icon.addFile(str(path))
    return icon
