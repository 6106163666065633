"""How the compare view marks notes: a coloured halo and a round badge per difference, and
a read-only journey scene that carries them. Told apart by colour AND symbol (colour-blind safe)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cjm_desktop.model.domain import ProjectState
from ui.canvas.journey_scene import JourneyScene
from ui.canvas.note_item import RADIUS
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets import icons
from ui.widgets.plain_text import plain_tip

# status -> (strong colour, light fill for legend chips)
COLORS = {
    "added": ("#2e7d32", "#e8f5e9"),
    "changed": ("#ef6c00", "#fff3e0"),
    "moved": ("#1565c0", "#e3f2fd"),
    "removed": ("#c62828", "#ffebee"),
    "same": ("#78909c", "#eceff1"),
}
SYMBOLS = {"added": "+", "changed": "✎", "moved": "→", "removed": "−", "same": "="}
FIELD_NAMES = {
    "text": QT_TRANSLATE_NOOP("CompareView", "text"),
    "evaluation": QT_TRANSLATE_NOOP("CompareView", "evaluation"),
    "moment_of_truth": QT_TRANSLATE_NOOP("CompareView", "moment of truth"),
    "emotion": QT_TRANSLATE_NOOP("CompareView", "emotion"),
    "departments": QT_TRANSLATE_NOOP("CompareView", "departments"),
    "comment": QT_TRANSLATE_NOOP("CompareView", "comment"),
    "votes": QT_TRANSLATE_NOOP("CompareView", "votes"),
}
BADGE = 28.0  # diameter, in scene units (notes are 208 wide)
HALO = 4.0
GLOW = "#ffca28"  # the coloured outline sits outside the note, so the selection border stays visible


def field_names(changed: tuple[str, ...]) -> str:
    """« texte, évaluation »: the changed fields, translated."""
    return ", ".join(QCoreApplication.translate("CompareView", FIELD_NAMES[name]) for name in changed)


@dataclass(frozen=True)
class Mark:
    """What to draw on one note: its status, a second badge for a changed note that also
    moved, and the tooltip explaining it."""

    status: str
    also_moved: bool = False
    tooltip: str = ""


class MarkItem(QGraphicsItem):
    """A halo around a note and a badge on its top-right corner; a removed note is washed
    out, struck through and outlined with dashes."""

    def __init__(self, mark: Mark, width: float, height: float) -> None:
        super().__init__()
        self.mark, self.size = mark, (width, height)
        self.setZValue(2)  # above the notes
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(plain_tip(mark.tooltip))

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        w, h = self.size
        return QRectF(-HALO - 2, -BADGE / 2 - 2, w + HALO + BADGE / 2 + 4, h + BADGE / 2 + HALO + 4)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        w, h = self.size
        status = self.mark.status
        strong = QColor(COLORS[status][0])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QRectF(-HALO / 2 - 1, -HALO / 2 - 1, w + HALO + 2, h + HALO + 2)
        if status == "same":  # dimmed, so that the differences stand out on a projected map
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(251, 251, 250, 150))
            painter.drawRoundedRect(QRectF(-1, -1, w + 5, h + 6), RADIUS, RADIUS)
            return
        if status == "removed":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 110))
            painter.drawRoundedRect(QRectF(0, 0, w, h), RADIUS, RADIUS)
            painter.setPen(QPen(strong, 2.5))
            painter.drawLine(QPointF(10, h / 2), QPointF(w - 10, h / 2))
            painter.setPen(QPen(strong, HALO - 1, Qt.PenStyle.DashLine))
        else:
            painter.setPen(QPen(strong, HALO))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(outline, RADIUS + 2, RADIUS + 2)
        centre = QPointF(w - 6, 2)
        if self.mark.also_moved:
            _badge(painter, QPointF(centre.x() - BADGE - 2, centre.y()), "moved")
        _badge(painter, centre, status)


def _badge(painter: QPainter, centre: QPointF, status: str) -> None:
    """A white-ringed disc with the status symbol drawn as lines (no font needed)."""
    r = BADGE / 2
    painter.setPen(QPen(QColor("white"), 2.5))
    painter.setBrush(QColor(COLORS[status][0]))
    painter.drawEllipse(centre, r, r)
    painter.setPen(QPen(QColor("white"), 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    x, y, s = centre.x(), centre.y(), r * 0.5
    if status in ("added", "removed"):
        painter.drawLine(QPointF(x - s, y), QPointF(x + s, y))
        if status == "added":
            painter.drawLine(QPointF(x, y - s), QPointF(x, y + s))
    elif status == "moved":
        painter.drawLine(QPointF(x - s, y), QPointF(x + s * 0.4, y))
        painter.setBrush(QBrush(QColor("white")))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(QPolygonF([QPointF(x + s, y), QPointF(x + s * 0.1, y - s * 0.75),
                                       QPointF(x + s * 0.1, y + s * 0.75)]))
    elif status == "changed":
        size = int(r * 1.3)
        icons.icon("compare_changed", "white").paint(painter, int(x - size / 2), int(y - size / 2), size, size)


class CompareScene(JourneyScene):
    """A journey's grid and notes, read-only: notes can be selected, not moved or edited."""

    def __init__(self, state: ProjectState, journey_id: int) -> None:
        super().__init__(state, journey_id, check_first_person=False)
        self.mark_items: list[MarkItem] = []
        self.glows: list[QGraphicsPathItem] = []
        self.selectionChanged.connect(self._glow_selection)

    def sync(self, state: ProjectState | None = None) -> None:
        """Follow the model like the editing scene, with notes that do not move."""
        super().sync(state)
        for item in self.notes.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
            item.setCursor(Qt.CursorShape.PointingHandCursor)
        if hasattr(self, "glows"):
            self._glow_selection()

    def _glow_selection(self) -> None:
        """A yellow glow behind the selected notes: the pair stands out on both sides."""
        for item in self.glows:
            self.removeItem(item)
        self.glows = []
        for note_id in self.selected_ids():
            r = self.layout.notes[note_id]
            path = QPainterPath()
            path.addRoundedRect(QRectF(r.x - 12, r.y - 12, r.w + 24, r.h + 24), RADIUS + 10, RADIUS + 10)
            glow = QGraphicsPathItem(path)
            glow.setPen(Qt.PenStyle.NoPen)
            glow.setBrush(QColor(GLOW))
            glow.setZValue(-0.3)  # above the grid, behind the notes
            self.addItem(glow)
            self.glows.append(glow)

    def set_marks(self, marks: dict[int, Mark]) -> None:
        """Mark these notes (by id); every other note is drawn plain."""
        for item in self.mark_items:
            self.removeItem(item)
        self.mark_items = []
        for note_id, mark in marks.items():
            rect = self.layout.notes.get(note_id)
            if rect is None:
                continue
            item = MarkItem(mark, rect.w, rect.h)
            item.setPos(rect.x, rect.y)
            self.addItem(item)
            self.mark_items.append(item)

    # Only selection: no drags, no header moves, no editing, no menus.
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        QGraphicsScene.mousePressEvent(self, event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        QGraphicsScene.mouseMoveEvent(self, event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        QGraphicsScene.mouseReleaseEvent(self, event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        event.accept()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        event.accept()
