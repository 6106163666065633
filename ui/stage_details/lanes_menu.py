"""View › Lanes: the stage-detail lanes the current journey shows on its canvas, one checkable
action each. A choice is a view setting saved in the journey (``SetLanes`` through
``DocumentController.set_view``): it persists, and is not an undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cjm_desktop.commands.stage_details import SetLanes, toggled_lanes
from cjm_desktop.model.domain import LANES, Journey
from cjm_desktop.queries.emotions import emotion_curve
from ui.canvas.lanes_item import LANE_TITLES
from ui.host.feature_host import FeatureHost

translate = QCoreApplication.translate


class LanesMenu(QMenu):
    """One checkable action per lane, for the journey of the current tab."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(translate("LanesMenu", "&Lanes"), host.parent_widget())
        self.host = host
        self.lane_actions: dict[str, QAction] = {}
        for lane in LANES:
            action = self.addAction(translate("Lanes", LANE_TITLES[lane]))
            action.setCheckable(True)
            action.triggered.connect(lambda _checked, name=lane: self.toggle(name))
            self.lane_actions[lane] = action
        self.addSeparator()
        self.show_all = self.addAction(translate("LanesMenu", "Show &all the lanes"), lambda: self.set_all(True))
        self.hide_all = self.addAction(translate("LanesMenu", "&Hide all the lanes"), lambda: self.set_all(False))
        self.aboutToShow.connect(self.refresh)  # only then: edits do no work for a closed menu
        self.refresh()
        host.menus.view.addSeparator()
        host.menus.view.addMenu(self)

    def journey(self) -> Journey | None:
        doc, journey_id = self.host.controller.doc, self.host.current_journey_id()
        return doc.state.get(Journey, journey_id) if doc is not None and journey_id is not None else None

    def refresh(self) -> None:
        """Tick the lanes the current journey shows (all disabled without a journey)."""
        journey = self.journey()
        for action in self.actions():
            action.setEnabled(journey is not None)
        doc = self.host.controller.doc
        no_curve = journey is not None and doc is not None and not emotion_curve(doc.state, journey.id)
        for lane, action in self.lane_actions.items():
            action.setChecked(journey is not None and lane in journey.lanes)
            if lane == "emotion":
                action.setToolTip(translate("LanesMenu", "Hidden until a note or a stage has an emotion")
                                  if no_curve else "")

    def toggle(self, lane: str) -> bool:
        """Show ``lane`` on the current journey if it is hidden, else hide it (a view setting: saved
        with the project, not an undo step)."""
        journey = self.journey()
        if journey is None:
            return False
        on = lane not in journey.lanes
        done = self.host.controller.set_view(SetLanes(journey.id, toggled_lanes(journey.lanes, lane, on)))
        doc = self.host.controller.doc
        if done and on and lane == "emotion" and doc is not None and not emotion_curve(doc.state, journey.id):
            self.host.show_status(
                translate("LanesMenu", "The emotion curve shows as soon as a note or a stage has an emotion."))
        self.refresh()
        return done

    def set_all(self, on: bool) -> bool:
        journey = self.journey()
        if journey is None or journey.lanes == (LANES if on else ()):
            return False
        return self.host.controller.set_view(SetLanes(journey.id, LANES if on else ()))
