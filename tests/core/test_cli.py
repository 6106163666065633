"""The command line: new, info, check, and its error contract."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cjm_desktop.storage.schema import SCHEMA_VERSION
from main import main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=cwd, timeout=60)


@pytest.mark.parametrize(
    ("template", "stages"), [("parcours-en-8", 8), ("10-etapes", 10), ("3-phases", 3), ("blank", 1)]
)
def test_new_builds_one_current_journey_from_the_template(tmp_path, capsys, template, stages):
    path = tmp_path / "atelier.cjm"
    assert main(["new", str(path), "--template", template, "--title", "Atelier « Fidélité » 😀"]) == 0
    assert main(["info", str(path)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["title"] == "Atelier « Fidélité » 😀"
    assert info["schema_version"] == SCHEMA_VERSION
    [journey] = info["journeys"]
    assert (journey["kind"], journey["stages"], journey["touchpoints"]) == ("current", stages, 0)
    assert journey["persona"] is None
    assert journey["channels"] == (1 if template == "blank" else 8)


def test_new_defaults_to_the_8_step_journey(tmp_path, capsys):
    path = tmp_path / "a.cjm"
    main(["new", str(path)])
    main(["info", str(path)])
    assert json.loads(capsys.readouterr().out)["journeys"][0]["stages"] == 8


def test_new_never_overwrites_a_file(tmp_path, capsys):
    path = tmp_path / "a.cjm"
    path.write_text("précieux")
    assert main(["new", str(path)]) == 2
    assert path.read_text() == "précieux"
    assert capsys.readouterr().err.startswith("error: ")


def test_check_says_ok(tmp_path, capsys):
    path = tmp_path / "a.cjm"
    main(["new", str(path)])
    assert main(["check", str(path)]) == 0
    assert capsys.readouterr().out == "ok\n"


@pytest.mark.parametrize(
    "args",
    [
        ["check", "missing.cjm"],
        ["info", "missing.cjm"],
        ["check"],
        ["new", "a.cjm", "--template", "nope"],
        ["new", "no-such-folder/a.cjm"],
        ["frobnicate", "a.cjm"],
        ["info", "main.py"],
    ],
)
def test_every_error_is_one_line_and_status_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_check_of_a_wrong_file_leaves_it_byte_for_byte(tmp_path):
    path = tmp_path / "notes.cjm"
    path.write_bytes("Je ne suis pas un projet <&> 😀".encode())
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run("check", str(path))
    assert (result.returncode, result.stdout) == (2, "")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_cjm_script_is_the_same_program(tmp_path):
    script = Path(sys.executable).parent / "cjm"
    path = tmp_path / "a.cjm"
    assert subprocess.run([script, "new", str(path)], timeout=60).returncode == 0
    assert subprocess.run([script, "check", str(path)], capture_output=True, text=True, timeout=60).stdout == "ok\n"
