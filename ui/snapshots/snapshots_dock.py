"""« Instantanés »: keep the whole project as it is now under a name (« avant l'atelier », « fin de
matinée »), inside the file; then compare a snapshot with now, export it as it was, restore one of its
journeys as a new journey (never over the current work), or delete it.

Taking, restoring and deleting are core commands (``cjm_desktop/commands/snapshots.py``), one undo step
each. Comparing and exporting are flows of sibling features (``ui/compare``, ``ui/files``): the window hands
them over as ``SnapshotFlows``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTime, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from cjm_desktop.model.domain import Journey, ProjectState, Snapshot
from cjm_desktop.model.ops import Change
from cjm_desktop.storage.errors import UnexpectedContent
from ui.host.feature_dock import FeatureDock
from ui.host.feature_host import FeatureHost
from ui.widgets.journey_labels import journey_label
from ui.widgets.plain_text import fill

if TYPE_CHECKING:
    from ui.snapshots.snapshots_panel import SnapshotsPanel

translate = QCoreApplication.translate
TAKE_SHORTCUT = "Ctrl+Shift+P"  # P: « Prendre un instantané » (a photo of the project)


class SnapshotFlows(Protocol):
    """What the window does for the snapshots with its other features (the main window provides it)."""

    def export_snapshot(self, state: ProjectState, snapshot: Snapshot, pdf: bool) -> bool:
        """Exporter… (``pdf``: Exporter en PDF…) with ``state``, the project as ``snapshot`` holds it (a PDF
        prints its name and time on the maps)."""
        ...

    def compare_snapshot(self, state: ProjectState, journey_id: int, name: str, taken: str) -> QWidget | None:
        """Open the compare window: journey ``journey_id`` of ``state`` (snapshot ``name``, taken at ``taken``)
        beside the same journey now."""
        ...


class SnapshotsDock(FeatureDock):
    """The project's snapshots, and « Fichier › Prendre un instantané… »."""

    def __init__(self, host: FeatureHost, flows: SnapshotFlows, tabify_with: QDockWidget | None = None,
                 file_position: QAction | None = None) -> None:
        """``file_position``: the File menu entry « Prendre un instantané… » goes before it (else last)."""
        super().__init__(host, "snapshotsDock", translate("SnapshotsDock", "Snapshots"),
                         translate("SnapshotsDock", "S&napshots panel"), Qt.DockWidgetArea.RightDockWidgetArea,
                         wanted=False, tabify_with=tabify_with, tabify_when_shown=True,
                         icon_name="snapshot")
        self.flows = flows
        self._panel: SnapshotsPanel | None = None  # built on first use
        self.compare_windows: dict[tuple[int, int], QWidget] = {}
        self._read: tuple[int, ProjectState] | None = None  # the last snapshot read (a snapshot never changes)
        self.take = QAction(translate("SnapshotsDock", "Ta&ke a snapshot…"), self)
        self.take.setShortcut(QKeySequence(TAKE_SHORTCUT))
        self.take.setProperty("icon_name", "snapshot")
        self.take.triggered.connect(self.take_snapshot)
        if file_position is not None:
            host.menus.file.insertAction(file_position, self.take)
        else:
            host.menus.file.addAction(self.take)
        host.menus.view.addAction(self.toggle)
        host.controller.document_replaced.connect(self._document_replaced_here)
        host.controller.changed.connect(self._on_change)
        self._document_replaced_here()

    # --- the list -------------------------------------------------------------------------------
    @property
    def panel(self) -> SnapshotsPanel:
        """The list and its buttons, built on first use."""
        if self._panel is None:
            from ui.snapshots.snapshots_panel import SnapshotsPanel  # not needed for the first paint

            panel = self._panel = SnapshotsPanel()
            if self.host.icons_loaded:
                panel.load_icons()
            panel.take_requested.connect(self.take_snapshot)
            panel.compare_requested.connect(self.compare)
            panel.export_requested.connect(self.export)
            panel.restore_requested.connect(self.restore)
            panel.delete_requested.connect(self.delete)
            panel.journeys_of = self.journeys_of
            self.set_content(panel)
            self.refresh()
        return self._panel

    def shown(self) -> None:
        self.panel  # noqa: B018 - builds and fills the panel on its first show

    def refresh(self) -> None:
        doc = self.host.controller.doc
        if self._panel is not None:
            from cjm_desktop.storage.snapshots import snapshots  # not needed for the first paint

            self._panel.show_snapshots(snapshots(doc.state) if doc is not None else [])

    def _document_replaced_here(self) -> None:
        self._read = None
        self.take.setEnabled(self.host.controller.doc is not None)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if Snapshot in change:
            if self._read is not None and self._read[0] in change.ids(Snapshot):  # its id may be reused
                self._read = None
            self.refresh()

    # --- reading a snapshot -----------------------------------------------------------------------
    def snapshot(self, snapshot_id: int) -> Snapshot | None:
        doc = self.host.controller.doc
        return doc.state.get(Snapshot, snapshot_id) if doc is not None else None

    def read(self, snapshot_id: int, report: bool = True) -> ProjectState | None:
        """The project as the snapshot holds it; None when it is gone or cannot be read (said, if ``report``)."""
        doc, snapshot = self.host.controller.doc, self.snapshot(snapshot_id)
        if doc is None or snapshot is None:
            return None
        if self._read is not None and self._read[0] == snapshot_id:
            return self._read[1]
        from cjm_desktop.storage.snapshots import read_snapshot  # not needed for the first paint

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # about a second for 20,000 notes
        try:
            state = read_snapshot(doc.state, snapshot_id)
        except UnexpectedContent as error:
            if report:
                self.host.show_failure(fill(self.tr("The snapshot « %1 » is damaged: it can be neither compared, "
                                                    "exported nor restored."), snapshot.name), str(error))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self._read = (snapshot_id, state)
        return state

    def journeys_of(self, snapshot_id: int) -> list[tuple[int, str]]:
        """The journeys of a snapshot, as (id, label), for « Restaurer comme nouveau parcours »."""
        state = self.read(snapshot_id, report=False)
        if state is None:  # said once the menu is closed (a box over an open menu would be lost)
            QTimer.singleShot(0, lambda: self.read(snapshot_id))
            return []
        return [(j.id, journey_label(j)) for j in state.journeys]

    # --- gestures ---------------------------------------------------------------------------------
    def take_snapshot(self) -> int | None:
        """« Prendre un instantané… »: ask a name (« Instantané 10:30 »), then keep the project under it."""
        doc = self.host.controller.doc
        if doc is None:
            return None
        self.host.tabs.commit_editors()
        default = self.tr("Snapshot %1").replace("%1", QTime.currentTime().toString("HH:mm"))
        name = self.host.prompts.ask_text(self.host.parent_widget(), self.tr("Take a snapshot"),
                                          self.tr("Name of the snapshot (the project as it is now is kept in "
                                                  "the file under this name):"), default)
        if name is None:
            return None
        from cjm_desktop.commands.snapshots import TakeSnapshot  # not needed for the first paint

        command = TakeSnapshot(name)
        if not self.host.controller.execute(command, self.tr("Take the snapshot « %1 »").replace("%1", command.name)):
            return None
        snapshot = doc.state.of(Snapshot)[command.created_id] if command.created_id is not None else None
        if snapshot is not None:
            self.host.show_status(translate("SnapshotsDock", "Snapshot « %1 » taken: %n note(s).", "",
                                            snapshot.note_count).replace("%1", snapshot.name))
        if self._panel is not None:
            self._panel.select(command.created_id)
        return command.created_id

    def compare(self, snapshot_id: int) -> QWidget | None:
        """« Comparer avec maintenant »: the journey on screen as the snapshot holds it, beside it now (or the
        first journey of the snapshot that still exists)."""
        doc, snapshot = self.host.controller.doc, self.snapshot(snapshot_id)
        then = self.read(snapshot_id)
        if doc is None or snapshot is None or then is None:
            return None
        on_screen = self.host.current_journey_id()
        journey_id = on_screen if then.get(Journey, on_screen) is not None else next(
            (j.id for j in then.journeys if doc.state.get(Journey, j.id) is not None), None)
        if journey_id is None:
            self.host.show_status(fill(self.tr("No journey of the snapshot « %1 » exists any more: restore one as "
                                               "a new journey to see it."), snapshot.name))
            return None
        key = (snapshot_id, journey_id)
        window = self.compare_windows.get(key)
        if window is None:
            window = self.flows.compare_snapshot(then, journey_id, snapshot.name, _when(snapshot.created_at))
            if window is None:
                return None
            self.compare_windows[key] = window
            window.destroyed.connect(lambda *_args, k=key: self.compare_windows.pop(k, None))
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def export(self, snapshot_id: int, pdf: bool) -> bool:
        """« Exporter… »: the snapshot as it was, as a spreadsheet, OpenJourney, Mermaid or PDF file."""
        snapshot, then = self.snapshot(snapshot_id), self.read(snapshot_id)
        if snapshot is None or then is None:
            return False
        return self.flows.export_snapshot(then, snapshot, pdf)

    def restore(self, snapshot_id: int, journey_id: int) -> int | None:
        """« Restaurer comme nouveau parcours »: ask a name, then copy the journey in as a new journey."""
        snapshot, then = self.snapshot(snapshot_id), self.read(snapshot_id)
        journey = then.get(Journey, journey_id) if then is not None else None
        if snapshot is None or journey is None:
            return None
        name = self.host.prompts.ask_text(
            self.host.parent_widget(), self.tr("Restore as a new journey"),
            fill(self.tr("Name of the new journey (a copy of « %1 » as the snapshot « %2 » holds it):"),
                 journey.name, snapshot.name),
            fill(self.tr("%1 (%2)"), journey.name, snapshot.name))
        if name is None:
            return None
        from cjm_desktop.commands.snapshots import RestoreJourney  # not needed for the first paint

        command = RestoreJourney(snapshot_id, journey_id, name)
        if not self.host.controller.execute(command, self.tr("Restore « %1 »").replace("%1", command.name)):
            return None
        self.host.show_journey(command.created_id)
        return command.created_id

    def delete(self, snapshot_id: int) -> bool:
        """« Supprimer », once confirmed (Undo brings it back)."""
        snapshot = self.snapshot(snapshot_id)
        if snapshot is None:
            return False
        question = fill(self.tr("Delete the snapshot « %1 » (%2)? Undo brings it back."), snapshot.name,
                        _when(snapshot.created_at))
        if not self.host.prompts.confirm_destructive(self.host.parent_widget(), question, self.tr("Delete")):
            return False
        from cjm_desktop.commands.snapshots import DeleteSnapshot  # not needed for the first paint

        return self.host.controller.execute(DeleteSnapshot(snapshot_id),
                                            self.tr("Delete the snapshot « %1 »").replace("%1", snapshot.name))


def _when(created_at: str) -> str:
    from ui.snapshots.snapshots_panel import when  # not needed for the first paint

    return when(created_at)
