"""``main.py FILE.cjm --participation [--host H] [--port P]``: the app opens the project with participation open
and prints one line, ``participation: http://H:P/j/JOIN_TOKEN``; the URL answers. Loopback only."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"participation: (http://127\.0\.0\.1:(\d+)/j/([A-Za-z0-9_-]{32,}))")


def start(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CJM_REPORT_FIRST_PAINT", None)
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


@pytest.mark.slow
def test_participation_from_the_command_line_prints_the_url_and_it_answers(project):
    app = start(str(project), "--participation", "--host", "127.0.0.1", "--port", "0")
    try:
        assert app.stdout is not None
        line = app.stdout.readline()
        found = LINE.fullmatch(line.rstrip("\n"))
        assert found, (line, app.poll())
        assert int(found.group(2)) > 0  # --port 0 picked a free port
        with urllib.request.urlopen(found.group(1), timeout=10) as page:
            assert page.status == 200 and "text/html" in page.headers["Content-Type"]
    finally:
        app.terminate()
        app.communicate(timeout=30)


def test_participation_without_a_project_says_why_and_ends(tmp_path):
    missing = tmp_path / "absent.cjm"
    app = start(str(missing), "--participation", "--host", "127.0.0.1", "--port", "0")
    out, err = app.communicate(timeout=60)
    assert app.returncode == 2 and out == ""
    assert err.strip().splitlines()[-1].startswith("error: participation needs a project")


def test_a_wrong_port_is_refused_by_the_options(tmp_path):
    app = start(str(tmp_path / "a.cjm"), "--participation", "--port", "70000")
    out, err = app.communicate(timeout=60)
    assert app.returncode == 2 and "--port" in err and out == ""


def test_the_window_is_built_without_the_server_or_the_qr_library():
    """Participation is off until opened: aiohttp and segno load then, never for the first paint."""
    script = ("import sys; from ui.widgets.application import make_app; app = make_app([]); "
              "from ui.window.main_window import MainWindow; window = MainWindow(); "
              "print(sorted(m for m in ('aiohttp', 'segno', 'cjm_desktop.participation.server') if m in sys.modules))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
