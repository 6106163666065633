"""The presentation's window: the map full screen (on a second screen when there is one), with a
discreet bar saying where the room is and offering A− / A+."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from cjm_desktop.model.domain import Stage
from ui.canvas.journey_scene import JourneyScene
from ui.present.presentation_view import PresentationView
from ui.timer.timer_bar import TimerBar
from ui.timer.timer_controller import TimerController
from ui.widgets.plain_text import PlainLabel

TIMER_MARGIN = 24  # between the timer and the corner of the map


class PresentationWindow(QWidget):
    """The map of ``scene`` for the room (see ``PresentationView`` for the keys)."""

    closed = Signal(float)  # the text scale the facilitator chose (kept per project)

    def __init__(self, scene: JourneyScene, text_scale: float = 1.0, capture: QWidget | None = None,
                 timer: TimerController | None = None, corner: Callable[[QWidget], QWidget] | None = None) -> None:
        """``capture``: a quick-capture field shown under the map (what is typed lands on it); ``timer``: the
        workshop timer, shown large in the map's bottom-right corner while a step is timed; ``corner``: makes a
        child of the map kept in its top-right corner, shown when it shows itself (the join QR code)."""
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Presentation"))
        self.view = PresentationView(scene, text_scale)
        self.where = PlainLabel()
        self.where.setStyleSheet("color: #455a64; font-size: 15px;")
        smaller, larger = QPushButton(self.tr("A−")), QPushButton(self.tr("A+"))
        smaller.setToolTip(self.tr("Smaller text (−, Ctrl+wheel)"))
        larger.setToolTip(self.tr("Larger text (+, Ctrl+wheel)"))
        for button in (smaller, larger):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the map
            button.setFlat(True)
        smaller.clicked.connect(lambda: self.view.change_text(-1))
        larger.clicked.connect(lambda: self.view.change_text(1))
        keys = PlainLabel(self.tr("← → stages · P phases · Home whole map · S spotlight · Esc leave"))
        keys.setStyleSheet("color: #78909c; font-size: 13px;")
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 4, 16, 6)
        bar.addWidget(self.where, 1)
        bar.addWidget(keys)
        bar.addWidget(smaller)
        bar.addWidget(larger)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        self.capture = capture
        if capture is not None:
            layout.addWidget(capture)
        layout.addLayout(bar)
        self.setStyleSheet("PresentationWindow { background: #f3f1ec; }")
        self.view.moved.connect(self._say_where)
        self.view.leave.connect(self.close)
        self._scene_gone = scene.destroyed.connect(self.close)  # its journey was closed or deleted
        self.timer = timer
        self.timer_bar: TimerBar | None = None
        self.corner: QWidget | None = None
        if timer is not None:
            self.timer_bar = TimerBar(timer, large=True, parent=self.view)
            self.timer_bar.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.timer_bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            timer.changed.connect(self._place_timer)
            self.view.installEventFilter(self)
            self._place_timer()
        if corner is not None:
            self.corner = corner(self.view)
            self.corner.installEventFilter(self)
            self.view.installEventFilter(self)
            self._place_timer()  # and the corner
        self._say_where()

    def _place_corner(self) -> None:
        """The corner widget in the map's top-right corner, at its size (fitted to the map's height)."""
        widget = self.corner
        if widget is None or widget.isHidden():
            return
        room = self.view.height() - 2 * TIMER_MARGIN
        if self.timer_bar is not None and not self.timer_bar.isHidden():  # above the timer, never over it
            room -= self.timer_bar.height() + TIMER_MARGIN
        hint = widget.sizeHint()
        size = QSize(min(hint.width(), self.view.width() - 2 * TIMER_MARGIN), min(hint.height(), max(120, room)))
        if widget.size() != size:
            widget.resize(size)  # its Resize event places it
            return
        widget.move(self.view.width() - widget.width() - TIMER_MARGIN, TIMER_MARGIN)
        widget.raise_()

    def _place_timer(self) -> None:
        """The timer in the map's bottom-right corner, shown while a step is timed (running or paused)."""
        bar, timer = self.timer_bar, self.timer
        if bar is None or timer is None:
            return
        bar.setVisible(timer.active)
        if timer.active:
            bar.setFixedWidth(min(bar.preferred_width(), max(200, self.view.width() - 2 * TIMER_MARGIN)))
            bar.adjustSize()
            bar.move(self.view.width() - bar.width() - TIMER_MARGIN, self.view.height() - bar.height() - TIMER_MARGIN)
            bar.raise_()
        self._place_corner()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self._place_timer()  # and the corner
        elif watched is self.corner and event.type() in (QEvent.Type.Show, QEvent.Type.Resize,
                                                         QEvent.Type.LayoutRequest):
            self._place_corner()
        return super().eventFilter(watched, event)

    def start(self) -> None:
        """Show the first stage, keys to the map."""
        self.view.show_step(0, animate=False)
        self.view.setFocus()

    def _say_where(self) -> None:
        scene, view = self.view.journey_scene, self.view
        names = [stage.name for i in view.shown_stages() if (stage := scene.state.get(Stage, i)) is not None]
        if view.index < 0 or not names:
            text = self.tr("The whole journey")
        else:
            text = (self.tr("Stage %1 / %2 · %3") if not view.by_phase else self.tr("Phase %1 / %2 · %3")) \
                .replace("%1", str(view.index + 1)).replace("%2", str(len(view.steps()))) \
                .replace("%3", " · ".join(names))
        if view.spotlight:
            text += "  ·  " + self.tr("spotlight")
        self.where.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.view.scene() is not None:
            self.view.journey_scene.set_visible_area(self.view, None)
            self.view.journey_scene.destroyed.disconnect(self._scene_gone)  # this window may go first
        self.closed.emit(self.view.text_scale)
        super().closeEvent(event)
