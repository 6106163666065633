"""Issue 17, « Done when »: a whole half-day of a workshop run in the real window, as a facilitator runs it.

The agenda is started from its dock and the timer (on a fake clock) runs through the first two steps of the
method, amber in the last minute, signalled at the end; the room votes with dots (six participants: five
click-recorded, one absent by proxy, plus paper dots on one note); new notes are captured face down, then a
cell is revealed; two snapshots are taken and the first is compared with now. Then the whole morning is undone
step by step back to how it began, and redone; the project is saved, closed and reopened, and everything is as
it was. Last, an old file (the schema v3 golden) opens with its vote counts.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import Qt

from cjm_desktop.model.domain import AgendaStep, Participant, Snapshot, StepStatus, Touchpoint, VotingSession
from cjm_desktop.model.ops import VIEW_FIELDS
from cjm_desktop.queries.agenda import clock_text, method_steps, plan_vs_spent, steps
from cjm_desktop.queries.votes import dots_of, is_direct, participants, sessions
from tests.support.canvas_input import LEFT, note_centre, type_text
from tests.support.documents import on_disk, snapshot
from tests.support.fake_clock import FakeClock
from ui.agenda.agenda_panel import SPENT
from ui.compare.compare_scene import MarkItem
from ui.timer.timer_bar import COLORS
from ui.timer.timer_controller import TimerPhase
from ui.voting.dots_dialog import DotsDialog
from ui.voting.session_dialog import SessionDialog

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
PEOPLE = ["Amina", "Bruno", "Chloé", "David", "Emma", "Farid"]  # Farid is away: his dots come by proxy
# Who puts their three dots on which notes (indexes in the journey's reading order)
CLICKED = {"Amina": (0, 1, 2), "Bruno": (1, 2, 3), "Chloé": (2, 4, 5), "David": (0, 2, 6), "Emma": (1, 2, 7)}
PROXY = {"Farid": (2, 3, 8)}
PAPER = (5, 4)  # four paper dots counted on the sixth note
FACE_DOWN = ["Je ne sais pas qui appeler", "J’attends un rappel qui ne vient pas"]  # in one cell
FACE_DOWN_NEXT = ["Je relance trois fois"]  # in the next stage's cell


@dataclass
class Room:
    """The window of the workshop and what the test watches in it."""

    window: object
    qtbot: object
    prompts: object
    clock: FakeClock = field(default_factory=FakeClock)
    beeps: list[int] = field(default_factory=list)

    @property
    def state(self):
        return self.window.controller.doc.state

    @property
    def scene(self):
        return self.window.tabs.current_scene()

    def key(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        """A key pressed on the map (the timer's keys are the application's: they work from anywhere)."""
        self.qtbot.keyClick(self.window.current_view(), key, modifier)

    def run(self, seconds: float) -> None:
        """Time passes, and the timer's display looks at the clock."""
        self.clock.advance(seconds)
        self.window.timer.tick()


def content(whole: dict) -> dict:
    """A state (``snapshot``/``on_disk``) without its view fields — the timer's records, the lanes shown —
    which no undo step touches."""
    return {cls: ({i: replace(e, **dict.fromkeys(VIEW_FIELDS[cls])) for i, e in table.items()}
                  if cls in VIEW_FIELDS else table) for cls, table in whole.items()}


def shown_votes(room: Room) -> dict[int, int]:
    """The dots each note of the journey on screen shows."""
    return {note_id: item.votes for note_id, item in room.scene.notes.items()}


def notes_in_order(room: Room) -> list[int]:
    return room.scene.reading_order()


# --- the phases of the morning --------------------------------------------------------------------------------
def open_the_workshop(room: Room, project: Path) -> None:
    """The facilitator opens the project on the projector laptop: its agenda holds the method's steps."""
    window = room.window
    assert window.open_path(project)
    with room.qtbot.waitExposed(window):
        window.show()
    window.timer.clock = room.clock
    window.timer.beep = lambda: room.beeps.append(1)
    expected = [(s.name, s.duration, s.journey_id) for s in method_steps(room.state, "fr")]
    assert [(s.name, s.duration, s.journey_id) for s in steps(room.state)] == expected
    assert all(s.status is StepStatus.TODO and s.spent == 0 for s in steps(room.state))


def run_the_first_two_steps(room: Room) -> None:
    """The agenda is started from its dock; the welcome runs 30 s over its time, the personas step to the
    second; each last minute turns amber, each end rings once and is said; F8 moves on; the current journey
    step has run 90 s when F6 pauses it for the vote."""
    window, timer = room.window, room.window.timer
    window.agenda.toggle.trigger()  # Affichage › Agenda et minuteur
    panel = window.agenda.panel
    start_button = panel.timer_buttons[0]
    room.qtbot.mouseClick(start_button, LEFT)
    welcome, personas, third = steps(room.state)[:3]
    assert timer.running and timer.step.id == welcome.id
    for step, overrun in ((welcome, 30), (personas, 0)):
        room.run(step.duration - 61)
        assert (timer.phase, panel.timer_bar.colors) == (TimerPhase.NORMAL, COLORS["normal"])
        room.run(2)
        assert (timer.phase, panel.timer_bar.colors) == (TimerPhase.LAST_MINUTE, COLORS["last_minute"])
        with room.qtbot.waitSignal(timer.finished, timeout=1000):
            room.run(59)
        assert step.name in window.statusBar().currentMessage()  # « Temps écoulé : « … » »
        room.run(overrun)
        assert timer.phase is TimerPhase.OVER and panel.timer_bar.colors in (COLORS["over"], COLORS["over_off"])
        room.key(Qt.Key.Key_F8)  # next step, the timer keeps running
    assert timer.running and timer.step.id == third.id
    room.run(90)
    room.key(Qt.Key.Key_F6)  # pause: the voting comes first
    assert not timer.running and room.beeps == [1, 1]
    spent = {line.step_id: (line.spent, line.status) for line in plan_vs_spent(room.state).steps}
    assert spent[welcome.id] == (welcome.duration + 30, StepStatus.DONE)
    assert spent[personas.id] == (personas.duration, StepStatus.DONE)
    assert spent[third.id] == (90, StepStatus.CURRENT)
    assert panel.list.topLevelItem(0).text(SPENT) == clock_text(welcome.duration + 30)
    assert window.controller.undo_stack.count() == 0  # the timer is never an undo step


def take_snapshot(room: Room, name: str) -> int:
    """Fichier › Prendre un instantané…, under ``name``."""
    room.prompts.text_answer = name
    room.window.snapshots.take.trigger()
    [taken] = [s.id for s in room.state.of(Snapshot).values() if s.name == name]
    return taken


def click_note(room: Room, note_id: int) -> None:
    view = room.window.current_view()
    room.qtbot.mouseClick(view.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, note_centre(view, room.scene, note_id))


def vote_with_dots(room: Room) -> tuple[int, Counter]:
    """A session of six named participants, three dots each, set up in the voting dock; five participants
    come to the wall in turn (each click a dot, the next one takes over when their dots are cast), Farid's
    dots come by proxy, and four paper dots are counted on one note. Returns the session and its dots."""
    voting = room.window.voting
    voting.toggle.trigger()  # Affichage › Vote par gommettes

    def set_up(dialog: SessionDialog) -> bool:
        dialog.name_edit.setText("Irritants prioritaires")
        dialog.names_edit.setPlainText("\n".join(PEOPLE))
        dialog.budget_spin.setValue(3)
        return True

    room.prompts.dialog_filler = set_up
    voting.panel.new_button.click()
    session = room.state.get(VotingSession, voting.session_id)
    people = {p.name: p.id for p in participants(room.state, session.id)}
    assert session.name == "Irritants prioritaires" and list(people) == PEOPLE and session.budget == 3

    notes = notes_in_order(room)
    voting.panel.record_button.click()  # « ● Enregistrer les votes sur la carte »
    for name, chosen in CLICKED.items():
        assert voting.person == people[name]
        for index in chosen:
            click_note(room, notes[index])
    assert voting.person == people["Farid"]  # the only one with dots left
    room.key(Qt.Key.Key_Escape)
    assert not voting.recording.active

    def farid(dialog: DotsDialog) -> bool:
        dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(people["Farid"]))
        for index in PROXY["Farid"]:
            dialog.spins[(Touchpoint, notes[index])].setValue(1)
        return True

    room.prompts.dialog_filler = farid
    voting.panel.proxy_button.click()
    index, paper = PAPER
    click_note(room, notes[index])  # not recording: the click selects the note
    assert room.scene.selected_ids() == [notes[index]]

    def counted(dialog: DotsDialog) -> bool:
        assert list(dialog.spins) == [(Touchpoint, notes[index])]
        dialog.spins[(Touchpoint, notes[index])].setValue(paper)
        return True

    room.prompts.dialog_filler = counted
    voting.panel.paper_button.click()
    room.prompts.dialog_filler = None

    expected: Counter = Counter()
    for chosen in (*CLICKED.values(), *PROXY.values()):
        expected.update((Touchpoint, notes[i]) for i in chosen)
    expected[(Touchpoint, notes[index])] += paper
    assert room.state.session_dots(session.id) == dict(expected)
    for name, chosen in (*CLICKED.items(), *PROXY.items()):
        assert dots_of(room.state, session.id, people[name]) == {(Touchpoint, notes[i]): 1 for i in chosen}
    assert dots_of(room.state, session.id, None) == {(Touchpoint, notes[index]): paper}
    assert room.state.get(Participant, people["Farid"]).proxy
    assert not any(room.state.get(Participant, people[name]).proxy for name in CLICKED)
    top, dots = expected.most_common(1)[0]
    assert voting.panel.result_targets()[0] == top and voting.panel.result_texts()[0][1] == str(dots)
    return session.id, expected


def capture_face_down_then_reveal(room: Room) -> list[int]:
    """Quick capture with « Face cachée » (Alt+H): two notes in a cell, one in the next stage's, face down on
    the map and counted on the status bar; then the first cell is revealed. Returns the captured ids."""
    window, scene = room.window, room.scene
    first_cell = room.state.get(Touchpoint, notes_in_order(room)[0]).cell
    field_ = window.quick_capture.bar.field
    captured: list[int] = []
    for cell, lines in ((first_cell, FACE_DOWN), (scene.neighbour_cell(first_cell, 1, 0), FACE_DOWN_NEXT)):
        scene.set_current_cell(cell)
        field_.setFocus()
        if not window.quick_capture.face_down.isChecked():
            room.qtbot.keyClick(field_, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
        before = set(room.state.of(Touchpoint))
        for line in lines:
            type_text(field_, line)
            room.qtbot.keyClick(field_, Qt.Key.Key_Return)
        added = sorted(set(room.state.of(Touchpoint)) - before)
        assert [room.state.get(Touchpoint, i).cell for i in added] == [cell] * len(lines)
        captured += added
    room.qtbot.keyClick(field_, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # face down off again
    assert [room.state.get(Touchpoint, i).text for i in captured] == FACE_DOWN + FACE_DOWN_NEXT
    assert all(room.state.get(Touchpoint, i).hidden and scene.notes[i].note.hidden for i in captured)
    reveal = window.quick_capture.reveal
    assert reveal.count.isVisible() and "3" in reveal.count.text()
    scene.select_notes([captured[0]])  # its cell becomes the current one
    reveal.reveal_cell.trigger()  # Édition › Révéler la case
    assert [room.state.get(Touchpoint, i).hidden for i in captured] == [False, False, True]
    assert "1" in reveal.count.text()
    return captured


def compare_with_now(room: Room, first: int, second: int, captured: list[int]):
    """The second snapshot holds the project as it is; the first, compared with now, shows the notes captured
    between them, each marked added, and nothing else changed."""
    window = room.window
    then = window.snapshots.read(second)
    assert then is not None and then.of(Touchpoint) == room.state.of(Touchpoint)
    panel = window.snapshots.panel
    panel.select(first)
    panel.compare.click()  # « Comparer avec maintenant »
    compare = window.snapshots.compare_windows[(first, window.current_journey_id())]
    statuses = Counter(d.status for d in compare.diffs)
    journey_notes = len(room.state.touchpoints(window.current_journey_id()))
    assert statuses == {"added": len(captured), "same": journey_notes - len(captured)}
    assert sorted(d.target.id for d in compare.diffs if d.status == "added") == captured
    marks = [i for i in compare.scenes["target"].items() if isinstance(i, MarkItem)]
    assert sorted(m.mark.status for m in marks) == ["added"] * len(captured)
    assert "avant le vote" in compare.windowTitle()
    return compare


def undo_and_redo_the_morning(room: Room, before: dict, votes_before: dict[int, int], compare) -> None:
    """Every edit of the morning undone, one step at a time, gives back the project as it was opened (the
    timer's records apart: they are no undo step); redone, the morning's end exactly, in memory and on disk.
    The compare window, left open, follows: its « now » side loses the captured notes, then has them again."""
    stack = room.window.controller.undo_stack
    after, votes_after = snapshot(room.window.controller.doc), shown_votes(room)
    steps_taken = stack.count()
    clicks = sum(len(chosen) for chosen in CLICKED.values())
    # a session, a step per dot clicked, the proxy, the paper dots, a capture per line, a reveal, two snapshots
    assert steps_taken == 1 + clicks + 1 + 1 + len(FACE_DOWN + FACE_DOWN_NEXT) + 1 + 2
    while stack.canUndo():
        stack.undo()
    doc = room.window.controller.doc
    assert content(snapshot(doc)) == content(before) and content(on_disk(doc)) == content(before)
    assert snapshot(doc)[AgendaStep] == after[AgendaStep]  # the time spent stays spent
    assert shown_votes(room) == votes_before and room.window.snapshots.panel.list.topLevelItemCount() == 0
    assert {d.status for d in compare.diffs} == {"same"}
    while stack.canRedo():
        stack.redo()
    assert stack.count() == steps_taken and stack.index() == steps_taken
    assert snapshot(doc) == after and on_disk(doc) == after
    assert shown_votes(room) == votes_after and room.window.snapshots.panel.list.topLevelItemCount() == 2
    assert Counter(d.status for d in compare.diffs)["added"] == 3


def save_close_reopen(room: Room, project: Path, session_id: int, captured: list[int], compare) -> None:
    """Saved, closed (the compare window goes with the project), reopened: the whole project state is
    identical, and the screens show it again — the time spent, the timer paused on its step, the dots on the
    notes and in the voting dock, the face-down note, the two snapshots."""
    window = room.window
    doc = window.controller.doc
    whole, votes = snapshot(doc), shown_votes(room)
    timer = (window.timer.step.id, window.timer.elapsed, window.timer.running)
    assert timer[1:] == (90, False)
    spent = plan_vs_spent(room.state)
    sessions = window.voting.panel.sessions
    sessions.setCurrentRow(next(r for r in range(sessions.count())
                                if sessions.item(r).data(Qt.ItemDataRole.UserRole) == session_id))
    assert window.voting.session_id == session_id
    results = window.voting.panel.result_texts()
    listed = [window.snapshots.panel.list.topLevelItem(r).text(0) for r in range(2)]
    assert window.save()
    window.controller.close()
    room.qtbot.waitUntil(lambda: not window.snapshots.compare_windows, timeout=1000)  # deleted on close
    assert window.open_path(project)
    doc = window.controller.doc
    assert snapshot(doc) == whole and on_disk(doc) == whole
    assert (window.timer.step.id, window.timer.elapsed, window.timer.running) == timer
    assert plan_vs_spent(room.state) == spent
    assert shown_votes(room) == votes
    assert window.voting.session_id == session_id and window.voting.panel.result_texts() == results
    assert [room.state.get(Touchpoint, i).hidden for i in captured] == [False, False, True]
    assert room.scene.notes[captured[2]].note.hidden
    assert [window.snapshots.panel.list.topLevelItem(r).text(0) for r in range(2)] == listed
    assert listed == ["fin de matinée", "avant le vote"]


def reveal_the_rest(room: Room, captured: list[int]) -> None:
    """After the break, back in the main window (the compare window went with the project), Ctrl+Shift+R
    turns the last face-down note up."""
    with room.qtbot.waitActive(room.window):
        room.window.activateWindow()
    room.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not any(room.state.get(Touchpoint, i).hidden for i in captured)
    assert not room.window.quick_capture.reveal.count.isVisible()


# --- the tests ---------------------------------------------------------------------------------------------------
def test_a_whole_half_day_runs_and_is_kept_exactly(window, project, qtbot, prompts):
    room = Room(window, qtbot, prompts)
    open_the_workshop(room, project)
    before, votes_before = snapshot(window.controller.doc), shown_votes(room)
    run_the_first_two_steps(room)
    first = take_snapshot(room, "avant le vote")
    session_id, dots = vote_with_dots(room)
    for (_kind, note_id), count in dots.items():
        assert room.scene.notes[note_id].votes == votes_before[note_id] + count
    captured = capture_face_down_then_reveal(room)
    second = take_snapshot(room, "fin de matinée")
    compare = compare_with_now(room, first, second, captured)
    undo_and_redo_the_morning(room, before, votes_before, compare)
    save_close_reopen(room, project, session_id, captured, compare)
    reveal_the_rest(room, captured)


def test_an_old_file_keeps_its_vote_counts(window, tmp_path):
    """A file of schema v3 (votes were a number on the note) opens with every note showing its count."""
    path = tmp_path / "v3.cjm"
    shutil.copyfile(GOLDEN / "v3.cjm", path)
    conn = sqlite3.connect(path)
    try:
        counts = dict(conn.execute("SELECT id, votes FROM touchpoint"))
    finally:
        conn.close()
    assert window.open_path(path)
    shown = {note_id: item.votes for scene in window.tabs.scenes for note_id, item in scene.notes.items()}
    assert shown == counts and sum(counts.values()) > 0
    state = window.controller.doc.state
    assert {note_id: state.votes(note_id) for note_id in counts} == counts
    [direct] = sessions(state)  # « Saisie directe »: the counts as dots of nobody in particular
    assert is_direct(state, direct)
