"""Canvas benchmark on a 2,000-note journey, against a bare PySide6 floor measured in the same run.

- open: from opening the file to the first paint of the window showing it, against a bare
  QGraphicsScene of 2,000 rounded rectangles + text items shown in a QGraphicsView
  (budget: ≤ 1.5 × the floor);
- drag: time per mouse-move event while dragging a note across the map, repaint included
  (budget: p95 ≤ 8 ms), with the same gesture on the bare scene as the floor;
- memory: resident set size with the map shown, against the floor (reported).

Each measurement runs in a fresh process (imports excluded, both sides alike), alternating
app and floor.   .venv/bin/python tests/bench/bench_canvas.py [--runs 5] [--notes 2000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

OPEN_BUDGET, DRAG_P95_MS = 1.5, 8.0


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def _first_paint(widget, app) -> None:
    """Return once ``widget`` has painted once."""
    from PySide6.QtCore import QEvent, QObject

    class Spy(QObject):
        painted = False

        def eventFilter(self, watched, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                Spy.painted = True
            return False

    spy = Spy()
    widget.installEventFilter(spy)
    widget.show()
    while not Spy.painted:
        app.processEvents()
    widget.removeEventFilter(spy)


def bare_scene(notes: int):
    """The floor: a scene of ``notes`` rounded rectangles with wrapped text, in a grid."""
    from PySide6.QtGui import QBrush, QColor, QPainterPath
    from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene, QGraphicsTextItem, QGraphicsView

    scene = QGraphicsScene()
    for i in range(notes):
        x, y = 232 * (i % 8), 100 * (i // 8)
        path = QPainterPath()
        path.addRoundedRect(0, 0, 208, 88, 8, 8)
        box = QGraphicsPathItem(path)
        box.setBrush(QBrush(QColor("#fff4b8")))
        box.setPos(x, y)
        text = QGraphicsTextItem(f"Je compare les offres de trois opérateurs n° {i}", box)
        text.setTextWidth(190)
        text.setPos(8, 8)
        scene.addItem(box)
    view = QGraphicsView(scene)
    view.resize(1440, 900)
    return scene, view


def child(mode: str, path: str, notes: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import ui.window.main_window  # noqa: F401 - imports are not what this measures

    app = QApplication([])
    start = time.perf_counter()
    if mode == "bare":
        scene, view = bare_scene(notes)
        widget = view
    else:
        from ui.window.main_window import MainWindow

        widget = MainWindow(path=Path(path))
        widget.resize(1440, 900)
        view = widget.current_view()
        scene = view.scene()
    _first_paint(widget, app)
    opened = time.perf_counter() - start
    # Drag the first note across the map: press, 200 moves (each followed by its repaint), release.
    item = min(scene.items(), key=lambda i: (i.scenePos().y(), i.scenePos().x()) if i.zValue() >= 0 else (1e9, 0))
    origin = view.mapFromScene(item.sceneBoundingRect().center())
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, origin)
    times = []
    for step in range(1, 201):
        target = origin + QPointF(step * 4, step * 2).toPoint()
        began = time.perf_counter()
        QTest.mouseMove(viewport, target)
        viewport.repaint()  # the repaint the move causes, done now so it is timed
        times.append((time.perf_counter() - began) * 1000)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    app.processEvents()
    memory = rss_mb()
    if mode != "bare":
        widget.controller.close()
    times.sort()
    return {"open": opened, "drag_p50": times[len(times) // 2], "drag_p95": times[int(len(times) * 0.95)],
            "rss": memory}


def run(mode: str, path: Path, notes: int) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "CJM_DATA_DIR": str(path.parent / "data")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(path), "--notes", str(notes)],
                         capture_output=True, text=True, env=env, check=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"))
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], args.child[1], args.notes)))
        return 0
    from tests.support.sample_project import build

    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp) / "big.cjm", notes=args.notes)
        results = {"bare": [], "app": []}
        for _ in range(args.runs):
            for mode in ("bare", "app"):
                results[mode].append(run(mode, path, args.notes))
    median = {mode: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for mode, rs in results.items()}
    bare, app = median["bare"], median["app"]
    open_ratio = app["open"] / bare["open"]
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(f"{args.notes} notes, {args.runs} runs each (medians), platform {platform}")
    print(f"open to first paint : app {app['open'] * 1000:6.0f} ms   bare scene {bare['open'] * 1000:6.0f} ms"
          f"   ratio {open_ratio:.2f} (budget {OPEN_BUDGET})")
    print(f"drag, per move      : app p50 {app['drag_p50']:.2f} ms, p95 {app['drag_p95']:.2f} ms"
          f"   bare p50 {bare['drag_p50']:.2f}, p95 {bare['drag_p95']:.2f} ms   (budget p95 {DRAG_P95_MS} ms)")
    print(f"memory (RSS)        : app {app['rss']:.0f} MB   bare scene {bare['rss']:.0f} MB"
          f"   ratio {app['rss'] / bare['rss']:.2f}")
    return 0 if open_ratio <= OPEN_BUDGET and app["drag_p95"] <= DRAG_P95_MS else 1


if __name__ == "__main__":
    sys.exit(main())
