"""Canvas benchmark: what the user waits for on a big journey, against a lean scene of the same size.

For each size (default 2,000, 10,000 and 20,000 notes on one 8 stages × 7 channels journey):

- open: from opening the file to the first paint of the window showing it, against a lean
  QGraphicsScene of as many rounded rectangles + text items shown in a QGraphicsView
  (target: ≤ 2 × the floor at 20,000 notes);
- drop: a note dragged to the next cell and released, timed from the release to the end of the
  repaint that shows it there (the command, its committed transaction, every screen that follows
  the change, the repaint: the events the release posts, processed as the event loop would);
  the floor moves the same item of the lean scene and repaints
  (target: p95 ≤ 16 ms at 2,000 notes, ≤ 33 ms at 20,000);
- key edit: Alt+→ / Alt+← (move the selected note to the next / previous stage) and Ctrl+Z /
  Ctrl+Shift+Z, timed from the key press to the end of the repaint (same targets);
- drag: time per mouse-move event while dragging, repaint included (reported);
- memory: resident set size with the map shown, and per 1,000 notes above the lean scene.

Each measurement runs in a fresh process (imports excluded, both sides alike).
    .venv/bin/python tests/bench/bench_canvas.py [--notes 2000 10000 20000] [--edits 40]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.percentiles import percentile  # noqa: E402

OPEN_BUDGET_20K = 2.0
EDIT_P95_MS = {2_000: 16.0, 20_000: 33.0}  # sizes in between are held to the larger budget


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
    app.installEventFilter(spy)
    widget.show()
    while not Spy.painted:
        app.processEvents()
    app.removeEventFilter(spy)


def build(path: Path, notes: int) -> Path:
    from tests.support.big_files import grid_entities, write_file

    return write_file(path, grid_entities(8, 7, notes))


def child(mode: str, path: str, notes: int, edits: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    import ui.window.main_window  # noqa: F401 - imports are not what this measures

    app = QApplication([])
    start = time.perf_counter()
    if mode == "bare":
        from tests.support.lean_scene import lean_scene

        scene, view = lean_scene(notes)
        widget = view
    else:
        from ui.window.main_window import MainWindow

        widget = MainWindow(path=Path(path))
        widget.resize(1440, 900)
        view = widget.current_view()
        scene = view.scene()
    _first_paint(widget, app)
    opened = time.perf_counter() - start
    if mode != "bare":  # the app's warm-up after the first paint (icons, the writer, the collector) is not measured
        from tests.support.warm_up import warm_up

        warm_up()
    viewport = view.viewport()
    view.setFocus()
    left = Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier

    def settle() -> None:
        """Run what the event loop would: the slots of the change, then the one repaint of what changed
        (QWidget.repaint() would repaint the whole viewport, which no edit asks for)."""
        app.processEvents()

    def top_note_of_column(column: int):
        """The topmost note of the map's ``column``-th stage (or lean column), as (item, view point)."""
        x = view.mapToScene(QPoint(0, 0)).x() + 200 + 232 * column + 116
        candidates = [i for i in scene.items() if i.flags() & i.GraphicsItemFlag.ItemIsMovable
                      and i.sceneBoundingRect().left() <= x <= i.sceneBoundingRect().right()]
        item = min(candidates, key=lambda i: i.sceneBoundingRect().top())
        return item, view.mapFromScene(item.sceneBoundingRect().center())

    # Drag: press on a note, 100 moves (each repainted), release somewhere else.
    item, origin = top_note_of_column(0)
    QTest.mousePress(viewport, left, none, origin)
    drag = []
    for step in range(1, 101):
        target = origin + QPoint(step * 2, step)
        began = time.perf_counter()
        QTest.mouseMove(viewport, target)
        settle()
        drag.append((time.perf_counter() - began) * 1000)
    QTest.mouseRelease(viewport, left, none, target)
    settle()

    # Drop: drag the top note of column 1 or 2 onto the other column, alternately; time the release.
    drops = []
    for k in range(edits):
        item, origin = top_note_of_column(1 + k % 2)
        scene.clearSelection()
        QTest.mousePress(viewport, left, none, origin)
        target = origin + QPoint(232 if k % 2 == 0 else -232, 12)
        for step in (0.3, 0.6, 1.0):
            QTest.mouseMove(viewport, origin + (target - origin) * step)
        settle()
        began = time.perf_counter()
        QTest.mouseRelease(viewport, left, none, target)
        settle()
        drops.append((time.perf_counter() - began) * 1000)

    # Keyboard: select a note, then Alt+→, Alt+←, Ctrl+Z, Ctrl+Shift+Z in turn.
    keys = []
    if mode != "bare":
        item, origin = top_note_of_column(3)
        QTest.mouseClick(viewport, left, none, origin)
        settle()
        alt, ctrl, shift = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier,
                            Qt.KeyboardModifier.ShiftModifier)
        strokes = [(Qt.Key.Key_Right, alt), (Qt.Key.Key_Left, alt), (Qt.Key.Key_Z, ctrl), (Qt.Key.Key_Z, ctrl | shift)]
        for k in range(edits):
            key, mods = strokes[k % 4]
            began = time.perf_counter()
            QTest.keyClick(view if k % 4 < 2 else widget, key, mods)
            settle()
            keys.append((time.perf_counter() - began) * 1000)
    else:  # the floor: move the selected item one column over and back, as the arrows would
        item, _ = top_note_of_column(3)
        for k in range(edits):
            began = time.perf_counter()
            item.moveBy(232 if k % 2 == 0 else -232, 0)
            settle()
            keys.append((time.perf_counter() - began) * 1000)
    memory = rss_mb()
    if mode != "bare":
        widget.controller.close()
    return {"open": opened * 1000, "rss": memory,
            "drag_p50": percentile(drag, .5), "drag_p95": percentile(drag, .95),
            "drop_p50": percentile(drops, .5), "drop_p95": percentile(drops, .95),
            "key_p50": percentile(keys, .5), "key_p95": percentile(keys, .95)}


def run(mode: str, path: Path, notes: int, edits: int) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "CJM_DATA_DIR": tempfile.mkdtemp(dir=path.parent)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run([sys.executable, __file__, "--child", mode, str(path), "--notes", str(notes),
                          "--edits", str(edits)], capture_output=True, text=True, env=env, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"{mode} child failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def budget(notes: int) -> float:
    return EDIT_P95_MS[2_000] if notes <= 2_000 else EDIT_P95_MS[20_000]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, nargs="+", default=[2_000, 10_000, 20_000])
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"))
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], args.child[1], args.notes[0], args.edits)))
        return 0
    ok = True
    platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    print(f"canvas on one 8 × 7 journey, {args.edits} drops and {args.edits} key edits per size, platform {platform}")
    print(f"{'notes':>6} {'':<10} {'open ms':>8} {'drop p50':>9} {'p95':>7} {'key p50':>8} {'p95':>7}"
          f" {'drag p95':>9} {'RSS MB':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for notes in args.notes:
            path = build(Path(tmp) / f"big-{notes}.cjm", notes)
            bare, app = run("bare", path, notes, args.edits), run("app", path, notes, args.edits)
            for name, r in (("lean scene", bare), ("app", app)):
                print(f"{notes:>6} {name:<10} {r['open']:8.0f} {r['drop_p50']:9.2f} {r['drop_p95']:7.2f}"
                      f" {r['key_p50']:8.2f} {r['key_p95']:7.2f} {r['drag_p95']:9.2f} {r['rss']:7.0f}")
            target = budget(notes)
            worst = max(app["drop_p95"], app["key_p95"])
            verdict = "meets" if worst <= target else "MISSES"
            ok &= worst <= target
            line = (f"{notes:>6} ratio      open {app['open'] / bare['open']:.2f}×   edits p95 {worst:.1f} ms"
                    f" (target ≤ {target:.0f} ms: {verdict})   RSS {(app['rss'] - bare['rss']) * 1000 / notes:.1f}"
                    f" MB per 1,000 notes above the lean scene")
            if notes >= 20_000:
                ok &= app["open"] / bare["open"] <= OPEN_BUDGET_20K
                line += f"   open target ≤ {OPEN_BUDGET_20K}×"
            print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
