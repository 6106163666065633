"""Fixtures for the core tests: real documents in temporary folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cjm_desktop.commands.new_project import new_project_ops
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Channel, Stage
from cjm_desktop.participation.room import Room
from cjm_desktop.storage.working import WorkingStore
from tests.support.participation import DocumentThread


@pytest.fixture
def store(data_dir: Path) -> WorkingStore:
    """The working store of this test's own data folder (the one code looking up the default gets)."""
    return WorkingStore(data_dir)


@pytest.fixture
def doc(store: WorkingStore) -> Iterator[Document]:
    """A new, unsaved project from the « Parcours en 8 » template (8 stages × 8 channels)."""
    document = Document.new(store, new_project_ops("Atelier « test »", "parcours-en-8"))
    yield document
    if not document.closed:
        document.close(save=False)


@pytest.fixture
def grid(doc: Document) -> tuple[int, list[Stage], list[Channel]]:
    """(journey id, stages, channels) of the fixture document's journey."""
    journey = doc.state.journeys[0]
    return journey.id, doc.state.stages(journey.id), doc.state.channels(journey.id)


@pytest.fixture
def docs(data_dir: Path) -> Iterator[DocumentThread]:
    """A new project living on a worker thread of its own (the document's thread of participation tests)."""
    with DocumentThread(data_dir) as thread:
        yield thread


@pytest.fixture
def room(docs: DocumentThread) -> Iterator[Room]:
    """An open participation room on ``docs``, closed after the test."""
    opened = Room(docs.bridge())
    opened.open()
    yield opened
    opened.close()
