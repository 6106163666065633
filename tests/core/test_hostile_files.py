"""Hostile files: each is refused with its own clear sentence, nothing crashes, nothing changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cjm_desktop.document import Document
from cjm_desktop.storage.errors import CjmFileError
from cjm_desktop.storage.safe_open import validate_file
from cjm_desktop.storage.schema import SCHEMA_VERSION
from tests.support.hostile import CASES, file_state

ROOT = Path(__file__).resolve().parents[2]
# the current format, realistic: two journeys, persona, notes, actions
VALID = ROOT / "tests" / "golden" / f"v{SCHEMA_VERSION}.cjm"


@pytest.fixture(params=sorted(CASES))
def bad_file(request, tmp_path) -> tuple[Path, tuple[type, ...]]:
    make, expected = CASES[request.param]
    return make(VALID, tmp_path / "bad.cjm"), expected


def test_there_are_at_least_twenty_hand_made_cases():
    assert len(CASES) >= 20


def test_a_bad_file_is_refused_with_the_error_naming_its_cause(bad_file):
    path, expected = bad_file
    with pytest.raises(CjmFileError) as refusal:
        validate_file(path)
    assert isinstance(refusal.value, expected), f"{type(refusal.value).__name__}: {refusal.value}"


def test_the_refusal_is_one_sentence(bad_file):
    path, _ = bad_file
    with pytest.raises(CjmFileError) as refusal:
        validate_file(path)
    message = str(refusal.value)
    assert "\n" not in message and message.endswith(".") and message[0].isupper() and len(message) < 300


def test_a_bad_file_is_left_untouched(bad_file):
    path, _ = bad_file
    before = file_state(path)
    with pytest.raises(CjmFileError):
        validate_file(path)
    assert file_state(path) == before


def test_opening_a_bad_file_leaves_no_working_copy(bad_file, store):
    path, _ = bad_file
    before = file_state(path)
    with pytest.raises(CjmFileError):
        Document.open(store, path)
    assert list((store.root / "working").glob("*")) == []
    assert file_state(path) == before


def test_the_valid_base_file_is_accepted():
    validate_file(VALID).conn.close()


@pytest.mark.parametrize("case", ["zip renamed .cjm", "future user_version", "extra trigger", "10 MB note",
                                  "cut mid-page"])
@pytest.mark.parametrize("command", ["check", "info"])
def test_the_command_line_refuses_in_one_line(case, command, tmp_path):
    make, _ = CASES[case]
    path = make(VALID, tmp_path / "bad.cjm")
    before = file_state(path)
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), command, str(path)], capture_output=True,
                            text=True, timeout=60)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert file_state(path) == before
