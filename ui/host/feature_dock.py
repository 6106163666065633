"""The docks of the window's features (properties, personas, stage details, frictions, action plan)
share one show-on-demand logic, here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QWidget

from ui.host.feature_host import FeatureHost

DOCK_FEATURES = QDockWidget.DockWidgetFeature


class FeatureDock(QDockWidget):
    """A dock the user shows or hides with its toggle (``toggle``, for the View menu), shown only
    while a project is open. ``wanted`` is the user's choice, kept across documents: closing the
    dock with its own button unchecks it; being hidden behind another dock's tab, or while no
    project is open, does not. Subclasses (or the feature owning the dock) build and fill its
    content in ``shown`` — late, so that nothing is built before the first paint."""

    def __init__(self, host: FeatureHost, object_name: str, title: str, toggle_text: str,
                 area: Qt.DockWidgetArea, *, wanted: bool = True, tabify_with: QDockWidget | None = None,
                 shortcut: str = "", icon_name: str = "", floatable: bool = False,
                 tabify_when_shown: bool = False) -> None:
        super().__init__(title, host.parent_widget())
        self.host = host
        self.wanted = wanted
        self.setObjectName(object_name)
        features = DOCK_FEATURES.DockWidgetClosable | DOCK_FEATURES.DockWidgetMovable
        self.setFeatures(features | DOCK_FEATURES.DockWidgetFloatable if floatable else features)
        self.toggle = QAction(toggle_text, self)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(wanted)
        self.toggle.setProperty("icon_name", icon_name)
        if shortcut:
            self.toggle.setShortcut(QKeySequence(shortcut))
        self.toggle.triggered.connect(self.set_wanted)
        self.visibilityChanged.connect(self._visibility_changed)
        host.controller.document_replaced.connect(self._document_replaced)
        # ``tabify_when_shown``: a dock hidden at first joins its tab group when first shown (tabified while
        # hidden at start-up, it makes Qt bring another dock of the group to the front, and build it, before
        # the first paint).
        self._area, self._tabify_later = area, tabify_with if tabify_when_shown else None
        host.add_dock(self, area, None if tabify_when_shown else tabify_with)
        self._document_replaced()

    @property
    def has_document(self) -> bool:
        return self.host.controller.doc is not None

    def set_wanted(self, on: bool) -> None:
        """The toggle: show the dock (in front of its tab group) or hide it."""
        if on and self.has_document and self._tabify_later is not None:  # (it changes ``wanted``: first)
            tabify_with, self._tabify_later = self._tabify_later, None
            self.host.add_dock(self, self._area, tabify_with)
        self.wanted = bool(on)
        self.setVisible(self.wanted and self.has_document)
        if self.wanted and self.has_document:
            self.raise_()
        self.toggle.setChecked(self.wanted)

    def set_content(self, widget: QWidget) -> None:
        """Show ``widget`` in the dock, inside a frameless scroll area: on a small screen (1366×768, several
        docks stacked) the dock shrinks below the panel's minimum size and scrolls instead of cutting controls
        off or pushing the window past the screen's edge."""
        scroll = QScrollArea()
        scroll.setObjectName(f"{self.objectName()}Scroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(widget)
        self.setWidget(scroll)

    def shown(self) -> None:
        """Called each time the dock becomes visible: build or refresh what it shows."""

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self.shown()
        if self.has_document:  # closed with its own button (a dock behind a tab is not hidden)
            self.wanted = not self.isHidden()
        self.toggle.setChecked(self.wanted)

    def _document_replaced(self) -> None:
        self.setVisible(self.wanted and self.has_document)
        self.toggle.setEnabled(self.has_document)
