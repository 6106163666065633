"""The emotion curve: the mean of a stage's notes, a stage's override, hidden when nothing is set."""

from __future__ import annotations

from cjm_desktop.commands import AddTouchpoints
from cjm_desktop.commands.stage_details import SetStageEmotion
from cjm_desktop.model.domain import Touchpoint
from cjm_desktop.model.placement import PARKING_CELL
from cjm_desktop.queries.emotions import emotion_curve, note_means, stage_emotions


def note(doc, journey, cell, emotion) -> None:
    doc.execute(AddTouchpoints(journey, cell, prototypes=[Touchpoint(0, journey, "Je ressens", emotion=emotion)]))


def test_a_stage_shows_the_mean_of_its_notes_emotions(doc, grid):
    journey, stages, channels = grid
    note(doc, journey, (channels[0].id, stages[1].id), 2)
    note(doc, journey, (channels[3].id, stages[1].id), -1)
    note(doc, journey, (channels[3].id, stages[1].id), None)  # no emotion: does not count
    assert stage_emotions(doc.state, journey)[stages[1].id] == 0.5
    assert stage_emotions(doc.state, journey)[stages[0].id] is None


def test_a_stage_override_wins_over_the_mean(doc, grid):
    journey, stages, channels = grid
    note(doc, journey, (channels[0].id, stages[2].id), -2)
    doc.execute(SetStageEmotion(stages[2].id, 1))
    point = emotion_curve(doc.state, journey)[2]
    assert (point.value, point.mean, point.overridden) == (1.0, -2.0, True)
    assert stage_emotions(doc.state, journey)[stages[2].id] == 1.0


def test_an_override_alone_makes_a_curve(doc, grid):
    journey, stages, _ = grid
    doc.execute(SetStageEmotion(stages[0].id, -2))
    curve = emotion_curve(doc.state, journey)
    assert [p.stage_id for p in curve] == [s.id for s in stages]
    assert [p.value for p in curve] == [-2.0] + [None] * (len(stages) - 1)


def test_the_curve_is_hidden_when_no_emotion_is_set(doc, grid):
    journey, stages, channels = grid
    note(doc, journey, (channels[0].id, stages[0].id), None)
    assert emotion_curve(doc.state, journey) == []
    assert set(stage_emotions(doc.state, journey).values()) == {None}


def test_notes_in_the_parking_area_are_ignored(doc, grid):
    journey, stages, _ = grid
    note(doc, journey, PARKING_CELL, 2)
    assert emotion_curve(doc.state, journey) == []
    assert set(note_means(doc.state, journey).values()) == {None}


def test_clearing_the_override_derives_the_value_again(doc, grid):
    journey, stages, channels = grid
    note(doc, journey, (channels[0].id, stages[3].id), 1)
    doc.execute(SetStageEmotion(stages[3].id, -2))
    doc.execute(SetStageEmotion(stages[3].id, None))
    point = emotion_curve(doc.state, journey)[3]
    assert (point.value, point.overridden) == (1.0, False)
