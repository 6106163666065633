"""The sample project (« Ouvrir un exemple », benchmarks, screenshots): a realistic workshop.

Its content is data, ``resources/samples/*.json``: the project's title, its template, and per stage of that
template the notes (text and evaluation; a few deliberately not in the first person, as in a real workshop),
plus notes left in « À classer ». ``fill_sample`` spreads ``notes`` notes over the stages, on channels drawn
from a seeded random generator, with emotions, moments of truth and votes: the same seed gives the same map.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from cjm_desktop.commands import AddTouchpoints, DeleteAxisItem, EditTouchpoints
from cjm_desktop.commands.new_project import new_project_ops
from cjm_desktop.commands.votes import StepVotes
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Channel, Evaluation
from cjm_desktop.resources import RESOURCES
from cjm_desktop.storage.working import WorkingStore

SAMPLES_DIR = RESOURCES / "samples"
SAMPLE_FILES = {"fr": "fibre_fr.json"}
DEFAULT_NOTES, DEFAULT_SEED = 60, 4
EMOTIONS = {Evaluation.DELIGHT: 2, Evaluation.PAIN: -1, Evaluation.BREAKING: -2}


@dataclass(frozen=True)
class Sample:
    title: str
    template: str
    language: str
    notes_by_stage: tuple[tuple[tuple[str, Evaluation], ...], ...]
    parking: tuple[str, ...]


def load_sample(language: str = "fr") -> Sample:
    """The sample's content in ``language`` (French when there is none in it)."""
    path = SAMPLES_DIR / SAMPLE_FILES.get(language, SAMPLE_FILES["fr"])
    data = json.loads(path.read_text(encoding="utf-8"))
    return Sample(str(data["title"]), str(data["template"]), str(data["language"]),
                  tuple(tuple((str(text), Evaluation(evaluation)) for text, evaluation in stage)
                        for stage in data["notes_by_stage"]),
                  tuple(str(text) for text in data["parking"]))


def new_sample(store: WorkingStore, notes: int = DEFAULT_NOTES, seed: int = DEFAULT_SEED,
               language: str = "fr") -> Document:
    """A new, never-saved document holding the sample project (its working copy in ``store``)."""
    sample = load_sample(language)
    doc = Document.new(store, new_project_ops(sample.title, sample.template, language=sample.language))
    try:
        fill_sample(doc, sample, notes, seed)
    except BaseException:
        doc.close(save=False, keep=False)
        raise
    return doc


def fill_sample(doc: Document, sample: Sample, notes: int = DEFAULT_NOTES, seed: int = DEFAULT_SEED) -> None:
    """Write the sample's notes into ``doc``'s first journey (its last channel removed: 7 channels)."""
    rng = random.Random(seed)
    journey = doc.state.journeys[0].id
    doc.execute(DeleteAxisItem(Channel, doc.state.channels(journey)[-1].id))
    channels = doc.state.channels(journey)
    stages = doc.state.stages(journey)
    for i in range(notes):
        stage_index = min(len(stages) - 1, i * len(stages) // notes)
        stage_notes = sample.notes_by_stage[min(stage_index, len(sample.notes_by_stage) - 1)]
        channel = rng.choice(channels)
        text, evaluation = stage_notes[i % len(stage_notes)]
        command = AddTouchpoints(journey, (channel.id, stages[stage_index].id), texts=[text])
        doc.execute(command)
        doc.execute(EditTouchpoints(command.created_ids, evaluation=evaluation, emotion=EMOTIONS.get(evaluation),
                                    moment_of_truth=i % 9 == 0))
        if votes := rng.choice([0, 0, 1, 3, 5]):
            doc.execute(StepVotes(command.created_ids, votes))
    doc.execute(AddTouchpoints(journey, (None, None), texts=list(sample.parking)))


def build_sample(path: Path, notes: int = DEFAULT_NOTES, seed: int = DEFAULT_SEED, language: str = "fr",
                 work: Path | None = None) -> Path:
    """Write the sample project to ``path`` (working files in ``work``, else a temporary folder) and return it."""
    import tempfile

    with tempfile.TemporaryDirectory(dir=work) as tmp:
        doc = new_sample(WorkingStore(Path(tmp)), notes, seed, language)
        doc.save(path)
        doc.close()
    return path
