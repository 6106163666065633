"""Hostile files: each is refused with its own clear sentence, nothing crashes, nothing changes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cjm_desktop.commands import AddTouchpoints, DeleteTouchpoints, EditEntity, EditTouchpoints, MoveTouchpoints
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Project, Stage, Touchpoint
from cjm_desktop.model.limits import MAX_NOTES
from cjm_desktop.model.placement import PARKING_CELL
from cjm_desktop.storage.errors import CjmFileError, DamagedFile, EditRefused
from cjm_desktop.storage.safe_open import integrity_problems, validate_file
from cjm_desktop.storage.schema import SCHEMA_VERSION
from tests.support.hostile import CASES, OPENS, REFUSED, REPAIRED, SEMANTIC, file_state, stale_index

REPAIRED_NOTE = "stale indexes were rebuilt; the next save writes the repaired project"

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


# --- the semantic corpus: our exact schema, hostile values ------------------------------------------


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Callable[[str], Path]:
    """The path of a corpus file, built once per test process (never edited: tests open or copy it)."""
    folder = tmp_path_factory.mktemp("corpus")
    built: dict[str, Path] = {}

    def path_of(name: str) -> Path:
        if name not in built:
            built[name] = SEMANTIC[name].make(VALID, folder / f"{len(built)}.cjm")
        return built[name]

    return path_of


BIG = {"the most notes, in one cell", "one note too many", "the largest grid"}  # a few seconds each


def corpus_names() -> list:
    """Every corpus file (the biggest ones marked slow)."""
    return [pytest.param(name, marks=[pytest.mark.slow] if name in BIG else []) for name in sorted(SEMANTIC)]


def behave(doc: Document, folder: Path) -> Path:
    """Edit an opened document (a note added, a note moved, the title changed) and save it elsewhere."""
    journey = doc.state.journeys[0]
    stages, channels = doc.state.stages(journey.id), doc.state.channels(journey.id)
    if len(doc.state.of(Touchpoint)) >= MAX_NOTES:  # full: adding is refused in one sentence, deleting is not
        with pytest.raises(EditRefused):
            doc.execute(AddTouchpoints(journey.id, PARKING_CELL, texts=["de trop"]))
        doc.execute(DeleteTouchpoints([max(doc.state.of(Touchpoint))]))
    cell = (channels[0].id, stages[0].id) if stages and channels else PARKING_CELL
    add = AddTouchpoints(journey.id, cell, texts=["ajoutée après l’ouverture"])
    doc.execute(add)
    doc.execute(MoveTouchpoints(add.created_ids, cell, index=0))
    doc.execute(EditEntity(Project, 1, title="Titre <b>modifié</b>"))
    saved = folder / "saved.cjm"
    doc.save(saved)
    return saved


def test_the_corpus_covers_every_kind_of_hostile_value():
    assert len(SEMANTIC) >= 40
    assert {h.expect for h in SEMANTIC.values()} == {OPENS, REPAIRED, REFUSED}


@pytest.mark.parametrize("name", corpus_names())
def test_a_corpus_file_is_opened_and_behaves_or_refused_in_one_sentence(name, corpus, store, tmp_path):
    hostile, path = SEMANTIC[name], corpus(name)
    before = file_state(path)
    try:
        doc = Document.open(store, path)
    except CjmFileError as refusal:
        assert hostile.expect == REFUSED, f"refused: {refusal}"
        assert isinstance(refusal, hostile.errors), f"{type(refusal).__name__}: {refusal}"
        message = str(refusal)
        assert "\n" not in message and message.endswith(".") and len(message) < 300
        assert list((store.root / "working").glob("*")) == []
        assert file_state(path) == before
        return
    try:
        assert hostile.expect in (OPENS, REPAIRED), "opened, but it should have been refused"
        validated = validate_file(path)
        validated.conn.close()
        assert validated.repaired == (hostile.expect == REPAIRED)
        assert doc.state == validated.state  # what the file holds, read back equal
        assert integrity_problems(doc.conn) == []  # the working copy is sound, whatever the file was
        saved = behave(doc, tmp_path)
        again = validate_file(saved)
        try:
            assert not again.repaired and integrity_problems(again.conn) == []
            assert again.state == doc.state
        finally:
            again.conn.close()
    finally:
        doc.close(save=False)
    assert file_state(path) == before


def test_a_stale_index_file_is_healed_edited_and_saved(store, tmp_path):
    path = SEMANTIC["stale index: a note it does not list"].make(VALID, tmp_path / "stale.cjm")
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA quick_check").fetchall() == [("ok",)]  # what opening used to rely on
    assert raw.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    raw.close()
    doc = Document.open(store, path)
    try:
        assert "ajoutée en douce" in {n.text for n in doc.state.of(Touchpoint).values()}
        before_edit = doc.revision
        doc.execute(EditTouchpoints([99], text="corrigée"))
        doc.execute(DeleteTouchpoints([99]))
        assert doc.revision == before_edit + 2
        doc.save()
    finally:
        doc.close(save=False)
    healed = validate_file(path)
    try:
        assert not healed.repaired and 99 not in healed.state.of(Touchpoint)
        assert integrity_problems(healed.conn) == []
    finally:
        healed.conn.close()


def test_healing_never_writes_the_file(tmp_path):
    path = SEMANTIC["an index page copied over another"].make(VALID, tmp_path / "page.cjm")
    before = file_state(path)
    validated = validate_file(path)
    validated.conn.close()
    assert validated.repaired and file_state(path) == before


@pytest.mark.parametrize("name", corpus_names())
def test_the_command_line_says_ok_or_refuses_in_one_line(name, corpus):
    hostile, path = SEMANTIC[name], corpus(name)
    before = file_state(path)
    results = {}
    for command in ("check", "info"):
        result = results[command] = subprocess.run([sys.executable, str(ROOT / "main.py"), command, str(path)],
                                                   capture_output=True, text=True, timeout=120)
        assert "Traceback" not in result.stderr
        if result.returncode == 2:
            assert result.stdout == "" and result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
        else:
            assert result.returncode == 0 and result.stderr == ""
            assert result.stdout.startswith("ok") if command == "check" else json.loads(result.stdout)
    assert file_state(path) == before
    assert {r.returncode for r in results.values()} == {2 if hostile.expect == REFUSED else 0}
    if hostile.expect != REFUSED:
        repaired = hostile.expect == REPAIRED
        assert results["check"].stdout == (f"ok (repaired: {REPAIRED_NOTE})\n" if repaired else "ok\n")
        assert json.loads(results["info"].stdout)["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_an_older_file_with_stale_indexes_is_healed_then_upgraded(version, tmp_path):
    golden = ROOT / "tests" / "golden" / f"v{version}.cjm"
    path = stale_index("stage_journey", "UPDATE stage SET position = 10 - position")(golden, tmp_path / "old.cjm")
    plain = validate_file(golden)
    plain.conn.close()
    healed = validate_file(path)
    try:
        assert (healed.repaired, healed.version) == (True, version)
        assert integrity_problems(healed.conn) == []
        assert [s.position for s in healed.state.of(Stage).values()] == [10 - s.position
                                                                          for s in plain.state.of(Stage).values()]
    finally:
        healed.conn.close()


def test_a_check_that_cannot_finish_in_time_refuses_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr("cjm_desktop.storage.safe_open.READ_DEADLINE_S", -1.0)  # already past
    path = SEMANTIC["the largest grid"].make(VALID, tmp_path / "grid.cjm")
    with pytest.raises(DamagedFile):
        validate_file(path)
