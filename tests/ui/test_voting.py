"""Dot voting run from the « Vote par gommettes » dock: a session of six participants set up in its dialog,
dots cast by clicking notes on the map, the session's rules said on the status bar (never a crash, never a
box), proxy and paper dots in one dialog, the ranked results with their ties, undo for each dot, the counts
hidden until the reveal, and the heat-map on the grid."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cjm_desktop.commands.actions import AddAction
from cjm_desktop.commands.votes import CastDot, StartSession
from cjm_desktop.model.domain import Action, Participant, Reveal, Touchpoint, VoteScope, VotingSession
from cjm_desktop.queries.votes import dots_of, participants, remaining
from tests.support.canvas_input import LEFT, note_centre
from ui.plan.action_plan_model import COLUMNS as ACTION_COLUMNS
from ui.plan.frictions_model import COLUMNS as FRICTION_COLUMNS
from ui.plan.rows_model import ID_ROLE
from ui.voting.dots_dialog import DotsDialog
from ui.voting.heat_map_item import HeatMapItem
from ui.voting.session_dialog import SessionDialog

RIGHT = Qt.MouseButton.RightButton
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def room(window, project, qtbot, prompts):
    """The sample project open and shown, the voting dock open."""
    assert window.open_path(project)
    with qtbot.waitExposed(window):
        window.show()
    window.voting.set_wanted(True)
    return window


def start(window, prompts, people: int = 6, dots: int = 3, cap: int = 0, repeat: bool = False,
          reveal: Reveal = Reveal.LIVE, scope: int = 0) -> VotingSession:
    """A session set up in « New voting session… »: ``people`` anonymous participants, ``dots`` each."""
    def fill(dialog: SessionDialog) -> bool:
        dialog.count_spin.setValue(people)
        dialog.budget_spin.setValue(dots)
        dialog.cap_spin.setValue(cap)
        dialog.repeat_check.setChecked(repeat)
        (dialog.reveal_end if reveal is Reveal.END else dialog.reveal_live).setChecked(True)
        dialog.scope_combo.setCurrentIndex(scope)
        return True

    prompts.dialog_filler = fill
    assert window.voting.new_session()
    prompts.dialog_filler = None
    return state(window).get(VotingSession, window.voting.session_id)


def state(window):
    return window.controller.doc.state


def journey_notes(window) -> list[Touchpoint]:
    """The current journey's notes in reading order."""
    scene = window.tabs.current_scene()
    return [state(window).get(Touchpoint, i) for i in scene.reading_order()]


def click(qtbot, window, note_id: int, button=LEFT, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    view, scene = window.current_view(), window.tabs.current_scene()
    qtbot.mouseClick(view.viewport(), button, modifier, note_centre(view, scene, note_id))


def session_dots(window, note_id: int) -> int:
    return state(window).session_dots(window.voting.session_id).get((Touchpoint, note_id), 0)


def test_a_session_of_six_participants_starts_from_its_dialog(room, prompts):
    session = start(room, prompts)
    people = participants(state(room), session.id)
    assert (len(people), session.budget, session.scope, room.voting.person) == (6, 3, VoteScope.NOTES, people[0].id)
    assert room.voting.panel.left_number.text() == "3"


def test_clicks_on_notes_cast_the_current_participants_dots(room, prompts, qtbot):
    start(room, prompts)
    room.voting.start_recording()
    first, second = journey_notes(room)[:2]
    click(qtbot, room, first.id)
    click(qtbot, room, second.id)
    person = room.voting.person
    assert dots_of(state(room), room.voting.session_id, person) == {(Touchpoint, first.id): 1,
                                                                     (Touchpoint, second.id): 1}
    assert room.voting.panel.left_number.text() == "1" and room.voting.bar.isVisible()


def test_a_click_while_not_recording_casts_nothing(room, prompts, qtbot):
    start(room, prompts)
    note = journey_notes(room)[0]
    click(qtbot, room, note.id)
    assert session_dots(room, note.id) == 0


def test_shift_click_and_right_click_take_a_dot_back(room, prompts, qtbot):
    start(room, prompts, repeat=True)
    room.voting.start_recording()
    note = journey_notes(room)[0]
    for _ in range(3):
        click(qtbot, room, note.id)
    room.voting.choose_participant(participants(state(room), room.voting.session_id)[0].id)
    click(qtbot, room, note.id, modifier=SHIFT)
    click(qtbot, room, note.id, RIGHT)
    assert session_dots(room, note.id) == 1


def test_no_dot_left_is_said_on_the_status_bar(room, prompts, qtbot):
    start(room, prompts, dots=1)
    room.voting.start_recording()
    first, second = journey_notes(room)[:2]
    marie = room.voting.person
    click(qtbot, room, first.id)  # her only dot: the next participant takes over
    room.voting.choose_participant(marie)
    click(qtbot, room, second.id)
    assert session_dots(room, second.id) == 0 and prompts.warnings == []
    assert state(room).get(Participant, marie).name in room.statusBar().currentMessage()


def test_the_cap_per_note_is_said_on_the_status_bar(room, prompts, qtbot):
    start(room, prompts, cap=2)
    room.voting.start_recording()
    note = journey_notes(room)[0]
    for person in participants(state(room), room.voting.session_id)[:3]:
        room.voting.choose_participant(person.id)
        click(qtbot, room, note.id)
    assert session_dots(room, note.id) == 2 and prompts.warnings == []
    assert room.statusBar().currentMessage()


def test_one_dot_per_note_unless_the_session_allows_more(room, prompts, qtbot):
    start(room, prompts)
    room.voting.start_recording()
    note = journey_notes(room)[0]
    click(qtbot, room, note.id)
    click(qtbot, room, note.id)
    assert session_dots(room, note.id) == 1 and prompts.warnings == []


def test_the_next_participant_takes_over_when_the_dots_are_cast(room, prompts, qtbot):
    start(room, prompts, dots=2)
    room.voting.start_recording()
    people = participants(state(room), room.voting.session_id)
    for note in journey_notes(room)[:2]:
        click(qtbot, room, note.id)
    assert room.voting.person == people[1].id and remaining(state(room), room.voting.session_id, people[0].id) == 0


def test_escape_stops_recording(room, prompts, qtbot):
    start(room, prompts)
    room.voting.start_recording()
    qtbot.keyClick(room.current_view(), Qt.Key.Key_Escape)
    note = journey_notes(room)[0]
    click(qtbot, room, note.id)
    assert not room.voting.recording.active and not room.voting.bar.isVisible() and session_dots(room, note.id) == 0


def test_each_dot_is_one_undo_step(room, prompts, qtbot):
    start(room, prompts, repeat=True)
    room.voting.start_recording()
    note = journey_notes(room)[0]
    for _ in range(3):
        click(qtbot, room, note.id)
    stack = room.controller.undo_stack
    counts = []
    for _ in range(3):
        stack.undo()
        counts.append(session_dots(room, note.id))
    stack.redo()
    assert counts == [2, 1, 0] and session_dots(room, note.id) == 1


def test_proxy_votes_are_entered_in_one_dialog_and_one_undo_step(room, prompts):
    session = start(room, prompts, dots=3)
    absent = participants(state(room), session.id)[5]
    first, second, third = journey_notes(room)[:3]

    def fill(dialog: DotsDialog) -> bool:
        dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(absent.id))
        for note in (first, second, third):
            dialog.spins[(Touchpoint, note.id)].setValue(1)
        return True

    prompts.dialog_filler = fill
    assert room.voting.proxy_votes()
    assert dots_of(state(room), session.id, absent.id) == {(Touchpoint, n.id): 1 for n in (first, second, third)}
    assert state(room).get(Participant, absent.id).proxy
    room.controller.undo_stack.undo()
    assert dots_of(state(room), session.id, absent.id) == {}


def test_proxy_votes_past_the_budget_cannot_be_confirmed(room, prompts):
    session = start(room, prompts, dots=2)
    seen = []

    def fill(dialog: DotsDialog) -> bool:
        for note in journey_notes(room)[:3]:
            dialog.spins[(Touchpoint, note.id)].setValue(1)
        seen.append(dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled())
        return False

    prompts.dialog_filler = fill
    assert not room.voting.proxy_votes()
    assert seen == [False] and state(room).session_dots(session.id) == {}


def test_paper_dots_for_the_selected_note_in_one_go(room, prompts):
    session = start(room, prompts)
    note = journey_notes(room)[0]
    room.tabs.current_scene().select_notes([note.id])
    shown = []

    def fill(dialog: DotsDialog) -> bool:
        shown.extend(dialog.spins)
        dialog.spins[(Touchpoint, note.id)].setValue(7)
        return True

    prompts.dialog_filler = fill
    assert room.voting.paper_dots()
    assert shown == [(Touchpoint, note.id)] and dots_of(state(room), session.id, None) == {(Touchpoint, note.id): 7}
    room.controller.undo_stack.undo()
    assert dots_of(state(room), session.id, None) == {}


def test_results_are_ranked_with_ties_shown(room, prompts):
    session = start(room, prompts, repeat=True, dots=5)
    a, b, c, d = journey_notes(room)[:4]
    people = [p.id for p in participants(state(room), session.id)]
    for person, note, times in ((people[0], a, 3), (people[1], b, 2), (people[2], c, 2), (people[3], d, 1)):
        for _ in range(times):
            room.controller.execute(CastDot(session.id, person, (Touchpoint, note.id)), "Vote")
    panel = room.voting.panel
    assert panel.result_targets() == [(Touchpoint, n.id) for n in (a, b, c, d)]
    ranks = [(rank.split()[0], dots) for rank, dots, _label in panel.result_texts()]
    assert ranks == [("1", "3"), ("2", "2"), ("2", "2"), ("4", "1")]
    assert [rank != rank.split()[0] for rank, _dots, _label in panel.result_texts()] == [False, True, True, False]


def test_clicking_a_result_selects_its_note_on_the_map(room, prompts, qtbot):
    session = start(room, prompts)
    note = journey_notes(room)[5]
    room.controller.execute(CastDot(session.id, room.voting.person, (Touchpoint, note.id)), "Vote")
    panel = room.voting.panel
    item = panel.result_items()[0]
    panel.results.itemClicked.emit(item, 0)
    assert room.tabs.current_scene().selected_ids() == [note.id]


def test_reveal_at_the_end_hides_the_counts_until_revealed(room, prompts, qtbot):
    start(room, prompts, reveal=Reveal.END)
    room.voting.start_recording()
    note = journey_notes(room)[0]
    before = room.tabs.current_scene().notes[note.id].votes
    click(qtbot, room, note.id)
    scene, panel = room.tabs.current_scene(), room.voting.panel
    hidden = (scene.notes[note.id].votes, panel.results.isVisible(), panel.hidden_label.isVisible(),
              any(isinstance(i, HeatMapItem) and i.isVisible() for i in scene.items()))
    room.voting.reveal()
    shown = (scene.notes[note.id].votes, panel.results.isVisible(), panel.result_targets())
    assert hidden == (before, False, True, False)
    assert shown == (before + 1, True, [(Touchpoint, note.id)])


def test_the_heat_map_tints_cells_by_their_dots(room, prompts, qtbot):
    session = start(room, prompts, dots=5, repeat=True)
    notes = journey_notes(room)
    busy = notes[0]
    other = next(n for n in notes if n.cell != busy.cell)
    person = room.voting.person
    for target, times in ((busy, 3), (other, 1)):
        for _ in range(times):
            room.controller.execute(CastDot(session.id, person, (Touchpoint, target.id)), "Vote")
    heat = [i for i in room.tabs.current_scene().items() if isinstance(i, HeatMapItem)]
    assert len(heat) == 1 and heat[0].isVisible()
    assert heat[0].intensities == {busy.cell: 1.0, other.cell: pytest.approx(1 / 3)}


def test_the_heat_map_goes_with_the_dock(room, prompts):
    session = start(room, prompts)
    note = journey_notes(room)[0]
    room.controller.execute(CastDot(session.id, room.voting.person, (Touchpoint, note.id)), "Vote")
    room.voting.set_wanted(False)
    assert not [i for i in room.tabs.current_scene().items() if isinstance(i, HeatMapItem)]


def test_actions_are_voted_for_by_clicks_in_the_action_plan(room, prompts, qtbot):
    journey = room.current_journey_id()
    for title in ("Rappel sous 24 h", "Suivi de commande par SMS"):
        room.controller.execute(AddAction(title, journey), "Créer")
    start(room, prompts, scope=3)
    room.voting.start_recording()  # opens the action plan
    panel = room.plan_docks.actions
    assert not room.plan_docks.actions_dock.isHidden()
    row = next(r for r in range(panel.proxy.rowCount())
               if state(room).get(Action, panel.proxy.index(r, 0).data(ID_ROLE)).title == "Suivi de commande par SMS")
    index = panel.proxy.index(row, ACTION_COLUMNS.index("votes"))
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), LEFT, pos=rect.center())
    action_id = index.data(ID_ROLE)
    assert state(room).action_votes(action_id) == 1 and index.data() == 1


def test_the_action_plan_sorts_by_votes(room, prompts):
    journey = room.current_journey_id()
    for title in ("A", "B", "C"):
        room.controller.execute(AddAction(title, journey), "Créer")
    ids = {a.title: a.id for a in state(room).of(Action).values()}
    command = StartSession("Actions", journey, VoteScope.ACTIONS, budget=5, repeat=True, participants=["Marie"])
    room.controller.execute(command, "Vote")
    marie = participants(state(room), command.created_id)[0].id
    for title, times in (("B", 3), ("C", 1)):
        for _ in range(times):
            room.controller.execute(CastDot(command.created_id, marie, (Action, ids[title])), "Vote")
    docks = room.plan_docks
    docks.open(docks.actions_dock)
    panel = docks.actions
    panel.view.sortByColumn(ACTION_COLUMNS.index("votes"), Qt.SortOrder.DescendingOrder)
    titles = [state(room).get(Action, panel.proxy.index(r, 0).data(ID_ROLE)).title for r in range(3)]
    assert titles == ["B", "C", "A"]


def test_the_properties_panel_shows_the_dots_per_session_and_steps_the_direct_entry(room, prompts, qtbot):
    session = start(room, prompts)
    note = journey_notes(room)[0]
    room.controller.execute(CastDot(session.id, room.voting.person, (Touchpoint, note.id)), "Vote")
    room.tabs.current_scene().select_notes([note.id])
    before = state(room).votes(note.id)
    panel = room.properties
    shown = panel.votes_label.text()
    tip = panel.votes_label.toolTip()
    qtbot.mouseClick(panel.votes_more, LEFT)
    assert shown == str(before) and session.name in tip
    assert state(room).votes(note.id) == before + 1 and panel.votes_label.text() == str(before + 1)


def test_names_are_shown_as_typed(room):
    hostile = "<b>Marie</b> <img src=canary.bin> & %2"
    command = StartSession(hostile, room.current_journey_id(), VoteScope.NOTES, participants=[hostile])
    room.controller.execute(command, "Vote")
    room.voting.choose_session(command.created_id)
    room.voting.start_recording()
    panel, bar = room.voting.panel, room.voting.bar
    shown = [panel.sessions.currentItem().text(), panel.participant_combo.currentText(), panel.left_caption.text(),
             bar.who.text()]
    assert all(hostile in text for text in shown)
    assert {label.textFormat() for label in (panel.left_caption, panel.summary, bar.who)} == {Qt.TextFormat.PlainText}


def test_the_frictions_table_follows_the_dots_and_sorts_by_them(room, prompts):
    session = start(room, prompts, scope=2, dots=9, repeat=True)  # the frictions
    docks = room.plan_docks
    docks.open(docks.frictions_dock)
    model = docks.frictions.model
    last = model.rows[-1]
    for _ in range(9):  # more than any friction of the sample had
        room.controller.execute(CastDot(session.id, room.voting.person, (Touchpoint, last.note_id)), "Vote")
    row = next(r for r in model.rows if r.note_id == last.note_id)
    panel = docks.frictions
    panel.view.sortByColumn(FRICTION_COLUMNS.index("votes"), Qt.SortOrder.DescendingOrder)
    assert row.votes == last.votes + 9
    shown = [panel.proxy.index(r, FRICTION_COLUMNS.index("votes")).data() for r in range(panel.proxy.rowCount())]
    assert shown == sorted(shown, reverse=True) and panel.proxy.index(0, 0).data(ID_ROLE) == last.note_id


def test_escape_stops_recording_from_the_dock_too(room, prompts, qtbot):
    start(room, prompts)
    room.voting.start_recording()
    room.voting.panel.participant_combo.setFocus()
    qtbot.keyClick(room.voting.panel.participant_combo, Qt.Key.Key_Escape)
    assert not room.voting.recording.active


def test_a_session_on_some_stages_with_named_participants(room, prompts):
    seen = []

    def fill(dialog: SessionDialog) -> bool:
        dialog.scope_combo.setCurrentIndex(1)
        seen.append(dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled())  # no stage ticked yet
        dialog.stages_list.item(1).setCheckState(Qt.CheckState.Checked)
        dialog.names_edit.setPlainText("Marie\n\n  Paul  \n")
        return True

    prompts.dialog_filler = fill
    assert room.voting.new_session()
    session = state(room).get(VotingSession, room.voting.session_id)
    second_stage = state(room).stages(room.current_journey_id())[1].id
    assert seen == [False] and session.stage_ids == (second_stage,)
    assert [p.name for p in participants(state(room), session.id)] == ["Marie", "Paul"]


def test_a_session_started_again_by_redo_is_the_one_shown(room, prompts):
    session = start(room, prompts)
    stack = room.controller.undo_stack
    stack.undo()
    assert room.voting.session_id != session.id
    stack.redo()
    assert room.voting.session_id == session.id
    assert room.voting.panel.sessions.currentItem().data(Qt.ItemDataRole.UserRole) == session.id
