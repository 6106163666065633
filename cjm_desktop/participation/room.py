"""The state of one participation opening (no Qt): who joined from a phone, what they sent, and the rules.

Threads. The HTTP server runs in its own thread; the document lives on *its* thread (the GUI thread in the app,
a worker thread in tests). The room never touches the document itself: every read and every write goes through
``Bridge.call(work)``, which runs ``work(document)`` on the document's thread and hands back its result. Inside
``work`` (and only there) the room calls ``bridge.execute(command, label)`` (one undo step in the app),
``bridge.timer_view()`` and ``bridge.face_down()``. The room's own bookkeeping (phones, pending notes, client ids
seen) is guarded by a lock, so the server thread and the UI thread may both use it.

The way to the document is ``bridge.py``; what a phone sees (the journey notes go to, the step, the session, the
state's JSON) is ``phone_view.py``.

Exactly once. A phone note carries a client id (``interop`` JSON ``{"phone": {"id": CLIENT_ID}}``). The room
remembers every client id it saw in this opening and, the first time it works on the document, every client id
already in the document's notes; a client id sent again gets the note it made (200), never a second note. The
check and the write run together on the document's thread, so two copies of one note sent at once cannot both
pass.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from cjm_desktop.model.domain import (
    Evaluation,
    Participant,
    ProjectState,
    Touchpoint,
)
from cjm_desktop.model.placement import PARKING_CELL, Cell
from cjm_desktop.participation.bridge import Bridge, Refused, RoomClosed
from cjm_desktop.participation.phone_view import (
    MAX_NOTE,
    Phone,
    RoomView,
    active_session,
    room_view,
    shared_state,
    step_state,
    voting_state,
)
from cjm_desktop.storage.errors import CjmError

if TYPE_CHECKING:
    from cjm_desktop.document import Document


MAX_PARTICIPANTS = 60  # phones in one opening (the default cap)
MAX_NAME = 40  # characters of a participant's name
MAX_CLIENT_ID = 64  # characters of a client id
EVALUATION_WORDS: dict[str, Evaluation] = {  # what a phone may send as "evaluation": the CSV words
    "none": Evaluation.NONE,
    "enchantement": Evaluation.DELIGHT, "delight": Evaluation.DELIGHT,
    "neutre": Evaluation.NEUTRAL, "neutral": Evaluation.NEUTRAL,
    "irritant": Evaluation.PAIN, "pain": Evaluation.PAIN,
    "rupture": Evaluation.BREAKING, "point de rupture": Evaluation.BREAKING, "breaking": Evaluation.BREAKING,
}
_ID_RULE = f"1 to {MAX_CLIENT_ID} letters, digits, dots, dashes, colons or underscores."
_CLIENT_ID = re.compile(rf"[A-Za-z0-9._:-]{{1,{MAX_CLIENT_ID}}}")


@dataclass(frozen=True)
class PendingNote:
    """A note waiting for the facilitator's approval (moderated rooms): ``id`` (the room's), the phone's ``key``
    and ``name``, and what it sent (``client_id``, ``text``, ``stage``, ``channel``, ``evaluation``)."""

    id: int
    key: str
    name: str
    client_id: str
    text: str
    stage: str | None
    channel: str | None
    evaluation: Evaluation
    received_at: float = 0.0


@dataclass(frozen=True)
class NoteResult:
    """The answer to a note: ``created`` (201) or sent before (200), the note's id in the document (None while
    it waits for approval or once rejected), and ``status``: "added", "pending" or "rejected"."""

    created: bool
    note_id: int | None
    status: str = "added"


@dataclass(frozen=True)
class _Draft:
    """A note as a phone sent it, ready to be written."""

    author: str
    client_id: str
    text: str
    stage: str | None
    channel: str | None
    evaluation: Evaluation


@dataclass(eq=False)
class _Inbound:
    """A note request waiting for the document's thread: its answer or its refusal, and ``done``."""

    phone: Phone
    draft: _Draft
    opening: int
    result: NoteResult | None = None
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)


_PENDING = -1  # in Room._seen: the client id waits for approval
_REJECTED = -2  # in Room._seen: the facilitator rejected it


def _clean_line(value: str) -> str:
    """``value`` on one line: control characters dropped, spacing collapsed."""
    return " ".join("".join(c for c in value if unicodedata.category(c)[0] != "C" or c in " \t\n").split())


def _clean_text(value: str) -> str:
    """A note's text: line breaks kept, other control characters dropped, ends trimmed."""
    return "".join(c for c in value.replace("\r\n", "\n") if c == "\n" or unicodedata.category(c)[0] != "C").strip()


class Room:
    """One participation opening. ``Room(bridge, moderated=False, max_participants=60)``.

    ``open()`` makes a new ``join_token`` and forgets the phones of the previous opening; ``close()`` refuses
    everything after it (409). ``on_change`` (set by the UI) is called, from the server thread or whichever
    thread made the change, whenever the phones, their counts or the pending notes change: post it to your own
    thread. Phone-side methods raise ``Refused`` (with the contract's status code).
    """

    def __init__(self, bridge: Bridge, *, moderated: bool = False, max_participants: int = MAX_PARTICIPANTS,
                 max_note: int = MAX_NOTE, clock: Callable[[], float] = time.time) -> None:
        self.bridge = bridge
        self.max_participants, self.max_note, self._clock = max_participants, max_note, clock
        self.on_change: Callable[[], None] | None = None
        self._lock = threading.RLock()
        self._moderated = moderated
        self._open = False
        self._token = ""
        self._opening = 0  # which opening: work started in an earlier one is refused
        self._phones: dict[str, Phone] = {}
        self._pending: dict[int, PendingNote] = {}
        self._next_pending = 1
        self._seen: dict[str, int] = {}  # client id -> note id (or _PENDING / _REJECTED)
        self._scanned = False  # the document's client ids are in _seen
        self._votes_seen: dict[str, dict[str, Any]] = {}  # a vote's optional client id -> its answer
        self._inbox: list[_Inbound] = []  # notes waiting for the document's thread (see _drain)
        self._state_cache: tuple[tuple[int, int | None], dict[str, Any]] | None = None

    # --- facilitator side (any thread) -----------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        """Is participation open?"""
        return self._open

    @property
    def join_token(self) -> str:
        """The secret in the join URL (``secrets.token_urlsafe(24)``: 192 bits), new at each ``open()``; ""
        before the first opening."""
        return self._token

    @property
    def moderated(self) -> bool:
        """Do notes wait for the facilitator's approval? Turning it off leaves waiting notes waiting."""
        return self._moderated

    @moderated.setter
    def moderated(self, value: bool) -> None:
        self._moderated = bool(value)

    def open(self) -> str:
        """Open participation with a new join token (returned), forgetting the phones, pending notes and client
        ids of any previous opening (the client ids in the document are read again at the first request)."""
        with self._lock:
            self._token = secrets.token_urlsafe(24)
            self._opening += 1
            self._phones, self._pending, self._seen, self._votes_seen = {}, {}, {}, {}
            self._scanned, self._state_cache, self._open = False, None, True
            token = self._token
        self._changed()
        return token

    def close(self) -> None:
        """Close participation: every request is refused from now on (409); pending notes are dropped."""
        with self._lock:
            self._open = False
            self._pending = {}
        self._changed()

    def participants(self) -> list[Phone]:
        """The phones that joined this opening, in joining order (copies)."""
        with self._lock:
            return [replace(p, sessions=dict(p.sessions)) for p in self._phones.values()]

    def kick(self, key: str) -> None:
        """Refuse this phone from now on (403); it stays listed, ``kicked``, and its pending notes are dropped."""
        with self._lock:
            phone = self._phones.get(key)
            if phone is None or phone.kicked:
                return
            phone.kicked = True
            for pending in [p for p in self._pending.values() if p.key == key]:
                del self._pending[pending.id]
                self._seen[pending.client_id] = _REJECTED
        self._changed()

    def pending(self) -> list[PendingNote]:
        """The notes waiting for approval, oldest first."""
        with self._lock:
            return list(self._pending.values())

    def approve(self, pending_id: int) -> int | None:
        """Put a pending note in the map (through the bridge: inline when called on the document's thread);
        returns its note id (None: unknown pending id). Raises the ``CjmError`` that refused it (it then stays
        pending)."""
        with self._lock:
            note = self._pending.get(pending_id)
            opening = self._opening
        if note is None:
            return None

        def work(doc: Document) -> int | None:
            with self._lock:
                if self._pending.get(pending_id) is not note or opening != self._opening:
                    return None  # rejected, approved or dropped meanwhile
            written = self._write_notes(doc, [_Draft(note.name, note.client_id, note.text, note.stage, note.channel,
                                                     note.evaluation)])[0]
            if isinstance(written, Refused):
                raise written
            note_id = written
            with self._lock:
                self._pending.pop(pending_id, None)
                self._seen[note.client_id] = note_id
                phone = self._phones.get(note.key)
                if phone is not None:
                    phone.notes += 1
            return note_id

        note_id = self.bridge.call(work)
        self._changed()
        return note_id

    def reject(self, pending_id: int) -> None:
        """Drop a pending note (sent again, it is not taken: its client id stays « rejected »)."""
        with self._lock:
            note = self._pending.pop(pending_id, None)
            if note is None:
                return
            self._seen[note.client_id] = _REJECTED
        self._changed()

    def _changed(self) -> None:
        callback = self.on_change
        if callback is not None:
            callback()

    # --- phone side (server thread) --------------------------------------------------------------------
    def check_join_token(self, token: str | None) -> None:
        """Refuse a missing (401) or wrong (403) join token, or a closed room (409)."""
        if not self._open:
            raise RoomClosed()
        if not token:
            raise Refused(401, "The join token is missing.", "token")
        if not secrets.compare_digest(token.encode(), self._token.encode()):
            raise Refused(403, "This join link is not valid any more: scan the code again.", "token")

    def join(self, token: str | None, name: Any) -> Phone:
        """A phone joins with the join token and a first name → its ``Phone`` (a copy, with its new key). The
        name is made unique in the room (« Marie », « Marie 2 »)."""
        self.check_join_token(token)
        if not isinstance(name, str) or not _clean_line(name):
            raise Refused(400, "A first name is needed.", "name")
        base = _clean_line(name)
        if len(base) > MAX_NAME:
            raise Refused(400, f"A name holds at most {MAX_NAME} characters.", "name")
        with self._lock:
            if not self._open:
                raise RoomClosed()
            if len(self._phones) >= self.max_participants:
                raise Refused(409, "The room is full.", "full")
            taken = {p.name.casefold() for p in self._phones.values()}
            unique, n = base, 1
            while unique.casefold() in taken:
                n += 1
                unique = f"{base} {n}"
            phone = Phone(secrets.token_urlsafe(24), unique, joined_at=self._clock())
            self._phones[phone.key] = phone
            result = replace(phone)
        self._changed()
        return result

    def phone(self, key: str | None) -> Phone:
        """The phone with this key (401 missing, 403 unknown or kicked, 409 closed): the room's own object."""
        if not self._open:
            raise RoomClosed()
        if not key:
            raise Refused(401, "The participant key is missing: join first.", "key")
        with self._lock:
            phone = self._phones.get(key)
        if phone is None:
            raise Refused(403, "This phone is not in the room: join again.", "key")
        if phone.kicked:
            raise Refused(403, "The facilitator removed this phone from the room.", "kicked")
        return phone

    def _check_opening(self, opening: int) -> None:
        """Refuse work that started in an opening that is over (called on the document's thread)."""
        if not self._open or opening != self._opening:
            raise RoomClosed()

    def _scan(self, doc: Document) -> None:
        """Remember the client ids of the phone notes already in the document (once per opening)."""
        with self._lock:
            if self._scanned:
                return
        found: dict[str, int] = {}
        for note in doc.state.of(Touchpoint).values():
            if '"phone"' not in note.interop:
                continue
            try:
                value = json.loads(note.interop)
            except ValueError:
                continue
            phone = value.get("phone") if isinstance(value, dict) else None
            client_id = phone.get("id") if isinstance(phone, dict) else None
            if isinstance(client_id, str):
                found.setdefault(client_id, note.id)
        with self._lock:
            for client_id, note_id in found.items():
                self._seen.setdefault(client_id, note_id)
            self._scanned = True

    def state(self, key: str | None) -> dict[str, Any]:
        """The JSON of ``GET /api/state`` for this phone (see resources/PARTICIPATION.md)."""
        phone = self.phone(key)
        opening = self._opening

        def work(doc: Document) -> dict[str, Any]:
            self._check_opening(opening)
            view = room_view(doc, self.bridge)
            shared = self._shared_state(doc, view)
            voting = None
            if view.session_id is not None:
                voting = voting_state(doc.state, view.session_id, phone)
            return {**shared, "voting": voting, "step": step_state(doc.state, view),
                    "face_down": view.face_down,
                    "me": {"name": phone.name, "notes": phone.notes, "votes": phone.votes},
                    "moderated": self._moderated}

        return self.bridge.call(work)

    def _shared_state(self, doc: Document, view: RoomView) -> dict[str, Any]:
        """``shared_state``, kept until the document or the journey changes (every phone polls it)."""
        cache_key = (doc.revision, view.journey_id)
        cached = self._state_cache
        if cached is None or cached[0] != cache_key:
            cached = self._state_cache = (cache_key, shared_state(doc, view))
        return cached[1]

    def add_note(self, key: str | None, body: Any) -> NoteResult:
        """``POST /api/notes``: exactly once per client id (see the module's docstring)."""
        phone = self.phone(key)
        if not isinstance(body, dict):
            raise Refused(400, "The body must be a JSON object.", "fields")
        client_id, text = body.get("id"), body.get("text")
        if not isinstance(client_id, str) or not _CLIENT_ID.fullmatch(client_id):
            raise Refused(400, "The note needs an id: " + _ID_RULE, "fields")
        if not isinstance(text, str) or not _clean_text(text):
            raise Refused(400, "The note needs a text.", "fields")
        text = _clean_text(text)
        if len(text) > self.max_note:
            raise Refused(413, f"A note holds at most {self.max_note:,} characters.", "too_long")
        stage, channel = body.get("stage"), body.get("channel")
        if not (stage is None or isinstance(stage, str)) or not (channel is None or isinstance(channel, str)):
            raise Refused(400, "The stage and the channel are names or null.", "fields")
        word = body.get("evaluation")
        if word is not None and (not isinstance(word, str) or _clean_line(word).casefold() not in EVALUATION_WORDS):
            raise Refused(400, "The evaluation is null or one of enchantement, neutre, irritant, rupture.", "fields")
        evaluation = EVALUATION_WORDS[_clean_line(word).casefold()] if word is not None else Evaluation.NONE
        item = _Inbound(phone, _Draft(phone.name, client_id, text, stage, channel, evaluation), self._opening)
        with self._lock:
            self._inbox.append(item)
        try:
            self.bridge.call(self._drain)
        except BaseException:
            with self._lock:
                if item in self._inbox:  # no drain took it (timed out, no document): nothing happened
                    self._inbox.remove(item)
                    raise
        item.done.wait()  # a drain took it (this one or an earlier one): done by now, or very soon
        if item.error is not None:
            raise item.error
        assert item.result is not None
        if item.result.created:
            self._changed()
        return item.result

    def _drain(self, doc: Document) -> None:
        """Take every note waiting in the inbox and write them in one command (on the document's thread)."""
        with self._lock:
            items, self._inbox = self._inbox, []
        if not items:
            return
        try:
            self._take(doc, items)
        except BaseException as error:  # noqa: BLE001 - every waiting request hears of it
            for item in items:
                if item.result is None and item.error is None:
                    item.error = error
            raise
        finally:
            for item in items:
                item.done.set()

    def _take(self, doc: Document, items: list[_Inbound]) -> None:
        self._scan(doc)
        fresh: dict[str, _Inbound] = {}  # client id -> the first copy of it in this batch
        copies: list[_Inbound] = []
        with self._lock:
            for item in items:
                client_id = item.draft.client_id
                if not self._open or item.opening != self._opening:
                    item.error = RoomClosed()
                elif client_id in fresh:
                    copies.append(item)
                elif (known := self._seen.get(client_id)) is not None:
                    item.result = NoteResult(False, None if known < 0 else known,
                                             {_PENDING: "pending", _REJECTED: "rejected"}.get(known, "added"))
                elif self._moderated:
                    pending = PendingNote(self._next_pending, item.phone.key, item.phone.name, client_id,
                                          item.draft.text, item.draft.stage, item.draft.channel,
                                          item.draft.evaluation, self._clock())
                    self._next_pending += 1
                    self._pending[pending.id] = pending
                    self._seen[client_id] = _PENDING
                    item.result = NoteResult(True, None, "pending")
                else:
                    fresh[client_id] = item
        written = self._write_notes(doc, [item.draft for item in fresh.values()]) if fresh else []
        with self._lock:
            for item, note_id in zip(fresh.values(), written, strict=True):
                if isinstance(note_id, Refused):
                    item.error = note_id
                    continue
                self._seen[item.draft.client_id] = note_id
                item.phone.notes += 1
                item.result = NoteResult(True, note_id)
        for item in copies:
            first = fresh[item.draft.client_id]
            item.error = first.error
            item.result = replace(first.result, created=False) if first.result is not None else None

    def _write_notes(self, doc: Document, drafts: list[_Draft]) -> list[int | Refused]:
        """Add these notes on the document's thread, in one command when they can go together (one cell: an
        ``AddTouchpoints``; several: an ``AddNotesFromPhones``); each one's id, or what refused it."""
        from cjm_desktop.commands.touchpoints import AddTouchpoints
        from cjm_desktop.participation.batch import AddNotesFromPhones

        view = room_view(doc, self.bridge)
        journey_id = view.journey_id
        if journey_id is None:
            return [Refused(409, "The project has no journey to put notes in.", "no_journey") for _ in drafts]
        notes = [(self._cell(doc.state, journey_id, d.stage, d.channel),
                  Touchpoint(0, journey_id, d.text, evaluation=d.evaluation, author=d.author[:MAX_NAME],
                             hidden=view.face_down, interop=json.dumps({"phone": {"id": d.client_id}})))
                 for d in drafts]
        cells = {cell for cell, _ in notes}
        command: AddTouchpoints | AddNotesFromPhones
        if len(cells) == 1:
            command = AddTouchpoints(journey_id, notes[0][0], prototypes=[proto for _, proto in notes])
        else:
            command = AddNotesFromPhones(journey_id, notes)
        label = "Add a note from a phone" if len(notes) == 1 else f"Add {len(notes)} notes from phones"
        try:
            self.bridge.execute(command, label)
        except CjmError as error:
            if len(drafts) > 1:  # refuse only the notes that are refused on their own
                return [result for draft in drafts for result in self._write_notes(doc, [draft])]
            return [Refused(409, f"The note was refused: {str(error).rstrip('.')}.", "refused")]
        if len(command.created_ids) != len(drafts):
            return [Refused(409, "The note was refused.", "refused") for _ in drafts]
        return list(command.created_ids)

    @staticmethod
    def _cell(state: ProjectState, journey_id: int, stage: str | None, channel: str | None) -> Cell:
        """The cell named by ``stage`` and ``channel`` (names compared as imports do), else « À classer »."""
        from cjm_desktop.interop.model import name_key

        if stage is None or channel is None:
            return PARKING_CELL
        stage_id = next((s.id for s in state.stages(journey_id) if name_key(s.name) == name_key(stage)), None)
        channel_id = next((c.id for c in state.channels(journey_id) if name_key(c.name) == name_key(channel)), None)
        if stage_id is None or channel_id is None:
            return PARKING_CELL
        return (channel_id, stage_id)

    def vote(self, key: str | None, body: Any) -> dict[str, Any]:
        """``POST /api/votes`` ``{"note": NOTE_ID, "delta": 1 or -1, "id": optional client id}``: one dot more or
        less on a revealed note, in the active voting session. Returns ``{"note", "votes" (mine on it),
        "remaining" (None: no budget)}``; a vote whose client id was seen gets the same answer again."""
        phone = self.phone(key)
        if not isinstance(body, dict):
            raise Refused(400, "The body must be a JSON object.", "fields")
        note_id, delta, client_id = body.get("note"), body.get("delta"), body.get("id")
        if not isinstance(note_id, int) or isinstance(note_id, bool) or note_id <= 0:
            raise Refused(400, "The vote needs the id of a note.", "fields")
        if delta not in (1, -1) or isinstance(delta, bool):
            raise Refused(400, "The delta of a vote is 1 or -1.", "fields")
        if client_id is not None and (not isinstance(client_id, str) or not _CLIENT_ID.fullmatch(client_id)):
            raise Refused(400, "A vote's id must be " + _ID_RULE, "fields")
        opening = self._opening

        def work(doc: Document) -> tuple[dict[str, Any], bool]:
            self._check_opening(opening)
            with self._lock:
                if client_id is not None and client_id in self._votes_seen:
                    return self._votes_seen[client_id], False
            answer = self._cast(doc, phone, note_id, delta)
            with self._lock:
                if client_id is not None:
                    self._votes_seen[client_id] = answer
                phone.votes += delta
            return answer, True

        answer, changed = self.bridge.call(work)
        if changed:
            self._changed()
        return answer

    def _cast(self, doc: Document, phone: Phone, note_id: int, delta: int) -> dict[str, Any]:
        from cjm_desktop.commands.votes import AddParticipant, CastDot, WithdrawDot
        from cjm_desktop.queries.votes import dots_of, in_scope, remaining

        state = doc.state
        session = active_session(state)
        if session is None:
            raise Refused(409, "No voting session is open.", "no_session")
        note = state.get(Touchpoint, note_id)
        target = (Touchpoint, note_id)
        if note is None or note.hidden or not in_scope(state, session, target):
            raise Refused(400, "One cannot vote for this note in this session.", "not_in_scope")
        participant_id = phone.sessions.get(session.id)
        if participant_id is not None and state.get(Participant, participant_id) is None:
            participant_id = None  # the facilitator removed it: the phone comes back as a new participant
        if participant_id is None and delta < 0:
            raise Refused(409, "There is no dot of yours to withdraw there.", "no_dot")
        if participant_id is None:
            left = session.budget
        else:
            left_or_none = remaining(state, session.id, participant_id)
            left = left_or_none if left_or_none is not None else 1
        if delta > 0 and session.budget and left <= 0:
            raise Refused(409, "You have no dots left in this session.", "budget")
        if participant_id is None:
            add = AddParticipant(session.id, phone.name)
            try:
                self.bridge.execute(add, "Add a participant from a phone")
            except CjmError as error:
                raise Refused(409, f"The vote was refused: {error}.", "refused") from error
            participant_id = add.created_id
            with self._lock:
                phone.sessions[session.id] = participant_id
        command = (CastDot if delta > 0 else WithdrawDot)(session.id, participant_id, target)
        try:
            self.bridge.execute(command, "Vote from a phone" if delta > 0 else "Withdraw a vote from a phone")
        except CjmError as error:
            code = "budget" if "no dots left" in str(error) else "refused"
            raise Refused(409, f"The vote was refused: {error}.", code) from error
        state = doc.state
        left_after = remaining(state, session.id, participant_id)
        return {"note": note_id, "votes": dots_of(state, session.id, participant_id).get(target, 0),
                "remaining": left_after}
