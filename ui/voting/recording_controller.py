"""Recording votes on the map: while it is on, a click on a note is one dot of the current participant,
Shift+click or a right-click takes one back, and nothing else happens to the note (no drag, no
selection, no editor, no menu). Escape stops recording; Page Down / Page Up go to the next / previous
participant. The middle button and the wheel still pan and zoom.

It watches the journeys' views with an event filter only while recording (so the canvas does not know
about it, and costs nothing the rest of the time) and says what was clicked; the dock decides."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from cjm_desktop.model.domain import Touchpoint
from ui.canvas.journey_view import JourneyView
from ui.canvas.note_item import NoteItem
from ui.host.journey_tabs import JourneyTabs

CLICKS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
BUTTONS = Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton


def note_at(view: JourneyView, pos: QPoint) -> int | None:
    """The id of the note under ``pos`` (viewport coordinates), or None."""
    return next((item.note.id for item in view.items(pos) if isinstance(item, NoteItem)), None)


class RecordingController(QObject):
    """Turns clicks on notes into dot requests while ``active``."""

    dot_requested = Signal(object, int)  # (Touchpoint, note id), +1 or -1
    stop_requested = Signal()  # Escape on the map
    participant_step_requested = Signal(int)  # +1: the next participant, -1: the previous one

    def __init__(self, tabs: JourneyTabs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.active = False
        self._watched: dict[int, QWidget] = {}  # id -> the views and viewports filtered
        tabs.currentChanged.connect(lambda _index: self._watch() if self.active else None)

    def start(self) -> None:
        """Clicks on notes cast dots from now on (on every journey's map)."""
        self.active = True
        self._watch()

    def stop(self) -> None:
        """The map is the map again."""
        self.active = False
        for widget in self._alive():
            widget.removeEventFilter(self)
            if not isinstance(widget, JourneyView):
                widget.unsetCursor()
        self._watched = {}

    def _watch(self) -> None:
        """Filter every journey view and its viewport (tabs come and go: called again when they change)."""
        self._watched = {id(widget): widget for widget in self._alive()}
        for editing in self.tabs.editing:
            for widget in (editing.view, editing.view.viewport()):
                if id(widget) not in self._watched:
                    widget.installEventFilter(self)
                    self._watched[id(widget)] = widget
            editing.view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)

    def _alive(self) -> list[QWidget]:
        """The widgets filtered that still exist (a journey closed takes its view along)."""
        return [widget for widget in self._watched.values() if Shiboken.isValid(widget)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.active:
            return False
        if isinstance(watched, JourneyView):
            return isinstance(event, QKeyEvent) and self._key(event)
        view = watched.parent()
        if not isinstance(view, JourneyView) or not isinstance(event, QMouseEvent):
            return event.type() == QEvent.Type.ContextMenu  # no note menu while recording
        return self._mouse(view, event)

    def _mouse(self, view: JourneyView, event: QMouseEvent) -> bool:
        """Left click: a dot; Shift+click or right click: one dot back. Other buttons pass (panning)."""
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            return not event.buttons() & Qt.MouseButton.MiddleButton  # keeps the voting cursor, no drag
        if not event.button() & BUTTONS:
            return False
        if kind in CLICKS and (note_id := note_at(view, event.position().toPoint())) is not None:
            shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            less = event.button() == Qt.MouseButton.RightButton or shifted
            view.setFocus()
            self.dot_requested.emit((Touchpoint, note_id), -1 if less else 1)
        return True

    def _key(self, event: QKeyEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
            event.accept()  # Escape stops recording, whatever the window's shortcuts
            return True
        if event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() == Qt.Key.Key_Escape:
            self.stop_requested.emit()
            return True
        if event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.participant_step_requested.emit(1 if event.key() == Qt.Key.Key_PageDown else -1)
            return True
        return False
