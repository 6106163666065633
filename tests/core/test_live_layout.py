"""The canvas's live layout: after any series of edits it places every note where a full layout would."""

from __future__ import annotations

import random

from cjm_desktop.layout.grid_layout import Metrics, layout_grid
from cjm_desktop.layout.live_layout import LiveLayout
from cjm_desktop.model.placement import PARKING_CELL

STAGES, CHANNELS = [11, 12, 13], [21, 22, 23, 24]
CELLS = [(c, s) for c in CHANNELS for s in STAGES] + [PARKING_CELL]


def random_orders(rng: random.Random, count: int) -> tuple[dict, dict]:
    heights = {i: rng.choice([64.0, 82.0, 130.0]) for i in range(1, count + 1)}
    orders: dict = {}
    for note_id in heights:
        orders.setdefault(rng.choice(CELLS), []).append(note_id)
    return orders, heights


def assert_same_as_full(live: LiveLayout, orders: dict, heights: dict, above: float = 0, below: float = 0) -> None:
    full = layout_grid(STAGES, CHANNELS, heights, orders, lanes_above=above, lanes_below=below)
    assert dict(live.notes.items()) == full.notes
    assert (live.cells, live.rows, live.parking, live.width, live.height) == (
        full.cells, full.rows, full.parking, full.width, full.height)


def test_a_new_live_layout_is_the_full_layout():
    orders, heights = random_orders(random.Random(1), 60)
    live = LiveLayout(STAGES, CHANNELS, heights, {c: list(ids) for c, ids in orders.items()}, lanes_above=40)
    assert_same_as_full(live, orders, heights, above=40)


def test_after_random_moves_the_live_layout_is_the_full_layout():
    rng = random.Random(2)
    orders, heights = random_orders(rng, 80)
    live = LiveLayout(STAGES, CHANNELS, heights, {c: list(ids) for c, ids in orders.items()})
    for _ in range(300):
        note_id = rng.choice(list(heights))
        source = next(c for c, ids in orders.items() if note_id in ids)
        target = rng.choice(CELLS)
        orders[source].remove(note_id)
        orders.setdefault(target, []).insert(rng.randint(0, len(orders[target])), note_id)
        if rng.random() < 0.2:
            heights[note_id] = rng.choice([64.0, 82.0, 130.0, 300.0])  # its text changed
        live.update({source: orders[source], target: orders[target]}, heights)
        orders = {c: ids for c, ids in orders.items() if ids}
        assert_same_as_full(live, orders, heights)


def test_only_the_rows_below_a_grown_row_move():
    heights = {1: 64.0, 2: 64.0}
    live = LiveLayout(STAGES, CHANNELS, heights, {(22, 11): [1], (24, 12): [2]})
    heights[3] = 64.0
    delta = live.update({(22, 12): [3]}, heights)  # row 22 keeps its height: nothing moves
    assert (delta.moved_rows, delta.restacked) == (set(), {(22, 12)})
    heights[1] = 400.0
    delta = live.update({(22, 11): [1]}, heights)
    assert delta.moved_rows == {23, 24, None} and delta.resized_rows == {22}


CARDS = Metrics(max_cell_columns=3, notes_per_column=2)


def test_with_card_grids_random_moves_still_give_the_full_layout():
    rng = random.Random(4)
    orders, heights = random_orders(rng, 70)
    live = LiveLayout(STAGES, CHANNELS, heights, {c: list(ids) for c, ids in orders.items()}, CARDS)
    for _ in range(300):
        note_id = rng.choice(list(heights))
        source = next(c for c, ids in orders.items() if note_id in ids)
        target = rng.choice(CELLS)
        orders[source].remove(note_id)
        orders.setdefault(target, []).insert(rng.randint(0, len(orders[target])), note_id)
        live.update({source: orders[source], target: orders[target]}, heights)
        orders = {c: ids for c, ids in orders.items() if ids}
        full = layout_grid(STAGES, CHANNELS, heights, orders, CARDS)
        assert (dict(live.notes.items()), live.cells, live.columns, live.width) == (
            full.notes, full.cells, full.columns, full.width)


def test_a_busy_cell_widens_its_stage_into_columns_read_row_by_row():
    heights = {i: 64.0 for i in range(1, 6)}
    full = layout_grid(STAGES, CHANNELS, heights, {(21, 12): [1, 2, 3, 4, 5]}, CARDS)
    assert full.columns[12].w == 3 * CARDS.column_width and full.columns[13].x == full.columns[12].right
    first, second, fourth = full.notes[1], full.notes[2], full.notes[4]
    assert second.y == first.y and second.x > first.x and fourth.y > first.y  # 1 2 3 / 4 5


def test_a_note_that_leaves_is_forgotten():
    live = LiveLayout(STAGES, CHANNELS, {1: 64.0}, {(21, 11): [1]})
    live.update({(21, 11): []}, {})
    live.forget({1})
    assert 1 not in live.notes and (21, 11) not in live.order


def test_lanes_move_every_row():
    heights = {1: 64.0}
    live = LiveLayout(STAGES, CHANNELS, heights, {(21, 11): [1]})
    delta = live.set_lanes(120.0, 30.0)
    assert delta.moved_rows == {*CHANNELS, None}
    assert_same_as_full(live, {(21, 11): [1]}, heights, above=120, below=30)
