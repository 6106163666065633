"""The join QR code: drawn crisp from segno's matrix, and large on the projector (F5) while participation is open
(F9 hides it and shows it again)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor

from ui.participation.qr_panel import QUIET_ZONE, QrCode, qr_matrix
from ui.present.presentation_view import PresentationView

LOOPBACK = "127.0.0.1"


@pytest.fixture
def presenting(window, project, qtbot):
    """The sample project presented at 1920 × 1080; returns (window, presentation window)."""
    window.open_path(project)
    with qtbot.waitExposed(window):
        window.show()
    PresentationView.duration_ms = 0
    window.presentation.start()
    shown = window.presentation.window
    shown.showNormal()
    shown.resize(1920, 1080)
    qtbot.waitUntil(lambda: shown.view.viewport().width() > 1800)
    yield window, shown
    window.participation.participation.close()
    if window.presentation.window is not None:
        window.presentation.window.close()


def test_the_code_is_drawn_module_by_module_with_its_quiet_zone(qtbot):
    code = QrCode()
    qtbot.addWidget(code)
    url = "http://192.168.1.20:8123/j/" + "x" * 32
    code.set_text(url)
    code.resize(500, 500)
    image = code.grab().toImage()
    matrix, px, rect = qr_matrix(url), code.module_px(), code.code_rect()
    assert px >= 4 and rect.width() == px * (len(matrix) + 2 * QUIET_ZONE)  # whole pixels a module

    def shade(x: int, y: int) -> int:
        return QColor(image.pixel(rect.x() + x * px + px // 2, rect.y() + y * px + px // 2)).lightness()

    side = len(matrix) + 2 * QUIET_ZONE
    for y in range(side):
        for x in range(side):
            inside = QUIET_ZONE <= x < side - QUIET_ZONE and QUIET_ZONE <= y < side - QUIET_ZONE
            dark = inside and matrix[y - QUIET_ZONE][x - QUIET_ZONE]
            assert shade(x, y) == (0 if dark else 255), (x, y)


def test_the_projector_shows_the_join_code_large_while_participation_is_open(presenting, qtbot):
    window, shown = presenting
    corner = shown.corner
    assert corner is not None and corner.isHidden()  # closed: nothing to join
    url = window.participation.open(LOOPBACK, 0)
    qtbot.waitUntil(lambda: not corner.isHidden())
    assert corner.code.text == url
    assert corner.code.module_px() >= 8  # readable from the back of the room
    view = shown.view.rect()
    placed = QRect(corner.pos(), corner.size())
    assert view.contains(placed) and placed.right() > view.width() - 100 and placed.top() < 100  # top right
    window.participation.participation.close()
    assert corner.isHidden()


def test_f9_hides_and_shows_the_join_code_on_the_projector(presenting, qtbot):
    window, shown = presenting
    window.participation.open(LOOPBACK, 0)
    corner = shown.corner
    window.participation.projector_action.trigger()
    assert corner.isHidden()
    window.participation.projector_action.trigger()
    assert not corner.isHidden()
