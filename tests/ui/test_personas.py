"""The Personas dock, the persona editor (with its photo checks) and a journey's persona."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDockWidget, QLabel, QPlainTextEdit

from cjm_desktop.commands.new_project import new_project_ops
from cjm_desktop.commands.personas import AddPersona
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Journey, Persona
from cjm_desktop.model.limits import LONG_TEXT, MAX_PHOTO_BYTES, SHORT_TEXT
from cjm_desktop.model.ops import Put
from cjm_desktop.model.photos import PhotoProblem, PhotoRefused
from cjm_desktop.queries.personas import personas
from cjm_desktop.storage.working import WorkingStore
from tests.support.photo_bytes import png
from ui.personas.persona_dialog import PersonaDialog
from ui.personas.persona_photo import STORED_SIDE, _scaled_photo, decode_photo, read_photo_file


def drawn_png(path: Path, width: int = 40, height: int = 40) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff8a65"))
    image.save(str(path), "PNG")
    return path


def sixteen_bit_bomb() -> bytes:
    """A 4096 × 4096 RGBA 16-bit PNG of zeros: 128 MB once decoded, ~130 KB as a file."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    row = b"\x00" * (1 + 4096 * 8)
    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 4096, 4096, 16, 6, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + header + chunk(b"IDAT", zlib.compress(row * 4096, 9)) + chunk(b"IEND", b"")


@pytest.fixture
def opened(window, project):
    assert window.open_path(project)
    return window


def fill(name: str = "Camille", photo: Path | None = None, **fields):
    """A dialog filler: types the fields, chooses ``photo``, clicks OK."""
    def filler(dialog: PersonaDialog) -> bool:
        dialog.name.setText(name)
        for field, value in fields.items():
            widget = getattr(dialog, field)
            if field == "age":
                widget.setValue(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        if photo is not None:
            dialog.prompts.photo_to_choose = photo
            dialog.choose_photo()
        return True
    return filler


def test_the_personas_dock_is_tabified_with_properties(opened, qtbot):
    with qtbot.waitExposed(opened):
        opened.show()
    dock = opened.findChild(QDockWidget, "personasDock")
    assert dock is opened.personas
    assert dock in opened.tabifiedDockWidgets(opened.properties_dock)


def test_the_view_menu_hides_and_shows_the_dock(opened):
    opened.personas.toggle.trigger()
    assert opened.personas.isHidden()
    opened.personas.toggle.trigger()
    assert not opened.personas.isHidden()
    assert opened.personas.toggle.isChecked()


def test_an_empty_project_says_what_personas_are_for(opened):
    assert personas(opened.controller.doc.state) == []
    assert not opened.personas.panel.empty.isHidden()


def test_add_creates_a_persona_with_its_photo_in_one_undo_step(opened, prompts, tmp_path):
    photo = drawn_png(tmp_path / "camille.png")
    prompts.dialog_filler = fill("Camille Martin", photo, age=34, occupation="Cheffe de projet",
                                 quote="Je veux comparer sans perdre de temps.")
    steps = opened.controller.undo_stack.count()
    opened.personas.panel.add_action.trigger()
    persona_id = opened.personas.panel.selected_id
    persona = opened.controller.doc.state.get(Persona, persona_id)
    assert (persona.name, persona.age, persona.occupation) == ("Camille Martin", 34, "Cheffe de projet")
    assert persona.photo == photo.read_bytes()
    assert [card.persona.name for card in opened.personas.panel.cards] == ["Camille Martin"]
    assert opened.controller.undo_stack.count() == steps + 1
    opened.controller.undo_stack.undo()
    assert personas(opened.controller.doc.state) == []


def test_a_cancelled_editor_changes_nothing(opened, prompts):
    prompts.dialog_filler = None
    steps = opened.controller.undo_stack.count()
    opened.personas.panel.add_action.trigger()
    assert opened.controller.undo_stack.count() == steps
    assert personas(opened.controller.doc.state) == []


def test_a_large_photo_is_scaled_down_before_it_is_stored(opened, prompts, tmp_path):
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#4db6ac"))
    path = tmp_path / "grande.png"
    image.save(str(path), "PNG")
    prompts.dialog_filler = fill("Jean-Marc", path)
    persona_id = opened.personas.add_persona()
    stored = decode_photo(opened.controller.doc.state.get(Persona, persona_id).photo)
    assert max(stored.width(), stored.height()) == STORED_SIDE


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (lambda: png(2, 2) + b"\x00" * MAX_PHOTO_BYTES, PhotoProblem.TOO_LARGE),
        (lambda: png(20000, 20000, pixels=False), PhotoProblem.TOO_MANY_PIXELS),
        (lambda: png(8, 8)[:40], PhotoProblem.DAMAGED),
        (lambda: png(8, 8)[:29] + b"\x00\x00\x00\x00" + png(8, 8)[33:], PhotoProblem.DAMAGED),
        (sixteen_bit_bomb, PhotoProblem.TOO_MANY_PIXELS),
        (lambda: b"Je ne suis pas une photo", PhotoProblem.NOT_AN_IMAGE),
    ],
    ids=["over-5-MB", "declares-20000x20000", "truncated", "bad-checksum", "decompression-bomb", "text"],
)
def test_a_refused_photo_is_explained_and_changes_nothing(window, prompts, tmp_path, content, problem):
    path = tmp_path / "photo.png"
    path.write_bytes(content())
    with pytest.raises(PhotoRefused) as caught:
        read_photo_file(path)
    assert caught.value.problem is problem
    kept = png(3, 3)
    dialog = PersonaDialog(Persona(1, "Camille", photo=kept), prompts, window)
    prompts.photo_to_choose = path
    assert not dialog.choose_photo()
    assert dialog.photo == kept
    assert dialog.refusal and "\n" not in dialog.refusal
    assert dialog.photo_message.text() == dialog.refusal
    assert "photo" not in dialog.changes()


def test_remove_the_photo_clears_it(window, prompts):
    dialog = PersonaDialog(Persona(1, "Camille", photo=png(3, 3)), prompts, window)
    dialog.remove_button.click()
    assert dialog.changes() == {"photo": None}
    assert not dialog.remove_button.isEnabled()


def test_ok_needs_a_name(window, prompts):
    dialog = PersonaDialog(None, prompts, window)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name.setText("Sophie")
    assert ok.isEnabled()


def test_edit_changes_only_what_was_changed_in_one_undo_step(opened, prompts):
    opened.controller.execute(AddPersona("Camille", age=34, goals="Gagner du temps"), "add")
    persona_id = personas(opened.controller.doc.state)[0].id
    prompts.dialog_filler = fill("Camille", occupation="Infirmière")
    steps = opened.controller.undo_stack.count()
    assert opened.personas.edit_persona(persona_id)
    persona = opened.controller.doc.state.get(Persona, persona_id)
    assert (persona.occupation, persona.age, persona.goals) == ("Infirmière", 34, "Gagner du temps")
    assert opened.controller.undo_stack.count() == steps + 1
    assert opened.personas.panel.cards[0].persona == persona


def test_two_edits_are_two_undo_steps(opened, prompts):
    opened.controller.execute(AddPersona("Camille"), "add")
    persona_id = personas(opened.controller.doc.state)[0].id
    steps = opened.controller.undo_stack.count()
    for occupation in ("Infirmière", "Cadre"):
        prompts.dialog_filler = fill("Camille", occupation=occupation)
        opened.personas.edit_persona(persona_id)
    assert opened.controller.undo_stack.count() == steps + 2


def test_delete_detaches_the_journey_and_undo_restores_it(opened):
    controller = opened.controller
    controller.execute(AddPersona("Camille"), "add")
    persona_id = personas(controller.doc.state)[0].id
    journey_id = opened.current_journey_id()
    assert opened.personas.set_journey_persona(journey_id, persona_id)
    opened.personas.panel.select(persona_id)
    opened.personas.panel.delete_action.trigger()
    assert controller.doc.state.get(Persona, persona_id) is None
    assert controller.doc.state.get(Journey, journey_id).persona_id is None
    controller.undo_stack.undo()
    assert controller.doc.state.get(Journey, journey_id).persona_id == persona_id
    assert [card.persona.id for card in opened.personas.panel.cards] == [persona_id]


def test_the_journey_menu_sets_the_persona_and_the_tab_tells_it(opened, qtbot):
    controller = opened.controller
    controller.execute(AddPersona("Camille"), "add")
    controller.execute(AddPersona("Jean-Marc"), "add")
    menu = opened.personas.journey_persona
    menu.aboutToShow.emit()
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels[:3] == [opened.personas.tr("No persona"), "Camille", "Jean-Marc"]
    assert menu.actions()[0].isChecked()
    menu.actions()[2].trigger()
    journey = controller.doc.state.get(Journey, opened.current_journey_id())
    assert controller.doc.state.persona_name(journey.persona_id) == "Jean-Marc"
    assert "Jean-Marc" in opened.tabs.tabToolTip(opened.tabs.currentIndex())
    journeys_label = opened.personas.panel.cards[1].findChild(QLabel, "personaJourneys")
    assert journey.name in journeys_label.text()


def test_a_damaged_photo_in_a_file_shows_initials_instead(window, tmp_path):
    # A file from a stranger: its photo never went through our checks.
    path = tmp_path / "photo-cassee.cjm"
    doc = Document.new(WorkingStore(tmp_path / "data"), [*new_project_ops("Atelier", "blank"),
                       Put(Persona(1, "Camille Martin", photo=b"\x89PNG\r\n\x1a\ncassee"))])
    doc.save(path)
    doc.close()
    assert window.open_path(path)
    card = window.personas.panel.cards[0]
    assert not card.photo.pixmap().isNull()


def test_a_damaged_photo_is_refused_by_the_command_and_reported(opened):
    assert not opened.controller.execute(AddPersona("Camille Martin", photo=b"\x89PNG\r\n\x1a\ncassee"), "add")
    assert opened.personas.panel.cards == []


def test_the_context_menu_moves_a_persona(opened):
    controller = opened.controller
    for name in ("Camille", "Jean-Marc"):
        controller.execute(AddPersona(name), "add")
    second = personas(controller.doc.state)[1].id
    opened.personas.panel.move_requested.emit(second, 0)
    assert [p.name for p in personas(controller.doc.state)] == ["Jean-Marc", "Camille"]


def test_persona_and_project_actions_wait_for_a_document(window):
    assert window.controller.doc is None
    assert not window.actions_.project_sheet.isEnabled()
    assert not window.personas.journey_persona.isEnabled()
    assert window.personas.isHidden()
    assert window.personas.toggle.isChecked()  # it comes back with the next project


def test_a_card_is_selected_by_a_click(opened, qtbot):
    opened.controller.execute(AddPersona("Camille"), "add")
    card = opened.personas.panel.cards[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert opened.personas.panel.selected_id == card.persona.id
    assert opened.personas.panel.edit_action.isEnabled()


def test_an_ampersand_in_a_persona_name_is_not_a_mnemonic(opened):
    opened.controller.execute(AddPersona("Dupont & fils"), "add")
    menu = opened.personas.journey_persona
    menu.aboutToShow.emit()
    assert "Dupont && fils" in [a.text() for a in menu.actions()]


def test_a_too_long_text_keeps_the_editor_open_with_the_reason(window, prompts):
    dialog = PersonaDialog(Persona(1, "Camille"), prompts, window)
    dialog.quote.setPlainText("x" * (LONG_TEXT + 1))
    dialog.accept()
    assert dialog.result() != PersonaDialog.DialogCode.Accepted
    assert not dialog.photo_message.isHidden()
    assert len(dialog.changes()["quote"]) == LONG_TEXT + 1  # nothing typed is lost


def test_a_valid_persona_closes_the_editor(window, prompts):
    dialog = PersonaDialog(None, prompts, window)
    dialog.name.setText("Camille")
    dialog.accept()
    assert dialog.result() == PersonaDialog.DialogCode.Accepted


def test_the_persona_name_stops_at_the_short_text_limit(window, prompts):
    dialog = PersonaDialog(None, prompts, window)
    dialog.name.setText("x" * (SHORT_TEXT + 10))
    assert len(dialog.values()["name"]) == SHORT_TEXT


def test_the_cards_keep_only_the_small_picture_of_a_photo(qapp):
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff8a65"))
    picture = _scaled_photo(_png_bytes(image), 64)
    assert (picture.width(), picture.height()) == (64, 64)


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)
