"""The dock around the « Stage details » panel, and which stage it shows: the stage of the current
cell (the selected note's cell, a clicked cell), or a stage header or lane cell just clicked.

It follows the window's signals, so the window itself knows nothing about it. The panel is built
the first time the dock shows, and filled only while it is visible (or when asked for).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from cjm_desktop.commands.base import Command
from cjm_desktop.model.domain import Journey, Kpi, Stage, StageDetails, Touchpoint
from cjm_desktop.model.ops import Change
from ui.canvas.journey_scene import JourneyScene
from ui.host.feature_dock import FeatureDock
from ui.host.feature_host import FeatureHost

if TYPE_CHECKING:
    from ui.stage_details.stage_panel import StagePanel

translate = QCoreApplication.translate


class StageDock(FeatureDock):
    """The « Stage details » dock of the window, tabbed with the properties dock."""

    def __init__(self, host: FeatureHost, tabify_with: QDockWidget | None = None) -> None:
        super().__init__(host, "stageDock", translate("StageDock", "Stage details"),
                         translate("StageDock", "S&tage details panel"), Qt.DockWidgetArea.RightDockWidgetArea,
                         tabify_with=tabify_with)
        self._panel: StagePanel | None = None
        self._stage_id: int | None = None  # the stage to show, even while the panel is not filled
        self._stale = True  # the panel does not show self._stage_id's current details yet
        self._scenes: list[JourneyScene] = []
        self._last_selection: tuple[int, ...] = ()  # the selected notes last followed
        host.menus.view.addAction(self.toggle)
        host.controller.document_replaced.connect(self._follow_current_scene)
        host.controller.changed.connect(self._changed)
        host.tabs.currentChanged.connect(lambda _index: self._follow_current_scene())
        host.tabs.selection_changed.connect(self._selection_changed)

    @property
    def panel(self) -> StagePanel:
        """The « Stage details » panel, built on first use and filled with the stage to show."""
        if self._panel is None:
            from ui.stage_details.stage_panel import StagePanel  # late: not needed before the first paint

            self._panel = StagePanel(self._run)
            self.setWidget(self._panel)
        if self._stale:
            self._fill()
        return self._panel

    def shown(self) -> None:
        self.panel  # noqa: B018 - builds and fills the panel on its first show

    def _run(self, command: Command, text: str) -> bool:
        """Execute the panel's edit; the panel shows its result even while the dock is hidden."""
        done = self.host.controller.execute(command, text)
        if self._stale:
            self._fill()
        return done

    def _fill(self) -> None:
        doc = self.host.controller.doc
        self._stale = False
        self.panel.show_stage(doc.state if doc else None, self._stage_id)

    def show_stage(self, stage_id: int | None) -> None:
        """Show ``stage_id``'s details (at once when the dock is visible, else when it shows)."""
        if stage_id == self._stage_id and not self._stale:
            return  # already shown as it is
        self._stage_id, self._stale = stage_id, True
        if self.isVisible():
            self._fill()

    def edit_stage(self, stage_id: int) -> None:
        """Show a stage's details and bring the panel forward, ready to type its goal."""
        self.show_stage(stage_id)
        if self.wanted:
            self.show()
            self.raise_()
            self.panel.goal_edit.setFocus()

    # --- following the window ----------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        self._connect_scenes()  # an edit may have recreated the tabs (journeys added or removed)
        if not any(cls in change for cls in (Stage, StageDetails, Kpi, Journey)):
            if Touchpoint in change and self._panel is not None and not self._stale:
                self._panel.show_mean()  # notes only: the stage's mean emotion may have changed, nothing else
            return
        self._stale = True
        if self.isVisible():  # a hidden dock refills when it shows
            self._fill()

    def _connect_scenes(self) -> None:
        scenes = list(self.host.tabs.scenes)
        for scene in scenes:
            if not any(scene is known for known in self._scenes):
                scene.current_cell_changed.connect(lambda cell, s=scene: self._cell_changed(s, cell))
                scene.stage_chosen.connect(lambda stage_id, edit, s=scene: self._stage_chosen(s, stage_id, edit))
        self._scenes = scenes

    def _follow_current_scene(self) -> None:
        self._connect_scenes()
        scene = self.host.tabs.current_scene()
        self.show_stage(scene.current_cell[1] if scene is not None and scene.current_cell else None)

    def _cell_changed(self, scene: JourneyScene, cell: tuple[int | None, int | None]) -> None:
        if scene is self.host.tabs.current_scene() and cell[1] is not None:
            self.show_stage(cell[1])

    def _stage_chosen(self, scene: JourneyScene, stage_id: int, edit: bool) -> None:
        if scene is not self.host.tabs.current_scene():
            return
        if edit:
            self.edit_stage(stage_id)
        else:
            self.show_stage(stage_id)
            if self.isVisible():
                self.raise_()

    def _selection_changed(self) -> None:
        """Follow the notes the user selects — not an edit that re-announces the same selection:
        the stage being edited stays until the user picks another."""
        scene = self.host.tabs.current_scene()
        ids = tuple(scene.selected_ids()) if scene is not None else ()
        if ids == self._last_selection:
            return
        self._last_selection = ids
        if scene is not None and ids and (stage_id := scene.notes[ids[0]].note.stage_id) is not None:
            self.show_stage(stage_id)
