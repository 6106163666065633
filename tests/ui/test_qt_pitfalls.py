"""Measured PySide6 pitfalls, kept as tests."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

CALLS = 50_000


def test_the_interpreter_is_at_least_3_12():
    # PySide6 6.12 on CPython 3.11 aborts (none_dealloc) after a few thousand void calls.
    assert sys.version_info >= (3, 12)


def test_fifty_thousand_void_qt_calls_do_not_crash(qapp):
    scene = QGraphicsScene()
    item = QGraphicsRectItem(0, 0, 10, 10)
    scene.addItem(item)
    for i in range(CALLS // 2):
        item.setPos(i % 100, i % 50)  # returns None
        item.update()  # returns None
    assert (item.pos().x(), item.pos().y()) == ((CALLS // 2 - 1) % 100, (CALLS // 2 - 1) % 50)
