"""Hide until reveal in the core: notes created face down, revealed by journey, by cell or by note, turned
over; each one undo step, exactly undone, written at once."""

from __future__ import annotations

import pytest

from cjm_desktop.commands import AddTouchpoints, DuplicateTouchpoints
from cjm_desktop.commands.reveal import HideNotes, RevealNotes, hidden_notes
from cjm_desktop.model.domain import Touchpoint
from cjm_desktop.model.placement import PARKING_CELL
from cjm_desktop.storage.errors import EditRefused
from tests.support.documents import add, assert_undo_redo_exact, on_disk, snapshot


def add_face_down(doc, journey_id, cell, *texts) -> list[int]:
    """Notes captured face down in ``cell``; returns their ids."""
    command = AddTouchpoints(journey_id, cell, prototypes=[Touchpoint(0, journey_id, t, hidden=True) for t in texts])
    doc.execute(command)
    return command.created_ids


def hidden_ids(doc, journey_id) -> set[int]:
    return {n.id for n in hidden_notes(doc.state, journey_id)}


@pytest.fixture
def workshop(doc, grid):
    """A journey with face-down notes in two cells and the parking area, and one face-up note."""
    journey, stages, channels = grid
    first, second = (channels[0].id, stages[0].id), (channels[1].id, stages[2].id)
    return {
        "journey": journey, "first": first, "second": second,
        "down_first": add_face_down(doc, journey, first, "Je cherche", "Je compare"),
        "up_first": add(doc, journey, first, "Je choisis"),
        "down_second": add_face_down(doc, journey, second, "J’attends"),
        "down_parked": add_face_down(doc, journey, PARKING_CELL, "Je râle"),
    }


def test_notes_added_from_face_down_prototypes_are_face_down_and_written_so(doc, workshop):
    ids = workshop["down_first"]
    assert all(doc.state.get(Touchpoint, i).hidden for i in ids)
    assert all(on_disk(doc)[Touchpoint][i].hidden for i in ids)


def test_hidden_notes_lists_the_face_down_notes_of_a_journey_or_of_one_cell(doc, workshop):
    journey = workshop["journey"]
    assert hidden_ids(doc, journey) == {*workshop["down_first"], *workshop["down_second"], *workshop["down_parked"]}
    assert [n.id for n in hidden_notes(doc.state, journey, workshop["first"])] == workshop["down_first"]


def test_reveal_all_turns_every_face_down_note_of_the_journey_face_up_in_one_step(doc, workshop):
    assert_undo_redo_exact(doc, RevealNotes(workshop["journey"]))
    assert hidden_ids(doc, workshop["journey"]) == set()


def test_reveal_a_cell_leaves_the_other_cells_face_down(doc, workshop):
    assert_undo_redo_exact(doc, RevealNotes(workshop["journey"], cell=workshop["first"]))
    assert hidden_ids(doc, workshop["journey"]) == {*workshop["down_second"], *workshop["down_parked"]}


def test_reveal_the_parking_area_as_a_cell(doc, workshop):
    doc.execute(RevealNotes(workshop["journey"], cell=PARKING_CELL))
    assert hidden_ids(doc, workshop["journey"]) == {*workshop["down_first"], *workshop["down_second"]}


def test_reveal_some_notes_reveals_only_those(doc, workshop):
    picked = [workshop["down_first"][1], workshop["down_second"][0]]
    assert_undo_redo_exact(doc, RevealNotes(workshop["journey"], note_ids=picked))
    assert hidden_ids(doc, workshop["journey"]) == {workshop["down_first"][0], *workshop["down_parked"]}


def test_reveal_writes_only_the_notes_it_turns(doc, workshop):
    command = RevealNotes(workshop["journey"], cell=workshop["first"])
    doc.execute(command)
    assert {op.entity.id for op in command.ops} == set(workshop["down_first"])


def test_reveal_keeps_everything_else_of_the_note(doc, workshop):
    note_id = workshop["down_first"][0]
    before = doc.state.get(Touchpoint, note_id)
    doc.execute(RevealNotes(workshop["journey"], note_ids=[note_id]))
    after = doc.state.get(Touchpoint, note_id)
    assert not after.hidden and (after.text, after.cell, after.position) == (before.text, before.cell, before.position)


def test_revealing_with_nothing_face_down_is_no_edit(doc, workshop):
    doc.execute(RevealNotes(workshop["journey"]))
    revision = doc.revision
    command = RevealNotes(workshop["journey"])
    doc.execute(command)
    assert command.ops == [] and doc.revision == revision


def test_reveal_refuses_notes_of_another_journey(doc, workshop):
    with pytest.raises(EditRefused):
        doc.execute(RevealNotes(workshop["journey"] + 999, note_ids=workshop["down_first"]))


def test_reveal_refuses_a_cell_and_notes_at_once(workshop):
    with pytest.raises(EditRefused):
        RevealNotes(workshop["journey"], cell=workshop["first"], note_ids=workshop["down_first"])


def test_turning_over_face_up_notes_puts_them_face_down(doc, workshop):
    ids = workshop["up_first"]
    assert_undo_redo_exact(doc, HideNotes(ids))
    assert doc.state.get(Touchpoint, ids[0]).hidden


def test_turning_over_a_selection_all_face_down_puts_it_face_up(doc, workshop):
    command = HideNotes(workshop["down_first"])
    doc.execute(command)
    assert command.turned_face_down is False
    assert not any(doc.state.get(Touchpoint, i).hidden for i in workshop["down_first"])


def test_turning_over_a_mixed_selection_puts_it_all_face_down(doc, workshop):
    mixed = [*workshop["down_first"], *workshop["up_first"]]
    command = HideNotes(mixed)
    doc.execute(command)
    assert command.turned_face_down is True
    assert all(doc.state.get(Touchpoint, i).hidden for i in mixed)
    assert {op.entity.id for op in command.ops} == set(workshop["up_first"])  # the others already were


def test_hide_notes_with_an_explicit_side(doc, workshop):
    doc.execute(HideNotes(workshop["down_first"], hidden=True))
    assert hidden_ids(doc, workshop["journey"]) >= set(workshop["down_first"])


def test_hide_refuses_notes_that_no_longer_exist(doc, workshop):
    before = snapshot(doc)
    with pytest.raises(EditRefused):
        doc.execute(HideNotes([*workshop["up_first"], 99_999]))
    assert snapshot(doc) == before


def test_a_duplicated_face_down_note_stays_face_down(doc, workshop):
    command = DuplicateTouchpoints(workshop["down_second"])
    doc.execute(command)
    assert doc.state.get(Touchpoint, command.created_ids[0]).hidden
