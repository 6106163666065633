"""The seam between the main window and its features (docks, menus, dialog flows).

A feature receives a ``FeatureHost`` — the few things it may use of the window — instead of the
window itself: it cannot reach into the window's attributes, the window does not need to know
what the feature does, and mypy checks both sides (``MainWindow`` satisfies this protocol).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar

from ui.canvas.journey_view import JourneyView
from ui.document.document_controller import DocumentController
from ui.host.journey_tabs import JourneyTabs
from ui.widgets.prompts import Prompts


@dataclass(frozen=True)
class WindowMenus:
    """The window's menus and toolbar, where features add their entries."""

    file: QMenu
    edit: QMenu
    journey: QMenu
    view: QMenu
    toolbar: QToolBar


class FeatureHost(Protocol):
    """What a feature may use of the main window."""

    @property
    def controller(self) -> DocumentController:
        """The open document (or none), its undo stack and its edits."""
        ...

    @property
    def prompts(self) -> Prompts:
        """Every question and message to the user goes through this."""
        ...

    @property
    def tabs(self) -> JourneyTabs:
        """One tab per journey: the current scene and view, selection and tab changes."""
        ...

    @property
    def menus(self) -> WindowMenus: ...

    @property
    def icons_loaded(self) -> bool:
        """True once qtawesome is loaded (after the first paint): features attach icons then."""
        ...

    def parent_widget(self) -> QMainWindow:
        """The window, as the parent of dialogs and docks."""
        ...

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea, tabify_with: QDockWidget | None = None) -> None:
        """Place ``dock`` in ``area`` (behind ``tabify_with`` when given)."""
        ...

    def current_journey_id(self) -> int | None: ...

    def current_view(self) -> JourneyView | None: ...

    def show_journey(self, journey_id: int | None) -> None:
        """Bring the tab of ``journey_id`` to the front."""
        ...

    def show_failure(self, sentence: str, details: str = "") -> None:
        """Tell the user what went wrong (one sentence, and details on request)."""
        ...

    def show_status(self, text: str) -> None:
        """A passing message in the status bar."""
        ...
