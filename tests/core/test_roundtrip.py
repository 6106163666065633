"""Round trip: a project with every kind of field, saved and reopened, is equal field by field."""

from __future__ import annotations

import itertools
import tempfile
from datetime import UTC
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.document import Document
from cjm_desktop.model.domain import (
    Action,
    ActionLink,
    ActionStatus,
    Channel,
    Evaluation,
    Journey,
    JourneyKind,
    Kpi,
    Participant,
    Persona,
    Phase,
    Project,
    Reveal,
    Stage,
    StageDetails,
    Touchpoint,
    Vote,
    VoteScope,
    VotingSession,
)
from cjm_desktop.model.ops import Put
from cjm_desktop.storage.safe_open import validate_file
from cjm_desktop.storage.working import WorkingStore

# Any Unicode a person can type (no surrogates: files hold UTF-8), with the characters that
# break naive code mixed in: French typography, emoji, markup, quotes, newlines, NUL.
TRICKY = "’«»œŒéèàçÉ <&>\"'\n\t\x00😀👩‍💻"
text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(TRICKY), max_size=40)
short = st.text(alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(TRICKY), max_size=12)
long_note = st.sampled_from(["", "é" * 10_000, ("Je « compare » <&> œ 😀 " * 500)[:10_000]])
dates = st.dates().map(lambda d: d.isoformat())
stamps = st.datetimes(timezones=st.just(UTC)).map(lambda d: d.replace(microsecond=0).isoformat())
words = st.lists(short, max_size=4).map(tuple)


@st.composite
def projects(draw) -> list:
    """The Put operations of a whole random project."""
    ids = itertools.count(1)
    ops: list = [Put(Project(title=draw(short), organisation=draw(text), purpose=draw(text),
                             description=draw(text), workshop_date=draw(st.none() | dates),
                             facilitators=draw(words), created_at=draw(stamps), updated_at=draw(stamps)))]
    personas = [
        Persona(next(ids), draw(short), i, draw(st.none() | st.binary(max_size=64)),
                draw(st.none() | st.integers(0, 150)), draw(short), draw(short), draw(text), draw(text),
                draw(text), draw(text))
        for i in range(draw(st.integers(0, 2)))
    ]
    ops += [Put(p) for p in personas]
    journeys, notes = [], []
    for j in range(draw(st.integers(1, 2))):
        journey = Journey(next(ids), draw(short), draw(st.sampled_from(JourneyKind)), j,
                          draw(st.sampled_from([None] + [p.id for p in personas])),
                          journeys[0].id if journeys and draw(st.booleans()) else None, draw(text))
        journeys.append(journey)
        ops.append(Put(journey))
        stages = [Stage(next(ids), journey.id, draw(short), i, draw(st.none() | st.sampled_from(Phase)))
                  for i in range(draw(st.integers(1, 3)))]
        channels = [Channel(next(ids), journey.id, draw(short), i, draw(short)) for i in range(draw(st.integers(1, 3)))]
        ops += [Put(x) for x in stages + channels]
        cells = [(c.id, s.id) for c in channels for s in stages] + [(None, None)]
        for position in range(draw(st.integers(0, 4))):
            channel_id, stage_id = draw(st.sampled_from(cells))
            note = Touchpoint(
                next(ids), journey.id, draw(text | long_note), channel_id, stage_id, position,
                draw(st.sampled_from(Evaluation)), draw(st.booleans()), draw(st.none() | st.integers(-2, 2)),
                draw(words), draw(text),
                draw(st.none() | st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)), draw(stamps), draw(stamps),
            )
            notes.append(note)
            ops.append(Put(note))
        stage = draw(st.sampled_from(stages))
        ops.append(Put(StageDetails(next(ids), stage.id, draw(text), draw(short), draw(words), draw(words))))
        ops.append(Put(Kpi(next(ids), stage.id, draw(short), 0, draw(short), draw(short))))
    action = Action(next(ids), draw(short), 0, draw(st.sampled_from([None] + [j.id for j in journeys])), draw(short),
                    draw(st.integers(1, 3)), draw(st.integers(1, 5)), draw(st.integers(1, 5)),
                    draw(st.sampled_from(ActionStatus)), draw(st.none() | dates), draw(text))
    ops.append(Put(action))
    ops += [Put(ActionLink(next(ids), action.id, n.id)) for n in notes[:2]]
    ops += votes(draw, ids, journeys, notes, action)
    return ops


def votes(draw, ids, journeys: list[Journey], notes: list[Touchpoint], action: Action) -> list:
    """A voting session with a participant, their dots and paper dots on some notes and on the action (a
    note's vote count derives from them)."""
    session = VotingSession(next(ids), draw(short), 0, draw(st.sampled_from([None] + [j.id for j in journeys])),
                            draw(st.sampled_from(VoteScope)), (), draw(st.integers(0, 20)), draw(st.integers(0, 20)),
                            draw(st.booleans()), draw(st.sampled_from(Reveal)), draw(st.booleans()),
                            draw(st.booleans()), draw(stamps))
    person = Participant(next(ids), session.id, draw(short), 0, draw(st.booleans()))
    ops: list = [Put(session), Put(person)]
    for note in notes:
        if draw(st.booleans()):
            ops.append(Put(Vote(next(ids), session.id, draw(st.sampled_from([None, person.id])), note.id, None,
                                draw(st.integers(1, 1_000)))))
    return [*ops, Put(Vote(next(ids), session.id, person.id, None, action.id, draw(st.integers(1, 1_000))))]


def tables(state) -> dict:
    return {"project": state.project, **{cls.__name__: dict(t) for cls, t in state.tables.items()}}


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(projects())
def test_saved_and_reopened_project_is_equal_field_by_field(ops):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        doc = Document.new(WorkingStore(folder / "writer"), ops)
        expected = tables(doc.state)
        doc.save(folder / "projet.cjm")
        doc.close()
        validated = validate_file(folder / "projet.cjm")
        validated.conn.close()
        assert tables(validated.state) == expected
        reopened = Document.open(WorkingStore(folder / "reader"), folder / "projet.cjm")  # no shared working copy
        try:
            assert tables(reopened.state) == expected
        finally:
            reopened.close(save=False)
