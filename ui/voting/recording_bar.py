"""The mode indicator while votes are recorded: a bright strip floating at the bottom of the map (the stage
names stay in view), saying whose dots the clicks cast and how many are left, how to take one back, and
how to stop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget
from shiboken6 import Shiboken

from ui.canvas.journey_view import JourneyView
from ui.widgets.plain_text import PlainLabel

RECORDING = "#c62828"  # the colour of « recording »: the bar, the dock's button


class RecordingBar(QFrame):
    """« ● ◀ Gommettes de Marie · restantes : 2 ▶  Clic : +1 · Maj+clic ou clic droit : −1 · Échap : fin »."""

    stop_requested = Signal()
    participant_step_requested = Signal(int)  # -1 / +1

    def __init__(self, parent: QWidget) -> None:
        """``parent``: the window (the bar outlives the journeys' views, which come and go)."""
        super().__init__(parent)
        self.setObjectName("recordingBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#recordingBar {{ background: {RECORDING}; border-radius: 10px; }}"
                           "#recordingBar QLabel { color: white; }"
                           "#recordingBar QToolButton, #recordingBar QPushButton { color: white; font-weight: 600; "
                           "border: 1px solid white; border-radius: 6px; padding: 3px 10px; background: transparent; }")
        self.who = PlainLabel()
        self.who.setStyleSheet("font-size: 17px; font-weight: 700;")
        self.help = PlainLabel(self.tr("Click: +1 · Shift+click or right-click: −1 · Esc: stop"))
        self.previous = QToolButton()
        self.previous.setText("◀")
        self.previous.setToolTip(self.tr("Previous participant (Page Up)"))
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.setToolTip(self.tr("Next participant (Page Down)"))
        self.stop = QPushButton(self.tr("Stop recording"))
        for button in (self.previous, self.next, self.stop):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the map
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.previous.clicked.connect(lambda: self.participant_step_requested.emit(-1))
        self.next.clicked.connect(lambda: self.participant_step_requested.emit(1))
        self.stop.clicked.connect(self.stop_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 6)
        layout.setSpacing(10)
        layout.addWidget(PlainLabel("●"))
        layout.addWidget(self.previous)
        layout.addWidget(self.who)
        layout.addWidget(self.next)
        layout.addWidget(self.help)
        layout.addWidget(self.stop)
        self.view: JourneyView | None = None
        self.hide()
        parent.installEventFilter(self)  # the window resized: the bar keeps its place

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget() and self.isVisible():
            self.follow(self.view)
        return False

    def set_text(self, who: str) -> None:
        """Whose dots the clicks cast, and how many are left."""
        self.who.setText(who)
        self.adjustSize()

    def follow(self, view: JourneyView | None) -> None:
        """Float at the bottom of ``view``'s map, centred (hidden without a view)."""
        if view is None or not Shiboken.isValid(view) or view.scene() is None:
            self.view = None
            self.hide()
            return
        self.view = view
        viewport = view.viewport()
        self.adjustSize()
        width = min(self.sizeHint().width(), max(200, viewport.width() - 16))
        self.resize(width, self.sizeHint().height())
        x = max(0, (viewport.width() - width) // 2)
        y = max(0, viewport.height() - self.height() - 16)
        parent = self.parentWidget()
        where = viewport.mapTo(parent, QPoint(x, y)) if parent is not None else QPoint(x, y)
        self.move(where)
        self.show()
        self.raise_()
