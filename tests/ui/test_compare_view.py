"""The compare view: current and target journeys, differences marked, pairs selected on both sides."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QGraphicsItem

from cjm_desktop.commands import AddTouchpoints, DeleteJourney
from cjm_desktop.model.domain import Touchpoint
from ui.compare.compare_scene import MarkItem


def marks(view, side: str) -> dict[str, int]:
    counted: dict[str, int] = {}
    for item in view.scenes[side].items():
        if isinstance(item, MarkItem):
            counted[item.mark.status] = counted.get(item.mark.status, 0) + 1
    return counted


def test_compare_is_offered_on_a_target_journey_only(window, project):
    window.open_path(project)
    assert not window.journey_menu.compare.isEnabled()
    assert window.journey_menu.compare_journeys() is None


def test_notes_are_marked_added_changed_moved_and_removed(compare):
    assert marks(compare, "target") == {"added": 1, "changed": 1, "moved": 1}
    assert marks(compare, "current") == {"removed": 1, "changed": 1, "moved": 1}  # the pairs, too


def test_the_legend_counts_each_kind_of_difference(compare):
    numbers = [int(n) for n in re.findall(r"\d+", compare.legend.accessibleName())]
    assert numbers == [1, 1, 1, 1, 59]  # added, removed, changed, moved, unchanged
    assert compare.differences.count() == 4


def test_choosing_a_difference_selects_the_pair_on_both_sides(compare):
    row = next(r for r in range(compare.differences.count()) if compare.differences.item(r).text().startswith("→"))
    compare.differences.setCurrentRow(row)
    diff = compare.diffs[compare.differences.item(row).data(256)]
    assert compare.scenes["current"].selected_ids() == [diff.current.id]
    assert compare.scenes["target"].selected_ids() == [diff.target.id]
    assert compare.scenes["target"].glows and compare.scenes["current"].glows


def test_selecting_an_unchanged_note_selects_its_origin(compare):
    diff = next(d for d in compare.diffs if d.status == "same")
    compare.scenes["target"].select_notes([diff.target.id])
    assert compare.scenes["current"].selected_ids() == [diff.current.id]


def test_notes_cannot_be_moved_in_the_compare_view(compare):
    item = next(iter(compare.scenes["target"].notes.values()))
    assert not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable


def test_the_view_follows_edits_of_the_target(window, compare):
    target = compare.target_id
    cell = window.controller.doc.state.touchpoints(target)[0].cell
    window.controller.execute(AddTouchpoints(target, cell, texts=["Je suis accueilli par mon prénom"]), "add")
    assert marks(compare, "target")["added"] == 2


def test_the_view_closes_when_a_journey_is_deleted(window, compare):
    window.controller.execute(DeleteJourney(compare.target_id), "delete")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.journey_menu.compare_windows == {}


def test_the_tooltip_names_the_changed_fields(compare):
    diff = next(d for d in compare.diffs if d.status == "changed")
    assert diff.changed == ("text", "evaluation")
    assert compare.describe(diff).count(",") == 1
    assert isinstance(diff.target, Touchpoint)


def test_unchanged_notes_can_be_dimmed_on_both_sides(compare):
    compare.dim_button.setChecked(True)
    assert marks(compare, "target")["same"] == marks(compare, "current")["same"] == 59
