"""Notes on the clipboard: every carried field survives; anything else is refused."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.model.domain import Evaluation, Touchpoint
from cjm_desktop.text.clipboard import decode_notes, encode_notes, lines_to_texts, plain_text

NOTE = Touchpoint(7, 2, "J’attends « 3 jours » <b>&amp;</b> 🎉", 4, 5, position=2, evaluation=Evaluation.BREAKING,
                  moment_of_truth=True, emotion=-2, departments=("SAV",), comment="œuvre", color="#aabbcc",
                  author="Groupe B")


def test_copied_notes_keep_every_field_but_their_place():
    (copy,) = decode_notes(encode_notes([NOTE]))
    carried = ("text", "evaluation", "moment_of_truth", "emotion", "departments", "comment", "color", "author")
    assert all(getattr(copy, name) == getattr(NOTE, name) for name in carried)
    assert (copy.id, copy.journey_id, copy.channel_id, copy.stage_id) == (0, 0, None, None)


def test_votes_stay_with_the_note_they_were_cast_on():
    # a note's votes are dots of voting sessions, not a field: the clipboard never carries them, and the
    # « votes » of an older version's clipboard are ignored
    (record,) = json.loads(encode_notes([NOTE]))["notes"]
    older = json.dumps({"cjm_notes": 1, "notes": [{**record, "votes": 3}]})
    assert "votes" not in record
    assert decode_notes(older) == decode_notes(encode_notes([NOTE]))


@pytest.mark.parametrize("data", ["", "not json", "[]", '{"notes": []}', '{"notes": [1]}',
                                  '{"notes": [{"text": 5}]}', '{"notes": [{"text": "x", "emotion": 9}]}'])
def test_anything_else_is_refused(data):
    with pytest.raises(ValueError):
        decode_notes(data)


def test_each_line_of_text_becomes_a_note_without_its_bullet():
    assert lines_to_texts("- Je m’inscris\n\n  • Je reçois un code \n2) Je valide\n") == [
        "Je m’inscris", "Je reçois un code", "Je valide"]


def test_plain_text_has_one_line_per_note():
    assert plain_text([NOTE, Touchpoint(8, 2, "Je paie\nen ligne")]).splitlines()[1] == "Je paie en ligne"
