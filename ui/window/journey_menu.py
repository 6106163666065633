"""The actions on whole journeys (menu Parcours and the journey tabs' context menu): new,
« Créer le parcours cible », rename, duplicate, delete, compare with the current journey.
Each edit is one core command (one undo step); questions go through the host's prompts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from cjm_desktop.commands import AddJourney, DeleteJourney, EditEntity
from cjm_desktop.commands.base import Command
from cjm_desktop.commands.journeys import DeriveTarget, DuplicateJourney
from cjm_desktop.model.domain import Journey, JourneyKind
from ui.host.feature_host import FeatureHost
from ui.i18n import language
from ui.window.window_actions import make_action

translate = QCoreApplication.translate


def suggest_target_name(current_name: str, current_word: str, target_word: str) -> str:
    """« Parcours existant » → « Parcours cible »; a name without the word gets it appended."""
    lower = current_name.lower()
    at = lower.find(current_word.lower())
    if at < 0:
        return f"{current_name} — {target_word}"
    word = target_word.capitalize() if current_name[at : at + 1].isupper() else target_word
    return current_name[:at] + word + current_name[at + len(current_word):]


class JourneyMenu(QObject):
    """Adds the journey actions to the window's « Parcours » menu and to the tabs' context menu."""

    def __init__(self, host: FeatureHost) -> None:
        super().__init__(host.parent_widget())
        self.host = host
        w = host.parent_widget()
        self.new = make_action(w, self.tr("&New journey…"), self.new_journey, [], "journey_new")
        self.derive = make_action(w, self.tr("Create the &target journey"), self.derive_target, [], "journey_target")
        self.compare = make_action(w, self.tr("&Compare with current journey"), self.compare_journeys,
                                   ["Ctrl+Shift+C"], "journey_compare")
        self.rename = make_action(w, self.tr("&Rename journey…"), self.rename_journey, [], "journey_rename")
        self.duplicate = make_action(w, self.tr("Dupli&cate journey"), self.duplicate_journey, [], "duplicate")
        self.delete = make_action(w, self.tr("De&lete journey…"), self.delete_journey, [], "delete")
        self.compare_windows: dict[tuple[int, int], QWidget] = {}
        host.menus.journey.addSeparator()
        _add_entries(host.menus.journey, self.entries())
        tab_bar = host.tabs.tabBar()
        tab_bar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tab_bar.customContextMenuRequested.connect(self._tab_menu_requested)
        host.controller.changed.connect(self.update)
        host.controller.document_replaced.connect(self.update)
        host.tabs.currentChanged.connect(self.update)
        self.update()

    def entries(self) -> list[QAction | None]:
        """The actions in menu order (None is a separator)."""
        return [self.new, None, self.derive, self.compare, None, self.rename, self.duplicate, self.delete]

    # --- state ------------------------------------------------------------------------
    def journey(self) -> Journey | None:
        """The journey on screen."""
        doc = self.host.controller.doc
        journey_id = self.host.current_journey_id()
        return doc.state.get(Journey, journey_id) if doc and journey_id is not None else None

    def update(self, *_args) -> None:
        """Enable what makes sense for the journey on screen."""
        doc = self.host.controller.doc
        journey = self.journey()
        self.new.setEnabled(doc is not None)
        for action in (self.rename, self.duplicate, self.delete):
            action.setEnabled(journey is not None)
        self.derive.setEnabled(journey is not None and journey.kind is JourneyKind.CURRENT)
        self.compare.setEnabled(self._current_of(journey) is not None)

    def _current_of(self, journey: Journey | None) -> Journey | None:
        doc = self.host.controller.doc
        if doc is None or journey is None or journey.kind is not JourneyKind.TARGET or journey.derived_from_id is None:
            return None
        return doc.state.get(Journey, journey.derived_from_id)

    def _run(self, command: Command, text: str) -> bool:
        return self.host.controller.execute(command, text)

    def _run_and_show(self, command: AddJourney | DeriveTarget | DuplicateJourney, text: str) -> bool:
        """Run a command that creates a journey, then bring the new journey's tab to the front."""
        done = self._run(command, text)
        if done:
            self.host.show_journey(command.created_id)
        return done

    def _ask_text(self, title: str, label: str, current: str = "") -> str | None:
        return self.host.prompts.ask_text(self.host.parent_widget(), title, label, current)

    # --- the actions --------------------------------------------------------------------
    def new_journey(self) -> bool:
        """A new current journey with the stages and channels of the journey on screen (or of
        the default template when there is none), without notes."""
        doc = self.host.controller.doc
        if doc is None:
            return False
        name = self._ask_text(self.tr("New journey"), self.tr("Name of the new journey:"),
                                            self.tr("Current journey"))
        if not name:
            return False
        if (shown := self.journey()) is not None:
            stages = [(s.name, s.phase) for s in doc.state.stages(shown.id)]
            channels = [(c.name, c.icon) for c in doc.state.channels(shown.id)]
        else:
            from cjm_desktop.templates import DEFAULT_TEMPLATE, load_template  # rarely needed

            template = load_template(DEFAULT_TEMPLATE, language())
            stages, channels = list(template.stages), list(template.channels)
        return self._run_and_show(AddJourney(name, JourneyKind.CURRENT, stages, channels), self.tr("New journey"))

    def derive_target(self) -> bool:
        """« Créer le parcours cible » from the current journey on screen."""
        journey = self.journey()
        if journey is None or journey.kind is not JourneyKind.CURRENT:
            return False
        words = translate("JourneyTabs", "current"), translate("JourneyTabs", "target")  # as the tabs say them
        suggested = suggest_target_name(journey.name, *words)
        name = self._ask_text(self.tr("Create the target journey"),
                                            self.tr("Name of the target journey:"), suggested)
        if not name:
            return False
        return self._run_and_show(DeriveTarget(journey.id, name), self.tr("Create the target journey"))

    def rename_journey(self) -> bool:
        journey = self.journey()
        if journey is None:
            return False
        name = self._ask_text(self.tr("Rename journey"), self.tr("New name of the journey:"),
                                            journey.name)
        if not name or name == journey.name:
            return False
        return self._run(EditEntity(Journey, journey.id, name=name), self.tr("Rename journey"))

    def duplicate_journey(self) -> bool:
        journey = self.journey()
        if journey is None:
            return False
        name = self.tr("%1 (copy)").replace("%1", journey.name)
        return self._run_and_show(DuplicateJourney(journey.id, name), self.tr("Duplicate journey"))

    def delete_journey(self) -> bool:
        """Asks first (it can be undone, but a whole journey is a lot to lose by a slip)."""
        journey, doc = self.journey(), self.host.controller.doc
        if journey is None or doc is None:
            return False
        notes = len(doc.state.touchpoints(journey.id))
        question = self.tr("Delete the journey « %1 » and its %n note(s)? Edit › Undo brings it back.", "", notes)
        if not self.host.prompts.confirm_destructive(self.host.parent_widget(),
                                                     question.replace("%1", journey.name),
                                                     self.tr("Delete the journey")):
            return False
        return self._run(DeleteJourney(journey.id), self.tr("Delete journey"))

    def compare_journeys(self) -> QWidget | None:
        """Open (or raise) the compare view of the target journey on screen and its current journey."""
        journey = self.journey()
        current = self._current_of(journey)
        if journey is None or current is None:
            return None
        from ui.compare.compare_window import CompareWindow  # not needed for the first paint

        key = (current.id, journey.id)
        view = self.compare_windows.get(key)
        if view is None:
            view = self.compare_windows[key] = CompareWindow(self.host.controller, *key, self.host.parent_widget())
            view.destroyed.connect(lambda *_args, k=key: self.compare_windows.pop(k, None))
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    # --- the tabs' context menu ------------------------------------------------------------
    def tab_menu(self, index: int) -> QMenu:
        """The context menu of tab ``index`` (brought to the front first)."""
        self.host.tabs.setCurrentIndex(index)
        menu = QMenu(self.host.parent_widget())
        _add_entries(menu, [self.derive, self.compare, None, self.rename, self.duplicate, self.delete, None, self.new])
        return menu

    def _tab_menu_requested(self, pos: QPoint) -> None:
        tab_bar = self.host.tabs.tabBar()
        index = tab_bar.tabAt(pos)
        if index >= 0:
            menu = self.tab_menu(index)
            menu.exec(tab_bar.mapToGlobal(pos))
            menu.deleteLater()


def _add_entries(menu: QMenu, entries: list[QAction | None]) -> None:
    for action in entries:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
