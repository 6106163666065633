"""The journey's own scene shown to a room: large and calm, stepped stage by stage (or phase by
phase), with the stage headers and channel names pinned at the edges and an optional spotlight.

No second renderer: this view draws the editing view's scene, so what the room sees is the map.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPointF, QRect, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView

from ui.canvas.journey_scene import JourneyScene
from ui.canvas.note_item import NoteItem

READABLE_PX = 24  # note text height the back of a room can read (at 1920 × 1080)
STAGES_IN_VIEW = 3  # a step shows this many stages when the screen allows them at a readable size
TEXT_STEP = 1.15  # A− / A+
CALM = "#f3f1ec"  # the background around the map
DIM = QColor(20, 24, 28, 150)  # the spotlight's shade


class PresentationView(QGraphicsView):
    """Shows ``scene`` stage by stage: ← → (Page Up / Page Down) step, Home shows the whole map
    fitted to the width, P steps by phase instead, S puts a spotlight on the selection or the stage,
    A− / A+ (− / +, Ctrl+wheel) change the text size, Esc leaves."""

    moved = Signal()  # the stage (or phase) shown, the text size or the spotlight changed
    leave = Signal()

    duration_ms = 250  # the smooth zoom from one stage to the next (0: at once)

    def __init__(self, scene: JourneyScene, text_scale: float = 1.0) -> None:
        super().__init__(scene)
        self.journey_scene = scene
        self.text_scale = text_scale
        self.index = 0  # the stage (or phase) shown; -1: the whole map
        self.by_phase = False
        self.spotlight = False
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setProperty("audience", True)  # notes face down are drawn blank for the room
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._animation = QVariantAnimation(self)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._frame)
        self._from = self._to = (1.0, 0.0, 0.0)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(self._report_visible_area)

    # --- where the view is ------------------------------------------------------------------
    def readable_scale(self) -> float:
        """The zoom of a step: ``STAGES_IN_VIEW`` stages across the screen, never smaller than note
        text of ``READABLE_PX`` pixels, times A− / A+."""
        m = self.journey_scene.layout.metrics
        across = self.viewport().width() / (m.header_width + STAGES_IN_VIEW * m.column_width)
        readable = READABLE_PX / NoteItem.text_font().pixelSize()
        return max(across, readable) * self.text_scale

    def note_text_pixels(self) -> float:
        """How high note text is on the screen now, in pixels."""
        return NoteItem.text_font().pixelSize() * self.transform().m11()

    def steps(self) -> list[list[int]]:
        """The stage ids each step shows: one stage each, or the stages of each phase."""
        layout, state = self.journey_scene.layout, self.journey_scene.state
        if not self.by_phase:
            return [[stage_id] for stage_id in layout.stage_ids]
        groups: list[list[int]] = []
        phase: object = object()  # no stage's
        for stage in state.stages(self.journey_scene.journey_id):
            if groups and stage.phase == phase:
                groups[-1].append(stage.id)
            else:
                groups.append([stage.id])
            phase = stage.phase
        return groups

    def shown_stages(self) -> list[int]:
        steps = self.steps()
        return steps[self.index] if 0 <= self.index < len(steps) else []

    # --- moving -------------------------------------------------------------------------------
    def show_step(self, index: int, animate: bool = True) -> None:
        """Show step ``index`` (clamped), its channel names and stage headers pinned at the edges."""
        steps = self.steps()
        if not steps:
            self.show_all(animate)
            return
        self.index = max(0, min(index, len(steps) - 1))
        layout = self.journey_scene.layout
        columns = [layout.columns[i] for i in steps[self.index]]
        scale = self.readable_scale()
        width = columns[-1].right - columns[0].x
        room = self.viewport().width() / scale - layout.metrics.header_width
        if width > room:  # a phase wider than the screen at a readable size: fit it instead
            scale *= room / width
        left = 0.0 if self.index == 0 else columns[0].x - layout.metrics.header_width
        self._go_to((scale, left, 0.0), animate)
        self.moved.emit()

    def step(self, by: int) -> None:
        """The next (``by`` = 1) or previous (−1) step; from the whole map, the first."""
        self.show_step(0 if self.index < 0 else self.index + by)

    def show_all(self, animate: bool = True) -> None:
        """The whole map, fitted to the width (Home)."""
        self.index = -1
        width = self.journey_scene.layout.width + 20
        self._go_to((self.viewport().width() / width, -10.0, 0.0), animate)
        self.moved.emit()

    def change_text(self, by: int) -> None:
        """A+ (``by`` = 1) or A− (−1): the step's zoom and so its text, kept by the window per project."""
        self.text_scale = max(0.5, min(3.0, self.text_scale * TEXT_STEP ** by))
        self.show_step(self.index, animate=False) if self.index >= 0 else self.moved.emit()

    def toggle_spotlight(self) -> None:
        self.spotlight = not self.spotlight
        self.viewport().update()
        self.moved.emit()

    def toggle_phases(self) -> None:
        """Step by phase instead of by stage (or back), starting over from the first."""
        self.by_phase = not self.by_phase
        self.show_step(0)

    def _go_to(self, target: tuple[float, float, float], animate: bool) -> None:
        self._animation.stop()
        self._to = target
        if not animate or self.duration_ms <= 0 or not self.isVisible():
            self._frame(1.0)
            return
        scale = self.transform().m11()
        corner = self.mapToScene(0, 0)
        self._from = (scale, corner.x(), corner.y())
        self._animation.setDuration(self.duration_ms)
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.start()

    def _frame(self, t: object) -> None:
        """One frame of the move: zoom and top-left corner between where it was and where it goes."""
        done = float(t)  # type: ignore[arg-type]  # the animation's value: a float from 0 to 1
        (s0, x0, y0), (s1, x1, y1) = (self._from if done < 1 else self._to), self._to
        scale, left, top = s0 + (s1 - s0) * done, x0 + (x1 - x0) * done, y0 + (y1 - y0) * done
        self.setTransform(QTransform.fromScale(scale, scale))
        half = QPointF(self.viewport().width() / scale / 2, self.viewport().height() / scale / 2)
        self.centerOn(QPointF(left, top) + half)
        self._report_visible_area()
        self.viewport().update()

    def _report_visible_area(self, *_args: int) -> None:
        if self.scene() is not None:
            self.journey_scene.set_visible_area(self, self.mapToScene(self.viewport().rect()).boundingRect())

    # --- drawing ------------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt's name
        painter.fillRect(rect, QColor(CALM))

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt's name
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        if self.spotlight and (target := self.spotlight_rect()) is not None:
            shade = QPainterPath()
            shade.addRect(shown)
            hole = QPainterPath()
            hole.addRoundedRect(target.adjusted(-8, -8, 8, 8), 12, 12)
            painter.fillPath(shade.subtracted(hole), DIM)
        self.journey_scene.grid.paint_pinned_headers(painter, shown)

    def spotlight_rect(self) -> QRectF | None:
        """What the spotlight lights: the selected notes, else the stage (or phase) shown."""
        scene = self.journey_scene
        selected = [scene.notes[i].sceneBoundingRect() for i in scene.selected_ids() if i in scene.notes]
        if selected:
            united = selected[0]
            for rect in selected[1:]:
                united = united.united(rect)
            return united
        stages = [scene.layout.columns[i] for i in self.shown_stages()]
        if not stages:
            return None
        return QRectF(stages[0].x, stages[0].y, stages[-1].right - stages[0].x, scene.layout.height - stages[0].y)

    # --- keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down):
            self.step(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up):
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.show_all()
        elif key == Qt.Key.Key_End:
            self.show_step(len(self.steps()) - 1)
        elif key == Qt.Key.Key_S:
            self.toggle_spotlight()
        elif key == Qt.Key.Key_P:
            self.toggle_phases()
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.change_text(1)
        elif key == Qt.Key.Key_Minus:
            self.change_text(-1)
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            self.leave.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.change_text(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
        else:
            super().wheelEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.index >= 0:
            self.show_step(self.index, animate=False)
        else:
            self.show_all(animate=False)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt's name
        super().scrollContentsBy(dx, dy)
        if dx or dy:
            self.viewport().update()  # pinned headers and the spotlight do not scroll with the pixels
