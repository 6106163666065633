"""Drawing a ``MapPlan`` on a reportlab canvas, as vectors.

Text is shown as plain strings only (one text object per drawing, see ``pdf_ops``): no
markup is ever parsed, so a note reading ``<b>`` or ``&amp;`` prints exactly as typed.
Coordinates of the plan grow downwards (as on screen); ``draw_map`` places the plan's top-left
corner at (x, y) and scales it. Boxes are batched by style (notes never overlap, so drawing all
shadows, then all outlines, then all fills looks the same as note after note).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
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
from cjm_desktop.pdf import fonts, icons
from cjm_desktop.pdf.map.layout import (
    LANE_PADDING,
    LANE_STYLES,
    LANE_TITLE,
    LANE_TITLE_LEADING,
    METRICS,
    NOTE_FONT,
    NOTE_LEADING,
    NOTE_PADDING,
    MapPlan,
)
from cjm_desktop.pdf.page import MARGIN
from cjm_desktop.pdf.pdf_ops import TextRun, boxes, rect, rounded_boxes
from cjm_desktop.pdf.text_fit import fit_text, wrap

ICON_FALLBACK = "mdi6.shape-outline"
VOTE_ICON = "mdi6.heart"  # as on the canvas's notes (ui/widgets/icons.py: « votes »)
NOTE_RADIUS, NOTE_OUTLINE = 4.0, 0.4
SHADOW, SHADOW_OFFSET = "#d5d8dc", (0.8, 1.2)  # a soft shadow, down and to the right
OUTLINE, OUTLINE_UNEVALUATED = "#9aa5ab", "#b0a890"
# the text lanes, as on the canvas (ui/canvas/lanes_item.py, ui/widgets/icons.py)
LANE_FILL, LANE_HEADER_FILL, LANE_EDGE = "#ffffff", "#e3ecf6", "#c5d3e3"
LANE_ICONS = {"goal": "mdi6.flag-outline", "duration": "mdi6.timer-outline", "kpis": "mdi6.chart-line",
              "listening": "mdi6.ear-hearing", "departments": "mdi6.account-group-outline"}
# the vote heat, as on the canvas (ui/voting/heat_map_item.py): one dot pale amber, the most deep orange
HEAT_LOW, HEAT_HIGH, HEAT_STEPS, HEAT_INSET, HEAT_RADIUS = (255, 224, 130), (216, 67, 21), 5, 2.0, 4.0
STAMP_FILL, STAMP_INK = "#e8eaf6", "#283593"


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
        self.icons = icons.IconRun(c)  # drawn as paths, out of the text layer, after the boxes

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
        self.text_lanes()
        if self.plan.lane is not None and self.visible(self.plan.lane):
            self.emotion_lane(self.plan.lane)
        if layout.order.get((None, None)) and self.visible(layout.parking):
            self.parking()
        if self.plan.heat_session is not None:
            self.heat()
        self.notes([(i, r) for i, r in notes if self.visible(r)])
        self.icons.draw()
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
        if self.icons.add(name, x, y, size, color) or self.icons.add(ICON_FALLBACK, x, y, size, color):
            return size
        return 0.0

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

    def text_lanes(self) -> None:
        """The lanes the journey shows above the grid: a header (icon, title), then a cell per stage with the
        stage details' lines (wrapped and cut at planning, in the PDF's language)."""
        plan = self.plan
        lines = plan.lane_lines.get(self.words["language"]) or plan.lane_lines.get("fr", {})
        titles = plan.lane_titles.get(self.words["language"]) or plan.lane_titles.get("fr", {})
        headers, cells = [], []
        for lane, band in plan.lanes.items():
            header = Rect(0, band.y, METRICS.header_width, band.h)
            if self.visible(header):
                headers.append(rect(header))
                self.icon(LANE_ICONS[lane], header.x + 6, header.y + 17, 11, MUTED)
                for i, line in enumerate(titles.get(lane, [])):
                    self.run.add(header.x + 22, header.y + 15 + i * LANE_TITLE_LEADING, line, fonts.BOLD, LANE_TITLE,
                                 INK)
            for stage in plan.stages:
                column = plan.layout.columns[stage.id]
                if not self.visible(cell := Rect(column.x, band.y, column.w, band.h)):
                    continue
                cells.append(rect(cell))
                y = cell.y + LANE_PADDING
                for text, style in lines.get((lane, stage.id), []):  # already printable
                    font, size, leading = LANE_STYLES[style]
                    self.run.add(cell.x + LANE_PADDING, y + size, text, font, size, MUTED if style == "small" else INK)
                    y += leading
        if headers:
            self.c.addLiteral(boxes(headers, LANE_HEADER_FILL, LANE_EDGE))
        if cells:
            self.c.addLiteral(boxes(cells, LANE_FILL, LANE_EDGE))

    def heat(self) -> None:
        """The cells tinted by the heat session's dots (the journey's busiest cell the darkest), and its scale
        in the map's top-left corner: « Gommettes · session  1 ▢▢▢▢▢ 10 »."""
        plan, layout = self.plan, self.plan.layout
        most = max(plan.heat_most, 1)
        tints: dict[str, list[str]] = {}
        for cell, dots in plan.heat.items():
            r = layout.parking if cell == (None, None) else layout.cells.get(cell)
            if r is not None and self.visible(r):
                tints.setdefault(heat_color(dots / most), []).append(rect(r, HEAT_INSET + HEAT_RADIUS))
        if tints:
            self.c.addLiteral(" ".join(rounded_boxes(b, color, HEAT_RADIUS) for color, b in tints.items()))
        corner = Rect(0, 0, METRICS.header_width, METRICS.phase_height + METRICS.stage_height)
        if not self.visible(corner) or plan.heat_session is None:
            return
        name = self.words["direct_entry"] if plan.heat_direct else fonts.printable(plan.heat_session.name)
        lines = wrap(self.words["heat"].format(session=name), fonts.BOLD, 7, corner.w - 8)
        if len(lines) > 2:
            lines = [lines[0], fit_text(" ".join(lines[1:]), fonts.BOLD, 7, corner.w - 8)]
        for i, line in enumerate(lines):
            self.run.add(corner.x + 4, corner.y + 12 + i * 8.5, line, fonts.BOLD, 7, INK)
        x, baseline = corner.x + 4, corner.y + 39
        self.run.add(x, baseline, "1", fonts.REGULAR, 7, INK)
        x += stringWidth("1", fonts.REGULAR, 7) + 3
        swatches = []
        for step in range(HEAT_STEPS):
            swatch = Rect(x, baseline - 8, 11, 10)
            swatches.append(boxes([rect(swatch)], heat_color((step + 1) / HEAT_STEPS), None))
            x += 12
        self.c.addLiteral(" ".join(swatches))
        self.run.add(x + 2, baseline, str(most), fonts.REGULAR, 7, INK)

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


def heat_color(intensity: float) -> str:
    """The tint of a cell holding ``intensity`` (0 < i ≤ 1) of the busiest cell's dots: the canvas's colour and
    opacity, blended over white (opaque: no transparency in the PDF)."""
    i = max(0.0, min(1.0, intensity))
    alpha = 0.45 + 0.4 * i
    channels = (low + (high - low) * i for low, high in zip(HEAT_LOW, HEAT_HIGH, strict=True))
    return "#" + "".join(f"{round(255 * (1 - alpha) + v * alpha):02x}" for v in channels)


def draw_stamp(c: Canvas, plan: MapPlan, page_size: tuple[float, float], words: dict[str, str]) -> None:
    """« Instantané « NAME » · 3 déc. 2026 10:42 » after the page's title (``journey_title_block``), when the
    map is a snapshot's; ``page_size``: the page as composed (A3)."""
    if plan.snapshot is None:
        return
    width, top = page_size[0], page_size[1] - MARGIN
    title = fit_text(fonts.printable(plan.journey.name), fonts.BOLD, 15, width * 0.6)
    x = MARGIN + stringWidth(title, fonts.BOLD, 15) + 12
    text = words["snapshot_stamp"].format(name=fonts.printable(plan.snapshot.name),
                                          when=moment_text(plan.snapshot.created_at, words))
    text = fit_text(text, fonts.BOLD, 9, max(width * 0.64 - x - 12, 40.0))
    c.saveState()
    c.setFillColor(HexColor(STAMP_FILL))
    c.setStrokeColor(HexColor(STAMP_FILL))
    c.roundRect(x, top - 19, stringWidth(text, fonts.BOLD, 9) + 12, 14, 7, stroke=0, fill=1)
    c.setFillColor(HexColor(STAMP_INK))
    c.setFont(fonts.BOLD, 9)
    c.drawString(x + 6, top - 15, text)
    c.restoreState()


def moment_text(iso: str, words: dict[str, str]) -> str:
    """An ISO timestamp (UTC, as files store them) in local time, in the language's words: « 3 déc. 2026 10:42 »;
    anything else as it is."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    month = words["months"].split()[moment.month - 1]
    return words["moment"].format(day=moment.day, month=month, year=moment.year, time=f"{moment:%H:%M}")
