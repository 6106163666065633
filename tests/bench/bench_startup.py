"""Start-up benchmark: how soon the window is shown and painted, against bare PySide6 floors, and
how responsive it stays during the warm-up that follows the first paint.

Each launch is a fresh process with a fresh data folder (``CJM_DATA_DIR``), from warm bytecode (one
untimed launch of each kind first), the kinds alternating. Times run from ``Popen`` to the moment
the child reports (wall clock, so they include interpreter start-up and every import):

- shown: the main window's first show event (when it is mapped);
- painted: the end of its first paint.

The floors are a bare QMainWindow, and a lean QGraphicsScene of 2,000 rounded rectangles + text in
a QGraphicsView (as in ``bench_canvas.py``). The app (``main.py``) reports through its
``CJM_REPORT_FIRST_PAINT=stall`` hook (``ui/app.py``): it also runs its warm-up for 2 s after the
first paint while a 5 ms timer records the gaps between its ticks, and prints the longest one (the
longest event-loop stall) and when the warm-up ended.

Targets (medians of ``--runs``): an empty project painted in ≤ 1.5 × the bare window; a 2,000-note
project in ≤ 1.3 × the lean scene; no stall over 50 ms in the 2 s after the first paint.

    .venv/bin/python tests/bench/bench_startup.py [--runs 7] [--platform offscreen]

Exits with status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cjm_desktop.commands.new_project import new_project_ops  # noqa: E402
from cjm_desktop.document import Document  # noqa: E402
from cjm_desktop.storage.working import WorkingStore  # noqa: E402
from cjm_desktop.templates import DEFAULT_TEMPLATE  # noqa: E402
from tests.support.sample_project import build  # noqa: E402

EMPTY_BUDGET, BIG_BUDGET, STALL_BUDGET_MS = 1.5, 1.3, 50.0
BIG_NOTES = 2000

# The floors report like the app's hook: ``shown T`` at the window's first show event, ``painted T``
# once the event loop is back from its first paint event (T: time.time()). With a third argument, the
# floor then watches its idle event loop as the app's hook does, for 2 s: what the machine itself
# imposes (other processes, the OS), for comparison with the app's stalls.
FLOOR = """
import sys, time
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Report(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show:
            print(f"shown {time.time():.6f}", flush=True)
        elif event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False


def painted():
    print(f"painted {time.time():.6f}", flush=True)
    if len(sys.argv) < 3:
        app.quit()
        return
    gaps, last = [0.0], [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps[0], last[0] = max(gaps[0], now - last[0]), now

    timer = QTimer(app)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start(5)
    QTimer.singleShot(2000, lambda: (print(f"stall {gaps[0] * 1000:.1f}", flush=True), app.quit()))


def lean_scene(notes):
    # The lean floor of bench_canvas.py: rounded rectangles with wrapped text, in a grid.
    from PySide6.QtGui import QBrush, QColor, QPainterPath
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene, QGraphicsTextItem, QGraphicsView

    scene = QGraphicsScene()
    for i in range(notes):
        path = QPainterPath()
        path.addRoundedRect(0, 0, 208, 88, 8, 8)
        box = QGraphicsPathItem(path)
        box.setBrush(QBrush(QColor("#fff4b8")))
        box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        box.setPos(200 + 232 * (i % 8), 100 + 100 * (i // 8))
        text = QGraphicsTextItem(f"Je compare les offres de trois opérateurs n° {i}", box)
        text.setTextWidth(190)
        text.setPos(8, 8)
        scene.addItem(box)
    view = QGraphicsView(scene)
    return scene, view


app = QApplication(sys.argv[:1])
notes = int(sys.argv[1])
if notes:
    scene, window = lean_scene(notes)
else:
    window = QMainWindow()
window.resize(1440, 900)
report = Report()
window.installEventFilter(report)
window.show()
app.exec()
"""


@dataclass
class Kind:
    """One kind of launch and what its runs measured (ms from launch; stall in ms)."""

    label: str
    command: list[str]
    app: bool
    times: dict[str, list[float]] = field(default_factory=dict)

    def median(self, name: str) -> float | None:
        values = self.times.get(name)
        return statistics.median(values) if values else None


def empty_project(path: Path) -> Path:
    """A new project from the default template, saved as it is: a grid, no notes."""
    with tempfile.TemporaryDirectory() as tmp:
        doc = Document.new(WorkingStore(Path(tmp)), new_project_ops("", DEFAULT_TEMPLATE))
        doc.save(path)
        doc.close()
    return path


def launch(kind: Kind, env: dict[str, str], data: Path) -> dict[str, float]:
    """Launch once (a fresh data folder); return what the child reported, in ms from the launch."""
    env = {**env, "CJM_DATA_DIR": str(data)}
    start = time.time()
    result = subprocess.run(kind.command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"{kind.label} exited with {result.returncode}: {result.stderr[-2000:]}")
    seen: dict[str, float] = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("shown", "painted", "warmed"):
            seen[name] = (float(value) - start) * 1000
        elif name == "stall":
            seen[name] = float(value)
    if "painted" not in seen:
        raise RuntimeError(f"{kind.label} never painted: {result.stderr[-2000:]}")
    if "warmed" in seen:
        seen["warm-up"] = seen.pop("warmed") - seen["painted"]
    return seen


def ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def verdict(label: str, value: float | None, budget: float, unit: str = "×") -> bool:
    """Print one target line; True when it is met."""
    if value is None:
        print(f"  {label}: not measured")
        return False
    met = value <= budget
    shown = f"{value:.2f}×" if unit == "×" else f"{value:.0f} ms"
    limit = f"≤ {budget}×" if unit == "×" else f"≤ {budget:.0f} ms"
    print(f"  {label}: {shown} (target {limit}) {'ok' if met else 'MISSED'}")
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "CJM_REPORT_FIRST_PAINT": "stall"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run from cached bytecode (.pyc)
        empty = empty_project(folder / "vide.cjm")
        big = build(folder / "grand.cjm", notes=BIG_NOTES)
        floor = folder / "floor.py"
        floor.write_text(FLOOR, encoding="utf-8")
        python, app = sys.executable, str(ROOT / "main.py")
        kinds = [
            Kind("bare PySide6 window (floor)", [python, str(floor), "0", "stall"], app=False),
            Kind(f"lean scene, {BIG_NOTES:,} items (floor)", [python, str(floor), str(BIG_NOTES)], app=False),
            Kind("app, no file (start page)", [python, app], app=True),
            Kind("app, empty project", [python, app, str(empty)], app=True),
            Kind(f"app, {BIG_NOTES:,}-note project", [python, app, str(big)], app=True),
        ]
        launches = 0

        def data() -> Path:
            nonlocal launches
            launches += 1
            return folder / f"data-{launches}"

        for kind in kinds:  # untimed: warm the bytecode and the OS file cache
            launch(kind, env, data())
        for _ in range(args.runs):
            for kind in kinds:
                for name, value in launch(kind, env, data()).items():
                    kind.times.setdefault(name, []).append(value)
    bare, lean, start_page, empty_app, big_app = kinds
    print(f"platform {args.platform}; {args.runs} runs of each kind, alternating; medians, in ms from launch")
    print(f"{'':34} {'shown':>7} {'painted':>8} {'stall':>7} {'warm-up':>8}   painted, each run")
    for kind in kinds:
        warm_up = kind.median("warm-up")
        print(f"{kind.label:34} {ms(kind.median('shown')):>7} {ms(kind.median('painted')):>8} "
              f"{ms(kind.median('stall')):>7} {'+' + ms(warm_up) if warm_up is not None else '–':>8}   "
              f"{', '.join(ms(t) for t in kind.times['painted'])}")
    print("stall: the longest event-loop stall in the 2 s after the first paint (the bare window's: an idle loop)")
    print("warm-up: from the first paint to the end of the warm-up (when it ended within the 2 s watched)")

    def ratio(app_kind: Kind, floor_kind: Kind, name: str) -> float | None:
        a, b = app_kind.median(name), floor_kind.median(name)
        return a / b if a is not None and b else None

    print("targets:")
    ok = verdict("empty project painted / bare window painted", ratio(empty_app, bare, "painted"), EMPTY_BUDGET)
    ok &= verdict(f"{BIG_NOTES:,}-note project painted / lean scene painted", ratio(big_app, lean, "painted"),
                  BIG_BUDGET)
    apps = (start_page, empty_app, big_app)
    kind = max(apps, key=lambda k: k.median("stall") or 0.0)
    value = kind.median("stall")
    ok &= verdict(f"longest stall in the 2 s after the first paint (median, worst kind: {kind.label})", value,
                  STALL_BUDGET_MS, unit="ms")
    every = [s for k in apps for s in k.times.get("stall", [])] or [0.0]
    page, empty_shown, big_shown = (ratio(start_page, bare, "painted"), ratio(empty_app, bare, "shown"),
                                    ratio(big_app, lean, "shown"))
    print(f"  for information: start page painted / bare window painted {page or 0:.2f}×; shown ratios: empty "
          f"{empty_shown or 0:.2f}×, {BIG_NOTES:,} notes {big_shown or 0:.2f}×; longest stall of any run "
          f"{max(every):.0f} ms")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
