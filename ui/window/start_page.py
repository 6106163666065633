"""The first screen when no project is open: a new map from a template, open a file, or a
recent project (never-saved projects left in the data folder come first)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.templates import templates
from ui.i18n import language
from ui.widgets import icons
from ui.widgets.plain_text import PlainLabel, plain_tip

STYLE = """
#startPage, #startPageContent { background: #f6f7f9; }
#startPageScroll { border: none; }
#startTitle { font-size: 28px; font-weight: 600; color: #1f2d3a; }
#startSubtitle { font-size: 15px; color: #52606d; }
#sectionTitle { font-size: 13px; font-weight: 600; color: #52606d; letter-spacing: 1px; }
#templateCard { font-size: 14px; text-align: left; padding: 14px 16px; color: #1f2d3a;
                border: 1px solid #d5dbe1; border-radius: 10px; background: #ffffff; }
#templateCard:hover { border-color: #4a7fc1; background: #f3f8fe; }
#templateCard { padding-bottom: 64px; }
#templateDescription { font-size: 13px; color: #52606d; }
#sampleButton { font-size: 14px; padding: 8px 18px; }
#openButton { font-size: 14px; padding: 8px 18px; }
#recentList { font-size: 14px; border: 1px solid #d5dbe1; border-radius: 10px; background: #ffffff; padding: 6px; }
#recentList::item { padding: 8px 6px; }
"""


class StartPage(QWidget):
    template_chosen = Signal(str)
    open_requested = Signal()
    sample_requested = Signal()  # « Ouvrir un exemple »
    recent_chosen = Signal(str)  # "open:PATH" or "resume:FOLDER"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.icons_loaded = False
        title = PlainLabel(self.tr("Customer journey mapping"))
        title.setObjectName("startTitle")
        subtitle = PlainLabel(self.tr("Start a new map from a template, or open a project."))
        subtitle.setObjectName("startSubtitle")
        self.template_buttons: dict[str, QPushButton] = {}
        self.descriptions: dict[str, PlainLabel] = {}
        cards = QGridLayout()
        cards.setSpacing(14)
        for index, template in enumerate(templates(language())):
            text = f"{template.name}\n" + self.tr("%n stage(s)", "", len(template.stages))
            button = QPushButton(text)
            button.setToolTip(plain_tip(template.description))
            button.setObjectName("templateCard")
            button.setMinimumSize(180, 150)  # four cards fit a 1366-pixel screen beside the window's docks
            description = PlainLabel(template.description)  # visible, not only in the tooltip
            description.setObjectName("templateDescription")
            description.setWordWrap(True)
            description.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            card = QVBoxLayout(button)
            card.setContentsMargins(16, 0, 16, 12)
            card.addStretch(1)
            card.addWidget(description)
            self.descriptions[template.id] = description
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, t=template.id: self.template_chosen.emit(t))
            self.template_buttons[template.id] = button
            cards.addWidget(button, 0, index)
        cards.setColumnStretch(len(self.template_buttons), 1)
        self.open_button = QPushButton(self.tr("Open a project…"))
        self.open_button.setObjectName("openButton")
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button = QPushButton(self.tr("Open an example"))  # the sample project, never saved
        self.sample_button.setObjectName("sampleButton")
        self.sample_button.setToolTip(self.tr("A workshop already filled in: 8 stages, 7 channels, evaluated notes, "
                                              "emotions and votes, to look around before starting your own."))
        self.sample_button.clicked.connect(self.sample_requested)
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        self.recent.setIconSize(QSize(20, 20))
        self.recent.itemActivated.connect(self._chosen)
        self.recent.itemClicked.connect(self._chosen)
        self.empty = PlainLabel(self.tr("No recent project yet."))
        self.empty.setStyleSheet("color: #7b8794; font-size: 14px;")
        content = QWidget()  # scrolls on a screen too small for it (1366×768 with the docks beside)
        content.setObjectName("startPageContent")
        scroll = QScrollArea()
        scroll.setObjectName("startPageScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(20)
        layout.addWidget(self._section(self.tr("NEW MAP")))
        layout.addLayout(cards)
        layout.addSpacing(20)
        row = QHBoxLayout()
        row.addWidget(self._section(self.tr("RECENT PROJECTS")))
        row.addStretch()
        row.addWidget(self.sample_button)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.recent, 1)
        layout.addStretch(0)  # takes the room while the list is hidden (no recent project yet), never from it
        self.setStyleSheet(STYLE)

    @staticmethod
    def _section(text: str) -> PlainLabel:
        label = PlainLabel(text)
        label.setObjectName("sectionTitle")
        return label

    def _chosen(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def set_recent(self, paths: list[str], unsaved: list[str]) -> None:
        """Recent files, preceded by never-saved projects that can be resumed."""
        self.recent.clear()
        for folder in unsaved:
            stamp = datetime.fromtimestamp(Path(folder).stat().st_mtime).strftime("%d/%m/%Y %H:%M")
            item = QListWidgetItem(self.tr("Unsaved project — last edited %1").replace("%1", stamp))
            item.setData(Qt.ItemDataRole.UserRole, f"resume:{folder}")
            item.setData(Qt.ItemDataRole.UserRole + 1, "unsaved")
            self.recent.addItem(item)
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}    ·    {Path(path).parent}")
            item.setToolTip(plain_tip(path))
            item.setData(Qt.ItemDataRole.UserRole, f"open:{path}")
            item.setData(Qt.ItemDataRole.UserRole + 1, "recent")
            self.recent.addItem(item)
        self.empty.setVisible(self.recent.count() == 0)
        self.recent.setVisible(self.recent.count() > 0)
        if self.icons_loaded:
            self._list_icons()

    def load_icons(self) -> None:
        """Icons on the cards and the list (after the first paint)."""
        for button in self.template_buttons.values():
            button.setIcon(icons.icon("template", "#4a7fc1"))
            button.setIconSize(QSize(28, 28))
        self.open_button.setIcon(icons.icon("open"))
        self.sample_button.setIcon(icons.icon("project"))
        self.icons_loaded = True
        self._list_icons()

    def _list_icons(self) -> None:
        for index in range(self.recent.count()):
            item = self.recent.item(index)
            kind = item.data(Qt.ItemDataRole.UserRole + 1)
            item.setIcon(icons.icon("unsaved" if kind == "unsaved" else "project"))
