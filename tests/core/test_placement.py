"""Note positions: placing notes writes the notes placed, and renumbers a cell only when it must."""

from __future__ import annotations

import random

from cjm_desktop.model.domain import ProjectState, Touchpoint
from cjm_desktop.model.placement import MAX_POSITION, POSITION_STEP, cell_order, place_notes, spread_positions

CELL = (1, 1)


def state_with(positions: list[int]) -> ProjectState:
    """One cell of notes 1, 2, 3… at ``positions``."""
    state = ProjectState()
    for note_id, position in enumerate(positions, start=1):
        state.put(Touchpoint(note_id, 1, f"Note {note_id}", *CELL, position))
    return state


def spread(order: list[int], staying: dict[int, int]) -> dict[int, int]:
    """Every id's position after ``spread_positions`` (the staying ones keep theirs)."""
    return {**staying, **spread_positions(order, staying.__contains__, staying.__getitem__)}


def test_an_empty_cell_gets_positions_with_room_between():
    assert spread([7, 8], {}) == {7: POSITION_STEP, 8: 2 * POSITION_STEP}


def test_a_note_placed_between_two_others_takes_a_free_position_and_only_it_is_written():
    state = state_with([1024, 2048, 3072])
    ops = place_notes(state, CELL, [1, 3, 2], placed={3})
    assert [(op.entity.id, op.entity.position) for op in ops] == [(3, 1536)]


def test_a_note_placed_first_goes_below_the_first_position():
    state = state_with([1024, 2048])
    ops = place_notes(state, CELL, [2, 1], placed={2})
    assert [op.entity.id for op in ops] == [2] and ops[0].entity.position < 1024


def test_without_room_the_cell_is_renumbered_in_the_new_order():
    state = state_with([0, 1, 2])  # a file written with consecutive positions
    ops = place_notes(state, CELL, [1, 3, 2], placed={3})
    for op in ops:
        state.put(op.entity)
    assert cell_order(state, 1, CELL) == [1, 3, 2]
    assert [n.position for n in state.cell(1, *CELL)] == [POSITION_STEP, 2 * POSITION_STEP, 3 * POSITION_STEP]


def test_a_note_placed_between_equal_positions_from_a_file_renumbers_the_cell():
    assert spread([1, 3, 2], {1: 5, 2: 5}) == {1: 1024, 3: 2048, 2: 3072}


def test_equal_positions_elsewhere_in_the_cell_are_left_alone():
    assert spread([1, 2, 3, 4], {1: 5, 2: 5, 3: 9}) == {1: 5, 2: 5, 3: 9, 4: 9 + POSITION_STEP}


def test_positions_never_pass_the_largest_a_file_may_hold():
    positions = spread([1, 2], {1: MAX_POSITION - 10})
    assert max(positions.values()) <= MAX_POSITION


def test_many_random_placements_keep_the_order_asked_for():
    rng = random.Random(3)
    state, order = ProjectState(), []
    for note_id in range(1, 400):
        order.insert(rng.randint(0, len(order)), note_id)
        new = {note_id: Touchpoint(note_id, 1, "x", *CELL)}
        for op in place_notes(state, CELL, list(order), {note_id}, new):
            state.put(op.entity)
        assert cell_order(state, 1, CELL) == order


def test_the_cell_index_follows_puts_and_removes():
    state = state_with([1, 2])
    state.put(Touchpoint(1, 1, "moved", 2, 2, 0))
    state.remove(Touchpoint, 2)
    assert (state.cell(1, *CELL), [n.id for n in state.cell(1, 2, 2)], state.note_count(1)) == ([], [1], 1)


def test_the_emotion_means_follow_puts_and_removes():
    state = ProjectState()
    state.put(Touchpoint(1, 1, "a", 1, 5, 0, emotion=2))
    state.put(Touchpoint(2, 1, "b", 1, 5, 1, emotion=-1))
    state.put(Touchpoint(3, 1, "c", None, None, 0, emotion=-2))  # parked: belongs to no stage
    state.put(Touchpoint(2, 1, "b", 1, 6, 1, emotion=-1))  # moved to another stage
    assert (state.emotion_mean(5), state.emotion_mean(6)) == (2.0, -1.0)
    state.remove(Touchpoint, 1)
    assert state.emotion_mean(5) is None
