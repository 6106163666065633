"""A small bar floating above the selected notes with the one-key marks, as whiteboards have: for
whoever holds a mouse rather than the keys (1–4, 0, M, +, −, V)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from ui.canvas.journey_view import JourneyView
from ui.widgets.plain_text import plain_tip


class MarksBar(QFrame):
    """The marks' buttons (the window's own actions: same undo steps, same shortcuts in the tooltips)."""

    GAP = 8  # between the bar and the notes it floats over

    def __init__(self, actions: list[QAction], parent: QWidget) -> None:
        """``parent``: the window (the bar outlives the journeys' views, which come and go)."""
        super().__init__(parent)
        self.setObjectName("marksBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a subclass draws its style sheet so
        self.setStyleSheet("#marksBar { background: white; border: 1px solid #cfd8dc; border-radius: 8px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(0)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the map
            button.setToolTip(plain_tip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})"))
            layout.addWidget(button)
        self.view: JourneyView | None = None
        self.hide()

    def follow(self, view: JourneyView | None) -> None:
        """Float above ``view``'s selected notes; hidden without a selection, during a drag or while typing."""
        scene = view.journey_scene if view is not None and view.scene() is not None else None
        ids = scene.selected_ids() if scene is not None else []
        if view is None or scene is None or not ids or scene.dragging_notes or view.editor.isVisible():
            self.hide()
            return
        if self.view is not view:
            self.view = view
            for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
                bar.valueChanged.connect(lambda _value, v=view: self.follow(v) if self.view is v else None)
        area = QRectF()
        for note_id in ids:
            area = area.united(scene.notes[note_id].sceneBoundingRect())
        viewport = view.viewport()
        on_screen = view.mapFromScene(area).boundingRect()
        self.adjustSize()
        x = max(0, min(on_screen.left(), viewport.width() - self.width()))
        y = on_screen.top() - self.height() - self.GAP
        if y < 0:  # no room above: under the notes
            y = min(on_screen.bottom() + self.GAP, viewport.height() - self.height())
        parent = self.parentWidget()
        self.move(viewport.mapTo(parent, QPoint(int(x), int(y))) if parent is not None else QPoint(int(x), int(y)))
        self.show()
        self.raise_()
