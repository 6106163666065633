"""Bounded mutation fuzz of the open path: every mutated file is either a valid project or
refused with a CjmFileError; nothing else may escape (no crash, no other exception, no hang)."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from cjm_desktop.model.domain import ProjectState
from cjm_desktop.storage.errors import CjmFileError
from cjm_desktop.storage.safe_open import validate_bytes

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "tests" / "golden").glob("v*.cjm"))
COUNT = int(os.environ.get("CJM_FUZZ_COUNT", "2400"))


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


@pytest.mark.parametrize("batch", range(8))
def test_mutated_files_are_valid_or_refused(batch):
    seeds = [p.read_bytes() for p in SEEDS]
    accepted = refused = 0
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
        validated.conn.close()
        assert isinstance(validated.state, ProjectState)
        accepted += 1
    assert refused > accepted  # the mutations really do damage files
