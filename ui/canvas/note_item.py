"""A sticky note: an item that draws one touchpoint. The scene decides where it goes; the
user can select it and drag it (the scene turns the drop into a core command)."""

from __future__ import annotations

from functools import cache, lru_cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem, QWidget

from cjm_desktop.layout.colors import author_color
from cjm_desktop.layout.grid_layout import Rect
from cjm_desktop.model.domain import Evaluation, Touchpoint
from cjm_desktop.text.first_person import is_first_person
from ui.canvas import palette
from ui.widgets import icons
from ui.widgets.plain_text import plain_tip

PAD = 10.0  # inside the note
BADGE_ROW = 22.0  # room for the evaluation icon, star, emotion and votes
MIN_HEIGHT = 64.0
MAX_LINES = 12  # a very long note is cut (with an ellipsis) rather than stretching the row
# Characters of a note ever laid out: more than MAX_LINES lines of the narrowest letters hold, so a note of
# 100,000 characters costs what a short one does (the editor and the properties panel show it whole).
MAX_CHARS = 1_200
RADIUS = 8.0
TOOLTIP_CHARS = 500
SELECTED = "#1565c0"
# Hide until reveal: a face-down note is a blank card for the room (a view whose viewport has the property
# ``audience``), and dimmed with a « face cachée » mark for the facilitator.
CARD_BACK = "#cfd6dc"  # the back of a card: neutral, the same for every note
CARD_BACK_PATTERN = QColor(96, 125, 139, 60)  # a discreet diagonal weave on it
FACE_DOWN_INK = "#546e7a"  # the mark and the dashed edge of a face-down note in the editor
FACE_DOWN_FADE = 0.55  # how far a face-down note's colour goes towards white in the editor


@cache
def _font() -> QFont:
    font = QFont()
    font.setPixelSize(15)
    return font


@cache
def _small_font() -> QFont:
    font = QFont(_font())
    font.setPixelSize(12)
    return font


def note_height(metrics: QFontMetricsF, text: str, width: float) -> float:
    """The height a note needs to show ``text`` wrapped in ``width``."""
    shown = text if len(text) <= MAX_CHARS else shown_text(text, width)  # cut to MAX_LINES lines below anyway
    bound = metrics.boundingRect(QRectF(0, 0, width - 2 * PAD, 1e6), Qt.TextFlag.TextWordWrap, shown or " ")
    text_height = min(bound.height(), metrics.lineSpacing() * MAX_LINES)
    return max(MIN_HEIGHT, text_height + 2 * PAD + BADGE_ROW)


@lru_cache(maxsize=4096)
def shown_text(text: str, width: float) -> str:
    """What a note of ``width`` shows of ``text``: all of it when it fits MAX_LINES lines; else its first
    MAX_LINES lines, the last one ending with « … ». Never more than MAX_CHARS characters are laid out."""
    cut = text[:MAX_CHARS]
    metrics = QFontMetricsF(_font())
    text_width = width - 2 * PAD
    if len(text) <= MAX_CHARS:
        bound = metrics.boundingRect(QRectF(0, 0, text_width, 1e6), Qt.TextFlag.TextWordWrap, text or " ")
        if bound.height() <= metrics.lineSpacing() * MAX_LINES + 0.5:
            return text  # fits: shown as typed
    layout = QTextLayout(cut.replace("\n", "\u2028"), _font())  # as drawText lays out a line break
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # what Qt.TextWordWrap asks drawText for
    layout.setTextOption(option)
    layout.beginLayout()
    last = (0, 0)
    for _ in range(MAX_LINES):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(text_width)
        last = (line.textStart(), line.textLength())
    layout.endLayout()
    units = cut.encode("utf-16-le", "surrogatepass")  # Qt counts positions in UTF-16 code units
    start, length = 2 * last[0], 2 * (last[0] + last[1])
    kept = units[:start].decode("utf-16-le", "surrogatepass")
    line_text = units[start:length].decode("utf-16-le", "surrogatepass").rstrip()
    return kept + metrics.elidedText(line_text + "…", Qt.TextElideMode.ElideRight, text_width)


class NoteItem(QGraphicsRectItem):
    """Draws one note: rounded, soft shadow, coloured AND iconed by its evaluation; a small
    dotted corner marks a note not written in the first person (when the check is on).

    A rect item only for its bounds: Qt asks every note of a row that moved for them, and
    a rectangle answers in C++ (a Python ``boundingRect`` made moving a row cost its notes)."""

    text_font = staticmethod(_font)

    def __init__(self, note: Touchpoint, rect: Rect, check_first_person: bool = True) -> None:
        super().__init__()
        self.setPen(Qt.PenStyle.NoPen)
        self.show_icons = False
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        # Drawn once into a pixmap at the current zoom (redrawn when the zoom changes, so text
        # stays crisp): dragging and scrolling then only copy pixels. Not a face-down note (see _cache_mode).
        self.setCacheMode(_cache_mode(note))
        self.size = (rect.w, rect.h)
        self.note = note
        self.votes = 0  # the dots the room may see on it (derived from the voting sessions: ``set_votes``)
        self.shown: str | None = None  # what paint draws (at most MAX_LINES lines), found at the first paint
        self.check_first_person = check_first_person
        self._judge()
        self.update_note(note, rect)

    def set_first_person_check(self, on: bool) -> None:
        self.check_first_person = on
        self._judge()
        self.update()

    def _judge(self) -> None:
        """Judge the text once per change (paint and the status bar count read the result)."""
        self.not_first_person = self.check_first_person and not is_first_person(self.note.text)
        self.setToolTip(plain_tip(self._tooltip()))

    def update_note(self, note: Touchpoint, rect: Rect) -> None:
        """Show ``note`` at ``rect`` (called after every change of the model)."""
        if (rect.w, rect.h) != self.size or self.rect().isEmpty():
            self.size = (rect.w, rect.h)
            self.setRect(-2, -2, rect.w + 6, rect.h + 6)  # the note, its shadow and selection outline
            self.shown = None
        if note is not self.note and note != self.note:
            text_changed = note.text != self.note.text
            turned = note.hidden != self.note.hidden
            self.note = note
            if text_changed:
                self.shown = None
            if text_changed or turned:
                self._judge()  # a face-down note's tooltip does not show its text
            if turned:
                self.setCacheMode(_cache_mode(note))
            self.update()
        if (self.x(), self.y()) != (rect.x, rect.y):
            self.setPos(rect.x, rect.y)  # from its row's top-left corner

    def set_votes(self, votes: int) -> None:
        """Show ``votes`` dots on the note (the scene derives them from the voting sessions)."""
        if votes != self.votes:
            self.votes = votes
            self.update()

    def _tooltip(self) -> str:
        if self.note.hidden:  # tooltips show in every view, the room's too: never the text of a face-down note
            return QCoreApplication.translate(
                "NoteItem", "Face down: the room sees a blank card until the note is revealed (Edit › Reveal all "
                "the notes).")
        text = self.note.text[:TOOLTIP_CHARS]
        if not self.not_first_person:
            return text
        rule = QCoreApplication.translate(
            "NoteItem", "Not written in the first person: a touchpoint is said by the customer (“I compare the "
            "offers”). Right-click › Write in the first person, or fix it in the properties panel.")
        return f"{text}\n\n{rule}"

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        w, h = self.size
        note = self.note
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawRoundedRect(QRectF(2, 3, w, h), RADIUS, RADIUS)  # soft shadow
        if note.hidden and widget is not None and widget.property("audience"):
            # The room's view (its viewport says so): the back of the card. The item cache is per viewport
            # (DeviceCoordinateCache keeps a pixmap per paint device), so the editor's pixmap never shows here.
            self._paint_card_back(painter, w, h)
            return
        fill = QColor(note.color or palette.NOTE_COLORS[note.evaluation])
        if note.hidden:  # the facilitator reads it, but it is clearly not on the wall yet
            fill = _faded(fill, FACE_DOWN_FADE)
        selected = self.isSelected()
        edge = QPen(QColor(SELECTED) if selected else fill.darker(125), 3 if selected else 1)
        if note.hidden and not selected:
            edge = QPen(QColor(FACE_DOWN_INK), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(edge)
        painter.setBrush(fill)
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, w, h), RADIUS, RADIUS)
        painter.drawPath(path)
        if self.not_first_person:
            self._paint_first_person_marker(painter, w)
        painter.setPen(QColor(palette.INK) if not note.hidden else QColor(FACE_DOWN_INK))
        painter.setFont(_font())
        text_rect = QRectF(PAD, PAD, w - 2 * PAD, h - 2 * PAD - BADGE_ROW)
        if self.shown is None:
            self.shown = shown_text(note.text, w)
        painter.save()
        painter.setClipRect(text_rect.adjusted(0, 0, 0, 2))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                         self.shown)
        painter.restore()
        self._paint_badges(painter, w, h)

    def _paint_card_back(self, painter: QPainter, w: float, h: float) -> None:
        """A face-down note as the room sees it: the same card, blank (no text, no badge, no mark)."""
        selected = self.isSelected()
        painter.setPen(QPen(QColor(SELECTED), 3) if selected else QPen(QColor(CARD_BACK).darker(120), 1))
        painter.setBrush(QColor(CARD_BACK))
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, w, h), RADIUS, RADIUS)
        painter.drawPath(path)
        painter.fillPath(path, QBrush(CARD_BACK_PATTERN, Qt.BrushStyle.BDiagPattern))

    def _paint_face_down_mark(self, painter: QPainter, x: float, y: float) -> float:
        """« face cachée » with an eye-off icon (once icons are loaded); returns where the row goes on."""
        if self.show_icons:
            icons.icon("face_down", FACE_DOWN_INK).paint(painter, int(x), int(y), 18, 18)
            x += 20
        font = _small_font()
        word = QCoreApplication.translate("NoteItem", "face down")
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor(FACE_DOWN_INK))
        width = QFontMetricsF(font).horizontalAdvance(word)
        painter.drawText(QRectF(x, y, width + 2, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, word)
        painter.restore()
        return x + width + 8

    @staticmethod
    def _paint_first_person_marker(painter: QPainter, w: float) -> None:
        """A discreet dotted corner, top right."""
        painter.save()
        painter.setPen(QPen(QColor(palette.FIRST_PERSON_MARK), 1.5, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawLine(int(w - 22), 4, int(w - 4), 4)
        painter.drawLine(int(w - 4), 4, int(w - 4), 22)
        painter.restore()

    def _paint_author(self, painter: QPainter, x: float, y: float, w: float) -> float:
        """Who said it, as a small pill in the author's colour; returns where the row goes on."""
        font = _small_font()
        metrics = QFontMetricsF(font)
        name = metrics.elidedText(self.note.author, Qt.TextElideMode.ElideRight, max(24.0, (w - x - PAD) * 0.6))
        pill = QRectF(x, y, metrics.horizontalAdvance(name) + 12, 18)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(author_color(self.note.author)))
        painter.drawRoundedRect(pill, 9, 9)
        painter.setPen(QColor("white"))
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, name)
        painter.restore()
        return pill.right() + 6

    def _paint_badges(self, painter: QPainter, w: float, h: float) -> None:
        note = self.note
        y = h - PAD - BADGE_ROW + 4
        x = PAD
        if note.hidden:
            x = self._paint_face_down_mark(painter, x, y)
        if self.show_icons and note.evaluation is not Evaluation.NONE:
            meaning, color = palette.NOTE_ICONS[note.evaluation]
            icons.icon(meaning, color).paint(painter, int(x), int(y), 18, 18)
            x += 22
        if self.show_icons and note.moment_of_truth:
            icons.icon("moment_of_truth", "#f9a825").paint(painter, int(x), int(y), 18, 18)
            x += 22
        if note.author:
            x = self._paint_author(painter, x, y, w)
        badges = []
        if note.emotion is not None:
            badges.append(f"{note.emotion:+d}" if note.emotion else "0")
        if self.votes:
            badges.append(f"♥ {self.votes}")
        if badges:
            painter.setFont(_small_font())
            painter.setPen(QColor("#455a64"))
            painter.drawText(QRectF(x, y, w - x - PAD, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             "   ".join(badges))


def _faded(color: QColor, towards_white: float) -> QColor:
    """``color`` moved ``towards_white`` (0…1) of the way to white."""
    return QColor.fromRgbF(*(c + (1.0 - c) * towards_white for c in (color.redF(), color.greenF(), color.blueF())))


def _cache_mode(note: Touchpoint) -> QGraphicsItem.CacheMode:
    """How a note's item is cached. A face-down note is drawn differently for the room (a blank card) and for
    the facilitator, but Qt's item cache serves the pixmap drawn for one view to the others (seen on the
    projector: the editor's rendering, text included): so a face-down note is not cached, each view draws it."""
    return QGraphicsItem.CacheMode.NoCache if note.hidden else QGraphicsItem.CacheMode.DeviceCoordinateCache
