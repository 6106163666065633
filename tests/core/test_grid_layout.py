"""Grid geometry: cells grow, notes never overlap, points map back to cells and indexes."""

from itertools import combinations

from cjm_desktop.layout.grid_layout import Metrics, layout_grid
from cjm_desktop.model.placement import PARKING_CELL

M = Metrics()


def overlap(a, b) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def sample():
    heights = {1: 60, 2: 120, 3: 60, 4: 80, 5: 60, 6: 70}
    order = {(10, 100): [1, 2, 3], (10, 101): [4], (11, 100): [5], PARKING_CELL: [6]}
    return layout_grid([100, 101], [10, 11], heights, order), heights


def test_no_two_notes_overlap():
    layout, _ = sample()
    assert not any(overlap(a, b) for a, b in combinations(layout.notes.values(), 2))


def test_every_note_is_inside_its_cell():
    layout, _ = sample()
    for cell, ids in layout.order.items():
        area = layout.parking if cell == PARKING_CELL else layout.cells[cell]
        for i in ids:
            r = layout.notes[i]
            assert area.x <= r.x and r.right <= area.right and area.y <= r.y and r.bottom <= area.bottom


def test_a_row_grows_to_its_fullest_cell():
    layout, heights = sample()
    expected = heights[1] + heights[2] + heights[3] + 2 * M.gap + 2 * M.padding
    assert layout.rows[10].h == expected
    assert layout.cells[(10, 101)].h == expected


def test_an_empty_row_keeps_room_to_drop_a_note():
    layout = layout_grid([1], [1, 2], {}, {})
    assert layout.rows[2].h == M.empty_height


def test_a_point_maps_to_its_cell():
    layout, _ = sample()
    r = layout.cells[(11, 101)]
    assert layout.cell_at(r.x + 5, r.y + 5) == (11, 101)
    assert layout.cell_at(5, 5) is None
    assert layout.cell_at(layout.parking.x + 5, layout.parking.y + 5) == PARKING_CELL


def test_dropping_above_a_notes_middle_inserts_before_it():
    layout, _ = sample()
    second = layout.notes[2]
    assert layout.insertion_index((10, 100), second.x, second.y + 1) == 1
    assert layout.insertion_index((10, 100), second.x, second.bottom - 1) == 2
    assert layout.insertion_index((10, 100), second.x, 10_000) == 3


def test_the_dragged_notes_do_not_count_for_the_index():
    layout, _ = sample()
    third = layout.notes[3]
    assert layout.insertion_index((10, 100), third.x, third.y + 1, ignore={1}) == 1
