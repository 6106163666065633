"""Participation from phones, the facilitator's side: the dock and its menu, with a real server on 127.0.0.1.

Phones are HTTP clients in worker threads: the GUI thread must stay free to run what the server hands it (every
phone note is a command on the document, on the GUI thread), so a test never waits for a phone on the GUI
thread; it lets Qt's event loop run until the phone has its answer (``qtbot.waitUntil``).
"""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QSettings

from cjm_desktop.model.domain import Touchpoint
from tests.support.participation import Answer, Client, phone_notes
from ui.participation.participation_dock import ADDRESS_KEY

LOOPBACK = "127.0.0.1"


class Phone:
    """A participant's phone: each request runs in a worker thread while the test's Qt event loop turns."""

    def __init__(self, qtbot, url: str) -> None:
        parts = urlsplit(url)
        self.qtbot, self.token = qtbot, parts.path.rsplit("/", 1)[1]
        self.client = Client(parts.hostname or LOOPBACK, parts.port or 80, timeout=10)

    def _wait[T](self, fn: Callable[[], T]) -> T:
        box: list[tuple[bool, Any]] = []

        def run() -> None:
            try:
                box.append((True, fn()))
            except BaseException as error:  # noqa: BLE001 - raised again on the test's thread
                box.append((False, error))

        threading.Thread(target=run, daemon=True).start()
        self.qtbot.waitUntil(lambda: bool(box), timeout=10_000)
        ok, value = box[0]
        if not ok:
            raise value
        return value

    def join(self, name: str) -> Answer:
        return self._wait(lambda: self.client.join(self.token, name))

    def note(self, client_id: str, text: str, stage: str | None = None, channel: str | None = None) -> Answer:
        body = {"id": client_id, "text": text, "stage": stage, "channel": channel, "evaluation": None}
        return self._wait(lambda: self.client.request("POST", "/api/notes", body))

    def state(self) -> Answer:
        return self._wait(lambda: self.client.request("GET", "/api/state"))


@pytest.fixture
def opened(window, project, qtbot):
    """The sample project open, participation open on the loopback; returns (window, dock, url)."""
    assert window.open_path(project)
    dock = window.participation
    url = dock.open(LOOPBACK, 0)
    assert url is not None
    yield window, dock, url
    dock.participation.close()


@pytest.fixture
def new_phone(opened, qtbot):
    """Makes phones on the opened room's URL (closed at the end)."""
    made: list[Phone] = []

    def make() -> Phone:
        made.append(Phone(qtbot, opened[2]))
        return made[-1]

    yield make
    for phone in made:
        phone.client.close()


def phone_note_ids(window) -> dict[str, list[int]]:
    return phone_notes(window.controller.doc)


def test_participation_is_off_by_default_and_needs_a_project(window, project):
    dock = window.participation
    assert not dock.participation.is_open and not dock.open_action.isChecked()
    assert not dock.open_action.isEnabled()  # no project yet
    assert dock.open() is None
    window.open_path(project)
    assert dock.open_action.isEnabled() and not dock.participation.is_open and not dock.wanted


def test_the_menu_entry_opens_on_the_chosen_interface_and_closes(window, project, qtbot):
    QSettings().setValue(ADDRESS_KEY, LOOPBACK)
    window.open_path(project)
    dock = window.participation
    dock.open_action.trigger()
    url = dock.participation.url
    assert dock.participation.is_open and dock.open_action.isChecked() and not dock.isHidden()
    assert url.startswith(f"http://{LOOPBACK}:") and "/j/" in url
    assert dock.panel.url.text() == url and dock.panel.qr.text == url
    with urllib.request.urlopen(url, timeout=10) as page:  # the phone page (served by the server's own thread)
        assert page.status == 200
    dock.open_action.trigger()
    assert not dock.participation.is_open and not dock.open_action.isChecked() and dock.panel.url.text() == ""
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=5)


def test_each_opening_has_a_new_join_token(opened):
    window, dock, url = opened
    dock.participation.close()
    again = dock.open(LOOPBACK, 0)
    assert again is not None and again.rsplit("/", 1)[1] != url.rsplit("/", 1)[1]


def test_the_interface_picker_lists_names_and_addresses_with_the_loopback(opened):
    window, dock, url = opened
    combo = dock.panel.interface
    entries = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
    assert (f"lo — {LOOPBACK}", LOOPBACK) in entries or any(address == LOOPBACK for _text, address in entries)
    assert all(" — " in text for text, _address in entries)
    assert not combo.isEnabled()  # while open, the interface is the one listened on


def test_the_dock_lists_a_participant_who_joined_from_a_phone(opened, new_phone, qtbot):
    window, dock, url = opened
    phone = new_phone()
    assert phone.join("Camille").status == 201
    tree = dock.panel.participants
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    row = tree.topLevelItem(0)
    assert [row.text(0), row.text(1), row.text(2)] == ["Camille", "0", "0"]


def test_a_phone_note_lands_in_the_map_as_one_undo_step(opened, new_phone, qtbot):
    window, dock, url = opened
    phone = new_phone()
    phone.join("Camille")
    state = phone.state().body
    stage, channel = state["stages"][1]["name"], state["channels"][0]["name"]
    steps = window.controller.undo_stack.count()
    answer = phone.note("n-1", "Je reçois un SMS de confirmation", stage, channel)
    assert answer.status == 201
    note = window.controller.doc.state.get(Touchpoint, phone_note_ids(window)["n-1"][0])
    assert note.text == "Je reçois un SMS de confirmation" and note.author == "Camille"
    assert window.controller.undo_stack.count() == steps + 1
    assert note.id in window.tabs.current_scene().notes  # on the map
    qtbot.waitUntil(lambda: dock.panel.participants.topLevelItem(0).text(1) == "1")
    assert "1" in dock.panel.counts.text()
    window.controller.undo_stack.undo()
    assert window.controller.doc.state.get(Touchpoint, note.id) is None


def test_a_note_sent_again_is_in_the_map_once(opened, new_phone, qtbot):
    window, dock, url = opened
    phone = new_phone()
    phone.join("Camille")
    first, again = phone.note("n-1", "J'attends au guichet"), phone.note("n-1", "J'attends au guichet")
    assert (first.status, again.status) == (201, 200)
    assert len(phone_note_ids(window)["n-1"]) == 1


def test_moderation_holds_a_note_until_it_is_approved(opened, new_phone, qtbot):
    window, dock, url = opened
    dock.panel.moderated.setChecked(True)
    assert dock.participation.moderated
    phone = new_phone()
    phone.join("Camille")
    assert phone.note("n-1", "Je ne trouve pas le bouton").status == 201
    assert "n-1" not in phone_note_ids(window)
    pending = dock.panel.pending
    qtbot.waitUntil(lambda: pending.topLevelItemCount() == 1)
    assert pending.topLevelItem(0).text(1) == "Je ne trouve pas le bouton" and not pending.isHidden()
    dock.panel.approve.click()  # the oldest is selected
    assert len(phone_note_ids(window)["n-1"]) == 1
    assert pending.topLevelItemCount() == 0


def test_a_rejected_note_never_reaches_the_map(opened, new_phone, qtbot):
    window, dock, url = opened
    dock.participation.set_moderated(True)
    phone = new_phone()
    phone.join("Camille")
    phone.note("n-1", "Hors sujet")
    qtbot.waitUntil(lambda: dock.panel.pending.topLevelItemCount() == 1)
    dock.panel.reject.click()
    assert phone.note("n-1", "Hors sujet").status == 200 and "n-1" not in phone_note_ids(window)


def test_a_removed_phone_is_refused_afterwards(opened, new_phone, qtbot, prompts):
    window, dock, url = opened
    phone = new_phone()
    phone.join("Camille")
    tree = dock.panel.participants
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    tree.topLevelItem(0).setSelected(True)
    dock.panel.kick.click()  # « Retirer », confirmed
    assert prompts.questions and "Camille" in prompts.questions[-1]
    assert phone.note("n-1", "Je reviens").status == 403
    assert "n-1" not in phone_note_ids(window)
    assert "Camille" in tree.topLevelItem(0).text(0) and tree.topLevelItem(0).text(0) != "Camille"


def test_closing_the_project_closes_participation(opened, new_phone, qtbot):
    window, dock, url = opened
    phone = new_phone()
    phone.join("Camille")
    assert window.controller.close()
    assert not dock.participation.is_open and not dock.open_action.isChecked()
    with pytest.raises(OSError):
        phone.note("n-1", "Trop tard")


def test_participant_names_are_shown_as_typed(opened, new_phone, qtbot):
    window, dock, url = opened
    hostile = "<b>Léa</b> <img src=x>"
    new_phone().join(hostile)
    tree = dock.panel.participants
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    assert tree.topLevelItem(0).text(0) == hostile
    assert tree.topLevelItem(0).toolTip(0).startswith("<p style='white-space:pre-wrap'>&lt;b&gt;")


def test_phone_notes_go_face_down_while_the_capture_is_face_down(opened, new_phone, qtbot):
    window, dock, url = opened
    window.quick_capture.face_down.setChecked(True)
    phone = new_phone()
    phone.join("Camille")
    assert phone.note("n-1", "Je garde la surprise").status == 201
    assert window.controller.doc.state.get(Touchpoint, phone_note_ids(window)["n-1"][0]).hidden


def test_phones_see_the_step_the_timer_is_on(opened, new_phone, qtbot):
    window, dock, url = opened
    window.timer.start()
    phone = new_phone()
    phone.join("Camille")
    step = phone.state().body["step"]
    assert step["name"] == window.timer.step.name and step["running"] is True
    assert 0 < step["remaining"] <= window.timer.planned


def test_a_phone_note_arriving_while_the_facilitator_types_keeps_the_typing(opened, new_phone, qtbot):
    window, dock, url = opened
    view = window.current_view()
    view.write_new_note((None, None))  # « À classer », where the phone's note goes too
    view.editor.setPlainText("Je tape pendant")
    phone = new_phone()
    phone.join("Camille")
    assert phone.note("n-1", "J'arrive du téléphone").status == 201
    assert view.editor.editing and view.editor.toPlainText() == "Je tape pendant"
