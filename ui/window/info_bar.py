"""A quiet, non-modal message strip above the map, with an optional action button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ui.widgets.plain_text import PlainLabel


class InfoBar(QWidget):
    """Shows one message at a time; « Fermer » hides it. Never blocks the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("infoBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.label = PlainLabel()  # messages quote file names
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton()
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.hide)
        self._action: Callable[[], object] | None = None
        self.button.clicked.connect(self._run_action)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.close_button)
        self.setStyleSheet(
            "#infoBar { background: #e8f1fb; border-bottom: 1px solid #a9c8ea; }"
            "#infoBar QLabel { color: #1c3d5a; font-size: 14px; }"
        )
        self.hide()

    def show_message(self, text: str, button_text: str = "", action: Callable[[], object] | None = None) -> None:
        """Show ``text``; with ``button_text``, a button that runs ``action`` then hides the bar."""
        self.label.setText(text)
        self.button.setText(button_text)
        self.button.setVisible(bool(button_text))
        self._action = action
        self.show()

    def _run_action(self) -> None:
        action, self._action = self._action, None
        self.hide()
        if action is not None:
            action()
