"""The workshop canvas driven like a person would: real mouse events on the viewport and
real key presses, then a look at the document (and at the file once saved and reopened)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication

from cjm_desktop.model.domain import Touchpoint
from cjm_desktop.model.placement import PARKING_CELL
from cjm_desktop.storage.safe_open import validate_file
from tests.support.canvas_input import ALT, CTRL, LEFT, at, cell_spot, drag, empty_cell, note_centre, type_text


@pytest.fixture
def canvas(window, project, qtbot):
    """The sample project open and shown; returns (window, view, scene)."""
    window.open_path(project)
    with qtbot.waitExposed(window):
        window.show()
    view = window.current_view()
    view.setFocus()
    return window, view, window.tabs.current_scene()


def notes(window) -> dict[int, Touchpoint]:
    return dict(window.controller.doc.state.of(Touchpoint))


def reopened_notes(window, tmp_path) -> dict[int, Touchpoint]:
    window.save()
    validated = validate_file(window.controller.doc.path)
    validated.conn.close()
    return dict(validated.state.of(Touchpoint))


# --- creating and editing --------------------------------------------------------------
def test_double_click_on_an_empty_spot_writes_a_new_note_there(canvas, qtbot):
    window, view, scene = canvas
    cell = empty_cell(scene)
    qtbot.mouseDClick(view.viewport(), LEFT, pos=cell_spot(view, scene, cell))
    assert view.editor.isVisible()
    type_text(view.editor, "Je découvre l’offre « Fibre » & <promo> 🎉")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return, CTRL)
    created = [n for n in notes(window).values() if n.cell == cell]
    assert [n.text for n in created] == ["Je découvre l’offre « Fibre » & <promo> 🎉"]


def test_escape_keeps_the_text_typed_in_a_new_note(canvas, qtbot):
    window, view, scene = canvas
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_text(view.editor, "Je compare les forfaits")
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert "Je compare les forfaits" in {n.text for n in notes(window).values()}
    assert not view.editor.isVisible()


def test_clicking_elsewhere_keeps_the_text(canvas, qtbot):
    window, view, scene = canvas
    view.write_new_note(empty_cell(scene))
    type_text(view.editor, "Je lis les avis")
    window.properties.setFocus()  # focus leaves the editor, as a click on another widget does
    qtbot.waitUntil(lambda: not view.editor.isVisible())
    assert "Je lis les avis" in {n.text for n in notes(window).values()}


def test_a_new_note_left_empty_adds_nothing(canvas, qtbot):
    window, view, scene = canvas
    before = len(notes(window))
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert len(notes(window)) == before and window.controller.undo_stack.count() == 0


def test_double_click_on_a_note_edits_it_and_undo_restores_it(canvas, qtbot):
    window, view, scene = canvas
    note_id = scene.reading_order()[0]
    old = notes(window)[note_id].text
    qtbot.mouseDClick(view.viewport(), LEFT, pos=note_centre(view, scene, note_id))
    view.editor.selectAll()
    type_text(view.editor, "Je reçois ma box en 48 h")
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert notes(window)[note_id].text == "Je reçois ma box en 48 h"
    window.actions_.undo.trigger()
    assert notes(window)[note_id].text == old


# --- dragging ---------------------------------------------------------------------------
def test_dragging_a_note_to_another_cell_moves_it_in_one_undo_step(canvas, qtbot):
    window, view, scene = canvas
    note_id = scene.reading_order()[0]
    origin = notes(window)[note_id].cell
    target = empty_cell(scene)
    drag(qtbot, view, note_centre(view, scene, note_id), cell_spot(view, scene, target))
    assert notes(window)[note_id].cell == target
    assert scene.notes[note_id].scenePos().y() == scene.layout.notes[note_id].y  # snapped in
    assert window.controller.undo_stack.count() == 1
    window.actions_.undo.trigger()
    assert notes(window)[note_id].cell == origin


def test_dragging_a_multi_selection_moves_every_selected_note(canvas, qtbot):
    window, view, scene = canvas
    first, second = scene.reading_order()[:2]
    qtbot.mouseClick(view.viewport(), LEFT, pos=note_centre(view, scene, first))
    qtbot.mouseClick(view.viewport(), LEFT, CTRL, note_centre(view, scene, second))
    assert scene.selected_ids() == [first, second]
    target = empty_cell(scene)
    drag(qtbot, view, note_centre(view, scene, second), cell_spot(view, scene, target))
    moved = notes(window)
    assert moved[first].cell == moved[second].cell == target
    assert window.controller.undo_stack.count() == 1


def test_dragging_within_a_cell_reorders(canvas, qtbot):
    window, view, scene = canvas
    cell = next(c for c, order in scene.layout.order.items() if len(order) >= 2 and c != PARKING_CELL)
    first, second = scene.layout.order[cell][:2]
    below_second = scene.layout.notes[second]
    drag(qtbot, view, note_centre(view, scene, first), at(view, below_second.x + 40, below_second.bottom - 4))
    assert [n for n in scene.layout.order[cell]][:2] == [second, first]
    assert notes(window)[first].position > notes(window)[second].position


def test_a_note_dropped_on_a_header_snaps_back(canvas, qtbot):
    window, view, scene = canvas
    note_id = scene.reading_order()[0]
    header = next(iter(scene.layout.columns.values()))
    drag(qtbot, view, note_centre(view, scene, note_id), at(view, header.x + 30, header.y + 20))
    assert scene.notes[note_id].scenePos().x() == scene.layout.notes[note_id].x
    assert window.controller.undo_stack.count() == 0


def test_rubber_band_selects_the_notes_it_touches(canvas, qtbot):
    window, view, scene = canvas
    view.fit()
    column = next(iter(scene.layout.columns.values()))
    top_left = view.mapFromScene(QPointF(column.x + 3, column.bottom + 3))
    first_row_bottom = scene.layout.cells[next(iter(scene.layout.cells))].bottom
    bottom_right = view.mapFromScene(QPointF(column.right - 3, first_row_bottom))
    drag(qtbot, view, top_left, bottom_right)
    first_cell = next(iter(scene.layout.cells))
    assert set(scene.selected_ids()) >= set(scene.layout.order.get(first_cell, []))
    assert scene.selected_ids()


# --- the keyboard path ------------------------------------------------------------------
def test_the_first_cell_is_current_on_opening(canvas):
    window, view, scene = canvas
    state = window.controller.doc.state
    journey = state.journeys[0].id
    assert scene.current_cell == (state.channels(journey)[0].id, state.stages(journey)[0].id)
    assert scene.cell_cursor.isVisible()


def test_arrows_move_the_current_cell_and_n_writes_there(canvas, qtbot):
    window, view, scene = canvas
    state = window.controller.doc.state
    journey = state.journeys[0].id
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    expected = (state.channels(journey)[1].id, state.stages(journey)[1].id)
    assert scene.current_cell == expected
    qtbot.keyClick(view, Qt.Key.Key_Return)
    type_text(view.editor, "J’appelle le service client")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return, CTRL)
    assert [n.text for n in notes(window).values() if n.cell == expected][-1] == "J’appelle le service client"


def test_tab_and_shift_tab_walk_the_notes_in_reading_order(canvas, qtbot):
    window, view, scene = canvas
    order = scene.reading_order()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert scene.selected_ids() == [order[1]]
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_ids() == [order[0]]


def test_f2_edits_the_selected_note(canvas, qtbot):
    window, view, scene = canvas
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    note_id = scene.selected_ids()[0]
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.editor.isVisible() and view.editor.target.note_id == note_id
    type_text(view.editor, " !")
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert notes(window)[note_id].text.endswith(" !")


def test_alt_arrow_moves_the_selected_notes_to_the_next_stage(canvas, qtbot):
    window, view, scene = canvas
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    note_id = scene.selected_ids()[0]
    channel, stage = notes(window)[note_id].cell
    qtbot.keyClick(view, Qt.Key.Key_Right, ALT)
    state = window.controller.doc.state
    stages = [s.id for s in state.stages(state.journeys[0].id)]
    assert notes(window)[note_id].cell == (channel, stages[stages.index(stage) + 1])
    assert scene.selected_ids() == [note_id]


def test_delete_duplicate_and_undo(canvas, qtbot):
    window, view, scene = canvas
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    note_id = scene.selected_ids()[0]
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)
    assert len(notes(window)) == 63
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(notes(window)) == 62
    window.actions_.undo.trigger()
    window.actions_.undo.trigger()
    assert len(notes(window)) == 62 and note_id in notes(window)


def test_redo_shortcuts(canvas, qtbot):
    window, view, scene = canvas
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert len(notes(window)) == 62
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)
    assert len(notes(window)) == 61
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(notes(window)) == 61


# --- clipboard --------------------------------------------------------------------------
def test_copy_paste_into_another_journey_keeps_every_field(canvas, qtbot):
    window, view, scene = canvas
    from cjm_desktop.commands import AddJourney
    from cjm_desktop.model.domain import JourneyKind

    state = window.controller.doc.state
    note = next(n for n in notes(window).values() if n.moment_of_truth and state.votes(n.id))
    scene.select_notes([note.id])
    window.actions_.copy.trigger()
    window.controller.execute(AddJourney("Parcours cible", JourneyKind.TARGET, stages=[("Avant", None)],
                                         channels=[("Web", "")]), "Ajouter")
    window.tabs.setCurrentIndex(1)
    window.actions_.paste.trigger()
    target = window.controller.doc.state.journeys[1].id
    pasted = [n for n in notes(window).values() if n.journey_id == target]
    assert [(n.text, n.evaluation, n.moment_of_truth, n.emotion) for n in pasted] == [
        (note.text, note.evaluation, note.moment_of_truth, note.emotion)]


def test_a_pasted_note_leaves_its_votes_behind(canvas, qtbot):
    # votes are dots of voting sessions on the note they were cast on: a copy starts with none
    window, view, scene = canvas
    state = window.controller.doc.state
    note = next(n for n in notes(window).values() if state.votes(n.id))
    scene.select_notes([note.id])
    window.actions_.copy.trigger()
    known = set(notes(window))
    window.actions_.paste.trigger()
    (pasted,) = set(notes(window)) - known
    assert (state.votes(note.id), state.votes(pasted)) == (scene.notes[note.id].votes, 0)
    assert scene.notes[pasted].votes == 0 and scene.notes[note.id].votes > 0


def test_the_heart_badge_follows_a_vote(canvas, qtbot):
    window, view, scene = canvas
    state = window.controller.doc.state
    note_id = scene.reading_order()[0]
    scene.select_notes([note_id])
    before = scene.notes[note_id].votes
    assert before == state.votes(note_id)
    qtbot.keyClick(view, Qt.Key.Key_V)
    assert scene.notes[note_id].votes == state.votes(note_id) == before + 1
    window.controller.undo_stack.undo()
    assert scene.notes[note_id].votes == before


def test_pasting_lines_of_text_makes_one_note_per_line(canvas, qtbot):
    window, view, scene = canvas
    QGuiApplication.clipboard().setText("- Je m’inscris\n\n• Je reçois un code\n3. Je valide mon compte\n")
    window.actions_.paste.trigger()
    cell = scene.current_cell
    assert [n.text for n in sorted(notes(window).values(), key=lambda n: n.position) if n.cell == cell][-3:] == [
        "Je m’inscris", "Je reçois un code", "Je valide mon compte"]
    assert window.controller.undo_stack.count() == 1


# --- structure ---------------------------------------------------------------------------
def test_double_click_on_a_stage_header_renames_it(canvas, qtbot, prompts):
    window, view, scene = canvas
    stage_id, rect = next(iter(scene.layout.columns.items()))
    prompts.text_answer = "Je découvre"
    qtbot.mouseDClick(view.viewport(), LEFT, pos=at(view, rect.x + 40, rect.y + 20))
    assert window.controller.doc.state.stages(scene.journey_id)[0].name == "Je découvre"
    window.actions_.undo.trigger()
    assert window.controller.doc.state.stages(scene.journey_id)[0].name != "Je découvre"


def test_dragging_a_stage_header_reorders_the_stages(canvas, qtbot):
    window, view, scene = canvas
    ids = list(scene.layout.columns)
    first, third = scene.layout.columns[ids[0]], scene.layout.columns[ids[2]]
    view.fit()
    drag(qtbot, view, at(view, first.x + 30, first.y + 20), at(view, third.right - 10, third.y + 20))
    assert [s.id for s in window.controller.doc.state.stages(scene.journey_id)][:3] == [ids[1], ids[2], ids[0]]
    window.actions_.undo.trigger()
    assert [s.id for s in window.controller.doc.state.stages(scene.journey_id)] == ids


def test_adding_a_channel_adds_a_row_after_the_current_one(canvas, prompts):
    window, view, scene = canvas
    current = scene.current_cell[0]
    prompts.text_answer = "Salon professionnel"
    window.actions_.add_channel.trigger()
    channels = [c.name for c in window.controller.doc.state.channels(scene.journey_id)]
    before = [c.id for c in window.controller.doc.state.channels(scene.journey_id)].index(current)
    assert channels[before + 1] == "Salon professionnel"
    assert len(window.tabs.current_scene().layout.rows) == 8


def test_deleting_a_stage_with_notes_asks_and_moves_them_to_the_parking_area(canvas, prompts):
    from cjm_desktop.model.domain import Stage
    from ui.widgets.prompts import NotesDestination

    window, view, scene = canvas
    stage_id = next(iter(scene.layout.columns))
    held = {n.id for n in notes(window).values() if n.stage_id == stage_id}
    prompts.destination_answer = NotesDestination.PARKING
    window.tabs.current_editing().delete_line(Stage, stage_id)
    assert prompts.questions and str(len(held)) in prompts.questions[-1]
    assert {n.id for n in notes(window).values() if n.cell == PARKING_CELL} >= held
    window.actions_.undo.trigger()
    assert {n.id for n in notes(window).values() if n.stage_id == stage_id} == held


def test_cancelling_the_deletion_of_a_stage_with_notes_changes_nothing(canvas, prompts):
    from cjm_desktop.model.domain import Stage

    window, view, scene = canvas
    stage_id = next(iter(scene.layout.columns))
    window.tabs.current_editing().delete_line(Stage, stage_id)
    assert stage_id in scene.layout.columns and window.controller.undo_stack.count() == 0


# --- first person, title, reopening ----------------------------------------------------------
def test_notes_not_in_the_first_person_are_counted_and_the_check_can_be_turned_off(canvas):
    window, view, scene = canvas
    assert scene.first_person_count() > 0
    assert "première personne" in window.counts.text()
    window.actions_.first_person_check.trigger()
    assert "première personne" not in window.counts.text()
    assert not any(item.not_first_person for item in scene.notes.values())


def test_the_fix_rewrites_the_note_in_the_first_person(canvas):
    window, view, scene = canvas
    note_id = next(i for i, item in scene.notes.items() if item.not_first_person)
    scene.select_notes([note_id])
    window.actions_.fix_first_person.trigger()
    assert not scene.notes[note_id].not_first_person
    assert notes(window)[note_id].text.startswith(("Je ", "J’"))


def test_the_title_marks_unsaved_changes(canvas, qtbot):
    window, view, scene = canvas
    assert not window.isWindowModified()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert window.isWindowModified()
    qtbot.keyClick(view, Qt.Key.Key_S, CTRL)
    assert not window.isWindowModified()


def test_reopening_shows_exactly_what_was_there(canvas, qtbot, tmp_path):
    window, view, scene = canvas
    note_id = scene.reading_order()[0]
    drag(qtbot, view, note_centre(view, scene, note_id), cell_spot(view, scene, empty_cell(scene)))
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_text(view.editor, "Je note tout")
    qtbot.keyClick(view.editor, Qt.Key.Key_Escape)
    assert reopened_notes(window, tmp_path) == notes(window)


# --- parking area, zoom and pan ------------------------------------------------------------
def test_a_parked_note_can_be_dragged_into_the_grid(canvas, qtbot):
    window, view, scene = canvas
    parked = scene.layout.order[PARKING_CELL][0]
    target = empty_cell(scene)
    view.fit()  # both ends on screen: no scrolling between press and release
    drag(qtbot, view, note_centre(view, scene, parked), cell_spot(view, scene, target))
    assert notes(window)[parked].cell == target


def test_ctrl_plus_and_ctrl_0_zoom_and_fit(canvas, qtbot):
    window, view, scene = canvas
    view.resize(1800, 1500)  # room to show the whole map with readable notes
    qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    assert view.scale_factor == pytest.approx(1.15)
    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(scene.sceneRect().adjusted(3, 3, -3, -3)) and view.scale_factor < 1


def test_the_middle_button_pans(canvas, qtbot):
    window, view, scene = canvas
    viewport, bar = view.viewport(), view.horizontalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(400, 300))
    qtbot.mouseMove(viewport, QPoint(300, 300))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=QPoint(300, 300))
    assert bar.value() == before + 100


def test_ctrl_s_while_typing_saves_the_text_being_typed(canvas, qtbot):
    window, view, scene = canvas
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_text(view.editor, "Je tape encore")
    qtbot.keyClick(view.editor, Qt.Key.Key_S, CTRL)
    assert "Je tape encore" in {n.text for n in reopened_notes(window, None).values()}


def test_quitting_while_typing_keeps_the_text(canvas, qtbot, project):
    window, view, scene = canvas
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_text(view.editor, "Je ferme l’application")
    window.close()
    validated = validate_file(project)
    validated.conn.close()
    assert "Je ferme l’application" in {n.text for n in validated.state.of(Touchpoint).values()}


def press_and_move(qtbot, view, start: QPoint, end: QPoint) -> None:
    """A drag in progress: pressed, moved in steps, not released."""
    viewport = view.viewport()
    qtbot.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * step / 5)


def test_a_dragged_note_passes_over_the_other_notes(canvas, qtbot):
    """Issue 14.5: raised while dragged, back in place after the drop."""
    window, view, scene = canvas
    cell = next(c for c, order in scene.layout.order.items() if len(order) >= 2 and c != PARKING_CELL)
    first, second = scene.layout.order[cell][:2]
    target = scene.layout.notes[second]
    press_and_move(qtbot, view, note_centre(view, scene, first), at(view, target.x + 40, target.y + 10))
    assert scene.notes[first].zValue() > scene.notes[second].zValue()
    qtbot.mouseRelease(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, at(view, target.x + 40, target.y + 10))
    assert all(item.zValue() == scene.notes[second].zValue() for item in scene.notes.values())


def test_a_line_shows_where_a_dragged_note_will_land_between_two_notes(canvas, qtbot):
    window, view, scene = canvas
    cell = next(c for c, order in scene.layout.order.items() if len(order) >= 3 and c != PARKING_CELL)
    first, second, third = scene.layout.order[cell][:3]
    upper, lower = scene.layout.notes[second], scene.layout.notes[third]
    press_and_move(qtbot, view, note_centre(view, scene, first), at(view, lower.x + 40, lower.y + 4))
    line = scene.insertion_line
    assert line.isVisible()
    assert upper.bottom <= line.sceneBoundingRect().center().y() <= lower.y
    qtbot.mouseRelease(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, at(view, lower.x + 40, lower.y + 4))
    assert not line.isVisible()


def test_dragging_a_note_to_the_edge_of_the_view_scrolls_the_map(canvas, qtbot):
    window, view, scene = canvas
    view.zoom(2.0)
    view.verticalScrollBar().setValue(0)
    note_id = scene.layout.order[next(c for c, o in scene.layout.order.items() if o and c != PARKING_CELL)][0]
    start = note_centre(view, scene, note_id)
    edge = QPoint(start.x(), view.viewport().height() - 8)
    before = view.verticalScrollBar().value()
    press_and_move(qtbot, view, start, edge)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > before + 50, timeout=3000)
    qtbot.mouseRelease(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, edge)


def test_channel_names_stay_pinned_at_the_left_when_the_map_scrolls_right(canvas, qtbot):
    window, view, scene = canvas
    view.resize(700, 500)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    qtbot.wait(10)  # one repaint
    row = next(iter(scene.layout.rows.values()))
    y = view.mapFromScene(QPointF(0, row.y + row.h / 2)).y()
    assert view.grab().toImage().pixelColor(QPoint(8, y)).name() == "#f5f7f8"  # a channel header, left of its name


def test_stage_headers_stay_pinned_at_the_top_when_the_map_scrolls_down(canvas, qtbot):
    window, view, scene = canvas
    view.resize(700, 500)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.wait(10)
    column = next(iter(scene.layout.columns.values()))
    x = view.mapFromScene(QPointF(column.x + 12, 0)).x()
    assert view.grab().toImage().pixelColor(QPoint(x, 37)).name() == "#f5f7f8"  # a stage header, above its name


def test_an_empty_current_cell_says_how_to_add_a_note_until_it_holds_one(canvas, qtbot):
    window, view, scene = canvas
    cell = empty_cell(scene)
    scene.set_current_cell(cell)
    assert scene.empty_hint.isVisible() and "N" in scene.empty_hint.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_N)
    type_text(view.editor, "Je découvre l’offre")
    qtbot.keyClick(view.editor, Qt.Key.Key_Return)
    assert not scene.empty_hint.isVisible()


def test_fit_shows_the_whole_map_when_notes_stay_readable(canvas):
    window, view, scene = canvas
    view.resize(1800, 1500)
    view.fit()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(scene.sceneRect().adjusted(1, 1, -1, -1))


def test_fit_fits_the_width_when_the_whole_map_would_be_unreadable(canvas):
    window, view, scene = canvas
    view.resize(900, 150)  # a map far taller than wide for this window
    view.fit()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.width() >= scene.sceneRect().width() - 2 and shown.height() < scene.sceneRect().height()
