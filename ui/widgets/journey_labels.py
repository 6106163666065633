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
_MAX_LINE = 2000  # characters: more than any line of a label shows


def wrap_text(text: str, font: QFont, width: float, max_lines: int | None = None) -> list[str]:
    """``text`` in lines no wider than ``width`` in ``font``: broken between words, and inside a
    word (after a hyphen if possible) only when the word alone is wider than ``width``. With
    ``max_lines``, stops after one line more than that (enough to know the text does not fit)."""
    metrics = QFontMetricsF(font)
    lines: list[str] = []
    current = ""
    for word in _BREAKS.split(text.strip()):
        if max_lines is not None and len(lines) > max_lines:
            return lines
        candidate = f"{current} {word}" if current else word
        if not word or metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while len(word) > 1 and metrics.horizontalAdvance(word) > width:
            if max_lines is not None and len(lines) > max_lines:
                return lines
            cut = _longest_fitting(word, metrics, width)
            hyphen = max(word.rfind(mark, 0, cut) for mark in "-‐/") + 1
            cut = hyphen if hyphen > 0 else cut  # after a hyphen if one fits
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current or not lines:
        lines.append(current)
    return lines


def _longest_fitting(word: str, metrics: QFontMetricsF, width: float) -> int:
    """How many characters of ``word`` fit ``width`` (at least one), found by halving: a name may
    be one 2,000-character word."""
    low, high = 1, min(len(word), _MAX_LINE)
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def elide_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` wrapped in at most ``max_lines`` lines no wider than ``width``, the last one ending
    in « … » when the text does not fit."""
    lines = wrap_text(text, font, width, max_lines)
    if len(lines) <= max_lines:
        return lines
    text = " ".join(word for word in _BREAKS.split(text.strip()) if word)  # as wrap_text reads it
    start = 0
    for line in lines[: max_lines - 1]:  # where the last line shown starts (a word may have been cut)
        start += len(line) + (text[start + len(line): start + len(line) + 1] == " ")
    rest = text[start: start + _MAX_LINE]  # more than any line can show
    return [*lines[: max_lines - 1], QFontMetricsF(font).elidedText(rest + " …", Qt.TextElideMode.ElideRight, width)]


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
        whole = metrics.horizontalAdvance(self._full.strip()[:_MAX_LINE])
        return QSize(hint.width() + math.ceil(whole - widest), hint.height())

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
        if width <= 0:  # not laid out yet: a short line, until the layout gives the label its width
            lines = [" ".join(_BREAKS.split(self._full.strip()[:200]))]
        else:
            lines = elide_lines(self._full, self.font(), width, self._max_lines)
        self._elided = width > 0 and len(wrap_text(self._full, self.font(), width, self._max_lines)) > self._max_lines
        shown = "\n".join(lines)
        if shown != QLabel.text(self):
            QLabel.setText(self, shown)
        self.setToolTip(plain_tip(self._full) if self._elided else "")
