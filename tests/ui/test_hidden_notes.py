"""Hide until reveal, as a facilitator runs it: quick capture face down (Alt+H), the notes dimmed and marked
on the editing screen, blank cards on the projector, then revealed (all, a cell, the selection), with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QImage

from cjm_desktop.model.domain import Touchpoint
from cjm_desktop.model.placement import Cell
from tests.support.canvas_input import type_text
from ui.canvas.note_item import CARD_BACK, FACE_DOWN_INK
from ui.present.presentation_view import PresentationView

ALT = Qt.KeyboardModifier.AltModifier
INKED = 150  # a pixel this dark (HSL lightness, 0-255) is ink: text, an icon, a badge


@pytest.fixture
def shown(window, project, qtbot):
    window.open_path(project)
    with qtbot.waitExposed(window):
        window.show()
    window.current_view().setFocus()
    return window


def capture_face_down(window, qtbot, *lines: str) -> list[Touchpoint]:
    """Turn « Face cachée » on (Alt+H), capture ``lines`` in the current cell; returns the notes added."""
    field = window.quick_capture.bar.field
    field.setFocus()
    if not window.quick_capture.face_down.isChecked():
        qtbot.keyClick(field, Qt.Key.Key_H, ALT)
    before = set(window.controller.doc.state.of(Touchpoint))
    for line in lines:
        type_text(field, line)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    state = window.controller.doc.state
    return sorted((n for i, n in state.of(Touchpoint).items() if i not in before), key=lambda n: n.id)


def current_cell(window) -> Cell:
    return window.tabs.current_scene().current_cell


def is_hidden(window, note_id: int) -> bool:
    return window.controller.doc.state.get(Touchpoint, note_id).hidden


def note_pixels(view, note_id: int) -> tuple[QImage, QRect]:
    """What ``view`` shows now (grabbed as the screen gets it), and the inside of the note there."""
    item = view.scene().notes[note_id]
    w, h = item.size
    inside = view.mapFromScene(item.mapToScene(QRectF(6, 6, w - 12, h - 12))).boundingRect()
    image = view.viewport().grab().toImage()
    assert image.rect().contains(inside), "the note is on screen"
    return image, inside


def ink(image: QImage, rect: QRect) -> int:
    """How many pixels of ``rect`` are dark enough to be ink."""
    return sum(QColor(image.pixel(x, y)).lightness() < INKED
               for y in range(rect.top(), rect.bottom()) for x in range(rect.left(), rect.right()))


def test_alt_h_turns_face_down_capture_on_and_the_captured_notes_are_face_down(shown, qtbot):
    notes = capture_face_down(shown, qtbot, "Je compare les offres", "J’hésite")
    assert shown.quick_capture.face_down.isChecked()
    assert [n.text for n in notes] == ["Je compare les offres", "J’hésite"] and all(n.hidden for n in notes)


def test_with_face_down_off_capture_makes_ordinary_notes(shown, qtbot):
    capture_face_down(shown, qtbot, "Je cherche")
    field = shown.quick_capture.bar.field
    qtbot.keyClick(field, Qt.Key.Key_H, ALT)  # off again
    type_text(field, "Je choisis")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not shown.controller.doc.state.cell(shown.current_journey_id(), *current_cell(shown))[-1].hidden


def test_the_face_down_capture_is_one_undo_step(shown, qtbot):
    notes = capture_face_down(shown, qtbot, "Je cherche")
    shown.controller.undo_stack.undo()
    assert shown.controller.doc.state.get(Touchpoint, notes[0].id) is None


def test_the_editor_shows_a_face_down_note_dimmed_with_its_text_and_mark(shown, qtbot):
    note = capture_face_down(shown, qtbot, "Je compare les offres")[0]
    view = shown.current_view()
    item = view.scene().notes[note.id]
    view.ensureVisible(item.sceneBoundingRect())
    image, inside = note_pixels(view, note.id)
    assert ink(image, inside) > 50  # the text, readable for the facilitator
    mark = QColor(FACE_DOWN_INK)
    edge = view.mapFromScene(item.mapToScene(QRectF(item.size[0] / 2 - 20, 0, 40, 1))).boundingRect()
    assert any(QColor(image.pixel(x, y)).blue() > QColor(image.pixel(x, y)).red() and
               abs(QColor(image.pixel(x, y)).lightness() - mark.lightness()) < 60
               for y in range(edge.top() - 1, edge.bottom() + 2) for x in range(edge.left(), edge.right()))
    paper = QColor(image.pixel(inside.right() - 4, inside.top() + 30))  # the note's colour, faded towards white
    assert paper.lightness() > 225


def test_the_tooltip_of_a_face_down_note_never_shows_its_text(shown, qtbot):
    note = capture_face_down(shown, qtbot, "Je compare les offres")[0]
    assert "compare" not in shown.tabs.current_scene().notes[note.id].toolTip()


@pytest.fixture
def presented(shown, qtbot):
    """A face-down note captured in the first cell, then F5 at 1920 × 1080: (window, note, presentation view)."""
    note = capture_face_down(shown, qtbot, "Je compare les offres du concurrent")[0]
    PresentationView.duration_ms = 0
    editor = shown.current_view()
    editor.ensureVisible(editor.scene().notes[note.id].sceneBoundingRect())
    note_pixels(editor, note.id)  # the editor paints it first: its cache holds the facilitator's rendering
    qtbot.keyClick(editor, Qt.Key.Key_F5)
    presentation = shown.presentation.window
    presentation.showNormal()
    presentation.resize(1920, 1080)
    qtbot.waitUntil(lambda: presentation.view.viewport().width() > 1800)
    presentation.view.show_step(0, animate=False)
    yield shown, note, presentation.view
    if shown.presentation.window is not None:
        shown.presentation.window.close()


def test_the_projector_shows_a_face_down_note_as_a_blank_card(presented):
    window, note, view = presented
    image, inside = note_pixels(view, note.id)
    assert ink(image, inside) == 0  # no text, no badge: whatever the editor's cache holds
    back = QColor(CARD_BACK)
    colours = {QColor(image.pixel(x, y)).rgb() for y in range(inside.top(), inside.bottom())
               for x in range(inside.left(), inside.right())}
    assert back.rgb() in colours and len(colours) <= 4  # the back and its weave, nothing else


def test_the_editor_still_shows_the_text_while_the_projector_shows_the_card(presented):
    window, note, view = presented
    editor = window.current_view()
    assert ink(*note_pixels(editor, note.id)) > 50
    assert ink(*note_pixels(view, note.id)) == 0


def test_revealed_the_projector_shows_the_text(presented, qtbot):
    window, note, view = presented
    assert ink(*note_pixels(view, note.id)) == 0
    window.quick_capture.reveal.reveal_all.trigger()
    assert ink(*note_pixels(view, note.id)) > 50


def test_the_presentation_capture_field_shares_the_face_down_toggle(presented, qtbot):
    window, note, view = presented
    bar = window.presentation.window.capture
    assert bar.face_down is not None and bar.face_down.isChecked()
    type_text(bar.field, "Je paie")
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    state = window.controller.doc.state
    assert state.cell(window.current_journey_id(), *current_cell(window))[-1].hidden


# --- revealing ------------------------------------------------------------------------------------------------
@pytest.fixture
def two_cells(shown, qtbot):
    """Face-down notes in the first cell and in the next stage's: (window, first cell's ids, second's ids)."""
    scene = shown.tabs.current_scene()
    first = [n.id for n in capture_face_down(shown, qtbot, "Je cherche", "Je compare")]
    scene.set_current_cell(scene.neighbour_cell(scene.current_cell, 1, 0))
    second = [n.id for n in capture_face_down(shown, qtbot, "J’attends")]
    return shown, first, second


def test_reveal_all_the_notes_turns_the_journey_face_up_and_undo_turns_it_back(two_cells, qtbot):
    window, first, second = two_cells
    qtbot.keyClick(window.current_view(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert not any(is_hidden(window, i) for i in first + second)
    window.controller.undo_stack.undo()
    assert all(is_hidden(window, i) for i in first + second)


def test_reveal_the_cell_reveals_only_the_current_cell(two_cells):
    window, first, second = two_cells
    scene = window.tabs.current_scene()
    scene.select_notes([first[0]])  # as a right-click on it does: its cell becomes the current one
    window.quick_capture.reveal.reveal_cell.trigger()
    assert [is_hidden(window, i) for i in first + second] == [False, False, True]
    window.controller.undo_stack.undo()
    assert all(is_hidden(window, i) for i in first + second)


def test_h_turns_the_selection_face_up_then_face_down_again(two_cells, qtbot):
    window, first, second = two_cells
    window.tabs.current_scene().select_notes(first)
    view = window.current_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert [is_hidden(window, i) for i in first + second] == [False, False, True]
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert all(is_hidden(window, i) for i in first + second)
    window.controller.undo_stack.undo()
    assert not any(is_hidden(window, i) for i in first)


def test_turning_over_a_mixed_selection_puts_it_face_down(two_cells):
    window, first, second = two_cells
    state, journey = window.controller.doc.state, window.current_journey_id()
    face_up = next(n.id for n in state.touchpoints(journey) if not n.hidden)
    window.tabs.current_scene().select_notes([first[0], face_up])
    window.quick_capture.reveal.turn_over.trigger()
    assert is_hidden(window, face_up) and is_hidden(window, first[0])


def test_the_status_bar_counts_the_face_down_notes_of_the_journey_shown(two_cells):
    window, first, second = two_cells
    count = window.quick_capture.reveal.count
    three = QCoreApplication.translate("RevealMenu", "%1 notes face down").replace("%1", "3")
    assert count.isVisible() and count.text() == three
    window.quick_capture.reveal.reveal_all.trigger()
    assert not count.isVisible()
    window.controller.undo_stack.undo()
    assert count.text() == three


def test_revealing_nothing_says_so_and_makes_no_undo_step(shown):
    steps = shown.controller.undo_stack.count()
    assert not shown.quick_capture.reveal.reveal_journey()
    assert shown.controller.undo_stack.count() == steps
    assert shown.statusBar().currentMessage() == QCoreApplication.translate("RevealMenu", "No face-down note here.")


def test_a_note_context_menu_offers_to_reveal_the_cell_and_turn_over(shown):
    entries = shown._note_menu_entries()
    reveal = shown.quick_capture.reveal
    assert reveal.reveal_cell in entries and reveal.turn_over in entries


def test_another_project_starts_face_up(window, project, tmp_path):
    assert window.open_path(project)
    window.quick_capture.face_down.setChecked(True)
    other = tmp_path / "autre.cjm"
    other.write_bytes(project.read_bytes())
    assert window.open_path(other)
    assert not window.quick_capture.face_down.isChecked()
