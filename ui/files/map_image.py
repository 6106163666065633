"""Images of a journey for slides and documents, drawn from the app: the journey, a stage or the selection,
PNG or SVG, at a chosen width, with a title (project · journey · stage) and a legend. « Fichier › Exporter
l'image… » and « Édition › Copier la carte comme image » (``ui/files/image_dialog.py``) draw them. The scene is
one of its own, as ``image_export`` builds it for the command line: the document never changes, and the room
sees what the projector shows (no editing aid, face-down notes as blank cards).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from cjm_desktop.layout.colors import STAR
from cjm_desktop.model.domain import Evaluation, Journey, ProjectState
from cjm_desktop.model.placement import PARKING_CELL
from cjm_desktop.storage.errors import CjmError
from ui.canvas import palette
from ui.canvas.journey_scene import JourneyScene
from ui.canvas.note_item import CARD_BACK, NoteItem
from ui.files.image_export import (
    MAX_PIXELS,
    MAX_SIDE,
    SCREEN_DPI,
    AudienceCard,
    ImageTooLarge,
    ensure_app,
    export_scene,
    too_large,
)

translate = QCoreApplication.translate
SLIDE_WIDTH = 1920  # « diapositive »
UHD_WIDTH = 3840  # « 4K »
MIN_WIDTH = 320
SVG_MIME = "image/svg+xml"
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 refuses


class Part(Enum):
    """What the image shows."""

    JOURNEY = "journey"
    STAGE = "stage"  # one stage's column, with the stage header and the channels' names
    SELECTION = "selection"  # the cells of the selected notes, with their stage and channel headers


class ImageFormat(Enum):
    PNG = "png"
    SVG = "svg"


@dataclass(frozen=True)
class ImageRequest:
    """One image to draw: of ``journey_id``, ``part`` (``stage_id`` for a stage, ``note_ids`` for a
    selection), ``width`` pixels wide, with first-person marks only when asked."""

    journey_id: int
    part: Part = Part.JOURNEY
    width: int = SLIDE_WIDTH
    stage_id: int | None = None
    note_ids: tuple[int, ...] = ()
    first_person_marks: bool = False


Span = tuple[float, float]  # from, to (scene units)


def _merged(spans: list[Span]) -> list[Span]:
    """``spans`` sorted, those that touch or overlap joined."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + 0.5:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def crop_of(scene: JourneyScene, request: ImageRequest) -> tuple[list[Span], list[Span]]:
    """The columns and rows of the scene the image shows, side by side and one above the other (a stage:
    the channels' names and its column; a selection: those and the stage headers, around its cells)."""
    layout, m = scene.layout, scene.layout.metrics
    whole_x, whole_y = (-8.0, layout.width + 8), (-8.0, layout.height + 8)  # room for the notes' shadows
    rows = [layout.rows[c] for c in layout.channel_ids if c in layout.rows]
    grid_bottom = (rows[-1].bottom if rows else m.phase_height + m.stage_height) + layout.lanes_below
    if request.part is Part.STAGE and request.stage_id in layout.columns:
        column = layout.columns[request.stage_id]
        return _merged([(0.0, m.header_width), (column.x, column.right)]), [(0.0, grid_bottom + 4)]
    notes = [scene.notes[i].note for i in request.note_ids if i in scene.notes]
    if request.part is not Part.SELECTION or not notes:
        return [whole_x], [whole_y]
    xs: list[Span] = [(0.0, m.header_width)]
    ys: list[Span] = [(0.0, layout.row_top(layout.channel_ids[0]) if layout.channel_ids else m.phase_height)]
    for note in notes:
        if note.cell == PARKING_CELL or note.cell not in layout.cells:
            rect = layout.notes[note.id]
            xs.append((rect.x - m.padding, rect.right + m.padding))
            ys.append((rect.y - m.padding, rect.bottom + m.padding))
        else:
            cell = layout.cells[note.cell]
            xs.append((cell.x, cell.right))
            ys.append((cell.y, cell.bottom))
    return _merged(xs), _merged(ys)


def title_of(state: ProjectState, request: ImageRequest) -> str:
    """« project · journey · stage » (or « … · selection of n notes »)."""
    journey = state.of(Journey)[request.journey_id]
    parts = [state.project.title.strip(), journey.name.strip()]
    if request.part is Part.STAGE and request.stage_id is not None:
        parts.append(next((s.name for s in state.stages(journey.id) if s.id == request.stage_id), ""))
    elif request.part is Part.SELECTION and request.note_ids:
        parts.append(translate("MapImage", "selection of %n note(s)", "", len(request.note_ids)))
    return " · ".join(p for p in parts if p)


@dataclass(frozen=True)
class LegendEntry:
    """One entry of the legend: a swatch (a note's colour), an icon or a glyph, and its word."""

    word: str
    fill: str | None = None  # a note's colour
    icon: str | None = None  # an icon's meaning (ui/widgets/icons.py), drawn in ``ink``
    ink: str = palette.INK
    glyph: str = ""  # a character drawn as the canvas draws it (the votes' heart)

    @property
    def marked(self) -> bool:
        return bool(self.fill or self.icon or self.glyph)


def legend_entries(hidden: bool) -> list[LegendEntry]:
    """The legend, as notes show evaluations, moments of truth and votes (and face-down cards if any)."""
    words = {Evaluation.NONE: translate("MapImage", "Not evaluated"),
             Evaluation.DELIGHT: translate("MapImage", "Delight"),
             Evaluation.NEUTRAL: translate("MapImage", "Neutral"),
             Evaluation.PAIN: translate("MapImage", "Pain point"),
             Evaluation.BREAKING: translate("MapImage", "Breaking point")}
    entries = []
    for evaluation, word in words.items():
        meaning, ink = palette.NOTE_ICONS.get(evaluation, (None, palette.INK))
        entries.append(LegendEntry(word, palette.NOTE_COLORS[evaluation], meaning, ink))
    entries.append(LegendEntry(translate("MapImage", "Moment of truth"), icon="moment_of_truth", ink=STAR))
    entries.append(LegendEntry(translate("MapImage", "Votes"), glyph="♥", ink="#455a64"))
    if hidden:
        entries.append(LegendEntry(translate("MapImage", "Face down (not revealed yet)"), fill=CARD_BACK))
    return entries


def _font(pixels: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class _Plan:
    """Where everything goes, in the image's pixels."""

    width: int
    height: int
    margin: float
    scale: float  # scene units → pixels
    title_font: QFont
    title_height: float
    legend_font: QFont
    legend_rows: list[list[tuple[float, LegendEntry]]]  # x of each entry, row by row
    legend_top: float
    content_top: float


def _plan(width: int, xs: list[Span], ys: list[Span], hidden: bool, title: str) -> _Plan:
    margin = round(width * 0.02)
    content_w = sum(b - a for a, b in xs)
    content_h = sum(b - a for a, b in ys)
    scale = (width - 2 * margin) / content_w
    # as large as a slide needs, and never small beside the notes' text (15 units)
    title_font = _font(min(max(16.0, width / 50, 24 * scale), width / 28), bold=True)
    title_metrics = QFontMetricsF(title_font)
    wrapped = title_metrics.boundingRect(QRectF(0, 0, width - 2 * margin, 1e6), Qt.TextFlag.TextWordWrap, title or " ")
    title_height = min(wrapped.height(), title_metrics.lineSpacing() * 3) + title_metrics.height() * 0.5
    legend_font = _font(min(max(11.0, width / 110, 14 * scale), width / 45))
    metrics = QFontMetricsF(legend_font)
    line, swatch = metrics.height(), metrics.height() * 1.8
    rows: list[list[tuple[float, LegendEntry]]] = [[]]
    label = translate("MapImage", "Legend")
    x = margin + QFontMetricsF(_font(legend_font.pixelSize(), bold=True)).horizontalAdvance(label) + line
    for entry in legend_entries(hidden):
        room = (swatch + line * 0.4 if entry.marked else 0) + metrics.horizontalAdvance(entry.word) + line * 1.2
        if rows[-1] and x + room > width - margin:
            rows.append([])
            x = margin + line
        rows[-1].append((x, entry))
        x += room
    content_top = margin + title_height
    legend_top = content_top + content_h * scale + line
    height = math.ceil(legend_top + len(rows) * line * 1.6 + margin)
    return _Plan(width, height, margin, scale, title_font, title_height, legend_font, rows, legend_top, content_top)


def _paint(painter: QPainter, scene: JourneyScene, plan: _Plan, title: str, xs: list[Span], ys: list[Span]) -> None:
    """The title, the map's pieces and the legend, on the canvas background."""
    from ui.widgets import icons  # qtawesome: loaded by now in the app (after the first paint)

    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                           | QPainter.RenderHint.SmoothPixmapTransform)
    painter.fillRect(QRectF(0, 0, plan.width, plan.height), QColor(palette.CANVAS))
    margin = plan.margin
    painter.setPen(QColor(palette.INK))
    painter.setFont(plan.title_font)
    painter.drawText(QRectF(margin, margin, plan.width - 2 * margin, plan.title_height),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, title)
    cards = [item for item in scene.items()
             if isinstance(item, AudienceCard) or (isinstance(item, NoteItem) and not item.note.hidden)]
    y = plan.content_top
    for top, bottom in ys:
        x = margin
        for left, right in xs:
            source = QRectF(left, top, right - left, bottom - top)
            target = QRectF(x, y, source.width() * plan.scale, source.height() * plan.scale)
            # Only the notes wholly in this piece: a note clips its text itself, which lifts the piece's clip.
            room = source.adjusted(-4, -4, 4, 4)
            for card in cards:
                card.setVisible(room.contains(card.sceneBoundingRect()))
            scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
            x += target.width()
        y += source.height() * plan.scale
    metrics = QFontMetricsF(plan.legend_font)
    line = metrics.height()
    swatch = line * 1.8
    for index, row in enumerate(plan.legend_rows):
        y = plan.legend_top + index * line * 1.6
        if index == 0:
            painter.setFont(_font(plan.legend_font.pixelSize(), bold=True))
            painter.setPen(QColor(palette.MUTED))
            painter.drawText(QRectF(margin, y, plan.width, line), Qt.AlignmentFlag.AlignVCenter,
                             translate("MapImage", "Legend"))
        painter.setFont(plan.legend_font)
        for x, entry in row:
            if entry.fill:
                path = QPainterPath()
                path.addRoundedRect(QRectF(x, y, swatch, line), line * 0.2, line * 0.2)
                painter.setPen(QPen(QColor(entry.fill).darker(125), max(1.0, line / 16)))
                painter.setBrush(QColor(entry.fill))
                painter.drawPath(path)
            if entry.icon:
                icon_x = round(x + (swatch - line) / 2)
                icons.icon(entry.icon, entry.ink).paint(painter, QRect(icon_x, round(y), round(line), round(line)))
            if entry.glyph:
                painter.setPen(QColor(entry.ink))
                painter.drawText(QRectF(x, y, swatch, line), Qt.AlignmentFlag.AlignCenter, entry.glyph)
            painter.setPen(QColor(palette.INK))
            text_x = x + (swatch + line * 0.4 if entry.marked else 0)
            painter.drawText(QRectF(text_x, y, metrics.horizontalAdvance(entry.word) + 4, line),
                             Qt.AlignmentFlag.AlignVCenter, entry.word)


def _prepared(state: ProjectState, request: ImageRequest) -> tuple[JourneyScene, _Plan, list[Span], list[Span]]:
    ensure_app()
    journey = state.of(Journey)[request.journey_id]
    scene = export_scene(state, journey, request.first_person_marks)
    xs, ys = crop_of(scene, request)
    hidden = any(item.note.hidden for item in scene.notes.values())
    plan = _plan(request.width, xs, ys, hidden, title_of(state, request))
    if too_large(plan.width, plan.height):
        raise ImageTooLarge(f"The image of « {journey.name} » would be {plan.width} × {plan.height} pixels, more "
                            f"than the limit ({MAX_SIDE:,} pixels a side, {MAX_PIXELS // 1_000_000} megapixels).",
                            plan.width, plan.height)
    return scene, plan, xs, ys


def map_qimage(state: ProjectState, request: ImageRequest) -> QImage:
    """The image of ``request`` (title, map, legend), ``request.width`` pixels wide. Raises ImageTooLarge."""
    scene, plan, xs, ys = _prepared(state, request)
    image = QImage(plan.width, plan.height, QImage.Format.Format_RGB32)
    if image.isNull():
        raise ImageTooLarge(f"There is not enough memory for a {plan.width} × {plan.height} image.",
                            plan.width, plan.height)
    dots_per_meter = round(SCREEN_DPI * plan.scale / 0.0254)  # as large on a slide as on screen at that zoom
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    painter = QPainter(image)
    try:
        _paint(painter, scene, plan, title_of(state, request), xs, ys)
    finally:
        painter.end()
    return image


def map_svg(state: ProjectState, request: ImageRequest) -> bytes:
    """The SVG of ``request`` (title, map, legend: texts as ``<text>``), ``request.width`` pixels wide."""
    from PySide6.QtSvg import QSvgGenerator  # QtSvg: only for an SVG

    scene, plan, xs, ys = _prepared(state, request)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(plan.width, plan.height))
    generator.setViewBox(QRect(0, 0, plan.width, plan.height))
    generator.setResolution(SCREEN_DPI)
    title = title_of(state, request)
    generator.setTitle(_XML_FORBIDDEN.sub("", title))
    generator.setDescription("CJM Desktop")
    painter = QPainter(generator)
    try:
        _paint(painter, scene, plan, title, xs, ys)
    finally:
        painter.end()
    text = bytes(buffer.data().data()).decode("utf-8", "replace")
    text = _XML_FORBIDDEN.sub("", text)  # a control character typed in a note must not break the file
    # Qt gives the size in millimetres: in pixels, slide software inserts it at the chosen width
    text = re.sub(r'<svg width="[^"]*" height="[^"]*"', f'<svg width="{plan.width}" height="{plan.height}"',
                  text, count=1)
    return text.encode("utf-8")


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise CjmError("The image could not be encoded as PNG.")
    return bytes(buffer.data().data())


def render_map(state: ProjectState, request: ImageRequest, image_format: ImageFormat) -> bytes:
    """The file's bytes: a PNG or an SVG."""
    if image_format is ImageFormat.SVG:
        return map_svg(state, request)
    return png_bytes(map_qimage(state, request))


def too_large_sentence(error: ImageTooLarge) -> str:
    return (translate("MapImage", "This image would be %1 × %2 pixels, more than an image can hold (%3 pixels a "
                                  "side, %4 megapixels): choose a smaller width, or one stage or the selection.")
            .replace("%1", str(error.width)).replace("%2", str(error.height))
            .replace("%3", str(MAX_SIDE)).replace("%4", str(MAX_PIXELS // 1_000_000)))
