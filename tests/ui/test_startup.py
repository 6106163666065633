"""Start-up, tested in a subprocess as a user launches it: ``main.py FILE.cjm``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SLOW_MODULES = ("qtawesome", "sqlmodel", "sqlalchemy", "reportlab", "pydantic")


def run_app(*args: str) -> subprocess.CompletedProcess:
    """``main.py`` with its arguments; the data folder is the test's own (``CJM_DATA_DIR``, inherited)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CJM_REPORT_FIRST_PAINT": "1"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=60)


def test_the_app_opens_a_file_and_paints(project):
    result = run_app(str(project))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("painted ")


def test_the_app_starts_without_a_file():
    result = run_app()
    assert (result.returncode, result.stdout.split(" ")[0]) == (0, "painted"), result.stderr


def test_the_app_starts_on_a_bad_file_and_keeps_running(tmp_path):
    bad = tmp_path / "faux.cjm"
    bad.write_text("rien à voir")
    result = run_app(str(bad))
    assert (result.returncode, result.stdout.split(" ")[0]) == (0, "painted"), result.stderr


def test_nothing_slow_is_imported_before_the_window_is_shown():
    script = f"import sys, ui.app; print(','.join(m for m in {SLOW_MODULES!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
