"""Drawing a ``MapPlan`` on a reportlab canvas, as vectors.

Text is shown as plain strings only (one text object per drawing, see ``pdf_ops``): no
markup is ever parsed, so a note reading ``<b>`` or ``&amp;`` prints exactly as typed.
Coordinates of the plan grow downwards (as on screen); ``draw_map`` places the plan's top-left
corner at (x, y) and scales it. Boxes are batched by style (notes never overlap, so drawing all
shadows, then all outlines, then all fills looks the same as note after note).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from cjm_desktop.layout.colors import (
    EVALUATION_ICONS,
    GRID_LINE,
    HEADER_FILL,
    INK,
    MUTED,
    NOTE_COLORS,
    PHASE_COLORS,
    STAR,
    author_color,
)
from cjm_desktop.layout.grid_layout import Rect
from cjm_desktop.layout.lanes_layout import smooth_path, split_at_gaps
from cjm_desktop.model.domain import Channel, Evaluation
from cjm_desktop.pdf import fonts
from cjm_desktop.pdf.map.layout import METRICS, NOTE_FONT, NOTE_LEADING, NOTE_PADDING, MapPlan
from cjm_desktop.pdf.pdf_ops import TextRun, boxes, rect, rounded_boxes
from cjm_desktop.pdf.text_fit import fit_text, wrap

ICON_FALLBACK = "mdi6.shape-outline"
VOTE_ICON = "mdi6.heart"  # as on the canvas's notes (ui/widgets/icons.py: « votes »)
NOTE_RADIUS, NOTE_OUTLINE = 4.0, 0.4
SHADOW, SHADOW_OFFSET = "#d5d8dc", (0.8, 1.2)  # a soft shadow, down and to the right
OUTLINE, OUTLINE_UNEVALUATED = "#9aa5ab", "#b0a890"


def draw_map(c: Canvas, plan: MapPlan, x: float, y: float, scale: float, words: dict[str, str],
             clip: Rect | None = None) -> None:
    """Draw ``plan`` with its top-left corner at page point (x, y), ``scale`` points per unit.
    ``clip`` (plan units) limits drawing to a part of the map (a poster tile)."""
    c.saveState()
    c.translate(x, y)
    c.scale(scale, scale)
    _Painter(c, plan, words, clip).paint()
    c.restoreState()


class _Painter:
    """Draws in plan units with y pointing down: every y is negated at the last moment."""

    def __init__(self, c: Canvas, plan: MapPlan, words: dict[str, str], clip: Rect | None) -> None:
        self.c, self.plan, self.words = c, plan, words
        self.clip = None if clip is None else (clip.x, clip.y, clip.right, clip.bottom)
        self.tile = clip
        self.run = TextRun(c)

    def visible(self, r: Rect) -> bool:
        """True when ``r`` shows in the clip (a tile checks each of its notes: keep it lean)."""
        k = self.clip
        return k is None or (r.x <= k[2] and r.y <= k[3] and r.x + r.w >= k[0] and r.y + r.h >= k[1])

    def paint(self) -> None:
        layout = self.plan.layout
        self.phases()
        headers = []
        for stage in self.plan.stages:
            if self.visible(column := layout.columns[stage.id]):
                headers.append(rect(column))
                self.centered_text(stage.name, column, fonts.BOLD, 9.0)
        for channel in self.channels():
            if self.visible(row := layout.rows[channel.id]):
                headers.append(rect(row))
                self.channel_header(channel)
        if headers:
            self.c.addLiteral(boxes(headers, HEADER_FILL, GRID_LINE))
        shown: Iterable[Rect]
        notes: Iterable[tuple[int, Rect]]
        if self.tile is None:
            shown, notes = layout.cells.values(), layout.notes.items()
        else:  # a poster tile: only its part of the map is looked at (found by bisection)
            shown = [layout.cells[cell] for cell in self.plan.index.cells(self.tile)]
            notes = [(i, layout.notes[i]) for i in self.plan.index.notes(self.tile)]
        cells = [rect(r) for r in shown if self.visible(r)]
        if cells:
            self.c.addLiteral(boxes(cells, None, GRID_LINE))
        if self.plan.lane is not None and self.visible(self.plan.lane):
            self.emotion_lane(self.plan.lane)
        if layout.order.get((None, None)) and self.visible(layout.parking):
            self.parking()
        self.notes([(i, r) for i, r in notes if self.visible(r)])
        text = self.run.code()
        if text:
            self.c.addLiteral(text)  # all the text, above every shape

    def channels(self) -> list[Channel]:
        return self.plan.channels

    # --- shapes -------------------------------------------------------------------
    def box(self, r: Rect, fill: str | None) -> None:
        """A header or lane box: ``fill`` (or none), outlined like the grid."""
        self.c.addLiteral(boxes([rect(r)], fill, GRID_LINE))

    def text(self, x: float, y: float, text: str, font: str, size: float, color: str = INK) -> None:
        """``text`` with its baseline at plan point (x, y) (shown with the drawing's other text)."""
        self.run.add(x, y, fonts.printable(text), font, size, color)

    def centered_text(self, text: str, r: Rect, font: str, size: float, color: str = INK) -> None:
        lines = wrap(fonts.printable(text), font, size, r.w - 8)[:2]
        leading = size * 1.2
        top = r.y + (r.h - leading * len(lines)) / 2 + size
        for i, line in enumerate(lines):
            width = stringWidth(line, font, size)
            self.text(r.x + (r.w - width) / 2, top + i * leading, line, font, size, color)

    def icon(self, name: str, x: float, y: float, size: float, color: str) -> float:
        """Draw a qtawesome icon with its baseline at (x, y); return its width (0 when unknown)."""
        char = fonts.icon_char(name) or fonts.icon_char(ICON_FALLBACK)
        if char is None:
            return 0.0
        self.run.add(x, y, char, fonts.ICONS, size, color)
        return size

    # --- parts of the map -----------------------------------------------------------
    def phases(self) -> None:
        layout, m = self.plan.layout, METRICS
        for phase, group in groupby(self.plan.stages, key=lambda s: s.phase):
            run = list(group)
            first, last = layout.columns[run[0].id], layout.columns[run[-1].id]
            band = Rect(first.x, 0, last.right - first.x, m.phase_height)
            if not self.visible(band):
                continue
            self.c.addLiteral(boxes([rect(band)], PHASE_COLORS[phase], "#ffffff", 1.5))
            label = self.words[phase.value if phase else "no_phase"].upper()
            if label:
                self.centered_text(label, band, fonts.BOLD, 6.5, MUTED)

    def channel_header(self, channel: Channel) -> None:
        r = self.plan.layout.rows[channel.id]
        self.icon(channel.icon or ICON_FALLBACK, r.x + 6, r.y + 17, 11, MUTED)
        lines = wrap(fonts.printable(channel.name), fonts.BOLD, 8.5, r.w - 28)[:3]
        for i, line in enumerate(lines):
            self.text(r.x + 22, r.y + 15 + i * 10.5, line, fonts.BOLD, 8.5)

    def notes(self, notes: list[tuple[int, Rect]]) -> None:
        """The notes' boxes as a few paths (shadows, outlines, fills), their text with the rest."""
        if not notes:
            return
        inner = [rect(r, NOTE_RADIUS) for _, r in notes]
        outlines: dict[str, list[str]] = {}
        fills: dict[str, list[str]] = {}
        for (note_id, r), box in zip(notes, inner, strict=True):
            note = self.plan.notes[note_id]
            outline = OUTLINE_UNEVALUATED if note.evaluation is Evaluation.NONE else OUTLINE
            outlines.setdefault(outline, []).append(box)
            fills.setdefault(note.color or NOTE_COLORS[note.evaluation], []).append(box)
            self.note(note_id, r)
        # an outline is the ring between the box grown and shrunk by half the line width
        ops = [rounded_boxes(inner, SHADOW, NOTE_RADIUS, SHADOW_OFFSET)]
        ops += [rounded_boxes(b, color, NOTE_RADIUS + NOTE_OUTLINE / 2) for color, b in outlines.items()]
        ops += [rounded_boxes(b, color, NOTE_RADIUS - NOTE_OUTLINE / 2) for color, b in fills.items()]
        self.c.addLiteral(" ".join(ops))

    def note(self, note_id: int, r: Rect) -> None:
        """A note's text, icons and badges."""
        note, add = self.plan.notes[note_id], self.run.add
        y = r.y + NOTE_PADDING + NOTE_FONT
        for line in self.plan.lines[note_id]:  # already printable
            add(r.x + NOTE_PADDING, y, line, fonts.REGULAR, NOTE_FONT, INK)
            y += NOTE_LEADING
        if note.evaluation in EVALUATION_ICONS:
            _, name, ink = EVALUATION_ICONS[note.evaluation]
            self.icon(name, r.right - NOTE_PADDING - 9, r.y + NOTE_PADDING + 8, 9, ink)
        votes = self.plan.votes.get(note_id, 0)
        if note.moment_of_truth or votes:
            baseline = r.bottom - NOTE_PADDING - 1
            x = r.x + NOTE_PADDING
            if note.moment_of_truth:
                x += self.icon("mdi6.star", x, baseline + 1, 9, STAR) + 3
            if votes:
                x += self.icon(VOTE_ICON, x, baseline + 1, 8, MUTED) + 2
                self.text(x, baseline, str(votes), fonts.BOLD, 7, MUTED)
        if note.author:  # who said it, bottom right, in the author's colour (as on the canvas)
            name = fit_text(fonts.printable(note.author), fonts.BOLD, 6.5, r.w / 2)
            width = stringWidth(name, fonts.BOLD, 6.5)
            self.run.add(r.right - NOTE_PADDING - width, r.bottom - NOTE_PADDING - 1, name, fonts.BOLD, 6.5,
                         author_color(note.author))

    def parking(self) -> None:
        r = self.plan.layout.parking
        c = self.c
        c.saveState()
        c.setDash(3, 2)
        c.setFillColor(HexColor("#fafafa"))
        c.setStrokeColor(HexColor("#b0bec5"))
        c.setLineWidth(0.6)
        c.roundRect(r.x, -r.bottom, r.w, r.h, 6, stroke=1, fill=1)
        c.restoreState()
        self.text(r.x + 8, r.y + 14, self.words["parking"], fonts.BOLD, 9, MUTED)

    def emotion_lane(self, lane: Rect) -> None:
        layout = self.plan.layout
        header = Rect(0, lane.y, METRICS.header_width, lane.h)
        self.box(header, HEADER_FILL)
        self.icon("mdi6.heart-pulse", header.x + 6, header.y + 17, 11, MUTED)
        self.text(header.x + 22, header.y + 15, self.words["emotions"], fonts.BOLD, 8.5)
        area = Rect(METRICS.header_width, lane.y, lane.w - METRICS.header_width, lane.h)
        self.box(area, "#ffffff")
        middle, amplitude = area.y + area.h / 2, (area.h - 16) / 4
        c = self.c
        c.setStrokeColor(HexColor(GRID_LINE))
        c.setLineWidth(0.6)
        c.setDash(2, 2)
        c.line(area.x, -middle, area.right, -middle)
        c.setDash()
        at = [None if (value := self.plan.emotions.get(s.id)) is None else
              (layout.columns[s.id].x + layout.columns[s.id].w / 2, middle - value * amplitude, value)
              for s in self.plan.stages]
        points = [point for point in at if point is not None]
        for run in split_at_gaps(at):  # a stage without data breaks the curve, as on the canvas
            if len(run) > 1:
                self._smooth_curve([(x, y) for x, y, _ in run], middle - 2 * amplitude, middle + 2 * amplitude)
        for x, y, value in points:
            color = "#2e7d32" if value > 0.25 else "#c62828" if value < -0.25 else "#546e7a"
            c.setFillColor(HexColor(color))
            c.setStrokeColor(HexColor("#ffffff"))
            c.circle(x, -y, 3.2, stroke=1, fill=1)
            self.text(x + 5, y - 4, f"{value:+.1f}".replace("+0.0", "0").replace("-0.0", "0"), fonts.REGULAR, 6.5,
                      MUTED)

    def _smooth_curve(self, points: list[tuple[float, float]], top: float, bottom: float) -> None:
        """The canvas's emotion curve through ``points``, kept between ``top`` and ``bottom`` (+2 and −2)."""
        c = self.c
        path = c.beginPath()
        path.moveTo(points[0][0], -points[0][1])
        for c1, c2, end in smooth_path(points, top, bottom):
            path.curveTo(c1[0], -c1[1], c2[0], -c2[1], end[0], -end[1])
        c.setStrokeColor(HexColor("#5c6bc0"))
        c.setLineWidth(1.6)
        c.drawPath(path, stroke=1, fill=0)
