"""The window fits the screen, and each project reopens as it was left.

``first_size``: a first window is 90 % of the screen's available area (never larger than that area, nor than
1600 × 1000: a huge screen does not need a huge window). ``ProjectViews`` remembers, per project (keyed by the
file's resolved path, in the app's settings: ``projects/<hash>/…``), the window's geometry, its docks
(``saveState``), the journey tab in front, and each journey's zoom and scroll; ``restore`` puts them back when
the project is shown again. Never-saved projects have no path, and nothing is remembered for them.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QMainWindow

from ui.host.journey_tabs import JourneyTabs

SHARE = 0.9
LARGEST = QSize(1600, 1000)
SMALLEST = QSize(800, 560)
STATE_VERSION = 1  # of saveState/restoreState: a layout saved by another arrangement of docks is ignored
MAX_PROJECTS = 50  # projects remembered; the oldest are forgotten


def first_size(available: QRect) -> QSize:
    """A first window's size on a screen whose available area (without panels and docks) is ``available``."""
    width = min(round(available.width() * SHARE), LARGEST.width())
    height = min(round(available.height() * SHARE), LARGEST.height())
    return QSize(min(max(width, SMALLEST.width()), available.width()),
                 min(max(height, SMALLEST.height()), available.height()))


def project_key(path: Path) -> str:
    return hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:24]


class ProjectViews:
    """Per project: geometry, docks, journey in front, and each journey's zoom and scroll."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def remember(self, window: QMainWindow, tabs: JourneyTabs, path: Path | None) -> None:
        """Keep how ``window`` shows the project of ``path`` (nothing for a never-saved project)."""
        if path is None:
            return
        views = {}
        for editing in tabs.editing:
            view = editing.view
            views[str(editing.journey_id)] = [view.transform().m11(), view.horizontalScrollBar().value(),
                                              view.verticalScrollBar().value()]
        current = tabs.current_editing()
        group = f"projects/{project_key(path)}"
        self.settings.setValue(f"{group}/geometry", window.saveGeometry())
        self.settings.setValue(f"{group}/docks", window.saveState(STATE_VERSION))
        self.settings.setValue(f"{group}/journey", current.journey_id if current else -1)
        self.settings.setValue(f"{group}/views", json.dumps(views))
        self._touch(project_key(path))
        self.settings.sync()

    def _touch(self, key: str) -> None:
        order = [k for k in self._order() if k != key]
        order.insert(0, key)
        for old in order[MAX_PROJECTS:]:
            self.settings.remove(f"projects/{old}")
        self.settings.setValue("projects_order", order[:MAX_PROJECTS])

    def _order(self) -> list[str]:
        value = self.settings.value("projects_order", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    def known(self, path: Path | None) -> bool:
        return path is not None and self.settings.contains(f"projects/{project_key(path)}/geometry")

    def restore_geometry(self, window: QMainWindow, path: Path | None) -> bool:
        """Put back the window's geometry for ``path``; False when none was kept."""
        if not self.known(path):
            return False
        assert path is not None
        geometry = self.settings.value(f"projects/{project_key(path)}/geometry")
        return isinstance(geometry, QByteArray | bytes) and window.restoreGeometry(geometry)

    def restore_views(self, window: QMainWindow, tabs: JourneyTabs, path: Path | None) -> bool:
        """Put back the docks, the journey in front and each journey's zoom and scroll (once the views have
        their size); False when nothing was kept for ``path``."""
        if not self.known(path):
            return False
        assert path is not None
        group = f"projects/{project_key(path)}"
        docks = self.settings.value(f"{group}/docks")
        if isinstance(docks, QByteArray | bytes):
            window.restoreState(docks, STATE_VERSION)
        journey = int(str(self.settings.value(f"{group}/journey", -1)))
        for index, editing in enumerate(tabs.editing):
            if editing.journey_id == journey:
                tabs.setCurrentIndex(index)
        try:
            views = json.loads(str(self.settings.value(f"{group}/views", "{}")))
        except ValueError:
            views = {}
        for editing in tabs.editing:
            kept = views.get(str(editing.journey_id)) if isinstance(views, dict) else None
            if not (isinstance(kept, list) and len(kept) == 3):
                continue
            zoom, x, y = kept
            view = editing.view
            if isinstance(zoom, int | float) and 0.05 <= zoom <= 8:
                view.setTransform(QTransform.fromScale(zoom, zoom))
            view.horizontalScrollBar().setValue(int(x))
            view.verticalScrollBar().setValue(int(y))
        return True
