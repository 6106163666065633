"""Images of journeys, drawn exactly as the canvas draws them as the room sees it (for slides).

Used by ``cjm export FILE.cjm --to OUT.png`` (``render_journey_png``: the core CLI imports this module
only when the target is a ``.png``; ``cjm_desktop`` never imports Qt; without a display, Qt runs
offscreen), and by the app: « Fichier › Exporter l'image… » (``run_image_export``: the journey, a stage
or the selection, PNG or SVG, at a chosen width, with a title and a legend) and « Édition › Copier la
carte comme image » (``copy_map_image``). The image is drawn from a scene of its own: the document is
never changed, and no editing aid shows (selection, cursor, chosen stage, empty-cell hint); a face-down
note is a blank card, as on the projector.
"""

from __future__ import annotations

import math
import os
import re
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjm_desktop.interop.files import files_for, select_journeys
from cjm_desktop.interop.textfile import write_atomically
from cjm_desktop.layout.colors import STAR
from cjm_desktop.model.domain import Evaluation, Journey, ProjectState
from cjm_desktop.model.placement import PARKING_CELL
from cjm_desktop.storage.errors import CjmError
from ui.canvas import palette
from ui.canvas.journey_scene import JourneyScene
from ui.canvas.note_item import CARD_BACK, NoteItem

MIN_SCALE, MAX_SCALE = 0.0, 8.0  # exclusive, inclusive
MAX_SIDE = 16_000  # pixels
MAX_PIXELS = 200_000_000
SCREEN_DPI = 96

_translators: list | None = None  # installed once per process (they live as long as the app)


def ensure_app() -> QApplication:
    """The running QApplication, or a new one (offscreen when there is no display), with the
    translators installed so that labels such as « À classer » are French."""
    global _translators
    from ui.i18n import install_translators
    from ui.widgets.application import make_app

    running = QApplication.instance()
    if isinstance(running, QApplication):
        app = running
    else:
        no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform not in ("win32", "darwin") and no_display and "QT_QPA_PLATFORM" not in os.environ:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a server, CI or SSH session
        app = make_app([])
    if _translators is None:
        _translators = install_translators(app)
    return app


def image_size(source: QRectF, scale: float) -> tuple[int, int]:
    """The pixel size of ``source`` (scene units) drawn at ``scale``."""
    return math.ceil(source.width() * scale - 1e-6), math.ceil(source.height() * scale - 1e-6)


def check_scale(scale: float) -> None:
    """Refuse a scale outside ]0, 8] (NaN included) with a one-sentence CjmError."""
    if not MIN_SCALE < scale <= MAX_SCALE:
        raise CjmError(f"The scale must be more than 0 and at most {MAX_SCALE:g} (it is {scale:g}).")


class ImageTooLarge(CjmError):
    """An image over ``MAX_SIDE`` pixels a side or ``MAX_PIXELS`` in all (its size says by how much)."""

    def __init__(self, sentence: str, width: int, height: int) -> None:
        super().__init__(sentence)
        self.width, self.height = width, height


def too_large(width: int, height: int) -> bool:
    return max(width, height) > MAX_SIDE or width * height > MAX_PIXELS


def check_size(width: int, height: int, journey: Journey) -> None:
    """Refuse an image too large to be useful (or to fit in memory)."""
    if too_large(width, height):
        raise ImageTooLarge(f"The image of « {journey.name} » would be {width} × {height} pixels, more than the "
                            f"limit ({MAX_SIDE:,} pixels a side, {MAX_PIXELS // 1_000_000} megapixels): "
                            "choose a smaller --scale.", width, height)


class _AudienceCard(QGraphicsItem):
    """A face-down note as the room sees it: its own item painted for a viewport whose ``audience`` property
    is true (``NoteItem.paint`` then draws the blank back of the card), since an image has no viewport."""

    def __init__(self, note: NoteItem, audience: QWidget) -> None:
        super().__init__()
        self.note, self.audience = note, audience
        self.setPos(note.scenePos())
        self.setZValue(1)  # over the grid and lanes, as the notes are

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self.note.boundingRect()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        self.note.paint(painter, option, self.audience)


def _scene(state: ProjectState, journey: Journey, first_person_marks: bool) -> JourneyScene:
    scene = JourneyScene(state, journey.id, check_first_person=first_person_marks)
    scene.show_icons()
    scene.clearSelection()
    # editing aids: the keyboard cursor, drop indicators, the chosen stage, the empty cell's hint
    for aid in (scene.cell_cursor, scene.drop_indicator, scene.insertion_line, scene.stage_marker, scene.empty_hint):
        aid.hide()
    for any_item in scene.items():  # paint straight at the image's scale (an SVG would hold cached pixmaps)
        any_item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    audience: QWidget | None = None
    for item in scene.notes.values():
        if item.note.hidden:  # the back of the card, never its text
            if audience is None:
                audience = QWidget()
                audience.setProperty("audience", True)
                scene.audience = audience  # type: ignore[attr-defined]  # lives as long as the scene
            scene.addItem(_AudienceCard(item, audience))
            item.hide()
    return scene


def render_journey_png(state: ProjectState, journey: Journey, scale: float = 1.0,
                       first_person_marks: bool = False) -> bytes:
    """The PNG of ``journey``'s whole canvas (headers, grid, notes, « À classer ») at ``scale``
    (1 = 100 % zoom), on the canvas background, antialiased, with icons, without the
    selection or the current-cell cursor. Raises CjmError for a bad scale or an absurd size."""
    check_scale(scale)
    ensure_app()
    scene = _scene(state, journey, first_person_marks)
    source = scene.sceneRect()
    width, height = image_size(source, scale)
    check_size(width, height, journey)
    image = QImage(width, height, QImage.Format.Format_RGB32)  # opaque: an RGB PNG, no alpha
    if image.isNull():
        raise CjmError(f"There is not enough memory for a {width} × {height} image: choose a smaller --scale.")
    image.fill(QColor(palette.CANVAS))
    # Slide software that honours DPI (PowerPoint, Keynote) inserts it as large at any scale as at 100 %.
    dots_per_meter = round(SCREEN_DPI * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    painter = QPainter(image)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(scale, scale)
        target = QRectF(0, 0, source.width(), source.height())  # 1:1, the painter does the scaling
        scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stubs type the format as bytes, but at run time only a str is accepted
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise CjmError(f"The image of « {journey.name} » could not be encoded as PNG.")
    return bytes(buffer.data().data())


def export_png(cjm_path: Path, out_path: Path, journey_name: str | None = None, scale: float = 1.0,
               kind: str | None = None) -> list[Path]:
    """Write the journeys of ``cjm_path`` as PNG images; return the files written.

    One journey (or ``journey_name``) → ``out_path``; several → ``<stem> - <journey name>.png``
    each, as the other exports name them. Every image is rendered before any file is written,
    each atomically; the project file is only read."""
    from cjm_desktop.storage.safe_open import validate_file

    check_scale(scale)
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise CjmError(f"the folder {out_path.parent} does not exist")
    validated = validate_file(Path(cjm_path))
    validated.conn.close()
    journeys = select_journeys(validated.state, journey_name, kind)
    paths = files_for(out_path, journeys)
    if existing_folder := next((p for p in paths if p.is_dir()), None):
        raise CjmError(f"{existing_folder} is a folder; choose a file name ending in .png")
    images = [render_journey_png(validated.state, journey, scale) for journey in journeys]
    for path, data in zip(paths, images, strict=True):
        write_atomically(path, data)
    return paths


# --- images from the app: the journey, a stage or the selection, with a title and a legend ---------------------

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
             if isinstance(item, _AudienceCard) or (isinstance(item, NoteItem) and not item.note.hidden)]
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
    scene = _scene(state, journey, request.first_person_marks)
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
