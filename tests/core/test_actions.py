"""The action plan's commands: actions, their links to notes, and what happens to the links
when notes move or are deleted."""

from __future__ import annotations

from pathlib import Path

import pytest

from cjm_desktop.commands import (
    AddJourney,
    AddTouchpoints,
    DeleteJourney,
    DeleteTouchpoints,
    EditTouchpoints,
    MoveTouchpoints,
)
from cjm_desktop.commands.actions import AddAction, DeleteActions, LinkNotes, MoveAction, UnlinkNotes
from cjm_desktop.commands.fields import ConfirmedEdit
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Action, ActionLink, ActionStatus
from cjm_desktop.queries.action_plan import journey_actions, known_departments, linked_notes, ordered_actions
from cjm_desktop.storage.errors import EditRefused
from cjm_desktop.storage.working import WorkingStore
from tests.support.documents import add, assert_undo_redo_exact


def links(doc: Document) -> set[tuple[int, int]]:
    return {(link.action_id, link.touchpoint_id) for link in doc.state.of(ActionLink).values()}


@pytest.fixture
def notes(doc: Document, grid) -> list[int]:
    journey, stages, channels = grid
    return add(doc, journey, (channels[0].id, stages[0].id), "Je patiente 25 minutes", "Je raccroche")


def test_add_action_links_its_notes_in_one_step(doc: Document, grid, notes: list[int]) -> None:
    command = AddAction("Rappel automatique", grid[0], notes, priority=1, status="doing")
    assert_undo_redo_exact(doc, command)
    action = doc.state.get(Action, command.created_id)
    assert (action.title, action.priority, action.status) == ("Rappel automatique", 1, ActionStatus.DOING)
    assert links(doc) == {(action.id, notes[0]), (action.id, notes[1])}


def test_new_actions_go_to_the_end_or_at_an_index(doc: Document, grid) -> None:
    for title in ("A", "B"):
        doc.execute(AddAction(title, grid[0]))
    doc.execute(AddAction("first", grid[0], index=0))
    assert [a.title for a in ordered_actions(doc.state)] == ["first", "A", "B"]
    assert [a.position for a in ordered_actions(doc.state)] == [0, 1, 2]


def test_an_action_needs_a_title() -> None:
    with pytest.raises(EditRefused):
        AddAction("   ")


def test_an_action_cannot_link_a_missing_note(doc: Document, grid) -> None:
    with pytest.raises(EditRefused):
        doc.execute(AddAction("Rappel", grid[0], [999]))
    assert not doc.state.of(Action)


def test_out_of_range_priority_is_refused(doc: Document, grid) -> None:
    with pytest.raises(EditRefused):
        doc.execute(AddAction("Rappel", grid[0], priority=7))


def test_delete_actions_removes_their_links_and_closes_the_gaps(doc: Document, grid, notes: list[int]) -> None:
    first, second = AddAction("A", grid[0], notes), AddAction("B", grid[0], notes[:1])
    doc.execute(first)
    doc.execute(second)
    assert_undo_redo_exact(doc, DeleteActions([first.created_id]))
    assert links(doc) == {(second.created_id, notes[0])}
    assert doc.state.get(Action, second.created_id).position == 0


def test_move_action_reorders_the_plan(doc: Document, grid) -> None:
    ids = []
    for title in ("A", "B", "C"):
        command = AddAction(title, grid[0])
        doc.execute(command)
        ids.append(command.created_id)
    assert_undo_redo_exact(doc, MoveAction(ids[2], 0))
    assert [a.title for a in ordered_actions(doc.state)] == ["C", "A", "B"]


def test_link_notes_skips_notes_already_linked(doc: Document, grid, notes: list[int]) -> None:
    command = AddAction("A", grid[0], notes[:1])
    doc.execute(command)
    assert_undo_redo_exact(doc, LinkNotes(command.created_id, notes))
    assert links(doc) == {(command.created_id, notes[0]), (command.created_id, notes[1])}


def test_unlink_notes_keeps_the_notes(doc: Document, grid, notes: list[int]) -> None:
    command = AddAction("A", grid[0], notes)
    doc.execute(command)
    assert_undo_redo_exact(doc, UnlinkNotes(command.created_id, [notes[0]]))
    assert links(doc) == {(command.created_id, notes[1])}
    assert len(doc.state.touchpoints(grid[0])) == 2


def test_links_survive_a_move_and_its_undo(doc: Document, grid, notes: list[int]) -> None:
    journey, stages, channels = grid
    doc.execute(AddAction("A", journey, notes))
    before = links(doc)
    move = MoveTouchpoints(notes, (channels[3].id, stages[5].id))
    doc.execute(move)
    assert links(doc) == before
    assert [n.id for n in linked_notes(doc.state, 1)] == notes
    doc.undo(move)
    assert links(doc) == before


def test_links_survive_a_move_to_the_parking_area(doc: Document, grid, notes: list[int]) -> None:
    doc.execute(AddAction("A", grid[0], notes))
    doc.execute(MoveTouchpoints(notes[:1], (None, None)))
    assert [n.id for n in linked_notes(doc.state, 1)] == notes


def test_deleting_a_linked_note_removes_the_link_and_undo_restores_it(doc: Document, grid, notes: list[int]) -> None:
    doc.execute(AddAction("A", grid[0], notes))
    delete = DeleteTouchpoints([notes[0]])
    doc.execute(delete)
    assert links(doc) == {(1, notes[1])}
    doc.undo(delete)
    assert links(doc) == {(1, notes[0]), (1, notes[1])}


def test_deleting_a_journey_keeps_its_actions_without_links(doc: Document, grid, notes: list[int]) -> None:
    doc.execute(AddJourney("Cible", stages=[("Besoin", None)], channels=[("Web", "")]))
    doc.execute(AddAction("A", grid[0], notes))
    doc.execute(DeleteJourney(grid[0]))
    assert doc.state.get(Action, 1).journey_id is None
    assert not links(doc)


def test_table_edits_are_not_merged(doc: Document, grid) -> None:
    doc.execute(AddAction("A", grid[0]))
    first, second = ConfirmedEdit(Action, 1, priority=1), ConfirmedEdit(Action, 1, priority=3)
    doc.execute(first)
    doc.execute(second)
    assert not first.merge(second)


def test_actions_and_links_persist_after_save_and_reopen(doc: Document, grid, notes: list[int], tmp_path: Path,
                                                        store: WorkingStore) -> None:
    doc.execute(AddAction("Rappel", grid[0], notes, owner_department="SAV", due_date="2026-12-15"))
    doc.save(tmp_path / "plan.cjm")
    doc.close()
    reopened = Document.open(store, tmp_path / "plan.cjm")
    try:
        action = reopened.state.get(Action, 1)
        assert (action.owner_department, action.due_date) == ("SAV", "2026-12-15")
        assert [n.id for n in linked_notes(reopened.state, 1)] == notes
    finally:
        reopened.close(save=False)


def test_journey_actions_shows_own_project_wide_and_linked(doc: Document, grid, notes: list[int]) -> None:
    other = AddJourney("Cible", stages=[("Besoin", None)], channels=[("Web", "")])
    doc.execute(other)
    for title, journey, linked in (("own", grid[0], []), ("wide", None, []), ("elsewhere", other.created_id, []),
                                   ("elsewhere but linked", other.created_id, notes[:1])):
        doc.execute(AddAction(title, journey, linked))
    assert [a.title for a in journey_actions(doc.state, grid[0])] == ["own", "wide", "elsewhere but linked"]


def test_known_departments_gathers_notes_and_owners(doc: Document, grid, notes: list[int]) -> None:
    doc.execute(EditTouchpoints(notes, departments=("SAV", "Marketing")))
    doc.execute(AddAction("A", grid[0], owner_department="Logistique"))
    assert known_departments(doc.state) == ["Logistique", "Marketing", "SAV"]


def test_add_touchpoints_keeps_existing_links(doc: Document, grid, notes: list[int]) -> None:
    journey, stages, channels = grid
    doc.execute(AddAction("A", journey, notes))
    add(doc, journey, (channels[0].id, stages[0].id), "Je rappelle", index=0)
    doc.execute(AddTouchpoints(journey, (None, None), texts=["Idée"]))
    assert links(doc) == {(1, notes[0]), (1, notes[1])}
