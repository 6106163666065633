"""The benches' floor for a map: a bare QGraphicsScene of rounded rectangles with wrapped text, in a grid."""

from __future__ import annotations


def lean_scene(notes: int):
    """The floor: a scene of ``notes`` rounded rectangles with wrapped text, in a grid."""
    from PySide6.QtGui import QBrush, QColor, QPainterPath
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene, QGraphicsTextItem, QGraphicsView

    scene = QGraphicsScene()
    for i in range(notes):
        x, y = 200 + 232 * (i % 8), 100 + 100 * (i // 8)
        path = QPainterPath()
        path.addRoundedRect(0, 0, 208, 88, 8, 8)
        box = QGraphicsPathItem(path)
        box.setBrush(QBrush(QColor("#fff4b8")))
        box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        box.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        box.setPos(x, y)
        text = QGraphicsTextItem(f"Je compare les offres de trois opérateurs n° {i}", box)
        text.setTextWidth(190)
        text.setPos(8, 8)
        scene.addItem(box)
    view = QGraphicsView(scene)
    view.resize(1440, 900)
    return scene, view
