"""The compare view: a current journey and its target journey side by side, each target note
marked added, changed, moved or unchanged and each removed current note marked on the left;
a legend with the counts and a list of the differences (the keyboard and screen-reader path).
Selecting a note or a difference selects the pair on both sides.

It is a window of its own, not a tab: the journey tabs are the editable journeys (one editing
object per tab), and a separate window can go full screen on the projector while the
facilitator keeps editing the target journey in the main window; it follows every edit.

It also compares a journey as a snapshot held it (« Instantanés › Comparer avec maintenant », a
``SnapshotSide``) with the same journey now: notes are then matched by id (``compare_snapshot``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.model.domain import Channel, Journey, ProjectState, Stage, Touchpoint
from cjm_desktop.queries.compare import NoteDiff, compare_journeys, compare_snapshot, count_statuses, place_of
from ui.compare.compare_scene import COLORS, SYMBOLS, CompareScene, Mark, field_names
from ui.compare.compare_view import CompareCanvas
from ui.document.document_controller import DocumentController
from ui.widgets.journey_labels import journey_label
from ui.widgets.plain_text import PlainLabel, fill, plain_tip, plain_title

CAPTION_COLORS = {"current": "#546e7a", "target": "#00796b"}


@dataclass(frozen=True)
class SnapshotSide:
    """The « before » side when it is a snapshot: the project as the snapshot holds it, and the snapshot's name
    and time (for the caption)."""

    state: ProjectState
    name: str
    when: str


class CompareWindow(QWidget):
    """Compares ``target_id`` with ``current_id`` in ``controller``'s document, live."""

    def __init__(self, controller: DocumentController, current_id: int, target_id: int,
                 parent: QWidget | None = None, snapshot: SnapshotSide | None = None) -> None:
        """``snapshot``: the current side is journey ``current_id`` of this snapshot, not of the document."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.controller, self.current_id, self.target_id = controller, current_id, target_id
        self.snapshot = snapshot
        self._snapshot_shown = False
        self.diffs: list[NoteDiff] = []
        self._syncing = False
        self._closed = False
        state = self._state()
        self.scenes = {"current": CompareScene(self._before(), current_id), "target": CompareScene(state, target_id)}
        self.canvases = {side: CompareCanvas(scene) for side, scene in self.scenes.items()}
        self._linked = True
        self._link(self.canvases["current"], self.canvases["target"])
        self.captions = {side: PlainLabel() for side in self.scenes}
        self.legend = QLabel()  # rich text: our own markup around counts (see _show_legend), no user text
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.differences = QListWidget()
        self.differences.setWordWrap(True)
        self.differences.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.differences.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 3px 2px; }")
        self.differences.setAccessibleName(self.tr("Differences"))
        self._build()
        for scene in self.scenes.values():
            scene.setParent(self)
            scene.cell_cursor.hide()
            scene.show_icons()  # the window opens after the first paint: qtawesome is loaded
            scene.selectionChanged.connect(self._scene_selection)
        self.differences.currentRowChanged.connect(self._difference_chosen)
        controller.changed.connect(self.refresh)
        controller.document_replaced.connect(self.close)
        self.resize(1600, 900)
        self.refresh()

    def _build(self) -> None:
        panes = self.splitter = QSplitter(Qt.Orientation.Vertical)
        for side in ("current", "target"):
            pane = QWidget()
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            caption = self.captions[side]
            caption.setStyleSheet(f"background: {CAPTION_COLORS[side]}; color: white; font-size: 17px;"
                                  " font-weight: 600; padding: 6px 12px;")
            column.addWidget(caption)
            column.addWidget(self.canvases[side], 1)
            panes.addWidget(pane)
        outer = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(panes)
        side_panel = QWidget()
        side_layout = QVBoxLayout(side_panel)
        side_layout.setContentsMargins(6, 0, 0, 0)
        title = PlainLabel(self.tr("Differences"))
        title.setStyleSheet("font-weight: 600; font-size: 15px; padding: 6px 0;")
        side_layout.addWidget(title)
        side_layout.addWidget(self.differences, 1)
        outer.addWidget(side_panel)
        outer.setStretchFactor(0, 1)
        outer.setSizes([1300, 300])
        bar = QHBoxLayout()
        bar.addWidget(self.legend, 1)
        self.orientation_button = QPushButton(self.tr("Side by side"))
        self.orientation_button.setCheckable(True)
        self.orientation_button.toggled.connect(lambda side_by_side: self.set_stacked(not side_by_side))
        fit = QPushButton(self.tr("Fit"))
        fit.clicked.connect(self.fit)
        self.dim_button = QPushButton(self.tr("Dim unchanged notes"))
        self.dim_button.setCheckable(True)
        self.dim_button.toggled.connect(lambda _on: self._mark())
        bar.addWidget(self.dim_button)
        bar.addWidget(self.orientation_button)
        bar.addWidget(fit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(outer, 1)
        QShortcut(QKeySequence("Ctrl+0"), self, self.fit)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)

    # --- following the document --------------------------------------------------------
    def refresh(self, _change: object = None) -> None:
        """Compare again (after any edit); closes when either journey is gone."""
        doc = self.controller.doc
        before = self._before() if doc else None
        current = before.get(Journey, self.current_id) if before else None
        target = doc.state.get(Journey, self.target_id) if doc else None
        if doc is None or before is None or current is None or target is None:
            self.close()
            return
        state = doc.state
        for side, journey, of in (("current", current, before), ("target", target, state)):
            if of is state or not self._snapshot_shown:  # a snapshot never changes: its side is laid out once
                self.scenes[side].sync(of)
            persona = of.persona_name(journey.persona_id)
            self.captions[side].setText(journey_label(journey) + (f" — {persona}" if persona else ""))
        if self.snapshot is not None:
            self._snapshot_shown = True
            self.captions["current"].setText(fill(self.tr("Snapshot « %1 », %2: %3"), self.snapshot.name,
                                                  self.snapshot.when, self.captions["current"].text()))
            self.setWindowTitle(plain_title(fill(self.tr("Compare « %1 » with the snapshot « %2 »"), target.name,
                                                 self.snapshot.name)))
            self.diffs = compare_snapshot(before, self.current_id, state, self.target_id)
        else:
            self.setWindowTitle(plain_title(fill(self.tr("Compare « %1 » with « %2 »"), target.name, current.name)))
            self.diffs = compare_journeys(state, self.current_id, self.target_id)
        self._mark()
        self._show_legend()
        self._fill_list()

    def _mark(self) -> None:
        current_marks: dict[int, Mark] = {}
        target_marks: dict[int, Mark] = {}
        for diff in self.diffs:
            current, target = diff.current, diff.target
            if target is None:  # "removed": only the current note is left
                if current is not None:
                    current_marks[current.id] = Mark("removed", tooltip=self.describe(diff))
            elif diff.status != "same":  # both notes of the pair, so the eye finds one from the other
                mark = Mark(diff.status, diff.status == "changed" and diff.moved, self.describe(diff))
                target_marks[target.id] = mark
                if current is not None:
                    current_marks[current.id] = mark
            elif self.dim_button.isChecked() and current is not None:
                current_marks[current.id] = target_marks[target.id] = Mark("same")
        self.scenes["current"].set_marks(current_marks)
        self.scenes["target"].set_marks(target_marks)

    def _show_legend(self) -> None:
        counts = count_statuses(self.diffs)
        words = {
            "added": self.tr("%n added", "", counts["added"]),
            "removed": self.tr("%n removed", "", counts["removed"]),
            "changed": self.tr("%n changed", "", counts["changed"]),
            "moved": self.tr("%n moved", "", counts["moved"]),
            "same": self.tr("%n unchanged", "", counts["same"]),
        }
        chips = [
            f'<span style="background:{COLORS[s][1]}; color:{COLORS[s][0]}; font-weight:600;">'
            f"&nbsp;{SYMBOLS[s]}&nbsp;{words[s]}&nbsp;</span>"
            for s in ("added", "removed", "changed", "moved", "same")
        ]
        self.legend.setText('<span style="font-size:17px;">' + " &nbsp;·&nbsp; ".join(chips) + "</span>")
        self.legend.setAccessibleName(" · ".join(words.values()))

    def _fill_list(self) -> None:
        self.differences.blockSignals(True)
        self.differences.clear()
        for index, diff in enumerate(self.diffs):
            note = diff.target or diff.current
            if diff.status == "same" or note is None:
                continue
            item = QListWidgetItem(f"{SYMBOLS[diff.status]}  {note.text}")
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setForeground(QColor(COLORS[diff.status][0]))
            item.setToolTip(plain_tip(self.describe(diff)))
            self.differences.addItem(item)
        self.differences.blockSignals(False)

    def describe(self, diff: NoteDiff) -> str:
        """A sentence for a difference (tooltips and the list)."""
        status = diff.status
        if status == "added":
            return self.tr("Added since the snapshot") if self.snapshot else self.tr("Added in the target journey")
        if status == "removed":
            if self.snapshot is not None:
                return self.tr("Removed since the snapshot")
            return self.tr("Removed from the target journey")
        lines = []
        if diff.changed:
            lines.append(self.tr("Changed: %1").replace("%1", field_names(diff.changed)))
        if diff.moved and diff.current is not None and diff.target is not None:  # a moved note has both
            lines.append(fill(self.tr("Moved from %1 to %2"), self._place(diff.current, self._before()),
                              self._place(diff.target, self._state())))
        return "\n".join(lines)

    def _state(self) -> ProjectState:
        """The state of the compared document (the window closes when the document goes)."""
        doc = self.controller.doc
        if doc is None:
            raise RuntimeError("the compare window needs an open document")
        return doc.state

    def _before(self) -> ProjectState:
        """The state of the current side: the snapshot's, or the document's."""
        return self.snapshot.state if self.snapshot is not None else self._state()

    def _place(self, note: Touchpoint, state: ProjectState) -> str:
        if place_of(state, note) is None:
            return QCoreApplication.translate("CompareView", "« To sort »")
        stage, channel = state.get(Stage, note.stage_id), state.get(Channel, note.channel_id)
        return f"« {stage.name if stage else ''} » / « {channel.name if channel else ''} »"

    # --- selecting a pair ----------------------------------------------------------------
    def pair_of(self, side: str, note_id: int) -> int | None:
        """The note paired with ``note_id`` on the other side, if any."""
        for diff in self.diffs:
            mine, other = (diff.current, diff.target) if side == "current" else (diff.target, diff.current)
            if mine is not None and mine.id == note_id:
                return other.id if other is not None else None
        return None

    def select_diff(self, diff: NoteDiff) -> None:
        """Select both notes of a difference and bring them into view."""
        self._syncing, self._linked = True, False
        try:
            for side, note in (("current", diff.current), ("target", diff.target)):
                scene = self.scenes[side]
                scene.select_notes([note.id] if note is not None else [])
                if note is not None and note.id in scene.notes:
                    self.canvases[side].ensureVisible(scene.notes[note.id].sceneBoundingRect(), 60, 60)
        finally:
            self._syncing, self._linked = False, True

    def _scene_selection(self) -> None:
        if self._syncing:
            return
        side = "current" if self.sender() is self.scenes["current"] else "target"
        selected = self.scenes[side].selected_ids()
        if len(selected) != 1:
            return
        for index, diff in enumerate(self.diffs):
            mine = diff.current if side == "current" else diff.target
            if mine is not None and mine.id == selected[0]:
                self._show_row(index)
                self.select_diff(diff)
                return

    def _show_row(self, index: int) -> None:
        """Make the list's current row the difference ``index`` (none for an unchanged note)."""
        self.differences.blockSignals(True)
        self.differences.setCurrentRow(-1)
        for row in range(self.differences.count()):
            if self.differences.item(row).data(Qt.ItemDataRole.UserRole) == index:
                self.differences.setCurrentRow(row)
        self.differences.blockSignals(False)

    def _difference_chosen(self, row: int) -> None:
        if row >= 0:
            self.select_diff(self.diffs[self.differences.item(row).data(Qt.ItemDataRole.UserRole)])

    def _link(self, first: CompareCanvas, second: CompareCanvas) -> None:
        """Zoom and scroll both sides together (their grids usually have the same shape);
        showing a pair unlinks them for a moment, since a moved note is elsewhere."""
        first.partner, second.partner = second, first
        for a, b in ((first, second), (second, first)):
            for mine, theirs in ((a.horizontalScrollBar(), b.horizontalScrollBar()),
                                 (a.verticalScrollBar(), b.verticalScrollBar())):
                mine.valueChanged.connect(lambda value, bar=theirs: self._linked and bar.setValue(value))

    # --- arranging ------------------------------------------------------------------------
    def set_stacked(self, stacked: bool) -> None:
        """One above the other (the default: a journey is wide, and each side then gets the whole
        width, so the notes stay legible; a stage's column lines up on both) or side by side."""
        self.splitter.setOrientation(Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal)
        self.fit()

    def fit(self) -> None:
        for canvas in self.canvases.values():
            canvas.fit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Stop following the document: the scenes go with the window."""
        if self._closed:
            super().closeEvent(event)
            return
        self._closed = True
        for signal, slot in ((self.controller.changed, self.refresh), (self.controller.document_replaced, self.close)):
            signal.disconnect(slot)
        for scene in self.scenes.values():
            scene.blockSignals(True)
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit()
