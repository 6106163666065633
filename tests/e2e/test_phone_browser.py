"""The phone page end to end, in a real browser: Debian's chromium (Playwright) emulating a phone, against the real
participation server on 127.0.0.1 (a free port) over a real document living on its own thread.

Each test joins from the page as a participant would (a first name), then checks the document itself: a note
written on the phone is in the map once, in the cell picked; a dot cast on the phone is in the session; a note
written while the laptop is away, or whose answer is lost, arrives once when the connection comes back."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Route, expect

from cjm_desktop.commands import AddTouchpoints
from cjm_desktop.commands.votes import StartSession
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Evaluation, Touchpoint, VoteScope
from cjm_desktop.participation.room import Room
from cjm_desktop.participation.server import ServerThread
from cjm_desktop.queries.votes import dots_of, participants
from tests.support.participation import DocumentThread, phone_notes

NAME = "Camille"
CATCH_UP = 20_000  # ms the page may take to notice the laptop is back (its retries back off from 2.5 s)


@dataclass
class Workshop:
    """A document on its own thread, a room open on it, and the room's server on 127.0.0.1."""

    documents: DocumentThread
    room: Room
    server: ServerThread

    @property
    def url(self) -> str:
        return self.server.url

    def journey_id(self) -> int:
        return self.documents.run(lambda doc: doc.state.journeys[0].id)

    def names(self) -> tuple[list[str], list[str]]:
        """The stages' and the channels' names of the journey phones write to."""
        journey = self.journey_id()
        return self.documents.run(lambda doc: ([s.name for s in doc.state.stages(journey)],
                                               [c.name for c in doc.state.channels(journey)]))

    def phone_notes(self) -> dict[str, list[Touchpoint]]:
        """The notes that came from phones, by client id."""
        def read(doc: Document) -> dict[str, list[Touchpoint]]:
            notes = doc.state.of(Touchpoint)
            return {client_id: [notes[note_id] for note_id in ids] for client_id, ids in phone_notes(doc).items()}
        return self.documents.run(read)

    def stop_server(self) -> None:
        self.server.stop()

    def restart_server(self, port: int) -> None:
        """The laptop back: a new server for the same room (same token, same keys) on the same port."""
        self.server = ServerThread(self.room, "127.0.0.1", port)
        self.server.start()


@pytest.fixture
def workshop(tmp_path: Path) -> Iterator[Workshop]:
    with DocumentThread(tmp_path / "documents") as documents:
        room = Room(documents.bridge())
        room.open()
        server = ServerThread(room, "127.0.0.1", 0)
        server.start()
        shop = Workshop(documents, room, server)
        try:
            yield shop
        finally:
            shop.server.stop()
            room.close()


def join(page: Page, url: str) -> None:
    """Open the join link and join with a first name, as a participant does."""
    page.goto(url)
    page.get_by_label("Votre prénom").fill(NAME)
    page.get_by_role("button", name="Rejoindre l'atelier").click()
    expect(page.get_by_role("heading", name="Écrire une note")).to_be_visible()


def write_note(page: Page, text: str, stage: str | None = None, channel: str | None = None,
               evaluation: str | None = None) -> None:
    """Fill the note form and send it."""
    if stage is not None:
        page.get_by_label("Étape du parcours").select_option(stage)
    if channel is not None:
        page.get_by_label("Canal").select_option(channel)
    page.get_by_label("Votre note, à la première personne").fill(text)
    if evaluation is not None:
        page.get_by_role("radio", name=evaluation).check()
    page.get_by_role("button", name="Envoyer la note").click()


def queued(page: Page) -> list[dict[str, Any]]:
    """The notes the page keeps in localStorage until the server took them."""
    raw = page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('cjm.queue.'))"
                        ".map(k => localStorage.getItem(k))")
    return [note for entry in raw for note in json.loads(entry)]


def test_a_note_written_on_the_phone_lands_once_in_the_cell_picked(workshop: Workshop, phone: Page) -> None:
    stages, channels = workshop.names()
    join(phone, workshop.url)

    write_note(phone, "Je ne trouve pas le bouton de résiliation", stage=stages[1], channel=channels[2],
               evaluation="Irritant")

    expect(phone.get_by_text("Note envoyée.")).to_be_visible()
    notes = workshop.phone_notes()
    assert [len(copies) for copies in notes.values()] == [1]
    (note,) = next(iter(notes.values()))
    journey = workshop.journey_id()
    cell = workshop.documents.run(lambda doc: ([c.id for c in doc.state.channels(journey)][2],
                                               [s.id for s in doc.state.stages(journey)][1]))
    assert (note.text, note.cell, note.evaluation, note.author) == (
        "Je ne trouve pas le bouton de résiliation", cell, Evaluation.PAIN, NAME)
    assert queued(phone) == []


def test_a_note_of_unknown_place_goes_to_the_parking_area(workshop: Workshop, phone: Page) -> None:
    join(phone, workshop.url)

    write_note(phone, "J'hésite entre deux offres")  # stage and channel left on « Je ne sais pas »

    expect(phone.get_by_text("Note envoyée.")).to_be_visible()
    ((note,),) = workshop.phone_notes().values()
    assert (note.cell, note.evaluation) == ((None, None), Evaluation.NONE)


def test_a_dot_cast_on_the_phone_is_in_the_voting_session(workshop: Workshop, phone: Page) -> None:
    journey = workshop.journey_id()

    def prepare(doc: Document) -> tuple[int, int]:
        stage, channel = doc.state.stages(journey)[0].id, doc.state.channels(journey)[0].id
        add = AddTouchpoints(journey, (channel, stage), texts=["J'attends 25 minutes au téléphone"])
        doc.execute(add)
        session = StartSession("Priorités", journey, VoteScope.NOTES, budget=3)
        doc.execute(session)
        return add.created_ids[0], session.created_id

    note_id, session_id = workshop.documents.run(prepare)
    join(phone, workshop.url)
    card = phone.locator(f'li[data-note="{note_id}"]')
    expect(card).to_contain_text("J'attends 25 minutes au téléphone")

    card.get_by_role("button", name=re.compile("^Ajouter un point")).click()

    expect(card.locator(".vote-mine")).to_have_text("1")
    expect(phone.locator("#dots-text")).to_have_text("Il vous reste 2 points sur 3.")

    def dots(doc: Document) -> tuple[list[str], dict[Any, int]]:
        (voter,) = participants(doc.state, session_id)
        return [voter.name], dots_of(doc.state, session_id, voter.id)

    assert workshop.documents.run(dots) == ([NAME], {(Touchpoint, note_id): 1})


@pytest.mark.slow  # the page waits 2.5 s before trying again, as it would in the room
def test_a_note_written_while_the_laptop_is_away_arrives_once_when_it_is_back(workshop: Workshop,
                                                                               phone: Page) -> None:
    join(phone, workshop.url)
    port = workshop.server.port
    workshop.stop_server()

    write_note(phone, "Je perds le réseau dans l'ascenseur")

    expect(phone.locator("#queue")).to_contain_text("1 note attend d'être envoyée")
    assert [note["text"] for note in queued(phone)] == ["Je perds le réseau dans l'ascenseur"]
    assert workshop.phone_notes() == {}

    workshop.restart_server(port)

    expect(phone.locator("#queue")).to_have_attribute("data-count", "0", timeout=CATCH_UP)
    notes = workshop.phone_notes()
    assert [[note.text for note in copies] for copies in notes.values()] == [["Je perds le réseau dans l'ascenseur"]]
    assert queued(phone) == []


@pytest.mark.slow  # the page waits 2.5 s before trying again, as it would in the room
def test_a_note_whose_answer_is_lost_is_sent_again_and_lands_once(workshop: Workshop, phone: Page) -> None:
    join(phone, workshop.url)
    answers: list[tuple[str, int]] = []

    def lose_the_first_answer(route: Route) -> None:
        response = route.fetch()  # the server gets the note...
        answers.append((json.loads(route.request.post_data or "{}")["id"], response.status))
        if len(answers) == 1:
            route.abort("connectionreset")  # ...but its answer never reaches the phone
        else:
            route.fulfill(response=response)

    phone.route("**/api/notes", lose_the_first_answer)

    write_note(phone, "Je reçois deux fois le même courriel")

    expect(phone.locator("#queue")).to_have_attribute("data-count", "0", timeout=CATCH_UP)
    (client_id,) = workshop.phone_notes()
    assert answers == [(client_id, 201), (client_id, 200)]
    assert [len(copies) for copies in workshop.phone_notes().values()] == [1]


def test_the_page_hints_at_the_first_person_without_blocking(workshop: Workshop, phone: Page) -> None:
    join(phone, workshop.url)
    hint = phone.get_by_text("Conseil : commencez par « Je … »")
    text_box = phone.get_by_label("Votre note, à la première personne")

    text_box.fill("Formulaire trop long")
    expect(hint).to_be_visible()
    text_box.fill("Je remplis un formulaire trop long")
    expect(hint).to_be_hidden()


def test_an_english_phone_reads_the_page_in_english(workshop: Workshop, english_phone: Page) -> None:
    english_phone.goto(workshop.url)
    english_phone.get_by_label("Your first name").fill("Sam")
    english_phone.get_by_role("button", name="Join the workshop").click()

    expect(english_phone.get_by_role("heading", name="Write a note")).to_be_visible()
    expect(english_phone.get_by_label("Journey stage").locator("option").first).to_have_text(
        "I don't know (to sort)")


def test_the_page_fits_a_360_pixel_wide_phone(workshop: Workshop, phone: Page) -> None:
    journey = workshop.journey_id()

    def prepare(doc: Document) -> None:
        stage, channel = doc.state.stages(journey)[0].id, doc.state.channels(journey)[0].id
        doc.execute(AddTouchpoints(journey, (channel, stage), texts=["J'" + "a" * 80]))
        doc.execute(StartSession("Les irritants à traiter en premier", journey, VoteScope.NOTES, budget=5))

    workshop.documents.run(prepare)
    phone.set_viewport_size({"width": 360, "height": 740})
    join(phone, workshop.url)
    expect(phone.locator("li.note")).to_have_count(1)

    assert phone.evaluate("() => document.documentElement.scrollWidth") <= 360


def test_the_page_loads_nothing_from_outside_the_laptop(workshop: Workshop, phone: Page) -> None:
    requested: list[str] = []
    phone.on("request", lambda request: requested.append(request.url))

    join(phone, workshop.url)
    expect(phone.get_by_label("Étape du parcours").locator("option")).not_to_have_count(1)

    origin = workshop.url.split("/j/")[0] + "/"
    assert requested and [url for url in requested if not url.startswith(origin)] == []


def test_a_note_that_looks_like_markup_is_shown_as_text(workshop: Workshop, phone: Page) -> None:
    journey = workshop.journey_id()
    markup = '<img src="/x" onerror="document.title=\'owned\'">Je <b>clique</b>'
    workshop.documents.run(lambda doc: doc.execute(AddTouchpoints(journey, (None, None), texts=[markup])))

    join(phone, workshop.url)

    expect(phone.locator("li.note .note-text")).to_have_text(markup)
    assert phone.locator("li.note img, li.note b").count() == 0


@pytest.mark.slow  # the page learns it at its next poll (2.5 s)
def test_a_phone_the_facilitator_removed_is_told_so_and_may_join_again(workshop: Workshop, phone: Page) -> None:
    join(phone, workshop.url)
    (removed,) = workshop.room.participants()

    workshop.room.kick(removed.key)

    expect(phone.get_by_role("alert")).to_have_text("L'animateur a retiré ce téléphone de l'atelier.")
    expect(phone.get_by_label("Votre prénom")).to_be_visible()
    phone.get_by_label("Votre prénom").fill(NAME)
    phone.get_by_role("button", name="Rejoindre l'atelier").click()
    expect(phone.get_by_role("heading", name="Écrire une note")).to_be_visible()
