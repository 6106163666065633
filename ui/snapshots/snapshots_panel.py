"""The list of snapshots (« Instantanés ») and the buttons acting on the chosen one. It only shows and
asks: the dock (``snapshots_dock.py``) turns its signals into commands and flows."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.model.domain import Snapshot
from ui.widgets import icons
from ui.widgets.plain_text import PlainLabel, fill, mnemonic_safe, plain_tip

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole


def when(created_at: str) -> str:
    """A snapshot's time (stored in UTC) as the user reads it: local time, in the locale's short format."""
    moment = QDateTime.fromString(created_at, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return created_at
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class SnapshotsPanel(QWidget):
    """The project's snapshots, newest first: name, time, notes. Signals carry a snapshot's id."""

    take_requested = Signal()
    compare_requested = Signal(int)
    export_requested = Signal(int, bool)  # (snapshot id, as a PDF)
    restore_requested = Signal(int, int)  # (snapshot id, journey id in the snapshot)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.take = QPushButton(self.tr("Take a snapshot…"))
        self.take.setToolTip(self.tr("Keep the whole project as it is now, inside the file, under a name"))
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Taken"), self.tr("Notes")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Snapshots"))
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = PlainLabel(self.tr("No snapshot yet. « Take a snapshot » keeps the project as it is now "
                                        "(« before the workshop », « end of the morning »), to compare, export or "
                                        "restore later."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #607d8b; padding: 6px;")
        self.compare = QPushButton(self.tr("Compare with now"))
        self.compare.setToolTip(self.tr("The journey on screen as the snapshot holds it, beside the same journey now"))
        self.export = QToolButton()
        self.export.setText(self.tr("Export…"))
        self.export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        menu = QMenu(self.export)
        self.export_files = menu.addAction(self.tr("Spreadsheet, OpenJourney or Mermaid…"),
                                           lambda: self._emit_export(False))
        self.export_pdf = menu.addAction(self.tr("PDF…"), lambda: self._emit_export(True))
        self.export.setMenu(menu)
        self.restore = QToolButton()
        self.restore.setText(self.tr("Restore as a new journey"))
        self.restore.setToolTip(self.tr("Copy a journey of the snapshot into the project as a new journey; "
                                        "nothing of the current work is overwritten"))
        self.restore.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.restore.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.restore.setMenu(QMenu(self.restore))
        self.restore.menu().aboutToShow.connect(self._fill_restore_menu)
        # the journeys of a snapshot, as (id, label): the dock reads the snapshot (none when it cannot)
        self.journeys_of: Callable[[int], list[tuple[int, str]]] = lambda _snapshot_id: []
        self.delete = QPushButton(self.tr("Delete"))
        self._build()
        self.take.clicked.connect(self.take_requested)
        self.compare.clicked.connect(lambda: self._emit(self.compare_requested))
        self.delete.clicked.connect(lambda: self._emit(self.delete_requested))
        self.list.itemDoubleClicked.connect(lambda *_: self._emit(self.compare_requested))
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.show_snapshots([])

    def _build(self) -> None:
        buttons = QGridLayout()
        buttons.addWidget(self.compare, 0, 0)
        buttons.addWidget(self.export, 0, 1)
        buttons.addWidget(self.restore, 1, 0)
        buttons.addWidget(self.delete, 1, 1)
        for button in (self.export, self.restore):
            button.setSizePolicy(self.compare.sizePolicy())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.take)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def load_icons(self) -> None:
        """Icons on the buttons (after the first paint: qtawesome is loaded by then)."""
        for button, name in ((self.take, "snapshot"), (self.compare, "journey_compare"), (self.export, "export"),
                             (self.restore, "snapshot_restore"), (self.delete, "delete")):
            button.setIcon(icons.icon(name))

    # --- what it shows ---------------------------------------------------------------------------
    def show_snapshots(self, snapshots: list[Snapshot]) -> None:
        """Show ``snapshots`` newest first, keeping the chosen one chosen."""
        chosen = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for snapshot in reversed(snapshots):
            notes = translate("SnapshotsPanel", "%n note(s)", "", snapshot.note_count)
            item = QTreeWidgetItem([snapshot.name, when(snapshot.created_at), str(snapshot.note_count)])
            item.setData(0, ID_ROLE, snapshot.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, plain_tip(fill("%1\n%2 · %3", snapshot.name, when(snapshot.created_at), notes)))
            self.list.addTopLevelItem(item)
            if snapshot.id == chosen:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and (first := self.list.topLevelItem(0)) is not None:
            self.list.setCurrentItem(first)
        self.list.blockSignals(False)
        self.empty.setVisible(not snapshots)
        self.list.setVisible(bool(snapshots))
        self._enable()

    def current_id(self) -> int | None:
        """The id of the chosen snapshot (None: none)."""
        item = self.list.currentItem()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def select(self, snapshot_id: int | None) -> None:
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == snapshot_id:
                self.list.setCurrentItem(item)

    def _enable(self) -> None:
        chosen = self.current_id() is not None
        for button in (self.compare, self.export, self.restore, self.delete):
            button.setEnabled(chosen)

    def _emit(self, signal: SignalInstance) -> None:
        if (snapshot_id := self.current_id()) is not None:
            signal.emit(snapshot_id)

    def _fill_restore_menu(self) -> None:
        """One entry per journey of the chosen snapshot."""
        menu = self.restore.menu()
        menu.clear()
        snapshot_id = self.current_id()
        if snapshot_id is None:
            return
        for journey_id, label in self.journeys_of(snapshot_id):
            menu.addAction(mnemonic_safe(label), partial(self.restore_requested.emit, snapshot_id, journey_id))

    def _emit_export(self, pdf: bool) -> None:
        if (snapshot_id := self.current_id()) is not None:
            self.export_requested.emit(snapshot_id, pdf)
