"""A sticky note: a dumb item that draws one touchpoint (the scene decides where it goes)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjm_desktop.domain import Evaluation, Touchpoint
from cjm_desktop.grid_layout import Rect

from . import icons, palette

PAD = 10.0  # inside the note
BADGE_ROW = 22.0  # room for the evaluation icon, star, emotion and votes
MIN_HEIGHT = 64.0
MAX_LINES = 12  # a very long note is cut (with an ellipsis) rather than stretching the row


@cache
def _font() -> QFont:
    font = QFont()
    font.setPixelSize(15)
    return font


def note_height(metrics: QFontMetricsF, text: str, width: float) -> float:
    """The height a note needs to show ``text`` wrapped in ``width``."""
    bound = metrics.boundingRect(QRectF(0, 0, width - 2 * PAD, 1e6), Qt.TextFlag.TextWordWrap, text or " ")
    text_height = min(bound.height(), metrics.lineSpacing() * MAX_LINES)
    return max(MIN_HEIGHT, text_height + 2 * PAD + BADGE_ROW)


class NoteItem(QGraphicsItem):
    """Draws one note: rounded, soft shadow, coloured AND iconed by its evaluation."""

    text_font = staticmethod(_font)

    def __init__(self, note: Touchpoint, rect: Rect) -> None:
        super().__init__()
        self.note = note
        self.show_icons = False
        self.setPos(rect.x, rect.y)
        self.size = (rect.w, rect.h)
        self.setToolTip(note.text[:500])

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        w, h = self.size
        return QRectF(-1, -1, w + 5, h + 5)

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        w, h = self.size
        note = self.note
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawRoundedRect(QRectF(2, 3, w, h), 8, 8)  # soft shadow
        fill = QColor(note.color or palette.NOTE_COLORS[note.evaluation])
        border = QColor(fill).darker(125)
        if self.isSelected():
            border = QColor("#1565c0")
        painter.setPen(QPen(border, 2.5 if self.isSelected() else 1))
        painter.setBrush(fill)
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, w, h), 8, 8)
        painter.drawPath(path)
        painter.setPen(QColor(palette.INK))
        painter.setFont(_font())
        text_rect = QRectF(PAD, PAD, w - 2 * PAD, h - 2 * PAD - BADGE_ROW)
        painter.save()
        painter.setClipRect(text_rect.adjusted(0, 0, 0, 2))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         note.text)  # fmt: skip
        painter.restore()
        self._paint_badges(painter, w, h)

    def _paint_badges(self, painter: QPainter, w: float, h: float) -> None:
        note = self.note
        y = h - PAD - BADGE_ROW + 4
        x = PAD
        if self.show_icons and note.evaluation is not Evaluation.NONE:
            meaning, color = palette.NOTE_ICONS[note.evaluation]
            icons.icon(meaning, color).paint(painter, int(x), int(y), 18, 18)
            x += 22
        if self.show_icons and note.moment_of_truth:
            icons.icon("moment_of_truth", "#f9a825").paint(painter, int(x), int(y), 18, 18)
            x += 22
        small = QFont(_font())
        small.setPixelSize(12)
        painter.setFont(small)
        painter.setPen(QColor("#455a64"))
        badges = []
        if note.emotion is not None:
            badges.append(f"{note.emotion:+d}" if note.emotion else "0")
        if note.votes:
            badges.append(f"♥ {note.votes}")
        if badges:
            painter.drawText(QRectF(x, y, w - x - PAD, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             "   ".join(badges))  # fmt: skip
