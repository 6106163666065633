"""The personas of the project as cards: photo, name, age, occupation, segment, quote, goals,
frustrations, habits and the journeys made for each. Click selects, double-click edits.

The view only shows what ``show_personas`` gives it and reports gestures as signals; it never
edits the project.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.model.domain import Persona, ProjectState
from cjm_desktop.model.photos import initials
from cjm_desktop.queries.personas import journeys_of, personas
from ui.personas.persona_photo import round_thumbnail
from ui.widgets.journey_labels import ElidedLabel, journey_label
from ui.widgets.plain_text import PlainLabel

PHOTO_SIDE = 72
CARD_STYLE = """
#personaCard { background: #ffffff; border: 1px solid #cfd8dc; border-radius: 8px; }
#personaCard[selected="true"] { border: 2px solid #1e88e5; background: #f3f8fe; }
#personaCard QLabel { color: #263238; background: transparent; font-size: 14px; }
#personaCard QLabel#personaName { font-size: 19px; font-weight: 600; }
#personaCard QLabel#personaFacts { color: #455a64; }
#personaCard QLabel#personaSegment { background: #e3f2fd; color: #0d47a1; border-radius: 10px; padding: 2px 10px;
                                     font-size: 13px; }
#personaCard QLabel#personaQuote { font-style: italic; font-size: 15px; color: #37474f;
                                   border-left: 3px solid #90caf9; padding-left: 8px; margin: 4px 0; }
#personaCard QLabel#personaSection { font-size: 12px; font-weight: 600; color: #607d8b; margin-top: 4px; }
#personaCard QLabel#personaJourneys { font-size: 13px; color: #546e7a; margin-top: 4px; }
"""


def _label(text: str, name: str, wrap: bool = True) -> PlainLabel:
    label = PlainLabel(text)  # user text is never markup
    label.setObjectName(name)
    label.setWordWrap(wrap)
    return label


class PersonaCard(QFrame):
    """One persona. Reports clicks; the view keeps the selection."""

    clicked = Signal(int)
    double_clicked = Signal(int)
    menu_requested = Signal(int, QPoint)

    def __init__(self, persona: Persona, journeys: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.persona = persona
        self.setObjectName("personaCard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # As tall as its texts wrapped at the width it gets (never capped at its preferred size, which
        # is measured wider: the quote would then be drawn over the segment); the list's stretch
        # keeps the cards from growing taller.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.photo = PlainLabel()
        self.photo.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo.setPixmap(round_thumbnail(persona.photo, PHOTO_SIDE, initials(persona.name),
                                             self.devicePixelRatioF()))
        head = QVBoxLayout()
        head.setSpacing(2)
        self.name = ElidedLabel(persona.name, max_lines=2)  # a long name ends in « … », whole in the tooltip
        self.name.setObjectName("personaName")
        head.addWidget(self.name)
        facts = [self.tr("%1 years old").replace("%1", str(persona.age))] if persona.age is not None else []
        facts += [persona.occupation] if persona.occupation else []
        if facts:
            head.addWidget(_label(" · ".join(facts), "personaFacts"))
        if persona.segment:
            segment = ElidedLabel(persona.segment)  # a chip as wide as its text, cut with « … » if need be
            segment.setObjectName("personaSegment")
            segment.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            head.addWidget(segment, 0, Qt.AlignmentFlag.AlignLeft)
        head.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(12)
        photo_column = QVBoxLayout()  # no alignment flag on the photo: it would take the spare width
        photo_column.addWidget(self.photo)
        photo_column.addStretch(1)
        top.addLayout(photo_column)
        top.addLayout(head, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(6)
        layout.addLayout(top)
        if persona.quote:
            layout.addWidget(_label(f"« {persona.quote.strip('«» ')} »", "personaQuote"))
        for title, text in ((self.tr("Goals"), persona.goals), (self.tr("Frustrations"), persona.frustrations),
                            (self.tr("Habits"), persona.habits)):
            if text:
                layout.addWidget(_label(title.upper(), "personaSection"))
                layout.addWidget(_label(text, "personaText"))
        if journeys:
            layout.addWidget(_label(self.tr("Journeys: %1").replace("%1", ", ".join(journeys)), "personaJourneys"))
        self.set_selected(False)

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", "true" if selected else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            self.clicked.emit(self.persona.id)
        if event.button() == Qt.MouseButton.RightButton:
            self.menu_requested.emit(self.persona.id, event.globalPosition().toPoint())
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.double_clicked.emit(self.persona.id)


class PersonasPanel(QWidget):
    """The cards, with Add / Edit / Delete buttons."""

    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    move_requested = Signal(int, int)  # persona id, new index

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[PersonaCard] = []
        self.selected_id: int | None = None
        # Actions with an « icon_name »: the window gives them their icons after the first paint.
        buttons = QToolBar()
        buttons.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_action = buttons.addAction(self.tr("Add…"), self.add_requested.emit)
        self.edit_action = buttons.addAction(self.tr("Edit…"), lambda: self._emit_for_selected(self.edit_requested))
        self.delete_action = buttons.addAction(self.tr("Delete"),
                                               lambda: self._emit_for_selected(self.delete_requested))
        for action, icon in ((self.add_action, "persona_add"), (self.edit_action, "persona_edit"),
                             (self.delete_action, "delete")):
            action.setProperty("icon_name", icon)
        self.empty = _label(self.tr("No persona yet. A journey map is made for one persona: add the 2 or 3 "
                                    "customers the workshop will think about."), "personasEmpty")
        self.empty.setStyleSheet("color: #546e7a; font-size: 13px; padding: 12px;")
        self.list = QWidget()
        self.list.setObjectName("personasList")
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(8, 8, 8, 8)
        self.list_layout.setSpacing(10)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.list)
        self.list.setStyleSheet("#personasList { background: #eceff1; }" + CARD_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        self._update_buttons()

    def show_personas(self, state: ProjectState | None) -> None:
        """Rebuild the cards for ``state``'s personas (none when ``state`` is None)."""
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        shown = [(p, [journey_label(j) for j in journeys_of(state, p.id)]) for p in personas(state)] if state else []
        for index, (persona, journeys) in enumerate(shown):
            card = PersonaCard(persona, journeys)
            card.clicked.connect(self.select)
            card.double_clicked.connect(self.edit_requested)
            card.menu_requested.connect(self._menu)
            self.list_layout.insertWidget(index, card)
            self.cards.append(card)
        self.empty.setVisible(state is not None and not self.cards)
        ids = [card.persona.id for card in self.cards]
        self.select(self.selected_id if self.selected_id in ids else None)

    def select(self, persona_id: int | None) -> None:
        self.selected_id = persona_id
        for card in self.cards:
            card.set_selected(card.persona.id == persona_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.edit_action.setEnabled(self.selected_id is not None)
        self.delete_action.setEnabled(self.selected_id is not None)

    def _emit_for_selected(self, signal) -> None:
        if self.selected_id is not None:
            signal.emit(self.selected_id)

    def _menu(self, persona_id: int, where: QPoint) -> None:
        index = [card.persona.id for card in self.cards].index(persona_id)
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_requested.emit(persona_id))
        earlier = menu.addAction(self.tr("Move up"), lambda: self.move_requested.emit(persona_id, index - 1))
        later = menu.addAction(self.tr("Move down"), lambda: self.move_requested.emit(persona_id, index + 1))
        earlier.setEnabled(index > 0)
        later.setEnabled(index < len(self.cards) - 1)
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(persona_id))
        menu.popup(where)
