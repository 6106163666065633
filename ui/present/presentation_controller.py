"""Affichage › Présentation (F5): the journey on screen shown to the room, on a second screen when
there is one (the laptop keeps the editing window), full screen otherwise; Esc comes back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.host.feature_host import FeatureHost
from ui.present.presentation_window import PresentationWindow
from ui.timer.timer_controller import TimerController

SCALE_KEY = "presentation/text_scale/"  # + the project's path: A− / A+ is remembered per project


class PresentationController(QObject):
    """Opens and closes the presentation of the window ``host``."""

    def __init__(self, host: FeatureHost, capture_field: Callable[[], QWidget] | None = None,
                 timer: TimerController | None = None, corner: Callable[[QWidget], QWidget] | None = None) -> None:
        """``capture_field``: makes the quick-capture field the presentation shows (the window's feature);
        ``timer``: the workshop timer, shown large in a corner while a step is timed; ``corner``: makes, as a
        child of the map, a widget shown in its top-right corner while it wants (participation's join QR code)."""
        super().__init__(host.parent_widget())
        self.host = host
        self.capture_field = capture_field
        self.timer = timer
        self.corner = corner
        self.window: PresentationWindow | None = None
        self._retired: PresentationWindow | None = None  # a closed window, until Qt deletes it
        self.action = QAction(QCoreApplication.translate("PresentationController", "&Presentation"), self)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.toggle)
        host.menus.view.addSeparator()
        host.menus.view.addAction(self.action)
        host.controller.document_replaced.connect(self.stop)

    def _key(self) -> str:
        doc = self.host.controller.doc
        return SCALE_KEY + (str(doc.path) if doc is not None and doc.path is not None else "untitled")

    def toggle(self) -> None:
        if self.window is not None:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        """Present the journey on screen (nothing without one)."""
        scene = self.host.tabs.current_scene()
        if scene is None:
            return
        stored = QSettings().value(self._key(), 1.0, type=float)
        scale = stored if isinstance(stored, float) else 1.0
        self.window = PresentationWindow(scene, scale, self.capture_field() if self.capture_field else None,
                                         self.timer, self.corner)
        self.window.closed.connect(self._closed)
        editing = self.host.parent_widget()
        screens = QGuiApplication.screens()
        others = [s for s in screens if s is not editing.screen()]
        screen = others[0] if others else editing.screen()
        self.window.setScreen(screen)
        self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()
        self.window.start()

    def stop(self) -> None:
        if self.window is not None:
            self.window.close()

    def _closed(self, scale: float) -> None:
        QSettings().setValue(self._key(), scale)
        if self.window is not None:  # closed from inside its own key handler: deleted once that returns
            self.window.deleteLater()
            self._retired = self.window
        self.window = None
        self.host.parent_widget().activateWindow()
