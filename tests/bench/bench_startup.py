"""Start-up benchmark: time to the first paint of ``main.py FILE.cjm`` against a bare PySide6
QMainWindow, launched alternately in fresh processes on the same machine.

Each child prints a line at the first paint event of its main window (the app does so when
``CJM_REPORT_FIRST_PAINT=1``) and quits; the time is the wall time from ``Popen`` to that line,
so it includes interpreter start-up and every import. The budget: app ≤ 1.5 × bare.

    .venv/bin/python tests/bench/bench_startup.py [--runs 7] [--platform offscreen]

Exits with status 1 when the median ratio is over budget.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.sample_project import build  # noqa: E402

BUDGET = 1.5
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1440, 900)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""


def time_to_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launching ``command`` to its ``painted`` line (the child then exits)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("painted"):
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} never painted: {child.stderr.read() if child.stderr else ''}")
    child.communicate(timeout=60)
    if child.returncode != 0:
        raise RuntimeError(f"{command} exited with {child.returncode}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "CJM_REPORT_FIRST_PAINT": "1",
               "CJM_DATA_DIR": str(folder / "data")}
        # Measure what users get: an installed app runs from cached bytecode (.pyc).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        project = build(folder / "atelier.cjm")
        bare_script = folder / "bare.py"
        bare_script.write_text(BARE)
        bare_cmd = [sys.executable, str(bare_script)]
        app_cmd = [sys.executable, str(ROOT / "main.py"), str(project)]
        time_to_paint(bare_cmd, env), time_to_paint(app_cmd, env)  # warm the OS file cache
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(time_to_paint(bare_cmd, env))
            app.append(time_to_paint(app_cmd, env))
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    ratio = app_median / bare_median
    print(f"platform {args.platform}, {args.runs} alternating runs, time from launch to first paint")
    print(f"bare PySide6 window : median {bare_median * 1000:6.0f} ms  ({', '.join(f'{t * 1000:.0f}' for t in bare)})")
    print(f"main.py atelier.cjm : median {app_median * 1000:6.0f} ms  ({', '.join(f'{t * 1000:.0f}' for t in app)})")
    print(f"ratio {ratio:.2f} (budget {BUDGET})")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
