"""Fichier › Exporter l'image… (the journey, the current stage or the selection; PNG or SVG; a width) and
Édition › Copier la carte comme image (the journey, or the selection, at slide width, on the clipboard).

The drawing is ``ui/files/map_image.py``: a scene of its own, so the document never changes and
no editing aid shows. The file is written atomically; every failure is one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.interop.files import safe_file_stem
from cjm_desktop.interop.textfile import write_atomically
from cjm_desktop.model.domain import Journey, ProjectState
from cjm_desktop.model.placement import PARKING_CELL
from ui.files.image_export import MAX_SIDE, ImageTooLarge
from ui.files.map_image import (
    MIN_WIDTH,
    SLIDE_WIDTH,
    SVG_MIME,
    UHD_WIDTH,
    ImageFormat,
    ImageRequest,
    Part,
    map_qimage,
    map_svg,
    png_bytes,
    title_of,
    too_large_sentence,
)
from ui.widgets.plain_text import fill, mnemonic_safe

if TYPE_CHECKING:
    from ui.host.feature_host import FeatureHost

translate = QCoreApplication.translate
CUSTOM = 0  # the width combo's « Custom » entry


@dataclass(frozen=True)
class ImageChoice:
    """What the user chose in the dialog."""

    part: Part
    image_format: ImageFormat
    width: int
    first_person_marks: bool


class ImageDialog(QDialog):
    """What to draw, in which format, how wide (a title and a legend are always drawn)."""

    def __init__(self, stage_name: str | None, selected: int, parent: QWidget | None = None) -> None:
        """``stage_name``: the current stage (None: the journey has none); ``selected``: how many notes are."""
        super().__init__(parent)
        self.setWindowTitle(translate("ImageDialog", "Export image"))
        self.journey = QRadioButton(translate("ImageDialog", "The whole journey"))
        stage_text = fill(translate("ImageDialog", "The current stage: « %1 »"), stage_name or "")
        self.stage = QRadioButton(mnemonic_safe(stage_text) if stage_name else translate("ImageDialog", "A stage"))
        self.stage.setEnabled(stage_name is not None)
        self.selection = QRadioButton(translate("ImageDialog", "The selection (%n note(s))", "", selected))
        self.selection.setEnabled(selected > 0)
        self.parts = QButtonGroup(self)
        for button, part in ((self.journey, Part.JOURNEY), (self.stage, Part.STAGE), (self.selection, Part.SELECTION)):
            self.parts.addButton(button)
            button.setProperty("part", part.value)
        (self.selection if selected else self.journey).setChecked(True)
        self.format = QComboBox()
        self.format.addItem(translate("ImageDialog", "PNG (a picture, for slides and documents)"),
                            ImageFormat.PNG.value)
        self.format.addItem(translate("ImageDialog", "SVG (drawing, sharp at any size)"), ImageFormat.SVG.value)
        self.pixels = QComboBox()
        self.pixels.addItem(translate("ImageDialog", "1920 pixels (slide)"), SLIDE_WIDTH)
        self.pixels.addItem(translate("ImageDialog", "3840 pixels (4K)"), UHD_WIDTH)
        self.pixels.addItem(translate("ImageDialog", "Custom"), CUSTOM)
        self.custom_width = QSpinBox()
        self.custom_width.setRange(MIN_WIDTH, MAX_SIDE)
        self.custom_width.setSingleStep(100)
        self.custom_width.setValue(2560)
        self.custom_width.setSuffix(translate("ImageDialog", " px"))
        self.custom_width.setEnabled(False)
        self.pixels.currentIndexChanged.connect(
            lambda _: self.custom_width.setEnabled(self.pixels.currentData() == CUSTOM))
        self.first_person = QCheckBox(translate("ImageDialog", "Mark the notes not written in the first person"))
        parts = QVBoxLayout()
        for button in (self.journey, self.stage, self.selection):
            parts.addWidget(button)
        form = QFormLayout()
        form.addRow(translate("ImageDialog", "What"), parts)
        form.addRow(translate("ImageDialog", "Format"), self.format)
        form.addRow(translate("ImageDialog", "Width"), self.pixels)
        form.addRow("", self.custom_width)
        form.addRow("", self.first_person)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(translate("ImageDialog", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> ImageChoice:
        checked = self.parts.checkedButton()
        part = Part(checked.property("part")) if checked is not None else Part.JOURNEY
        width = self.pixels.currentData()
        return ImageChoice(part, ImageFormat(self.format.currentData()),
                           self.custom_width.value() if width == CUSTOM else int(width), self.first_person.isChecked())


def _where(host: FeatureHost) -> tuple[ProjectState, Journey, int | None, tuple[int, ...]] | None:
    """The open project, the journey on screen, its current stage and the selected notes (None: no project)."""
    doc = host.controller.doc
    scene = host.tabs.current_scene()
    if doc is None or scene is None:
        return None
    host.tabs.commit_editors()
    state = doc.state
    journey = state.get(Journey, scene.journey_id)
    if journey is None:
        return None
    stages = [s.id for s in state.stages(journey.id)]
    cell_stage = scene.current_cell[1] if scene.current_cell != PARKING_CELL else None
    stage_id = cell_stage if cell_stage in stages else (stages[0] if stages else None)
    return state, journey, stage_id, tuple(scene.selected_ids())


def run_image_export(host: FeatureHost) -> bool:
    """Fichier › Exporter l'image…: the dialog, then the file; True when a file was written."""
    where = _where(host)
    if where is None:
        return False
    state, journey, stage_id, selected = where
    stage_name = next((s.name for s in state.stages(journey.id) if s.id == stage_id), None)
    dialog = ImageDialog(stage_name, len(selected), host.parent_widget())
    try:
        if not host.prompts.exec_dialog(dialog):
            return False
        choice = dialog.choice()
    finally:
        dialog.deleteLater()
    request = ImageRequest(journey.id, choice.part, choice.width, stage_id,
                           selected if choice.part is Part.SELECTION else (), choice.first_person_marks)
    svg = choice.image_format is ImageFormat.SVG
    doc = host.controller.doc
    folder = doc.path.parent if doc is not None and doc.path else Path.home()
    suggested = folder / f"{safe_file_stem(title_of(state, request))}.{'svg' if svg else 'png'}"
    filters = translate("ImageDialog", "SVG image (*.svg)") if svg else translate("ImageDialog", "PNG image (*.png)")
    path = host.prompts.export_path(host.parent_widget(), suggested, filters)
    if path is None:
        return False
    try:
        data = map_svg(state, request) if svg else png_bytes(map_qimage(state, request))
        write_atomically(path, data)
    except ImageTooLarge as error:
        host.show_failure(too_large_sentence(error))
        return False
    except Exception as error:  # noqa: BLE001 - tell the user; the project is untouched either way
        host.show_failure(fill(translate("ImageDialog", "The image could not be written to « %1 »; nothing was "
                                                        "written."), path.name), f"{type(error).__name__}: {error}")
        return False
    host.show_status(fill(translate("ImageDialog", "Image saved to « %1 »."), path.name))
    return True


def copy_map_image(host: FeatureHost) -> bool:
    """Édition › Copier la carte comme image: the journey on screen (or its selection) at slide width, as a
    picture and as SVG, with its title and legend; True when the clipboard got it."""
    where = _where(host)
    if where is None:
        return False
    state, journey, _, selected = where
    request = ImageRequest(journey.id, Part.SELECTION if selected else Part.JOURNEY, SLIDE_WIDTH, note_ids=selected)
    try:
        image = map_qimage(state, request)
        svg = map_svg(state, request)
    except ImageTooLarge as error:
        host.show_failure(too_large_sentence(error))
        return False
    data = QMimeData()
    data.setImageData(image)
    data.setData(SVG_MIME, QByteArray(svg))
    QGuiApplication.clipboard().setMimeData(data)
    sentence = (translate("ImageDialog", "The selection was copied as an image.") if selected
                else translate("ImageDialog", "The map was copied as an image."))
    host.show_status(sentence)
    return True
