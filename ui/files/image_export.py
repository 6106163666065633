"""Images of journeys drawn exactly as the canvas draws them, as the room sees it, for the command line:
``cjm export FILE.cjm --to OUT.png [--scale S]`` (``export_png``; the core CLI imports this module only when the
target is a ``.png``: ``cjm_desktop`` never imports Qt; without a display, Qt runs offscreen) writes the bare
canvas at a zoom. The scene is one of its own (``export_scene``): the document is never changed, no editing aid
shows (selection, cursor, chosen stage, empty-cell hint), and a face-down note is a blank card, as on the
projector. The app's images, with a title and a legend, are ``map_image.py``, drawn from the same scene.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cjm_desktop.interop.files import files_for, select_journeys
from cjm_desktop.interop.textfile import write_atomically
from cjm_desktop.model.domain import Journey, ProjectState
from cjm_desktop.storage.errors import CjmError
from ui.canvas import palette
from ui.canvas.journey_scene import JourneyScene
from ui.canvas.note_item import NoteItem

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


class AudienceCard(QGraphicsItem):
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


def export_scene(state: ProjectState, journey: Journey, first_person_marks: bool) -> JourneyScene:
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
            scene.addItem(AudienceCard(item, audience))
            item.hide()
    return scene


def render_journey_png(state: ProjectState, journey: Journey, scale: float = 1.0,
                       first_person_marks: bool = False) -> bytes:
    """The PNG of ``journey``'s whole canvas (headers, grid, notes, « À classer ») at ``scale``
    (1 = 100 % zoom), on the canvas background, antialiased, with icons, without the
    selection or the current-cell cursor. Raises CjmError for a bad scale or an absurd size."""
    check_scale(scale)
    ensure_app()
    scene = export_scene(state, journey, first_person_marks)
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
