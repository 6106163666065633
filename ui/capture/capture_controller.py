"""Wires quick capture into the window: the field on the toolbar, Édition › Saisie rapide (Ctrl+Shift+N),
and what is captured turned into notes of the journey shown; face down while « Face cachée » (Alt+H) is
on, revealed by the ``RevealMenu`` entries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from cjm_desktop.model.domain import Evaluation
from ui.capture.capture_bar import CaptureBar
from ui.capture.reveal_menu import RevealMenu
from ui.host.feature_host import FeatureHost


class CaptureController(QObject):
    """Quick capture for the window ``host``."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.parent_widget())
        self.host = host
        self.face_down = QAction(QCoreApplication.translate("CaptureController", "Capture &face down"), self)
        self.face_down.setIconText(QCoreApplication.translate("CaptureController", "Face down"))
        self.face_down.setToolTip(QCoreApplication.translate(
            "CaptureController", "Notes captured now are face down (Alt+H): the room sees blank cards until they "
            "are revealed (Edit › Reveal all the notes, Ctrl+Shift+R)"))
        self.face_down.setCheckable(True)
        self.face_down.setShortcut(QKeySequence("Alt+H"))  # also in the presentation: its bar shows the action
        self.face_down.setProperty("icon_name", "face_down")
        self.bar = CaptureBar(face_down=self.face_down)
        window = host.parent_widget()
        window.addToolBarBreak()  # a row of its own: the main toolbar has no room left on a laptop screen
        self.toolbar = window.addToolBar(QCoreApplication.translate("CaptureController", "Quick capture"))
        self.toolbar.setObjectName("captureToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.bar)
        self.start = QAction(QCoreApplication.translate("CaptureController", "&Quick capture"), self)
        self.start.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.start.triggered.connect(self.bar.start)
        host.menus.edit.addAction(self.start)
        host.menus.edit.addAction(self.face_down)
        self.highlight = QAction(QCoreApplication.translate("CaptureController", "&Highlight an author…"), self)
        self.highlight.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.highlight.triggered.connect(self.ask_highlight)
        host.menus.view.addAction(self.highlight)
        self.bar.captured.connect(self.capture)
        host.controller.document_replaced.connect(self._enable)
        self._enable()
        self.reveal = RevealMenu(host)  # Edit › Reveal all the notes, the cell; turn the selection over

    def new_bar(self) -> CaptureBar:
        """Another capture field, wired like the toolbar's (the presentation shows one to the room)."""
        bar = CaptureBar(face_down=self.face_down)
        bar.author.setText(self.bar.author.text())
        bar.captured.connect(self.capture)
        return bar

    def _enable(self) -> None:
        on = self.host.controller.doc is not None
        self.bar.setEnabled(on)
        self.start.setEnabled(on)
        self.highlight.setEnabled(on)
        self.face_down.setEnabled(on)
        self.face_down.setChecked(False)  # each project starts face up: a capture step turns it on

    def ask_highlight(self) -> None:
        """Ask whose notes stand out (empty: all of them as they are)."""
        tabs = self.host.tabs
        answer = self.host.prompts.ask_text(
            self.host.parent_widget(), QCoreApplication.translate("CaptureController", "Highlight an author"),
            QCoreApplication.translate("CaptureController", "Person or group (empty: every note):"),
            tabs.highlighted_author or self.bar.author.text())
        if answer is not None:
            tabs.highlight_author(answer.strip() or None)

    def capture(self, text: str, evaluation: Evaluation, author: str = "") -> None:
        """Notes from ``text`` (one per line) in the journey shown; a prefix that named no cell is told."""
        editing = self.host.tabs.current_editing()
        if editing is None:
            return
        unknown = editing.capture(text, evaluation, author, hidden=self.face_down.isChecked())
        if unknown:
            sentence = QCoreApplication.translate("CaptureController",
                                                  "« %1 » names no single cell: written in the current cell.")
            self.host.show_status(sentence.replace("%1", ", ".join(unknown)))
