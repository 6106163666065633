"""The view of a journey: zoom, pan, the keyboard path and the inline note editor.

Keys (the accessibility path, kept exactly): arrows move the current cell; N or Enter
writes a new note there; Tab / Shift+Tab select the next / previous note; F2 edits the
selected note; Alt+Arrow moves the selected notes to the adjacent cell. Edits leave the
view as signals; the window turns them into core commands.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsView

from cjm_desktop.model.domain import Evaluation
from cjm_desktop.model.placement import PARKING_CELL, Cell
from ui.canvas import palette
from ui.canvas.grid_item import TARGET_CANVAS
from ui.canvas.journey_scene import METRICS, JourneyScene
from ui.canvas.note_editor import EditTarget, NoteEditor
from ui.canvas.note_item import MIN_HEIGHT, NoteItem

ZOOM_STEP = 1.15
ZOOM_MIN, ZOOM_MAX = 0.1, 4.0
ARROWS: dict[int, tuple[int, int]] = {  # key (QKeyEvent.key() is an int) -> (d_stage, d_channel)
    Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1),
}


AUTOSCROLL_MARGIN = 32  # pixels from an edge of the view where a dragged note makes it scroll
AUTOSCROLL_STEP = 18  # pixels per tick (every 30 ms: ~600 px/s)
EDITOR_MIN_PIXELS = 15  # the inline editor's text is never smaller than this, whatever the zoom
EDITOR_MIN_WIDTH = 260
EDITOR_MIN_LINES = 4


def readable_rect(note: QRect, line_height: int, viewport: QRect) -> QRect:
    """Where the inline editor goes: over the note, but at least wide and tall enough to read and
    write a few lines when the map is zoomed out, and inside the view."""
    width = max(note.width(), EDITOR_MIN_WIDTH)
    height = max(note.height(), EDITOR_MIN_LINES * line_height + 24)
    x = max(viewport.left(), min(note.left(), viewport.right() - width))
    y = max(viewport.top(), min(note.top(), viewport.bottom() - height))
    return QRect(x, y, width, height)


FIT_READABLE_PX = 9  # « Ajuster » fits the width only when the whole map would show notes smaller than this


class JourneyView(QGraphicsView):
    text_committed = Signal(object, str)  # EditTarget, text
    move_selection_requested = Signal(list, object)  # note ids, target cell (Alt+Arrow)

    def __init__(self, scene: JourneyScene) -> None:
        super().__init__(scene)
        self.journey_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.editor = NoteEditor(self.viewport())
        self.editor.committed.connect(self.text_committed)
        self._pan_from: QPoint | None = None
        self._space_held = False
        self._last_pointer = QPoint()
        self._autoscroll = QTimer(self, interval=30)
        self._autoscroll.timeout.connect(self._autoscroll_tick)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(self._place_editor)
            bar.valueChanged.connect(self._report_visible_area)
            bar.rangeChanged.connect(self._report_visible_area)

    def _report_visible_area(self, *_args: int) -> None:
        """Tell the scene what this view shows, with a screenful of margin all around (see
        ``JourneyScene.set_visible_area``)."""
        if self.scene() is None:  # the scene is being deleted (its journey was closed): nothing to tell
            return
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        self.journey_scene.set_visible_area(self, shown.adjusted(-shown.width(), -shown.height(), shown.width(),
                                                                 shown.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._report_visible_area()

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt's name
        """A target journey's canvas is tinted: it never looks like the current one (the grid
        also says « Parcours cible », top left)."""
        if self.journey_scene.grid.is_target():
            painter.fillRect(rect, QColor(TARGET_CANVAS))
        else:
            super().drawBackground(painter, rect)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802 - Qt's name
        """Stage headers and channel names stay pinned at the edges while the map scrolls."""
        self.journey_scene.grid.paint_pinned_headers(painter, self.mapToScene(self.viewport().rect()).boundingRect())

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt's name
        super().scrollContentsBy(dx, dy)
        if dx or dy:
            self.viewport().update()  # the pinned headers must not scroll with the pixels Qt moves

    # --- zoom -----------------------------------------------------------------------
    @property
    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom(self, factor: float) -> None:
        factor = max(ZOOM_MIN / self.scale_factor, min(ZOOM_MAX / self.scale_factor, factor))
        self.scale(factor, factor)
        self._place_editor()
        self._report_visible_area()

    def fit(self) -> None:
        """Ctrl+0: the whole journey in the window (never enlarged past 100 %); when that would make
        note text too small to read, its width only, from the top (the rows then scroll)."""
        rect = self.scene().sceneRect()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale_factor > 1:
            self.resetTransform()
        if NoteItem.text_font().pixelSize() * self.scale_factor < FIT_READABLE_PX:
            scale = min(1.0, self.viewport().width() / rect.width())
            self.setTransform(QTransform.fromScale(scale, scale))
            self.ensureVisible(QRectF(rect.left(), rect.top(), 1, 1), 0, 0)
        self._place_editor()
        self._report_visible_area()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            event.accept()
        else:
            super().wheelEvent(event)

    # --- pan: middle button, or Space + drag ------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.MiddleButton or (
                self._space_held and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._last_pointer = event.position().toPoint()
        if self.journey_scene.dragging_notes and event.buttons() & Qt.MouseButton.LeftButton:
            if self._edge_push().isNull():
                self._autoscroll.stop()
            elif not self._autoscroll.isActive():
                self._autoscroll.start()
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self._autoscroll.stop()
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # --- autoscroll: a note dragged to an edge of the view scrolls the map -------------------------
    def _edge_push(self) -> QPoint:
        """How far to scroll for the pointer's position: towards the edges it is near (0, 0: none)."""
        rect, pos = self.viewport().rect(), self._last_pointer

        def push(value: int, low: int, high: int) -> int:
            if value < low + AUTOSCROLL_MARGIN:
                return -AUTOSCROLL_STEP
            return AUTOSCROLL_STEP if value > high - AUTOSCROLL_MARGIN else 0

        return QPoint(push(pos.x(), rect.left(), rect.right()), push(pos.y(), rect.top(), rect.bottom()))

    def _autoscroll_tick(self) -> None:
        step = self._edge_push()
        if not self.journey_scene.dragging_notes or step.isNull():
            self._autoscroll.stop()
            return
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setValue(horizontal.value() + step.x())
        vertical.setValue(vertical.value() + step.y())
        # the dragged notes follow the map under the still pointer, as if it had moved
        moved = QMouseEvent(QEvent.Type.MouseMove, QPointF(self._last_pointer),
                            QPointF(self.viewport().mapToGlobal(self._last_pointer)), Qt.MouseButton.NoButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        super().mouseMoveEvent(moved)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.viewport().unsetCursor()
        super().keyReleaseEvent(event)

    # --- the keyboard path -------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab walk the notes instead of moving the focus to another widget.
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            self.select_next(-1 if event.key() == Qt.Key.Key_Backtab else 1)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, mods = event.key(), event.modifiers()
        scene = self.journey_scene
        plain = not mods & ~Qt.KeyboardModifier.KeypadModifier
        if key in ARROWS and mods & Qt.KeyboardModifier.AltModifier:
            self._move_selection(*ARROWS[key])
        elif key in ARROWS and plain:
            scene.clearSelection()
            scene.set_current_cell(scene.neighbour_cell(scene.current_cell, *ARROWS[key]))
            self._show_current()
        elif key in (Qt.Key.Key_N, Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.write_new_note(scene.current_cell)
        elif key == Qt.Key.Key_F2 and plain:
            self.edit_selected()
        elif key == Qt.Key.Key_Escape and plain:
            scene.clearSelection()
        elif key == Qt.Key.Key_Space and plain and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def select_next(self, step: int) -> None:
        """Select the next (step 1) or previous (step -1) note in reading order."""
        order = self.journey_scene.reading_order()
        if not order:
            return
        selected = self.journey_scene.selected_ids()
        if selected:
            index = (order.index(selected[0] if step < 0 else selected[-1]) + step) % len(order)
        else:
            in_cell = [i for i in order if self.journey_scene.notes[i].note.cell == self.journey_scene.current_cell]
            index = order.index(in_cell[0]) if in_cell else (0 if step > 0 else len(order) - 1)
        self.journey_scene.select_notes([order[index]])
        self.ensureVisible(self.journey_scene.notes[order[index]].sceneBoundingRect(), 40, 40)

    def _move_selection(self, d_stage: int, d_channel: int) -> None:
        ids = self.journey_scene.selected_ids()
        if not ids:
            return
        cell = self.journey_scene.notes[ids[0]].note.cell
        target = self.journey_scene.neighbour_cell(cell, d_stage, d_channel)
        if target != cell:
            self.move_selection_requested.emit(ids, target)

    def _show_current(self) -> None:
        self.ensureVisible(self.journey_scene.cell_cursor.sceneBoundingRect(), 40, 40)

    # --- the inline editor -----------------------------------------------------------------
    def write_new_note(self, cell: Cell | None = None, index: int | None = None) -> None:
        """Open the editor for a new note in ``cell`` (default: the current cell), at ``index``
        (default: after its last note)."""
        scene = self.journey_scene
        cell = scene.current_cell if cell is None else cell
        order = scene.layout.order.get(cell, [])
        index = len(order) if index is None else index
        scene.set_current_cell(cell)
        scene.clearSelection()
        self._open_editor(EditTarget(None, cell, index), palette.NOTE_COLORS[Evaluation.NONE])

    def edit_note(self, note_id: int) -> None:
        item = self.journey_scene.notes.get(note_id)
        if item is None:
            return
        self.journey_scene.select_notes([note_id])
        note = item.note
        self._open_editor(EditTarget(note_id, note.cell, note.position, note.text),
                          note.color or palette.NOTE_COLORS[note.evaluation])

    def edit_selected(self) -> None:
        if ids := self.journey_scene.selected_ids():
            self.edit_note(ids[0])

    def _open_editor(self, target: EditTarget, fill: str) -> None:
        if self.editor.editing:
            self.editor.commit()
        self.editor.open(target, fill, max(EDITOR_MIN_PIXELS, NoteItem.text_font().pixelSize() * self.scale_factor))
        self._place_editor()
        self.ensureVisible(self._editor_scene_rect(target), 40, 40)

    def _editor_scene_rect(self, target: EditTarget) -> QRectF:
        scene = self.journey_scene
        layout = scene.layout
        if target.note_id is not None and target.note_id in layout.notes:
            r = layout.notes[target.note_id]
            return QRectF(r.x, r.y, r.w, max(r.h, MIN_HEIGHT * 1.5))
        cell_rect = layout.parking if target.cell == PARKING_CELL else layout.cells[target.cell]
        order = layout.order.get(target.cell, [])
        if target.index < len(order):
            top = layout.notes[order[target.index]].y
            x = layout.notes[order[target.index]].x
        elif order:
            last = layout.notes[order[-1]]
            top, x = last.bottom + METRICS.gap, last.x
        else:
            top, x = cell_rect.y + METRICS.padding, cell_rect.x + METRICS.padding
            if target.cell == PARKING_CELL:
                top += METRICS.parking_title
        return QRectF(x, top, METRICS.note_width, MIN_HEIGHT * 1.5)

    def _place_editor(self) -> None:
        target = self.editor.target
        if target is None:  # not editing
            return
        self.editor.setGeometry(readable_rect(self.mapFromScene(self._editor_scene_rect(target)).boundingRect(),
                                              self.editor.fontMetrics().lineSpacing(), self.viewport().rect()))
