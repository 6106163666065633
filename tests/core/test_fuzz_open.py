"""Bounded mutation fuzz of the open path: every mutated file is either a valid project or
refused with a CjmFileError; nothing else may escape (no crash, no other exception, no hang).
An accepted file is never corrupt: its private copy passes ``integrity_check`` (indexes included),
and one that had to be repaired opens as a document that can be edited and saved.

The seeds are the golden files and the semantic corpus files that open (tests/support/hostile.py):
markup, NUL bytes, control characters, the longest lists, stale indexes, duplicate positions...
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from cjm_desktop.commands import EditEntity
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Project, ProjectState
from cjm_desktop.storage.errors import CjmFileError
from cjm_desktop.storage.safe_open import integrity_problems, validate_bytes
from cjm_desktop.storage.schema import SCHEMA_VERSION
from cjm_desktop.storage.working import WorkingStore
from tests.support.hostile import OPENS, REPAIRED, SEMANTIC

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "tests" / "golden").glob("v*.cjm"))
COUNT = int(os.environ.get("CJM_FUZZ_COUNT", "2400"))
SAVED_PER_BATCH = 4  # repaired files also opened, edited and saved (a tenth of a second each)
# Corpus files that open, small enough to mutate quickly (hostile values in every text, stale indexes...)
HOSTILE_SEEDS = sorted(name for name, h in SEMANTIC.items() if h.expect in (OPENS, REPAIRED) and (
    name.startswith(("markup", "stale index", "duplicate", "negative and huge", "an index page"))
    or name in ("NUL bytes in every text and list", "control characters", "format placeholders",
                "bidi, zero-width, combining, emoji, non-characters", "the most journeys", "dates at the extremes")))


def mutate(data: bytes, rng: random.Random, others: list[bytes]) -> bytes:
    """One deterministic mutation of a file: the kinds of damage disks, mail and people do."""
    buf = bytearray(data)
    kind = rng.randrange(8)
    if kind == 0:  # flip a few bits anywhere
        for _ in range(rng.randint(1, 8)):
            buf[rng.randrange(len(buf))] ^= 1 << rng.randrange(8)
    elif kind == 1:  # overwrite a range with random bytes
        start = rng.randrange(len(buf))
        buf[start : start + rng.randint(1, 300)] = rng.randbytes(rng.randint(1, 300))
    elif kind == 2:  # truncate
        del buf[rng.randrange(len(buf)) :]
    elif kind == 3:  # zero a whole page
        page = int.from_bytes(buf[16:18], "big") or 4096
        start = rng.randrange(len(buf) // page) * page
        buf[start : start + page] = bytes(page)
    elif kind == 4:  # duplicate a page over another
        page = int.from_bytes(buf[16:18], "big") or 4096
        pages = len(buf) // page
        a, b = rng.randrange(pages) * page, rng.randrange(pages) * page
        buf[b : b + page] = buf[a : a + page]
    elif kind == 5:  # mutate a header field
        offset = rng.choice([16, 18, 19, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 92, 96])
        buf[offset : offset + 4] = rng.randbytes(4)
    elif kind == 6:  # splice with another file
        other = rng.choice(others)
        cut = rng.randrange(min(len(buf), len(other)))
        buf = buf[:cut] + other[cut:]
    else:  # small edits inside the data pages (text, lengths, varints)
        page = int.from_bytes(buf[16:18], "big") or 4096
        for _ in range(rng.randint(1, 4)):
            buf[rng.randrange(page, len(buf))] = rng.randrange(256)
    return bytes(buf)


@pytest.fixture(scope="module")
def hostile_seeds(tmp_path_factory) -> list[bytes]:
    folder = tmp_path_factory.mktemp("seeds")
    valid = ROOT / "tests" / "golden" / f"v{SCHEMA_VERSION}.cjm"
    return [SEMANTIC[name].make(valid, folder / f"{i}.cjm").read_bytes() for i, name in enumerate(HOSTILE_SEEDS)]


def fuzz(seeds: list[bytes], batch: int, tmp_path: Path) -> tuple[int, int, int]:
    """Mutate every 8th file from ``batch`` on; return (accepted, refused, repaired)."""
    accepted = refused = repaired = 0
    for index in range(batch, COUNT, 8):
        rng = random.Random(index)
        data = mutate(rng.choice(seeds), rng, seeds)
        try:
            validated = validate_bytes(data)
        except CjmFileError:
            refused += 1
            continue
        except Exception as error:  # noqa: BLE001 - the point of the test
            pytest.fail(f"seed {index}: {type(error).__name__} escaped: {error}")
        try:
            assert isinstance(validated.state, ProjectState)
            assert integrity_problems(validated.conn) == [], f"seed {index}: accepted, but corrupt"
        finally:
            validated.conn.close()
        accepted += 1
        if validated.repaired:
            repaired += 1
            if repaired <= SAVED_PER_BATCH:
                edit_and_save(data, tmp_path / f"{index}")
    return accepted, refused, repaired


def edit_and_save(data: bytes, folder: Path) -> None:
    """A repaired file opens as a sound working copy that takes an edit and a save."""
    folder.mkdir()
    path = folder / "repaired.cjm"
    path.write_bytes(data)
    doc = Document.open(WorkingStore(folder / "data"), path)
    try:
        assert integrity_problems(doc.conn) == []
        doc.execute(EditEntity(Project, 1, title="réparé"))
        doc.save()
    finally:
        doc.close(save=False)
    saved = validate_bytes(path.read_bytes())
    saved.conn.close()
    assert not saved.repaired and saved.state.project.title == "réparé"


@pytest.mark.parametrize("batch", range(8))
def test_mutated_files_are_valid_or_refused(batch, tmp_path):
    accepted, refused, _ = fuzz([p.read_bytes() for p in SEEDS], batch, tmp_path)
    assert refused > accepted  # the mutations really do damage files


@pytest.mark.parametrize("batch", range(8))
def test_mutated_hostile_files_are_valid_or_refused(batch, hostile_seeds, tmp_path):
    accepted, refused, _ = fuzz(hostile_seeds, batch, tmp_path)
    assert accepted and refused


def test_the_seeds_hold_hostile_values_and_stale_indexes():
    assert len(HOSTILE_SEEDS) >= 12
    assert any(SEMANTIC[name].expect == REPAIRED for name in HOSTILE_SEEDS)
