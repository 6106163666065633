"""One-key marks on the selected notes, pressed as a facilitator would: 1–4 and 0 evaluate, M toggles
the moment of truth, + and − move the emotion, V adds a vote; each press is one undo step for all of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from cjm_desktop.model.domain import Evaluation, Touchpoint

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def canvas(window, project, qtbot):
    """The sample project shown, three notes of one cell selected; returns (window, view, ids)."""
    window.open_path(project)
    with qtbot.waitExposed(window):
        window.show()
    view = window.current_view()
    view.setFocus()
    scene = window.tabs.current_scene()
    ids = scene.reading_order()[:3]
    scene.select_notes(ids)
    return window, view, ids


def notes(window, ids) -> list[Touchpoint]:
    state = window.controller.doc.state
    return [state.get(Touchpoint, i) for i in ids]


@pytest.mark.parametrize(("key", "evaluation"), [
    (Qt.Key.Key_1, Evaluation.DELIGHT), (Qt.Key.Key_2, Evaluation.NEUTRAL), (Qt.Key.Key_3, Evaluation.PAIN),
    (Qt.Key.Key_4, Evaluation.BREAKING), (Qt.Key.Key_0, Evaluation.NONE),
])
def test_a_digit_evaluates_every_selected_note(canvas, qtbot, key, evaluation):
    window, view, ids = canvas
    qtbot.keyClick(view, key)
    assert {n.evaluation for n in notes(window, ids)} == {evaluation}


def test_a_digit_typed_with_shift_as_on_a_french_keyboard_evaluates_too(canvas, qtbot):
    window, view, ids = canvas
    qtbot.keyClick(view, Qt.Key.Key_3, SHIFT)
    assert {n.evaluation for n in notes(window, ids)} == {Evaluation.PAIN}


def test_each_press_is_one_undo_step_for_all_the_notes(canvas, qtbot):
    window, view, ids = canvas
    before = [n.evaluation for n in notes(window, ids)]
    qtbot.keyClick(view, Qt.Key.Key_1)
    qtbot.keyClick(view, Qt.Key.Key_4)
    window.controller.undo_stack.undo()
    assert {n.evaluation for n in notes(window, ids)} == {Evaluation.DELIGHT}  # the slip only is undone
    window.controller.undo_stack.undo()
    assert [n.evaluation for n in notes(window, ids)] == before


def test_m_marks_moments_of_truth_then_unmarks_them(canvas, qtbot):
    window, view, ids = canvas
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert all(n.moment_of_truth for n in notes(window, ids))
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert not any(n.moment_of_truth for n in notes(window, ids))


def test_plus_and_minus_move_each_emotion_within_its_range(canvas, qtbot):
    window, view, ids = canvas
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert {n.emotion for n in notes(window, ids)} == {2}
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert {n.emotion for n in notes(window, ids)} == {1}


def votes(window, ids) -> list[int]:
    state = window.controller.doc.state
    return [state.votes(i) for i in ids]


def test_v_adds_one_vote_to_each_note(canvas, qtbot):
    window, view, ids = canvas
    before = votes(window, ids)
    qtbot.keyClick(view, Qt.Key.Key_V)
    assert votes(window, ids) == [v + 1 for v in before]


def test_v_is_one_undo_step_for_all_the_notes(canvas, qtbot):
    window, view, ids = canvas
    before = votes(window, ids)
    qtbot.keyClick(view, Qt.Key.Key_V)
    qtbot.keyClick(view, Qt.Key.Key_V)
    window.controller.undo_stack.undo()
    assert votes(window, ids) == [v + 1 for v in before]
    window.controller.undo_stack.undo()
    assert votes(window, ids) == before


def test_a_digit_typed_in_a_text_field_is_text_not_a_mark(canvas, qtbot):
    window, view, ids = canvas
    before = [n.evaluation for n in notes(window, ids)]
    field = window.properties.comment_edit
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_3)
    assert [n.evaluation for n in notes(window, ids)] == before
    assert "3" in field.toPlainText()


def test_the_marks_survive_saving_and_reopening(canvas, qtbot, tmp_path):
    window, view, ids = canvas
    before = votes(window, ids)
    qtbot.keyClick(view, Qt.Key.Key_4)
    qtbot.keyClick(view, Qt.Key.Key_M)
    qtbot.keyClick(view, Qt.Key.Key_V)
    window.save()
    path = window.controller.doc.path
    window.controller.close()
    window.open_path(path)
    assert all(n.evaluation is Evaluation.BREAKING and n.moment_of_truth for n in notes(window, ids))
    assert votes(window, ids) == [v + 1 for v in before]


def test_the_note_menu_offers_the_marks_with_their_keys(canvas):
    window, view, ids = canvas
    entries = [entry for entry in window._note_menu_entries() if entry is not None]
    menu = next(entry.menu() for entry in entries if entry.menu() is not None)
    shortcuts = [action.shortcut().toString() for action in menu.actions() if not action.isSeparator()]
    assert shortcuts == ["1", "2", "3", "4", "0", "M", "+", "-", "V"]


def test_a_bar_floats_above_the_selected_notes_and_its_buttons_mark_them(canvas, qtbot):
    window, view, ids = canvas
    bar = window.marks_bar
    assert bar.isVisible()
    notes_area = view.mapFromScene(view.journey_scene.notes[ids[0]].sceneBoundingRect()).boundingRect()
    bar_area = bar.geometry().translated(view.viewport().mapFrom(window, bar.pos()) - bar.pos())
    assert not bar_area.intersects(notes_area)  # beside the notes, not over them
    breaking = next(b for b in bar.findChildren(QToolButton) if b.defaultAction().shortcut().toString() == "4")
    qtbot.mouseClick(breaking, Qt.MouseButton.LeftButton)
    assert {n.evaluation for n in notes(window, ids)} == {Evaluation.BREAKING}


def test_the_bar_goes_when_nothing_is_selected(canvas, qtbot):
    window, view, ids = canvas
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not window.marks_bar.isVisible()
