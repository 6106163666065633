"""Issue 13, item 9: inputs the command line and the CSV reader must refuse (or defuse) clearly.

- ``cjm new --title`` follows the rules of every edit: a title the app would refuse creates nothing;
- ``import --from`` a missing file, a folder or a pipe says so in one line, and never blocks;
- a CSV cell longer than a project can hold names the real limit (100,000 characters);
- a cell a spreadsheet would run as a formula once it trims leading blanks is guarded, exactly.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cjm_desktop.interop.csv.spreadsheet import guard, runs_as_formula, unguard
from cjm_desktop.interop.files import read_import
from cjm_desktop.interop.model import MAX_TEXT, ImportRefused
from cjm_desktop.model.limits import SHORT_TEXT
from main import main

ROOT = Path(__file__).resolve().parents[2]
HEADER = "journey,kind,persona,stage,phase,channel,text,evaluation,moment_of_truth,emotion,departments,votes,comment"


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          timeout=timeout)


def one_error_line(result: subprocess.CompletedProcess) -> str:
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1, result.stderr
    assert "unexpected failure" not in result.stderr
    return result.stderr


# --- cjm new --------------------------------------------------------------------------------------


def test_new_refuses_a_title_the_app_would_refuse_and_creates_nothing(tmp_path, capsys, data_dir):
    path = tmp_path / "atelier.cjm"
    assert main(["new", str(path), "--title", "x" * (SHORT_TEXT + 1)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("error: ") and error.count("\n") == 1 and "2,000 characters" in error
    assert not path.exists() and not list(tmp_path.glob(".*"))
    assert not list((data_dir / "working").glob("*"))  # no working copy left behind either


def test_new_accepts_the_longest_title(tmp_path, capsys):
    path = tmp_path / "atelier.cjm"
    assert main(["new", str(path), "--title", "x" * SHORT_TEXT]) == 0
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out == "ok\n"


# --- import --from what is not a file ---------------------------------------------------------------


def test_import_from_a_missing_file_says_it_does_not_exist(tmp_path):
    error = one_error_line(run("import", str(tmp_path / "p.cjm"), "--from", str(tmp_path / "absent.csv")))
    assert "absent.csv does not exist" in error
    assert not (tmp_path / "p.cjm").exists()


def test_import_from_a_folder_says_it_is_a_folder(tmp_path):
    (tmp_path / "dossier.csv").mkdir()
    error = one_error_line(run("import", str(tmp_path / "p.cjm"), "--from", str(tmp_path / "dossier.csv")))
    assert "dossier.csv is a folder" in error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_import_from_a_pipe_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "tube.csv")  # nobody ever writes to it: opening it for reading would wait forever
    error = one_error_line(run("import", str(tmp_path / "p.cjm"), "--from", str(tmp_path / "tube.csv"), timeout=30))
    assert "tube.csv is not a regular file" in error


def test_a_symlink_to_a_pipe_is_refused_too(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are a POSIX thing")
    os.mkfifo(tmp_path / "tube")
    (tmp_path / "lien.csv").symlink_to(tmp_path / "tube")
    error = one_error_line(run("import", str(tmp_path / "p.cjm"), "--from", str(tmp_path / "lien.csv"), timeout=30))
    assert "is not a regular file" in error


# --- a CSV cell over the limit --------------------------------------------------------------------


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("size", [MAX_TEXT + 2, 131_073, 1_000_000])
@pytest.mark.parametrize("form", ["rows", "matrix"])
def test_a_cell_over_the_limit_is_refused_naming_the_real_limit(tmp_path, size, form):
    long = "é" * size
    text = (f"{HEADER}\nP,,,A,,W,\"{long}\",,,,,,\n" if form == "rows" else f";A\nWeb;\"{long}\"\n")
    with pytest.raises(ImportRefused) as refused:
        read_import(write(tmp_path, "long.csv", text))
    [problem] = refused.value.problems
    assert (problem.code, problem.line, problem.values["limit"]) == ("too_long", 2, MAX_TEXT)
    assert "longer than 100000 characters" in str(refused.value)
    assert "field limit" not in str(refused.value) and "131072" not in str(refused.value)


def test_the_command_line_names_the_limit_of_a_megabyte_cell(tmp_path):
    path = write(tmp_path, "long.csv", f"{HEADER}\nP,,,A,,W,\"{'x' * 1_000_000}\",,,,,,\n")
    error = one_error_line(run("import", str(tmp_path / "p.cjm"), "--from", str(path)))
    assert "Line 2: the cell is longer than 100000 characters" in error


@pytest.mark.parametrize("column", ["text", "comment"])
def test_a_note_of_the_longest_length_is_imported_whole(tmp_path, column):
    cells = {"text": "x", "comment": ""} | {column: "=" + "y" * (MAX_TEXT - 1)}  # guarded: one character more
    text = f"{HEADER}\nP,,,A,,W,\"{guard(cells['text'])}\",,,,,,\"{guard(cells['comment'])}\"\n"
    [journey] = read_import(write(tmp_path, "long.csv", text)).journeys
    assert getattr(journey.notes[0], column) == cells[column]


# --- the formula guard ----------------------------------------------------------------------------

BLANKS = [" ", "  ", "\u00a0", "\u2007", "\u202f", "\u3000", "\u200b", "\ufeff", "\n", " \u00a0\t"]


@pytest.mark.parametrize("blank", BLANKS)
@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_a_formula_after_leading_blanks_is_guarded(blank, start):
    cell = f"{blank}{start}cmd|' /C calc'!A0"
    assert runs_as_formula(cell)
    assert guard(cell) == "'" + cell and unguard(guard(cell)) == cell


@pytest.mark.parametrize("cell", ["", " ", "Je paie", " Je paie", "a=b", "\u00a0x", "'", "' x", "’=x"])
def test_ordinary_cells_are_left_as_they_are(cell):
    assert guard(cell) == cell == unguard(cell)


@pytest.mark.parametrize("cell", ["'=x", "' =x", "'\u00a0=x", "''", "'' =x"])
def test_a_cell_that_looks_guarded_is_guarded_again_so_it_survives(cell):
    assert guard(cell) == "'" + cell and unguard(guard(cell)) == cell


TRICKY = st.text(st.sampled_from(["=", "+", "-", "@", "'", " ", "\u00a0", "\t", "\r", "\n", "\u200b", "a", "é"]),
                 max_size=6)


@given(TRICKY)
def test_guard_then_unguard_gives_the_cell_back_exactly(cell):
    assert unguard(guard(cell)) == cell


@given(TRICKY)
def test_a_guarded_cell_never_runs_as_a_formula(cell):
    assert not runs_as_formula(guard(cell))
