"""The two canvases of the compare window: zoom and scroll linked, stage columns aligned."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsView,
)

from ui.compare.compare_scene import CompareScene


class CompareCanvas(QGraphicsView):
    """A read-only view of one side. Ctrl+wheel zooms both sides; fitting fills the width,
    which keeps notes legible (the height scrolls, both sides together)."""

    def __init__(self, scene: CompareScene) -> None:
        super().__init__(scene)
        self.partner: CompareCanvas | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def fit(self) -> None:
        """Fill the view's width with the journey (never past 100 %)."""
        width = self.scene().sceneRect().width()
        scale = min(1.0, (self.viewport().width() - 4) / width) if width > 0 else 1.0
        self.resetTransform()
        self.scale(scale, scale)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.setValue(bar.minimum())  # the headers and the first stages

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            for canvas in (self, self.partner):
                if canvas is not None and 0.05 < canvas.transform().m11() * factor < 4:
                    canvas.scale(factor, factor)
            event.accept()
        else:
            super().wheelEvent(event)
