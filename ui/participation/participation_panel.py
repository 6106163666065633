"""The participation dock's content: open or close, the interface the phones reach, the join URL and its QR
code, the participants and their counts, moderation and the notes waiting for approval.

It only shows and asks: the dock (``participation_dock.py``) turns its signals into the controller's calls.
Participants' names and notes come from strangers' phones: they are shown as item text and ``PlainLabel``s
(never read as markup), their tooltips through ``plain_tip``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.participation.qr_panel import QrCode
from ui.widgets.plain_text import PlainLabel, fill, plain_tip

if TYPE_CHECKING:
    from cjm_desktop.participation.phone_view import Phone
    from cjm_desktop.participation.room import PendingNote

KEY_ROLE = Qt.ItemDataRole.UserRole
SHORT_NOTE = 80  # characters of a pending note shown in its row (the whole note in the tooltip)


class ParticipationPanel(QWidget):
    """Participation's controls and what the room did. Signals carry a phone's key or a pending note's id."""

    open_requested = Signal(str)  # the address to listen on
    close_requested = Signal()
    moderated_toggled = Signal(bool)
    kick_requested = Signal(str)
    approve_requested = Signal(int)
    reject_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._open = False
        self.status = PlainLabel()
        self.status.setWordWrap(True)
        self.interface = QComboBox()
        self.interface.setAccessibleName(self.tr("Network the phones use"))
        self.interface.setToolTip(self.tr("The network the participants' phones are on: the room's Wi-Fi or this "
                                          "computer's hotspot (the loopback is for this computer only)"))
        self.open_button = QPushButton(self.tr("Open participation"))
        self.open_button.clicked.connect(self._open_clicked)
        self.qr = QrCode(preferred_px=4)
        self.url = QLineEdit()
        self.url.setReadOnly(True)
        self.url.setAccessibleName(self.tr("Join URL"))
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setToolTip(self.tr("Copy the join URL"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.url.text()))
        self.moderated = QCheckBox(self.tr("Moderate: each note waits for my approval"))
        self.moderated.toggled.connect(self.moderated_toggled)
        self.counts = PlainLabel()
        self.counts.setWordWrap(True)
        self.participants = _tree([self.tr("Participant"), self.tr("Notes"), self.tr("Votes")],
                                  self.tr("Participants"))
        self.kick = QPushButton(self.tr("Remove"))
        self.kick.setToolTip(self.tr("This phone can send nothing more (its notes stay in the map)"))
        self.kick.clicked.connect(self._kick_clicked)
        self.pending_title = PlainLabel(self.tr("Waiting for approval"))
        self.pending = _tree([self.tr("Participant"), self.tr("Note")], self.tr("Notes waiting for approval"))
        self.approve = QPushButton(self.tr("Approve"))
        self.reject = QPushButton(self.tr("Reject"))
        self.approve.clicked.connect(lambda: self._pending_clicked(self.approve_requested))
        self.reject.clicked.connect(lambda: self._pending_clicked(self.reject_requested))
        self.participants.itemSelectionChanged.connect(self._enable)
        self.pending.itemSelectionChanged.connect(self._enable)

        where = QGridLayout()
        where.addWidget(PlainLabel(self.tr("Network:")), 0, 0)
        where.addWidget(self.interface, 0, 1)
        where.addWidget(self.open_button, 1, 0, 1, 2)
        where.setColumnStretch(1, 1)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.copy)
        kick_row = QHBoxLayout()
        kick_row.addStretch(1)
        kick_row.addWidget(self.kick)
        pending_row = QHBoxLayout()
        pending_row.addStretch(1)
        pending_row.addWidget(self.approve)
        pending_row.addWidget(self.reject)
        self.open_part = QWidget()  # what exists only while participation is open
        opened = QVBoxLayout(self.open_part)
        opened.setContentsMargins(0, 0, 0, 0)
        opened.addWidget(self.qr, 2)
        opened.addLayout(url_row)
        opened.addWidget(self.moderated)
        opened.addWidget(self.counts)
        opened.addWidget(self.participants, 1)
        opened.addLayout(kick_row)
        opened.addWidget(self.pending_title)
        opened.addWidget(self.pending, 1)
        opened.addLayout(pending_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(where)
        layout.addWidget(self.open_part, 1)
        layout.addStretch(0)
        self.show_closed()

    # --- what it shows ------------------------------------------------------------------------------
    def show_interfaces(self, listed: Sequence[tuple[str, str]], chosen: str) -> None:
        """The interfaces to pick from, as « name — address »; ``chosen`` (an address) selected."""
        self.interface.clear()
        for name, address in listed:
            self.interface.addItem(f"{name} — {address}", address)
        index = self.interface.findData(chosen)
        self.interface.setCurrentIndex(max(0, index))

    @property
    def chosen_address(self) -> str:
        return str(self.interface.currentData() or "")

    def show_closed(self) -> None:
        self._open = False
        self.status.setText(self.tr("Participation is closed. Open it: participants scan the QR code and write "
                                    "their notes and cast their dots from their phones, on this room's network, "
                                    "with no internet and no account."))
        self.open_button.setText(self.tr("Open participation"))
        self.interface.setEnabled(True)
        self.qr.set_text("")
        self.url.clear()
        self.open_part.setVisible(False)

    def show_open(self, url: str, address: str) -> None:
        self._open = True
        self.status.setText(fill(self.tr("Participation is open on %1: phones on this network join by scanning "
                                         "the QR code."), address))
        self.open_button.setText(self.tr("Close participation"))
        self.interface.setEnabled(False)
        self.qr.set_text(url)
        self.url.setText(url)
        self.url.setCursorPosition(0)
        self.open_part.setVisible(True)

    def show_room(self, participants: Sequence[Phone], pending: Sequence[PendingNote], moderated: bool) -> None:
        """The participants with their counts, the notes waiting, the moderation switch."""
        self.moderated.blockSignals(True)
        self.moderated.setChecked(moderated)
        self.moderated.blockSignals(False)
        chosen = self._chosen(self.participants)
        self.participants.clear()
        for phone in participants:
            name = phone.name if not phone.kicked else fill(self.tr("%1 (removed)"), phone.name)
            item = QTreeWidgetItem([name, str(phone.notes), str(phone.votes)])
            item.setData(0, KEY_ROLE, phone.key)
            item.setToolTip(0, plain_tip(phone.name))
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if phone.kicked:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                item.setForeground(0, QColor("#90a4ae"))
            self.participants.addTopLevelItem(item)
            item.setSelected(phone.key == chosen)
        waiting = self._chosen(self.pending)
        self.pending.clear()
        for note in pending:
            text = note.text if len(note.text) <= SHORT_NOTE else note.text[:SHORT_NOTE - 1] + "…"
            item = QTreeWidgetItem([note.name, text.replace("\n", " ")])
            item.setData(0, KEY_ROLE, note.id)
            item.setToolTip(1, plain_tip(note.text))
            self.pending.addTopLevelItem(item)
            item.setSelected(note.id == waiting)
        oldest = self.pending.topLevelItem(0)
        if oldest is not None and not self.pending.selectedItems():
            oldest.setSelected(True)  # Approve works at once on the oldest
        shows_pending = moderated or bool(pending)
        for widget in (self.pending_title, self.pending, self.approve, self.reject):
            widget.setVisible(shows_pending)
        joined = [p for p in participants if not p.kicked]
        notes = sum(p.notes for p in participants)
        text = fill(self.tr("Participants: %1 · notes received: %2"), str(len(joined)), str(notes))
        if pending:
            text += " · " + fill(self.tr("waiting: %1"), str(len(pending)))
        self.counts.setText(text)
        self._enable()

    # --- gestures ---------------------------------------------------------------------------------
    def _open_clicked(self) -> None:
        if self._open:
            self.close_requested.emit()
        else:
            self.open_requested.emit(self.chosen_address)

    def _kick_clicked(self) -> None:
        key = self._chosen(self.participants)
        if key is not None:
            self.kick_requested.emit(key)

    def _pending_clicked(self, signal: SignalInstance) -> None:
        pending_id = self._chosen(self.pending)
        if pending_id is not None:
            signal.emit(pending_id)

    def _enable(self) -> None:
        self.kick.setEnabled(self._chosen(self.participants) is not None)
        waiting = self._chosen(self.pending) is not None
        self.approve.setEnabled(waiting)
        self.reject.setEnabled(waiting)

    @staticmethod
    def _chosen(tree: QTreeWidget):  # -> the selected row's key (str) or pending id (int), or None
        items = tree.selectedItems()
        return items[0].data(0, KEY_ROLE) if items else None


def _tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setAccessibleName(name)
    tree.setMinimumHeight(90)
    header = tree.header()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch if len(headers) > 2 else
                                QHeaderView.ResizeMode.ResizeToContents)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents if len(headers) > 2 else
                                    QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(len(headers) == 2)
    return tree
