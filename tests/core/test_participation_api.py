"""The participation HTTP contract (resources/PARTICIPATION.md) on 127.0.0.1, with pytest-aiohttp: every route,
every refusal, exactly once, moderation, removal, face down, votes and their budget, Host/Origin, rate, reopen.
The document lives on a worker thread of its own, as it lives on the GUI thread in the app."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
import pytest_asyncio
from aiohttp.test_utils import TestClient

from cjm_desktop.commands.agenda import AddStep, RecordTime
from cjm_desktop.commands.votes import StartSession
from cjm_desktop.model.domain import Participant, StepStatus, Touchpoint, VoteScope
from cjm_desktop.participation.room import Room
from cjm_desktop.participation.server import MAX_BODY, WRITE_BURST, make_app
from tests.support.documents import add
from tests.support.participation import DocumentThread, phone_notes

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def api(room: Room, aiohttp_client: Any) -> TestClient:
    hosts: set[str] = set()
    client = await aiohttp_client(make_app(room, hosts))
    hosts.add(f"127.0.0.1:{client.port}")
    return client


async def join(api: TestClient, room: Room, name: str = "Marie") -> dict[str, str]:
    """Join; the headers of that phone."""
    response = await api.post("/api/join", json={"name": name}, headers={"X-Join-Token": room.join_token})
    assert response.status == 201
    return {"X-Participant-Key": (await response.json())["key"]}


def note(client_id: str, text: str = "Je compare trois offres", stage: str | None = "Rechercher",
         channel: str | None = "Site web", evaluation: str | None = None) -> dict[str, Any]:
    return {"id": client_id, "text": text, "stage": stage, "channel": channel, "evaluation": evaluation}


async def refused(response: Any, status: int) -> str:
    """Check a refusal: its status and its one-sentence JSON error; its code."""
    assert response.status == status
    body = await response.json()
    assert isinstance(body["error"], str) and body["error"].endswith(".") and body["error"].count(". ") == 0
    return str(body["code"])


def revision(docs: DocumentThread) -> int:
    return docs.run(lambda doc: doc.revision)


# --- the page ------------------------------------------------------------------------------------------

async def test_the_join_link_serves_the_phone_page_with_a_strict_csp(api: TestClient, room: Room) -> None:
    response = await api.get(f"/j/{room.join_token}")
    assert response.status == 200
    assert response.content_type == "text/html"
    assert "<html" in (await response.text()).lower()
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp


async def test_a_wrong_join_link_is_refused(api: TestClient) -> None:
    assert await refused(await api.get("/j/not-the-token"), 403) == "token"


async def test_the_page_files_are_served_and_nothing_outside_them(api: TestClient) -> None:
    assert (await api.get("/static/app.js")).status == 200
    assert (await api.get("/static/%2e%2e/PARTICIPATION.md")).status == 404
    assert (await api.get("/static/missing.js")).status == 404


async def test_unknown_routes_and_methods_are_refused_in_json(api: TestClient) -> None:
    assert await refused(await api.get("/api/nothing"), 404) == "not_found"
    assert await refused(await api.get("/api/notes"), 405) == "method"


# --- join ------------------------------------------------------------------------------------------------

async def test_join_gives_a_name_and_a_key(api: TestClient, room: Room) -> None:
    response = await api.post("/api/join", json={"name": "  Marie  "}, headers={"X-Join-Token": room.join_token})
    body = await response.json()
    assert response.status == 201 and body["participant"] == "Marie" and len(body["key"]) >= 32
    assert [p.name for p in room.participants()] == ["Marie"]


async def test_a_second_phone_of_the_same_name_gets_a_number(api: TestClient, room: Room) -> None:
    await join(api, room, "Marie")
    response = await api.post("/api/join", json={"name": "marie"}, headers={"X-Join-Token": room.join_token})
    assert (await response.json())["participant"] == "marie 2"


async def test_join_without_a_token_is_refused(api: TestClient) -> None:
    assert await refused(await api.post("/api/join", json={"name": "Marie"}), 401) == "token"


async def test_join_with_a_wrong_token_is_refused(api: TestClient, room: Room) -> None:
    response = await api.post("/api/join", json={"name": "Marie"}, headers={"X-Join-Token": "x" + room.join_token})
    assert await refused(response, 403) == "token"
    assert room.participants() == []


async def test_join_with_bad_json_or_no_name_is_refused(api: TestClient, room: Room) -> None:
    token = {"X-Join-Token": room.join_token}
    assert await refused(await api.post("/api/join", data=b"{name", headers=token), 400) == "json"
    assert await refused(await api.post("/api/join", json={"name": " \t"}, headers=token), 400) == "name"
    assert await refused(await api.post("/api/join", json={"name": 12}, headers=token), 400) == "name"
    assert room.participants() == []


async def test_the_room_refuses_phones_past_its_cap(api: TestClient, room: Room) -> None:
    room.max_participants = 2
    await join(api, room, "A")
    await join(api, room, "B")
    response = await api.post("/api/join", json={"name": "C"}, headers={"X-Join-Token": room.join_token})
    assert await refused(response, 409) == "full"


# --- state -----------------------------------------------------------------------------------------------

async def test_state_needs_a_key(api: TestClient, room: Room) -> None:
    assert await refused(await api.get("/api/state"), 401) == "key"
    assert await refused(await api.get("/api/state", headers={"X-Participant-Key": "nope"}), 403) == "key"


async def test_state_lists_stages_and_channels_in_map_order(api: TestClient, room: Room,
                                                            docs: DocumentThread) -> None:
    phone = await join(api, room)
    response = await api.get("/api/state", headers=phone)
    body = await response.json()
    stages, channels = docs.run(lambda doc: ([s.name for s in doc.state.stages(1)],
                                             [c.name for c in doc.state.channels(1)]))
    assert response.headers["Cache-Control"] == "no-store"
    assert [s["name"] for s in body["stages"]] == stages and [c["name"] for c in body["channels"]] == channels
    assert body["revision"] == revision(docs) and body["step"] is None and body["voting"] is None
    assert body["me"] == {"name": "Marie", "notes": 0, "votes": 0}


async def test_state_shows_the_current_step_and_the_timer(api: TestClient, room: Room, docs: DocumentThread) -> None:
    def plan(doc: Any) -> int:
        command = AddStep("Irritants", duration=1200, journey_id=1, instructions="Une note par irritant")
        doc.execute(command)
        doc.execute(RecordTime(command.created_id, 0, StepStatus.CURRENT))
        return int(command.created_id)

    step_id = docs.run(plan)
    docs.timer = {"step_id": step_id, "remaining": 754, "running": True}
    body = await (await api.get("/api/state", headers=await join(api, room))).json()
    assert body["step"] == {"name": "Irritants", "instructions": "Une note par irritant", "remaining": 754,
                            "running": True}


async def test_state_shows_only_revealed_notes(api: TestClient, room: Room, docs: DocumentThread) -> None:
    def notes(doc: Any) -> None:
        stage, channel = doc.state.stages(1)[1].id, doc.state.channels(1)[0].id
        add(doc, 1, (channel, stage), "Je vois", "Je cache")
        hidden = next(n for n in doc.state.of(Touchpoint).values() if n.text == "Je cache")
        from cjm_desktop.commands.reveal import HideNotes

        doc.execute(HideNotes([hidden.id], True))

    docs.run(notes)
    body = await (await api.get("/api/state", headers=await join(api, room))).json()
    assert [(n["text"], n["stage"], n["channel"]) for n in body["notes"]] == [("Je vois", "Rechercher", "Site web")]


# --- notes -----------------------------------------------------------------------------------------------

async def test_a_note_lands_in_its_cell_with_its_author(api: TestClient, room: Room, docs: DocumentThread) -> None:
    phone = await join(api, room)
    response = await api.post("/api/notes", json=note("n-1", stage="rechercher", channel="SITE  web",
                                                      evaluation="irritant"), headers=phone)
    body = await response.json()
    assert response.status == 201 and body["status"] == "added"
    made = docs.run(lambda doc: doc.state.get(Touchpoint, body["note"]))
    names = docs.run(lambda doc: (doc.state.stages(1)[1].id, doc.state.channels(1)[0].id))
    assert (made.stage_id, made.channel_id) == names
    assert (made.text, made.author, made.evaluation.value, made.hidden) == ("Je compare trois offres", "Marie",
                                                                            "irritant", False)


async def test_a_note_sent_again_is_in_the_map_once(api: TestClient, room: Room, docs: DocumentThread) -> None:
    phone = await join(api, room)
    first = await api.post("/api/notes", json=note("n-1"), headers=phone)
    again = await api.post("/api/notes", json=note("n-1"), headers=phone)
    assert (first.status, again.status) == (201, 200)
    assert (await first.json())["note"] == (await again.json())["note"]
    assert docs.run(phone_notes) == {"n-1": [(await first.json())["note"]]}


async def test_copies_of_a_note_sent_at_once_make_one_note(api: TestClient, room: Room, docs: DocumentThread) -> None:
    phone = await join(api, room)
    answers = await asyncio.gather(*(api.post("/api/notes", json=note("same"), headers=phone) for _ in range(8)))
    assert sorted(a.status for a in answers) == [200] * 7 + [201]
    assert len(docs.run(phone_notes)["same"]) == 1


async def test_a_note_without_a_known_cell_goes_to_parking(api: TestClient, room: Room, docs: DocumentThread) -> None:
    phone = await join(api, room)
    for client_id, stage, channel in (("a", None, None), ("b", "Rechercher", None), ("c", "Nulle part", "Site web")):
        await api.post("/api/notes", json=note(client_id, stage=stage, channel=channel), headers=phone)
    cells = docs.run(lambda doc: {n.cell for n in doc.state.of(Touchpoint).values()})
    assert cells == {(None, None)}


async def test_a_note_the_project_already_holds_is_not_added_again(api: TestClient, room: Room,
                                                                   docs: DocumentThread) -> None:
    phone = await join(api, room)
    first = await (await api.post("/api/notes", json=note("kept"), headers=phone)).json()
    room.open()  # a new opening forgets what it saw: the client id is read back from the document
    phone = await join(api, room)
    again = await api.post("/api/notes", json=note("kept"), headers=phone)
    assert again.status == 200 and (await again.json())["note"] == first["note"]
    assert docs.run(phone_notes) == {"kept": [first["note"]]}


@pytest.mark.parametrize("body", [
    {"text": "Je compare"},  # no id
    {"id": "bad id with spaces", "text": "Je compare"},
    {"id": "n", "text": "   "},
    {"id": "n", "text": 3},
    {"id": "n", "text": "Je compare", "evaluation": "super"},
    {"id": "n", "text": "Je compare", "stage": 4},
    ["not", "an", "object"],
])
async def test_a_note_with_bad_fields_is_refused_and_changes_nothing(api: TestClient, room: Room,
                                                                     docs: DocumentThread, body: Any) -> None:
    phone = await join(api, room)
    before = revision(docs)
    assert await refused(await api.post("/api/notes", json=body, headers=phone), 400) == "fields"
    assert revision(docs) == before


async def test_a_note_that_is_not_json_is_refused(api: TestClient, room: Room) -> None:
    response = await api.post("/api/notes", data=b'{"id": "n", "text": ', headers=await join(api, room))
    assert await refused(response, 400) == "json"


async def test_a_note_over_the_limit_is_refused(api: TestClient, room: Room, docs: DocumentThread) -> None:
    response = await api.post("/api/notes", json=note("long", text="é" * 2001), headers=await join(api, room))
    assert await refused(response, 413) == "too_long"
    assert docs.run(phone_notes) == {}


async def test_a_body_over_16_kib_is_refused(api: TestClient, room: Room, docs: DocumentThread) -> None:
    response = await api.post("/api/notes", data=b"a" * (MAX_BODY + 1), headers=await join(api, room))
    assert await refused(response, 413) == "too_large"


async def test_a_chunked_body_over_16_kib_is_refused(api: TestClient, room: Room) -> None:
    async def chunks() -> Any:
        for _ in range(5):
            yield b"a" * 4096

    response = await api.post("/api/notes", data=chunks(), headers=await join(api, room))
    assert await refused(response, 413) == "too_large"


async def test_face_down_capture_sends_phone_notes_face_down(api: TestClient, room: Room,
                                                            docs: DocumentThread) -> None:
    docs.face_down = True
    phone = await join(api, room)
    body = await (await api.post("/api/notes", json=note("secret"), headers=phone)).json()
    assert docs.run(lambda doc: doc.state.get(Touchpoint, body["note"]).hidden)
    assert (await (await api.get("/api/state", headers=phone)).json())["notes"] == []


# --- moderation and removal ------------------------------------------------------------------------------

async def test_a_moderated_note_waits_for_approval(api: TestClient, room: Room, docs: DocumentThread) -> None:
    room.moderated = True
    phone = await join(api, room)
    response = await api.post("/api/notes", json=note("m"), headers=phone)
    assert response.status == 201 and (await response.json())["status"] == "pending"
    assert docs.run(phone_notes) == {} and [p.client_id for p in room.pending()] == ["m"]


async def test_an_approved_note_reaches_the_map_once(api: TestClient, room: Room, docs: DocumentThread) -> None:
    room.moderated = True
    phone = await join(api, room)
    await api.post("/api/notes", json=note("m"), headers=phone)
    note_id = await asyncio.get_running_loop().run_in_executor(None, room.approve, room.pending()[0].id)
    again = await (await api.post("/api/notes", json=note("m"), headers=phone)).json()
    assert again == {"id": "m", "note": note_id, "status": "added"}
    assert docs.run(phone_notes) == {"m": [note_id]} and room.pending() == []
    assert room.participants()[0].notes == 1


async def test_a_rejected_note_never_reaches_the_map(api: TestClient, room: Room, docs: DocumentThread) -> None:
    room.moderated = True
    phone = await join(api, room)
    await api.post("/api/notes", json=note("r"), headers=phone)
    room.reject(room.pending()[0].id)
    again = await api.post("/api/notes", json=note("r"), headers=phone)
    assert again.status == 200 and (await again.json())["status"] == "rejected"
    assert docs.run(phone_notes) == {}


async def test_a_removed_phone_is_refused(api: TestClient, room: Room, docs: DocumentThread) -> None:
    phone = await join(api, room)
    room.kick(phone["X-Participant-Key"])
    assert await refused(await api.post("/api/notes", json=note("k"), headers=phone), 403) == "kicked"
    assert await refused(await api.get("/api/state", headers=phone), 403) == "kicked"
    assert docs.run(phone_notes) == {} and room.participants()[0].kicked


async def test_the_room_tells_the_facilitator_of_changes(api: TestClient, room: Room) -> None:
    calls: list[int] = []
    room.on_change = lambda: calls.append(1)
    phone = await join(api, room)
    await api.post("/api/notes", json=note("c"), headers=phone)
    await api.post("/api/notes", json=note("c"), headers=phone)  # the same note: no change
    assert len(calls) == 2


# --- closed, reopened ------------------------------------------------------------------------------------

async def test_a_closed_room_refuses_everything(api: TestClient, room: Room, docs: DocumentThread) -> None:
    phone = await join(api, room)
    token = room.join_token
    room.close()
    assert await refused(await api.post("/api/notes", json=note("x"), headers=phone), 409) == "closed"
    assert await refused(await api.get("/api/state", headers=phone), 409) == "closed"
    assert await refused(await api.post("/api/join", json={"name": "Léa"}, headers={"X-Join-Token": token}),
                         409) == "closed"
    assert await refused(await api.get(f"/j/{token}"), 409) == "closed"
    assert docs.run(phone_notes) == {}


async def test_reopening_changes_the_token_and_forgets_the_phones(api: TestClient, room: Room) -> None:
    phone = await join(api, room)
    old = room.join_token
    room.close()
    room.open()
    assert room.join_token != old and len(room.join_token) >= 32
    assert await refused(await api.get(f"/j/{old}"), 403) == "token"
    assert await refused(await api.get("/api/state", headers=phone), 403) == "key"
    assert room.participants() == []


# --- votes -----------------------------------------------------------------------------------------------

def voting(docs: DocumentThread, budget: int = 2, texts: tuple[str, ...] = ("Je vote A", "Je vote B", "Je vote C"),
           **settings: Any) -> list[int]:
    """Notes and an open session on them; the note ids."""
    def plan(doc: Any) -> list[int]:
        stage, channel = doc.state.stages(1)[0].id, doc.state.channels(1)[0].id
        ids = add(doc, 1, (channel, stage), *texts)
        doc.execute(StartSession("Priorités", 1, VoteScope.NOTES, budget=budget, **settings))
        return ids

    return docs.run(plan)


async def test_a_vote_casts_a_dot_for_the_phone(api: TestClient, room: Room, docs: DocumentThread) -> None:
    ids = voting(docs)
    phone = await join(api, room)
    response = await api.post("/api/votes", json={"note": ids[0], "delta": 1}, headers=phone)
    assert response.status == 200
    assert await response.json() == {"note": ids[0], "votes": 1, "remaining": 1}
    people = docs.run(lambda doc: [p.name for p in doc.state.of(Participant).values()])
    assert people == ["Marie"]


async def test_state_shows_the_session_and_the_phone_s_dots(api: TestClient, room: Room, docs: DocumentThread) -> None:
    ids = voting(docs, budget=3)
    phone = await join(api, room)
    await api.post("/api/votes", json={"note": ids[1], "delta": 1}, headers=phone)
    body = await (await api.get("/api/state", headers=phone)).json()
    assert body["voting"]["name"] == "Priorités" and body["voting"]["budget"] == 3
    assert body["voting"]["remaining"] == 2 and body["voting"]["my_votes"] == {str(ids[1]): 1}
    assert next(n for n in body["notes"] if n["id"] == ids[1])["votes"] == 1


async def test_a_vote_past_the_budget_is_refused(api: TestClient, room: Room, docs: DocumentThread) -> None:
    ids = voting(docs, budget=1)
    phone = await join(api, room)
    await api.post("/api/votes", json={"note": ids[0], "delta": 1}, headers=phone)
    before = revision(docs)
    response = await api.post("/api/votes", json={"note": ids[1], "delta": 1}, headers=phone)
    assert await refused(response, 409) == "budget"
    assert revision(docs) == before


async def test_a_withdrawn_dot_comes_back(api: TestClient, room: Room, docs: DocumentThread) -> None:
    ids = voting(docs, budget=1)
    phone = await join(api, room)
    await api.post("/api/votes", json={"note": ids[0], "delta": 1}, headers=phone)
    response = await api.post("/api/votes", json={"note": ids[0], "delta": -1}, headers=phone)
    assert await response.json() == {"note": ids[0], "votes": 0, "remaining": 1}


async def test_a_vote_sent_again_with_its_id_counts_once(api: TestClient, room: Room, docs: DocumentThread) -> None:
    ids = voting(docs, budget=5, repeat=True)
    phone = await join(api, room)
    for _ in range(3):
        answer = await api.post("/api/votes", json={"note": ids[0], "delta": 1, "id": "v1"}, headers=phone)
    assert (await answer.json())["votes"] == 1


async def test_a_vote_without_a_session_is_refused(api: TestClient, room: Room, docs: DocumentThread) -> None:
    ids = docs.run(lambda doc: add(doc, 1, (None, None), "Je vote"))
    response = await api.post("/api/votes", json={"note": ids[0], "delta": 1}, headers=await join(api, room))
    assert await refused(response, 409) == "no_session"


async def test_a_vote_on_a_hidden_or_unknown_note_is_refused(api: TestClient, room: Room,
                                                            docs: DocumentThread) -> None:
    ids = voting(docs)
    from cjm_desktop.commands.reveal import HideNotes

    docs.run(lambda doc: doc.execute(HideNotes([ids[0]], True)))
    phone = await join(api, room)
    assert await refused(await api.post("/api/votes", json={"note": ids[0], "delta": 1}, headers=phone),
                         400) == "not_in_scope"
    assert await refused(await api.post("/api/votes", json={"note": 999, "delta": 1}, headers=phone),
                         400) == "not_in_scope"


@pytest.mark.parametrize("body", [{"note": 1, "delta": 2}, {"note": "1", "delta": 1}, {"note": 1, "delta": True},
                                  {"delta": 1}, {"note": 1, "delta": 1, "id": 5}])
async def test_a_vote_with_bad_fields_is_refused(api: TestClient, room: Room, body: dict[str, Any]) -> None:
    assert await refused(await api.post("/api/votes", json=body, headers=await join(api, room)), 400) == "fields"


# --- Host, Origin, rate ----------------------------------------------------------------------------------

async def test_a_foreign_host_is_refused(api: TestClient, room: Room) -> None:
    response = await api.get(f"/j/{room.join_token}", headers={"Host": f"evil.example:{api.port}"})
    assert await refused(response, 403) == "host"


async def test_a_foreign_origin_is_refused(api: TestClient, room: Room, docs: DocumentThread) -> None:
    phone = await join(api, room)
    response = await api.post("/api/notes", json=note("o"), headers={**phone, "Origin": "http://evil.example"})
    assert await refused(response, 403) == "origin"
    assert docs.run(phone_notes) == {}


async def test_the_room_s_own_origin_is_accepted(api: TestClient, room: Room) -> None:
    phone = await join(api, room)
    response = await api.post("/api/notes", json=note("o"),
                              headers={**phone, "Origin": f"http://127.0.0.1:{api.port}"})
    assert response.status == 201


async def test_a_phone_past_the_rate_limit_is_told_to_wait(api: TestClient, room: Room, docs: DocumentThread) -> None:
    phone = await join(api, room)
    answers = [await api.post("/api/notes", json=note(f"r{i}"), headers=phone) for i in range(WRITE_BURST + 10)]
    statuses = [a.status for a in answers]
    assert statuses[:WRITE_BURST] == [201] * WRITE_BURST and 429 in statuses
    too_many = answers[statuses.index(429)]
    assert await refused(too_many, 429) == "rate" and too_many.headers["Retry-After"] == "1"
    assert len(docs.run(phone_notes)) == statuses.count(201)
