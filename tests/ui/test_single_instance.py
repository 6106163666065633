"""One running app: a second launch hands its file to the first and exits; the first shows it in a window.

The processes are real (``main.py`` as a user launches it), with the test's own data folder, so the local
socket is the test's own too. ``CJM_REPORT_WINDOWS`` (``ui/app.py``) makes the running app print
``showing PATH`` each time a window shows a project, and a launch that handed over print ``handed over``.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from ui.single_instance import InstanceServer, Windows, hand_over, server_name
from ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
HAND_OVER_LIMIT_S = 3.0


def launch(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CJM_REPORT_WINDOWS": "1"}
    env.pop("CJM_REPORT_FIRST_PAINT", None)
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)


class Lines:
    """The lines a process prints, read by a thread, waited for with a deadline."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: queue.Queue[str] = queue.Queue()
        assert process.stdout is not None
        stdout = process.stdout
        self.reader = threading.Thread(target=lambda: [self.lines.put(line.strip()) for line in stdout], daemon=True)
        self.reader.start()

    def wait_for(self, wanted: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        seen = []
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if line == wanted:
                return
            seen.append(line)
        raise AssertionError(f"never printed {wanted!r}; printed {seen}")


@pytest.fixture
def running(project: Path) -> Iterator[tuple[subprocess.Popen[str], Lines]]:
    first = launch(str(project))
    lines = Lines(first)
    try:
        lines.wait_for(f"showing {project.resolve()}")
        yield first, lines
    finally:
        first.kill()  # the process this test started, by its handle
        first.wait(10)
        lines.reader.join(10)  # the pipe ended with the process
        assert first.stdout is not None
        first.stdout.close()


def test_a_second_launch_hands_its_file_over_and_exits_within_3_s(running, project, tmp_path):
    _first, lines = running
    other = tmp_path / "B.cjm"
    shutil.copy(project, other)
    started = time.monotonic()
    second = subprocess.run([sys.executable, str(ROOT / "main.py"), str(other)], capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "CJM_REPORT_WINDOWS": "1"},
                            cwd=ROOT, timeout=30)
    elapsed = time.monotonic() - started
    assert (second.returncode, second.stdout.strip()) == (0, "handed over"), second.stderr
    assert elapsed <= HAND_OVER_LIMIT_S
    lines.wait_for(f"showing {other.resolve()}", timeout=20)


def test_a_file_already_open_is_not_opened_twice(qtbot, data_dir, french, project):
    windows = Windows(lambda path: MainWindow(path=path))
    first = windows.add(MainWindow(path=project))
    qtbot.addWidget(first)
    first.show()
    assert windows.open(project) is first
    assert windows.windows == [first]


def test_a_handed_over_file_opens_in_a_new_window(qtbot, data_dir, french, project, tmp_path):
    other = tmp_path / "other.cjm"
    shutil.copy(project, other)
    windows = Windows(lambda path: MainWindow(path=path))
    first = windows.add(MainWindow(path=project))
    qtbot.addWidget(first)
    first.show()
    server = InstanceServer(name=server_name(tmp_path), parent=first)
    assert server.listen()
    server.paths_received.connect(windows.open_paths)
    with qtbot.waitSignal(windows.window_opened, timeout=10_000) as opened:
        threading.Thread(target=hand_over, args=([other], server.name), daemon=True).start()
    new = opened.args[0]
    try:
        assert new is not first and new.controller.doc.path == other.resolve()
        assert first.controller.doc.path == project.resolve()
    finally:
        server.close()
        close_new_window(qtbot, windows, new)


def close_new_window(qtbot, windows: Windows, window: MainWindow) -> None:
    """A window the app opened deletes itself once closed, and the list forgets it."""
    window.close()
    qtbot.waitUntil(lambda: window not in windows.windows)


def test_a_file_open_event_opens_the_file(qtbot, data_dir, french, project, qapp):
    windows = Windows(lambda path: MainWindow(path=path))
    qapp.installEventFilter(windows)
    try:
        with qtbot.waitSignal(windows.window_opened) as opened:
            QApplication.sendEvent(qapp, QFileOpenEvent(QUrl.fromLocalFile(str(project))))
        assert opened.args[0].controller.doc.path == project.resolve()
        close_new_window(qtbot, windows, opened.args[0])
    finally:
        qapp.removeEventFilter(windows)


def test_without_a_running_app_nothing_is_handed_over(qapp, tmp_path):
    assert not hand_over([tmp_path / "x.cjm"], server_name(tmp_path))


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave nothing behind")
def test_a_socket_left_by_a_crashed_app_is_taken_over(qapp, tmp_path):
    name = server_name(tmp_path)
    left = Path(tempfile.gettempdir()) / name  # where Qt puts a Unix socket with a plain name
    left.write_bytes(b"")  # what a crash leaves: a socket file nobody listens on
    server = InstanceServer(name=name)
    try:
        assert server.listen()
    finally:
        server.close()
        left.unlink(missing_ok=True)


def test_a_running_app_keeps_its_name(qapp, tmp_path):
    running = InstanceServer(name=server_name(tmp_path))
    assert running.listen()
    assert not InstanceServer(name=running.name).listen()
    running.close()


def test_the_name_depends_on_the_user_and_the_data_folder(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
