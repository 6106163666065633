"""Affichage › Participation: participants join from their phones (the room's network, no internet, no account).

The submenu holds the dock (Ctrl+Shift+J), « Participation ouverte » (open or close, off by default, closed with
the project) and « QR code sur le projecteur » (F9, also in the presentation: the join QR code and URL large in
the map's top-right corner while participation is open). The dock shows the interface the server listens on,
the join URL and its QR code, the participants with their counts and « Retirer », moderation and the notes
waiting for approval. The room and its server are the ``ParticipationController``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from ui.host.feature_dock import FeatureDock
from ui.host.feature_host import FeatureHost
from ui.participation.participation_controller import (
    LOOPBACK,
    ParticipationController,
    default_address,
    interfaces,
)
from ui.timer.timer_controller import TimerController
from ui.widgets.plain_text import fill

if TYPE_CHECKING:
    from ui.participation.participation_panel import ParticipationPanel
    from ui.participation.qr_panel import QrPanel

translate = QCoreApplication.translate
ADDRESS_KEY = "participation/address"  # the interface last opened on (by address)
PROJECTOR_KEY = "F9"


class ParticipationDock(FeatureDock):
    """The participation dock and its menu; ``participation``: the controller (room and server)."""

    def __init__(self, host: FeatureHost, timer: TimerController | None = None,
                 face_down: Callable[[], bool] | None = None, tabify_with: QDockWidget | None = None) -> None:
        """``timer``: the window's workshop timer (the phones show its step and time); ``face_down``: whether
        notes captured now are face down (phone notes follow the capture's « Face cachée »)."""
        super().__init__(host, "participationDock", translate("ParticipationDock", "Participation"),
                         translate("ParticipationDock", "Participation &panel"), Qt.DockWidgetArea.RightDockWidgetArea,
                         wanted=False, tabify_with=tabify_with, tabify_when_shown=True, shortcut="Ctrl+Shift+J")
        self.participation = ParticipationController(host, timer, face_down, parent=self)
        self._panel: ParticipationPanel | None = None
        self._projector: list[QrPanel] = []  # the large QR codes of open presentations
        self.open_action = QAction(translate("ParticipationDock", "Participation &open"), self)
        self.open_action.setCheckable(True)
        self.open_action.setToolTip(translate("ParticipationDock", "Open or close participation from phones"))
        self.open_action.triggered.connect(self._open_triggered)
        self.projector_action = QAction(translate("ParticipationDock", "&QR code on the projector"), self)
        self.projector_action.setCheckable(True)
        self.projector_action.setChecked(True)
        self.projector_action.setShortcut(QKeySequence(PROJECTOR_KEY))
        self.projector_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # in the presentation too
        self.projector_action.toggled.connect(self._show_projector)
        self.menu = QMenu(translate("ParticipationDock", "Pa&rticipation"), host.parent_widget())
        self.menu.addActions([self.toggle, self.open_action, self.projector_action])
        host.menus.view.addMenu(self.menu)
        p = self.participation
        p.opened.connect(self._opened)
        p.closed.connect(self._closed)
        p.room_changed.connect(self.refresh)
        host.controller.document_replaced.connect(self._enable)
        self._enable()

    # --- the panel --------------------------------------------------------------------------------
    @property
    def panel(self) -> ParticipationPanel:
        """The dock's content, built on first use."""
        if self._panel is None:
            from ui.participation.participation_panel import ParticipationPanel  # not needed for the first paint

            panel = self._panel = ParticipationPanel()
            panel.open_requested.connect(self.open)
            panel.close_requested.connect(self.participation.close)
            panel.moderated_toggled.connect(self.participation.set_moderated)
            panel.kick_requested.connect(self.kick)
            panel.approve_requested.connect(self.participation.approve)
            panel.reject_requested.connect(self.participation.reject)
            self.set_content(panel)
            self._show_interfaces()
            if self.participation.is_open:
                panel.show_open(self.participation.url, self.participation.address)
            self.refresh()
        return self._panel

    def shown(self) -> None:
        self.panel  # noqa: B018 - builds and fills the panel on its first show

    def refresh(self) -> None:
        """The room as it is now (participants, counts, pending notes)."""
        p = self.participation
        if self._panel is not None:
            self._panel.show_room(p.participants(), p.pending(), p.moderated)

    def _show_interfaces(self) -> None:
        if self._panel is None:
            return
        listed = interfaces()
        remembered = str(QSettings().value(ADDRESS_KEY, "") or "")
        known = {address for _name, address in listed}
        self._panel.show_interfaces(listed, remembered if remembered in known else default_address(listed))

    # --- opening and closing ----------------------------------------------------------------------
    def open(self, address: str = "", port: int = 0) -> str | None:
        """Open participation on ``address`` (default: the interface picked last, else the room's side of the
        laptop) and show the dock; the join URL, or None when it could not open (the facilitator is told why)."""
        if self.host.controller.doc is None:
            return None
        if not address:
            address = self._panel.chosen_address if self._panel is not None else ""
        if not address:
            listed = interfaces()
            remembered = str(QSettings().value(ADDRESS_KEY, "") or "")
            address = remembered if remembered in {a for _n, a in listed} else default_address(listed)
        try:
            url = self.participation.open(address or LOOPBACK, port)
        except OSError as error:
            self.host.show_failure(fill(self.tr("Participation could not open on %1: another program may use it, "
                                                "or the network is gone."), address), str(error))
            self._enable()
            return None
        QSettings().setValue(ADDRESS_KEY, address)
        self.set_wanted(True)
        return url

    def kick(self, key: str) -> None:
        """« Retirer »: this phone sends nothing more (asked first; its notes stay in the map)."""
        phone = next((p for p in self.participation.participants() if p.key == key), None)
        if phone is None:
            return
        question = fill(self.tr("Remove « %1 »? Their phone can send nothing more; their notes stay in the map."),
                        phone.name)
        if self.host.prompts.confirm_destructive(self.host.parent_widget(), question, self.tr("Remove")):
            self.participation.kick(key)

    def _open_triggered(self, on: bool) -> None:
        if on:
            self.open()
        else:
            self.participation.close()
        self._enable()

    def _opened(self, url: str) -> None:
        if self._panel is not None:
            self._panel.show_open(url, self.participation.address)
        self._enable()
        self._show_projector()
        self.host.show_status(fill(self.tr("Participation is open: %1"), url))

    def _closed(self) -> None:
        if self._panel is not None:
            self._panel.show_closed()
        self._enable()
        self._show_projector()

    def _enable(self) -> None:
        self.open_action.setEnabled(self.host.controller.doc is not None)
        self.open_action.setChecked(self.participation.is_open)

    # --- the projector ----------------------------------------------------------------------------
    def projector_panel(self, parent: QWidget) -> QWidget:
        """A large QR code with the join URL, a child of ``parent`` (the presentation's map): it shows itself
        while participation is open and « QR code on the projector » is on (F9, in the presentation too)."""
        from ui.participation.qr_panel import QrPanel  # not needed for the first paint

        panel = QrPanel(large=True, parent=parent)
        panel.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        panel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._projector.append(panel)
        panel.destroyed.connect(lambda *_args, shown=panel: self._forget(shown))
        self._show_projector()
        return panel

    def _forget(self, panel: QrPanel) -> None:
        self._projector = [p for p in self._projector if p is not panel]

    def _show_projector(self) -> None:
        url = self.participation.url
        for panel in self._projector:
            panel.set_url(url)
            panel.setVisible(bool(url) and self.projector_action.isChecked())
