"""Fichier › Exporter l'image… and Édition › Copier la carte comme image: the journey, a stage or the
selection, PNG or SVG, at a chosen width, with a title and a legend, the document untouched."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QImage

from cjm_desktop.commands import EditTouchpoints
from cjm_desktop.commands.reveal import HideNotes
from ui.files.image_dialog import ImageDialog
from ui.files.image_export import export_scene as image_scene
from ui.files.map_image import SVG_MIME, ImageRequest, Part, crop_of

SVG = "{http://www.w3.org/2000/svg}"


def choose(prompts, path: Path, *, part: str = "journey", svg: bool = False, width: int | None = None):
    """Answer the dialog (what, format, width) and the file dialog."""

    def fill(dialog: ImageDialog) -> bool:
        getattr(dialog, part).setChecked(True)
        dialog.format.setCurrentIndex(1 if svg else 0)
        if width is not None:
            dialog.pixels.setCurrentIndex(2)
            dialog.custom_width.setValue(width)
        return True

    prompts.dialog_filler = fill
    prompts.path_to_export = path


def svg_texts(path: Path) -> str:
    """Every <text> of an SVG file, joined by spaces (the file must parse)."""
    root = ET.parse(path).getroot()
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


def opened(window, project):
    assert window.open_path(project)
    return window.tabs.current_scene()


def test_a_png_of_the_journey_is_1920_pixels_wide_by_default(window, prompts, project, tmp_path):
    opened(window, project)
    choose(prompts, tmp_path / "carte.png")
    assert window.export_image()
    image = QImage()
    assert image.load(str(tmp_path / "carte.png"))
    assert image.width() == 1920 and image.height() > 1000
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []  # written atomically


def test_a_custom_width_gives_an_image_that_wide(window, prompts, project, tmp_path):
    opened(window, project)
    choose(prompts, tmp_path / "carte.png", width=1000)
    assert window.export_image()
    assert QImage(str(tmp_path / "carte.png")).width() == 1000


def test_an_svg_parses_and_holds_the_title_and_the_notes_as_text(window, prompts, project, tmp_path):
    scene = opened(window, project)
    choose(prompts, tmp_path / "carte.svg", svg=True, width=3840)
    assert window.export_image()
    root = ET.parse(tmp_path / "carte.svg").getroot()
    assert root.get("viewBox") == f"0 0 3840 {root.get('height')}" and root.get("width") == "3840"
    texts = " ".join(svg_texts(tmp_path / "carte.svg").split())
    state = window.controller.doc.state
    assert state.project.title in texts and "Parcours existant" in texts
    notes = [" ".join(n.text.split()) for n in state.touchpoints(scene.journey_id)]  # wrapped: a <text> a line
    assert len(notes) > 50 and all(text in texts for text in notes)


def test_hostile_note_text_is_escaped_in_the_svg(window, prompts, project, tmp_path):
    scene = opened(window, project)
    note = window.controller.doc.state.touchpoints(scene.journey_id)[0]
    hostile = '<b>&amp;</b> "x" ]]> \x01'
    assert window.controller.execute(EditTouchpoints([note.id], text=hostile), "edit")
    choose(prompts, tmp_path / "carte.svg", svg=True)
    assert window.export_image()
    assert '<b>&amp;</b> "x" ]]>' in svg_texts(tmp_path / "carte.svg")


def test_a_face_down_note_is_a_blank_card_in_the_image(window, prompts, project, tmp_path):
    scene = opened(window, project)
    note = window.controller.doc.state.touchpoints(scene.journey_id)[0]
    assert window.controller.execute(EditTouchpoints([note.id], text="Secret du facilitateur"), "edit")
    assert window.controller.execute(HideNotes([note.id], True), "hide")
    choose(prompts, tmp_path / "carte.svg", svg=True)
    assert window.export_image()
    texts = svg_texts(tmp_path / "carte.svg")
    assert "Secret du facilitateur" not in texts and "face cachée" not in texts


def test_the_stage_and_the_selection_are_smaller_than_the_journey(window, project):
    scene = opened(window, project)
    state = window.controller.doc.state
    stage = state.stages(scene.journey_id)[3]
    notes = [n.id for n in state.touchpoints(scene.journey_id) if n.stage_id == stage.id][:2]
    own = image_scene(state, state.journeys[0], False)

    def size(request: ImageRequest) -> tuple[float, float]:
        xs, ys = crop_of(own, request)
        return sum(b - a for a, b in xs), sum(b - a for a, b in ys)

    journey = size(ImageRequest(scene.journey_id))
    for part in (ImageRequest(scene.journey_id, Part.STAGE, stage_id=stage.id),
                 ImageRequest(scene.journey_id, Part.SELECTION, note_ids=tuple(notes))):
        width, height = size(part)
        assert width < journey[0] / 3 and height <= journey[1], part.part


def test_the_dialog_exports_the_current_stage_and_the_selection(window, prompts, project, tmp_path):
    scene = opened(window, project)
    state = window.controller.doc.state
    stage = state.stages(scene.journey_id)[2]
    channel = state.channels(scene.journey_id)[0]
    scene.set_current_cell((channel.id, stage.id))
    choose(prompts, tmp_path / "etape.svg", part="stage", svg=True)
    assert window.export_image()
    assert f"· {stage.name}" in svg_texts(tmp_path / "etape.svg")
    notes = [n for n in state.touchpoints(scene.journey_id) if n.stage_id == stage.id]
    scene.select_notes([notes[0].id])
    choose(prompts, tmp_path / "selection.svg", part="selection", svg=True)
    assert window.export_image()
    texts = " ".join(svg_texts(tmp_path / "selection.svg").split())
    others = [n.text for n in state.touchpoints(scene.journey_id) if n.stage_id != stage.id]
    assert " ".join(notes[0].text.split()) in texts and not any(" ".join(t.split()) in texts for t in others)


def test_exporting_and_copying_never_change_the_document(window, prompts, project, tmp_path):
    scene = opened(window, project)
    doc = window.controller.doc
    revision, undo = doc.revision, window.controller.undo_stack.count()
    scene.select_notes(scene.reading_order()[:3])
    choose(prompts, tmp_path / "carte.png", part="selection")
    assert window.export_image()
    window.actions_.copy_image.trigger()
    assert (doc.revision, window.controller.undo_stack.count()) == (revision, undo)
    assert scene.selected_ids() == scene.reading_order()[:3]


def test_copy_map_as_image_puts_a_slide_wide_image_and_svg_on_the_clipboard(window, project):
    opened(window, project)
    QGuiApplication.clipboard().clear()
    window.actions_.copy_image.trigger()
    data = QGuiApplication.clipboard().mimeData()
    assert QGuiApplication.clipboard().image().width() == 1920
    assert ET.fromstring(bytes(data.data(SVG_MIME).data())).get("width") == "1920"


def test_an_image_too_large_is_refused_with_one_sentence(window, prompts, project, tmp_path):
    opened(window, project)
    choose(prompts, tmp_path / "enorme.png", width=16_000)  # ~16,000 × 14,000: over the megapixel cap
    assert not window.export_image()
    sentence, _ = window.last_failure
    assert "16000 ×" in sentence and sentence.count(".") <= 1
    assert list(tmp_path.glob("*.png")) == []


def test_cancelling_the_dialog_writes_nothing(window, prompts, project, tmp_path):
    opened(window, project)
    prompts.dialog_filler = lambda dialog: False
    prompts.path_to_export = tmp_path / "carte.png"
    assert not window.export_image()
    assert list(tmp_path.glob("*.png")) == []


def test_the_image_actions_need_a_project(window, project):
    actions = window.actions_
    assert not actions.export_image.isEnabled() and not actions.copy_image.isEnabled()
    assert actions.export_image in window.menus.file.actions() and actions.copy_image in window.menus.edit.actions()
    opened(window, project)
    assert actions.export_image.isEnabled() and actions.copy_image.isEnabled()


def test_the_selection_choice_is_offered_only_with_a_selection(qapp):
    without, with_two = ImageDialog("Acheter", 0), ImageDialog(None, 2)
    assert not without.selection.isEnabled() and without.choice().part is Part.JOURNEY
    assert with_two.selection.isEnabled() and with_two.choice().part is Part.SELECTION
    assert not with_two.stage.isEnabled()
