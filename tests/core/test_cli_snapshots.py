"""``cjm snapshot``, the snapshots and voting sessions of ``cjm info``, ``cjm export --snapshot`` and the
snapshots ``cjm check`` reads."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import zlib
from pathlib import Path

import pytest

from cjm_desktop.document import Document
from cjm_desktop.model.domain import (
    Journey,
    Participant,
    Project,
    Snapshot,
    SnapshotChunk,
    Stage,
    Touchpoint,
    Vote,
    VoteScope,
    VotingSession,
)
from cjm_desktop.storage.safe_open import validate_file
from cjm_desktop.storage.snapshots import chunk_ids
from main import main
from tests.support.big_files import write_file
from tests.support.sample_project import build

DATA = Path(__file__).resolve().parents[1] / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def info(path: Path, capsys) -> dict:
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def sample(tmp_path) -> Path:
    return build(tmp_path / "atelier.cjm")


def test_snapshot_keeps_the_project_under_a_name_that_info_lists(sample, capsys):
    before = info(sample, capsys)
    assert main(["snapshot", str(sample), "--name", "avant l'atelier « 1 »"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("took the snapshot « avant l'atelier « 1 » » (62 notes) at ")
    after = info(sample, capsys)
    [snapshot] = after["snapshots"]
    assert (snapshot["name"], snapshot["notes"]) == ("avant l'atelier « 1 »", 62)
    assert snapshot["created"] in out
    assert after["journeys"] == before["journeys"] and before["snapshots"] == []


def test_info_lists_the_voting_sessions_with_their_participants_and_dots(tmp_path, capsys):
    path = write_file(tmp_path / "votes.cjm", [
        Project(title="Votes"), Journey(1, "Achat"), Stage(1, 1, "Payer"),
        Touchpoint(1, 1, "Je paie"), Touchpoint(2, 1, "J'attends"),
        VotingSession(1, "Irritants", 0, 1, VoteScope.FRICTIONS),
        VotingSession(2, "Actions", 1, None, VoteScope.ACTIONS),
        Participant(1, 1, "Anne"), Participant(2, 1, "Marc", 1, True), Participant(3, 1, "Lou", 2),
        Vote(1, 1, 1, 1, None, 2), Vote(2, 1, 2, 2, None, 1), Vote(3, 1, None, 2, None, 4),
    ])
    assert info(path, capsys)["voting_sessions"] == [
        {"name": "Irritants", "scope": "frictions", "participants": 3, "dots": 7},
        {"name": "Actions", "scope": "actions", "participants": 0, "dots": 0},
    ]


def test_export_of_a_snapshot_writes_the_project_as_it_was(sample, tmp_path, capsys):
    assert main(["export", str(sample), "--to", str(tmp_path / "avant.csv")]) == 0
    assert main(["snapshot", str(sample), "--name", "avant"]) == 0
    assert main(["import", str(sample), "--from", str(DATA / "csv" / "matrice-excel-fr.csv")]) == 0
    assert main(["export", str(sample), "--to", str(tmp_path / "maintenant.csv")]) == 0
    assert main(["export", str(sample), "--to", str(tmp_path / "instantane.csv"), "--snapshot", "avant"]) == 0
    assert (tmp_path / "instantane.csv").read_bytes() == (tmp_path / "avant.csv").read_bytes()
    assert (tmp_path / "maintenant.csv").read_bytes() != (tmp_path / "avant.csv").read_bytes()


def test_export_of_a_snapshot_picks_the_latest_of_that_name(sample, tmp_path, capsys):
    assert main(["snapshot", str(sample), "--name", "pause"]) == 0
    assert main(["import", str(sample), "--from", str(DATA / "csv" / "matrice-excel-fr.csv")]) == 0
    assert main(["snapshot", str(sample), "--name", "pause"]) == 0
    assert main(["export", str(sample), "--to", str(tmp_path / "now.csv")]) == 0
    assert main(["export", str(sample), "--to", str(tmp_path / "pause.csv"), "--snapshot", "pause"]) == 0
    assert (tmp_path / "pause.csv").read_bytes() == (tmp_path / "now.csv").read_bytes()


def test_export_of_a_snapshot_as_pdf_and_one_journey(sample, tmp_path, capsys):
    assert main(["snapshot", str(sample), "--name", "avant"]) == 0
    capsys.readouterr()
    assert main(["export", str(sample), "--to", str(tmp_path / "avant.pdf"), "--snapshot", "avant"]) == 0
    assert "wrote" in capsys.readouterr().out and (tmp_path / "avant.pdf").read_bytes().startswith(b"%PDF")
    assert main(["export", str(sample), "--to", str(tmp_path / "avant.ojf"), "--snapshot", "avant",
                 "--journey", "Parcours existant"]) == 0
    assert json.loads((tmp_path / "avant.ojf").read_text(encoding="utf-8"))


def test_the_pdf_of_a_snapshot_says_on_every_map_page_which_snapshot_it_is(sample, tmp_path, capsys):
    assert main(["snapshot", str(sample), "--name", "avant l'atelier"]) == 0
    pdf = tmp_path / "avant.pdf"
    assert main(["export", str(sample), "--to", str(pdf), "--snapshot", "avant l'atelier", "--no-cover"]) == 0
    first_page = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True,
                                check=True).stdout
    assert "Instantané « avant l'atelier »" in first_page


def test_the_pdf_of_the_project_now_names_no_snapshot(sample, tmp_path, capsys):
    assert main(["snapshot", str(sample), "--name", "avant"]) == 0
    pdf = tmp_path / "now.pdf"
    assert main(["export", str(sample), "--to", str(pdf), "--no-cover"]) == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Instantané" not in text


def test_export_of_an_unknown_snapshot_is_one_error_line_and_writes_nothing(sample, tmp_path, capsys):
    assert main(["snapshot", str(sample), "--name", "avant"]) == 0
    capsys.readouterr()
    assert main(["export", str(sample), "--to", str(tmp_path / "x.csv"), "--snapshot", "Après"]) == 2
    error = capsys.readouterr().err
    assert error == "error: the project holds no snapshot named « Après » (its snapshots: « avant »)\n"
    assert not (tmp_path / "x.csv").exists()


def test_check_reads_every_snapshot(sample, capsys):
    assert main(["snapshot", str(sample), "--name", "avant"]) == 0
    assert main(["snapshot", str(sample), "--name", "après"]) == 0
    capsys.readouterr()
    assert main(["check", str(sample)]) == 0
    assert capsys.readouterr().out == "ok\n"


def test_check_names_a_damaged_snapshot(sample, capsys):
    assert main(["snapshot", str(sample), "--name", "fin de matinée"]) == 0
    validated = validate_file(sample)
    validated.conn.close()
    [snapshot] = validated.state.of(Snapshot).values()
    chunks = validated.state.of(SnapshotChunk)
    [notes] = [c for c in chunk_ids(snapshot) if b'"touchpoint"' in zlib.decompress(chunks[c].data)]
    conn = sqlite3.connect(sample)
    conn.execute("UPDATE snapshot_chunk SET data = ? WHERE id = ?", (zlib.compress(b"{not json"), notes))
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert main(["check", str(sample)]) == 2
    error = capsys.readouterr().err
    assert error == (f"error: This project file holds unexpected content: the snapshot « fin de matinée » is damaged "
                     f"(its chunk {notes:x} is not valid JSON text).\n")
    assert main(["info", str(sample)]) == 0  # the project itself is fine


def test_snapshot_needs_a_name_and_an_existing_file(sample, tmp_path, capsys):
    before = digest(sample)
    assert main(["snapshot", str(sample), "--name", "  "]) == 2
    assert capsys.readouterr().err == "error: a snapshot needs a name (nothing was changed)\n"
    assert digest(sample) == before
    assert main(["snapshot", str(tmp_path / "absent.cjm"), "--name", "a"]) == 2
    assert capsys.readouterr().err.startswith("error: ")
    assert not (tmp_path / "absent.cjm").exists()


def test_snapshot_refuses_a_project_open_in_the_app(store, sample, capsys):
    before = digest(sample)
    open_elsewhere = Document.open(store, sample)
    try:
        assert main(["snapshot", str(sample), "--name", "avant"]) == 2
    finally:
        open_elsewhere.close(save=False)
    assert capsys.readouterr().err.count("\n") == 1
    assert digest(sample) == before
