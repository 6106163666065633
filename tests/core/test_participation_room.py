"""The participation room without HTTP: which journey notes go to, notes arriving together written in one
command (and refused one by one), the bridge's threads and time-outs, moderation from the document's thread,
phones that vote after the facilitator removed them."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from cjm_desktop.commands.agenda import AddStep, RecordTime
from cjm_desktop.commands.journeys import DeriveTarget
from cjm_desktop.commands.votes import DeleteParticipant, StartSession
from cjm_desktop.model.domain import Participant, StepStatus, Touchpoint, VoteScope
from cjm_desktop.participation.batch import AddNotesFromPhones
from cjm_desktop.participation.bridge import PostBridge, Refused, RoomClosed
from cjm_desktop.participation.phone_view import target_journey
from cjm_desktop.participation.room import Room
from cjm_desktop.storage.errors import EditRefused
from tests.support.documents import add, assert_undo_redo_exact
from tests.support.participation import DocumentThread, phone_notes


def note(client_id: str, stage: str | None = "Besoin", channel: str | None = "Site web") -> dict[str, Any]:
    return {"id": client_id, "text": f"Je note {client_id}", "stage": stage, "channel": channel}


def held(docs: DocumentThread) -> threading.Event:
    """Keep the document's thread busy until the returned event is set (the GUI in a long gesture)."""
    release = threading.Event()
    docs.jobs.put(lambda: release.wait(10))
    return release


def send_at_once(room: Room, docs: DocumentThread, key: str, bodies: list[dict[str, Any]]) -> list[Any]:
    """Send these notes from threads while the document's thread is busy, so that they arrive together."""
    release = held(docs)
    answers: list[Any] = [None] * len(bodies)

    def send(i: int) -> None:
        try:
            answers[i] = room.add_note(key, bodies[i])
        except Refused as refused:
            answers[i] = refused

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(bodies))]
    for thread in threads:
        thread.start()
    while len(room._inbox) < len(bodies):  # noqa: SLF001 - the test waits for them to queue
        threading.Event().wait(0.001)
    release.set()
    for thread in threads:
        thread.join()
    return answers


# --- the journey ---------------------------------------------------------------------------------------

def test_notes_go_to_the_first_current_journey(docs: DocumentThread) -> None:
    def check(doc: Any) -> int | None:
        doc.execute(DeriveTarget(1, "Cible"))
        journey = target_journey(doc.state, None)
        return journey.id if journey else None

    assert docs.run(check) == 1


def test_notes_go_to_the_journey_of_the_current_step(room: Room, docs: DocumentThread) -> None:
    def plan(doc: Any) -> int:
        derive = DeriveTarget(1, "Cible")
        doc.execute(derive)
        target = doc.state.journeys[-1].id
        step = AddStep("Parcours cible", journey_id=target)
        doc.execute(step)
        doc.execute(RecordTime(step.created_id, 0, StepStatus.CURRENT))
        return int(target)

    target = docs.run(plan)
    key = room.join(room.join_token, "Marie").key
    result = room.add_note(key, note("t"))
    assert docs.run(lambda doc: doc.state.get(Touchpoint, result.note_id).journey_id) == target


# --- notes arriving together -----------------------------------------------------------------------------

def test_the_batch_command_adds_notes_in_several_cells_exactly_and_undoably(docs: DocumentThread) -> None:
    def check(doc: Any) -> None:
        stages, channels = doc.state.stages(1), doc.state.channels(1)
        add(doc, 1, (channels[0].id, stages[0].id), "Je suis déjà là")
        command = AddNotesFromPhones(1, [((channels[0].id, stages[0].id), Touchpoint(0, 1, "A")),
                                         ((None, None), Touchpoint(0, 1, "B")),
                                         ((channels[1].id, stages[2].id), Touchpoint(0, 1, "C"))])
        assert_undo_redo_exact(doc, command)
        cell = [n.text for n in doc.state.cell(1, channels[0].id, stages[0].id)]
        assert cell == ["Je suis déjà là", "A"]
        assert [doc.state.get(Touchpoint, i).text for i in command.created_ids] == ["A", "B", "C"]

    docs.run(check)


def test_the_batch_command_refuses_a_cell_of_another_journey(docs: DocumentThread) -> None:
    def check(doc: Any) -> None:
        doc.execute(DeriveTarget(1, "Cible"))
        other = doc.state.journeys[-1].id
        cell = (doc.state.channels(other)[0].id, doc.state.stages(other)[0].id)
        with pytest.raises(EditRefused):
            doc.execute(AddNotesFromPhones(1, [(cell, Touchpoint(0, 1, "A"))]))

    docs.run(check)


def test_notes_arriving_together_are_written_in_one_command(room: Room, docs: DocumentThread) -> None:
    key = room.join(room.join_token, "Marie").key
    before = docs.executed
    answers = send_at_once(room, docs, key, [note("a", "Besoin"), note("b", "Acheter"), note("c", None)])
    assert all(a.created for a in answers) and docs.executed == before + 1
    assert sorted(docs.run(phone_notes)) == ["a", "b", "c"]


def test_copies_arriving_together_make_one_note(room: Room, docs: DocumentThread) -> None:
    key = room.join(room.join_token, "Marie").key
    answers = send_at_once(room, docs, key, [note("same"), note("same"), note("other")])
    assert sorted(a.created for a in answers) == [False, True, True]
    assert {a.note_id for a in answers[:2]} == set(docs.run(phone_notes)["same"])


def test_a_refused_note_does_not_refuse_the_others_of_its_batch(docs: DocumentThread) -> None:
    def execute(command: Any, label: str) -> None:
        protos = command.prototypes if hasattr(command, "prototypes") else [p for _, p in command.notes]
        if any("refuse" in p.text for p in protos):
            raise EditRefused("this one is refused")
        docs.document.execute(command)

    room = Room(PostBridge(docs.jobs.put, lambda: docs.doc, execute=execute, thread=docs.thread))
    room.open()
    key = room.join(room.join_token, "Marie").key
    answers = send_at_once(room, docs, key, [note("ok"), {**note("no"), "text": "Je refuse"}, note("fine", None)])
    assert [type(a).__name__ for a in answers] == ["NoteResult", "Refused", "NoteResult"]
    assert answers[1].status == 409 and sorted(docs.run(phone_notes)) == ["fine", "ok"]


# --- the bridge ------------------------------------------------------------------------------------------

def test_the_bridge_runs_work_on_the_document_thread(docs: DocumentThread) -> None:
    bridge = docs.bridge()
    assert bridge.call(lambda doc: threading.current_thread()) is docs.thread


def test_the_bridge_called_on_the_document_thread_runs_inline(docs: DocumentThread) -> None:
    bridge = docs.bridge()
    assert docs.run(lambda doc: bridge.call(lambda inner: inner is doc))


def test_the_bridge_raises_what_the_work_raised(docs: DocumentThread) -> None:
    with pytest.raises(ZeroDivisionError):
        docs.bridge().call(lambda doc: 1 / 0)


def test_the_bridge_gives_up_on_a_busy_thread_and_never_runs_the_work(docs: DocumentThread) -> None:
    ran: list[int] = []
    release = held(docs)
    with pytest.raises(TimeoutError):
        docs.bridge(timeout=0.05).call(lambda doc: ran.append(1))
    release.set()
    docs.run(lambda doc: None)
    assert ran == []


def test_without_a_document_the_room_is_closed(docs: DocumentThread) -> None:
    room = Room(PostBridge(docs.jobs.put, lambda: None, thread=docs.thread))
    room.open()
    key = room.join(room.join_token, "Marie").key
    with pytest.raises(RoomClosed):
        room.add_note(key, note("x"))
    assert room._inbox == []  # noqa: SLF001 - nothing left to be written later


# --- facilitator ------------------------------------------------------------------------------------------

def test_approving_on_the_document_thread_runs_inline(room: Room, docs: DocumentThread) -> None:
    room.moderated = True
    key = room.join(room.join_token, "Marie").key
    room.add_note(key, note("m"))
    pending_id = room.pending()[0].id
    note_id = docs.run(lambda doc: room.approve(pending_id))  # the UI approves on the GUI thread
    assert docs.run(phone_notes) == {"m": [note_id]}


def test_removing_a_phone_drops_its_pending_notes(room: Room, docs: DocumentThread) -> None:
    room.moderated = True
    key = room.join(room.join_token, "Marie").key
    room.add_note(key, note("m"))
    room.kick(key)
    assert room.pending() == []


def test_a_phone_removed_from_a_session_comes_back_as_a_new_participant(room: Room, docs: DocumentThread) -> None:
    def plan(doc: Any) -> list[int]:
        ids = add(doc, 1, (None, None), "Je vote A", "Je vote B")
        doc.execute(StartSession("Priorités", 1, VoteScope.NOTES, budget=3))
        return ids

    ids = docs.run(plan)
    key = room.join(room.join_token, "Marie").key
    room.vote(key, {"note": ids[0], "delta": 1})
    first = docs.run(lambda doc: next(iter(doc.state.of(Participant))))
    docs.run(lambda doc: doc.execute(DeleteParticipant(first)))
    assert room.vote(key, {"note": ids[1], "delta": 1}) == {"note": ids[1], "votes": 1, "remaining": 2}
    assert docs.run(lambda doc: [p.name for p in doc.state.of(Participant).values()]) == ["Marie"]
