"""The canvas follows each edit at the cost of what it touched, and ends where a fresh layout would."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from cjm_desktop.commands import (
    AddAxisItem,
    AddJourney,
    AddTouchpoints,
    DeleteTouchpoints,
    DuplicateTouchpoints,
    EditTouchpoints,
    MoveTouchpoints,
)
from cjm_desktop.commands.new_project import new_project_ops
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Evaluation, JourneyKind, Stage, Touchpoint
from cjm_desktop.model.placement import PARKING_CELL
from cjm_desktop.storage.working import WorkingStore
from ui.canvas.journey_scene import JourneyScene
from ui.canvas.row_item import RowItem

TEXTS = ["Je compare les offres", "Le client appelle", "Je paie\nen trois fois " * 4, "J’attends"]


@pytest.fixture
def doc(tmp_path: Path, qapp) -> Document:
    document = Document.new(WorkingStore(tmp_path / "data"), new_project_ops("Atelier", "parcours-en-8"))
    yield document
    document.close(save=False)


def picture(scene: JourneyScene) -> dict:
    """What the scene shows: each note where, and as what; the grid's size and the counts."""
    notes = {i: (item.scenePos().x(), item.scenePos().y(), item.note, item.size) for i, item in scene.notes.items()}
    layout = scene.layout
    return {"notes": notes, "cells": dict(layout.cells), "parking": layout.parking, "rect": scene.sceneRect(),
            "frictions": scene.frictions, "first person": scene.first_person_count()}


def random_edit(rng: random.Random, doc: Document, journey: int):
    ids = [n.id for n in doc.state.touchpoints(journey)]
    cells = [(c.id, s.id) for c in doc.state.channels(journey) for s in doc.state.stages(journey)] + [PARKING_CELL]
    kind = rng.choice(["add", "add", "move", "move", "text", "evaluate", "delete", "duplicate"] if ids else ["add"])
    if kind == "add":
        return AddTouchpoints(journey, rng.choice(cells), texts=[rng.choice(TEXTS)] * rng.randint(1, 3),
                              index=rng.randint(0, 4))
    chosen = rng.sample(ids, min(len(ids), rng.randint(1, 3)))
    if kind == "move":
        return MoveTouchpoints(chosen, rng.choice(cells), index=rng.randint(0, 5))
    if kind == "text":
        return EditTouchpoints(chosen, text=rng.choice(TEXTS))
    if kind == "evaluate":
        return EditTouchpoints(chosen, evaluation=rng.choice(list(Evaluation)))
    return DeleteTouchpoints(chosen) if kind == "delete" else DuplicateTouchpoints(chosen)


def test_after_random_edits_undos_and_redos_the_scene_is_what_a_fresh_one_shows(doc):
    rng = random.Random(11)
    journey = doc.state.journeys[0].id
    scene = JourneyScene(doc.state, journey)
    done = []
    for step in range(160):
        if done and step % 7 == 0:
            change = doc.undo(done.pop())
        else:
            command = random_edit(rng, doc, journey)
            change = doc.execute(command)
            done.append(command)
        scene.apply(change, doc.state)
    assert picture(scene) == picture(JourneyScene(doc.state, journey))


def test_notes_sit_in_their_row_and_a_row_that_grows_moves_the_rows_below_as_wholes(doc):
    journey = doc.state.journeys[0].id
    channels, stage = doc.state.channels(journey), doc.state.stages(journey)[0]
    doc.execute(AddTouchpoints(journey, (channels[2].id, stage.id), texts=["Je reçois le colis"]))
    scene = JourneyScene(doc.state, journey)
    below = scene.rows[channels[2].id]
    top = below.y()
    change = doc.execute(AddTouchpoints(journey, (channels[0].id, stage.id), texts=TEXTS))
    scene.apply(change, doc.state)
    note_item = next(iter(scene.notes.values()))
    assert isinstance(note_item.parentItem(), RowItem)
    assert below.y() > top  # the row moved; its note came along
    assert scene.notes[next(n.id for n in doc.state.cell(journey, channels[2].id, stage.id))].scenePos().y() > top


def test_an_edit_of_another_journey_leaves_the_scene_alone(doc):
    first = doc.state.journeys[0].id
    add_journey = AddJourney("Cible", JourneyKind.TARGET, [("Étape", None)], [("Canal", "")])
    doc.execute(add_journey)
    scene = JourneyScene(doc.state, first)
    before = picture(scene)
    cell = (doc.state.channels(add_journey.created_id)[0].id, doc.state.stages(add_journey.created_id)[0].id)
    scene.apply(doc.execute(AddTouchpoints(add_journey.created_id, cell, texts=["Je paie"])), doc.state)
    assert picture(scene) == before


def test_a_stage_added_lays_the_whole_journey_out_again(doc):
    journey = doc.state.journeys[0].id
    scene = JourneyScene(doc.state, journey)
    change = doc.execute(AddAxisItem(Stage, journey, "Après-vente", 2))
    scene.apply(change, doc.state)
    assert picture(scene) == picture(JourneyScene(doc.state, journey))
    assert len(scene.layout.columns) == len(doc.state.stages(journey))


def test_counts_follow_edits_without_a_recount(doc):
    journey = doc.state.journeys[0].id
    scene = JourneyScene(doc.state, journey)
    add = AddTouchpoints(journey, PARKING_CELL, texts=["Le conseiller rappelle", "Je rappelle"])
    scene.apply(doc.execute(add), doc.state)
    scene.apply(doc.execute(EditTouchpoints(add.created_ids, evaluation=Evaluation.PAIN)), doc.state)
    assert (scene.note_count(), scene.frictions, scene.first_person_count()) == (2, 2, 1)
    assert doc.state.get(Touchpoint, add.created_ids[0]) is scene.notes[add.created_ids[0]].note
