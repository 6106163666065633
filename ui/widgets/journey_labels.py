"""How a journey is named on screen (tabs, persona cards, the compare view's captions), and how a
name too long for its room is shown: wrapped on a few lines (``wrap_text``), then cut with « … »
(``elide_lines``, ``ElidedLabel``: the whole name in its tooltip)."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from cjm_desktop.model.domain import Journey, JourneyKind, ProjectState
from ui.widgets.plain_text import PlainLabel, plain_tip

translate = QCoreApplication.translate  # the strings are shared with the journey menu and the personas panel


def journey_label(journey: Journey) -> str:
    """The journey's name, with its kind unless the name already says it."""
    if journey.kind is JourneyKind.CURRENT:
        kind = QCoreApplication.translate("JourneyTabs", "current")
    else:
        kind = QCoreApplication.translate("JourneyTabs", "target")
    return journey.name if kind.lower() in journey.name.lower() else f"{journey.name} · {kind}"


def journey_tooltip(state: ProjectState, journey: Journey) -> str:
    """A journey's tooltip (its tab's): the journey's kind (and the current journey it derives from),
    then its persona."""
    current = state.get(Journey, journey.derived_from_id) if journey.derived_from_id is not None else None
    if journey.kind is JourneyKind.TARGET and current is not None:
        lines = [translate("JourneyMenu", "Target journey, derived from « %1 »").replace("%1", current.name)]
    elif journey.kind is JourneyKind.TARGET:
        lines = [translate("JourneyMenu", "Target journey")]
    else:
        lines = [translate("JourneyMenu", "Current journey")]
    if (persona := state.persona_name(journey.persona_id)) is not None:
        lines.append(translate("PersonasDock", "Persona: %1").replace("%1", persona))
    return plain_tip("\n".join(lines))


_BREAKS = re.compile(r"[ \t\r\n]+")  # where a line may break (never at a no-break space: « Je »)


def wrap_text(text: str, font: QFont, width: float) -> list[str]:
    """``text`` in lines no wider than ``width`` in ``font``: broken between words, and inside a
    word (after a hyphen if possible) only when the word alone is wider than ``width``."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    current = ""
    for word in _BREAKS.split(text.strip()):
        candidate = f"{current} {word}" if current else word
        if not word or metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while len(word) > 1 and metrics.horizontalAdvance(word) > width:
            fitting = [n for n in range(len(word) - 1, 0, -1) if metrics.horizontalAdvance(word[:n]) <= width] or [1]
            cut = next((n for n in fitting if word[n - 1] in "-‐/"), fitting[0])  # after a hyphen if one fits
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current or not lines:
        lines.append(current)
    return lines


def elide_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` wrapped in at most ``max_lines`` lines no wider than ``width``, the last one ending
    in « … » when the text does not fit."""
    lines = wrap_text(text, font, width)
    if len(lines) <= max_lines:
        return lines
    text = " ".join(word for word in _BREAKS.split(text.strip()) if word)  # as wrap_text reads it
    start = 0
    for line in lines[: max_lines - 1]:  # where the last line shown starts (a word may have been cut)
        start += len(line) + (text[start + len(line): start + len(line) + 1] == " ")
    last = QFontMetricsF(font).elidedText(text[start:] + " …", Qt.TextElideMode.ElideRight, width)
    return [*lines[: max_lines - 1], last]


class ElidedLabel(PlainLabel):
    """A name (user text, plain) on at most ``max_lines`` lines, cut with « … » when longer; the
    whole name is then its tooltip. Its width never depends on the name: a long name neither
    widens its panel nor is clipped without a sign. ``text()`` is the whole name."""

    _full = ""
    _max_lines = 1
    _elided = False

    def __init__(self, text: str = "", max_lines: int = 1, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._max_lines = max_lines
        # the layout gives it the width there is, never the name's width
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self._elide()

    def text(self) -> str:
        return self._full

    def shown_text(self) -> str:
        """What the label shows: the name, or its beginning and « … »."""
        return QLabel.text(self)

    def is_elided(self) -> bool:
        return self._elided

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """The whole name on one line (a chip as wide as its text), as tall as the lines shown."""
        hint = super().sizeHint()
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(line) for line in self.shown_text().split("\n")), default=0.0)
        return QSize(hint.width() + math.ceil(metrics.horizontalAdvance(self._full.strip()) - widest), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for « … » only: the label shrinks with its panel, the name is cut."""
        hint = super().minimumSizeHint()
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(line) for line in self.shown_text().split("\n")), default=0.0)
        return QSize(max(0, hint.width() - math.ceil(widest)) + math.ceil(metrics.horizontalAdvance("M…")),
                     hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # a style sheet sets the font late
            self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width() - 2 * self.margin() - 2  # hinted glyphs may be a pixel wider
        lines = elide_lines(self._full, self.font(), width, self._max_lines) if width > 0 else [self._full]
        self._elided = len(lines) == self._max_lines and lines != wrap_text(self._full, self.font(), width)
        shown = "\n".join(lines)
        if shown != QLabel.text(self):
            QLabel.setText(self, shown)
        self.setToolTip(plain_tip(self._full) if self._elided else "")
