"""The main window: menus, the start page or one tab per journey, an info bar, a status bar.

It only arranges widgets and turns the user's gestures into calls on the
``DocumentController``; the controller owns the document, the undo stack and the timers.
Every dialog goes through ``self.prompts`` (see ``ui/widgets/prompts.py``). Features (docks,
menus, dialog flows) receive the window as a ``FeatureHost`` (``ui/host/feature_host.py``): the
few things of the window they may use.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from cjm_desktop.model.domain import ProjectState, Snapshot
from cjm_desktop.model.ops import Change
from ui.agenda.agenda_dock import AgendaDock
from ui.canvas.journey_editing import JourneyEditing
from ui.canvas.journey_scene import JourneyScene
from ui.canvas.journey_view import JourneyView
from ui.canvas.marks_bar import MarksBar
from ui.canvas.properties_panel import PropertiesPanel
from ui.capture.capture_controller import CaptureController
from ui.document.document_controller import DocumentController
from ui.document.messages import open_elsewhere_sentence
from ui.host.feature_dock import FeatureDock
from ui.host.feature_host import WindowMenus
from ui.host.journey_tabs import JourneyTabs
from ui.participation.participation_dock import ParticipationDock
from ui.personas.personas_dock import PersonasDock
from ui.plan.plan_controller import PlanController
from ui.present.presentation_controller import PresentationController
from ui.snapshots.snapshots_dock import SnapshotsDock
from ui.stage_details.lanes_menu import LanesMenu
from ui.stage_details.stage_dock import StageDock
from ui.timer.timer_controller import TimerController
from ui.voting.voting_dock import VotingDock
from ui.widgets.plain_text import PlainLabel, fill, mnemonic_safe, plain_title
from ui.widgets.prompts import CloseChoice, Prompts, UntitledChoice
from ui.window.info_bar import InfoBar
from ui.window.journey_menu import JourneyMenu
from ui.window.recent_files import RecentFiles
from ui.window.window_actions import attach_icons, build_actions, build_menus
from ui.window.window_state import ProjectViews, first_size

if TYPE_CHECKING:
    from ui.window.start_page import StartPage

APP_NAME = "CJM Desktop"
translate = QCoreApplication.translate


class MainWindow(QMainWindow):
    """One window, one document at a time."""

    failure_shown = Signal(str)  # the sentence the user was just told (for tests and logs)
    views_restored = Signal()  # a project's docks, tab, zoom and scroll were put back as it was left

    def __init__(self, controller: DocumentController | None = None, prompts: Prompts | None = None,
                 path: Path | None = None) -> None:
        """``path``: a project to open at once (the start page shows instead if it cannot be opened)."""
        super().__init__()
        self.controller = controller or DocumentController(parent=self)
        self.prompts = prompts or Prompts()
        self.recent = RecentFiles()
        self.last_failure: tuple[str, str] | None = None
        self.icons_loaded = False
        self.resize(first_size(self.screen().availableGeometry()))  # a project's own size, once it has one
        self.views = ProjectViews(self.recent.settings)  # per project: geometry, docks, tab, zoom and scroll
        self.info_bar = InfoBar()
        self._start_page: StartPage | None = None  # built when first shown: opening a file never needs it
        self.tabs = JourneyTabs(self.controller, self.prompts, self._note_menu_entries)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.info_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.counts = PlainLabel()
        self.counts.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.counts)
        self.actions_ = build_actions(self, self, self.controller.undo_stack)
        self.menus: WindowMenus = build_menus(self, self.actions_)
        self.marks_bar = MarksBar(self.actions_.marks, self)  # floats above the selected notes
        self.properties = PropertiesPanel()
        self.properties_dock = FeatureDock(self, "propertiesDock", self.tr("Properties"),
                                           translate("Actions", "&Properties panel"),
                                           Qt.DockWidgetArea.RightDockWidgetArea, shortcut="Ctrl+I",
                                           icon_name="properties")
        self.properties_dock.setWidget(self.properties)
        self.menus.view.addSeparator()
        self.menus.view.addActions([self.properties_dock.toggle, self.actions_.first_person_check])
        # The features, each wired to the window through the FeatureHost seam (menu order follows).
        self.personas = PersonasDock(self, tabify_with=self.properties_dock)  # and Journey › Persona of this journey
        self.journey_menu = JourneyMenu(self)  # Journey › new, target, compare, rename, duplicate, delete
        self.set_first_person_check(bool(self.recent.settings.value("canvas/first_person_check", True, type=bool)))
        self._connect()
        self.stage_dock = StageDock(self, tabify_with=self.properties_dock)  # View › Stage details panel
        self.lanes_menu = LanesMenu(self)  # View › Lanes
        self.plan_docks = PlanController(self)  # View › Frictions, Action plan (docks under the map)
        self.voting = VotingDock(self, tabify_with=self.properties_dock)  # View › Dot voting (Ctrl+Shift+D)
        self.plan_docks.action_clicked.connect(self.voting.action_clicked)  # votes on actions, from the plan
        self.voting.show_action_requested.connect(self.plan_docks.show_action)
        self.quick_capture = CaptureController(self)  # the capture field on the toolbar, Edit › Quick capture
        self.timer = TimerController(self.controller, parent=self)  # the workshop timer, one for the app
        self.agenda = AgendaDock(self, self.timer, tabify_with=self.properties_dock)  # View › Agenda, Timer
        self.participation = ParticipationDock(self, self.timer, self.quick_capture.face_down.isChecked,
                                               tabify_with=self.properties_dock)  # View › Participation (phones)
        self.presentation = PresentationController(self, self.quick_capture.new_bar, self.timer,  # View › Presentation
                                                   self.participation.projector_panel)  # (F5), the join QR code (F9)
        self.snapshots = SnapshotsDock(self, self, tabify_with=self.properties_dock,  # View › Snapshots, and
                                       file_position=self.actions_.project_sheet)  # File › Take a snapshot…
        if path is None or not self.open_path(path):
            self._show_document()

    def _connect(self) -> None:
        c = self.controller
        c.document_replaced.connect(self._show_document)
        c.changed.connect(self._on_change)
        c.saved_state_changed.connect(self._update_title)
        c.failed.connect(self.show_failure)
        c.save_failed.connect(self._save_failed)
        c.other_version_kept.connect(self._other_version_kept)
        c.ask_open_elsewhere = lambda error: self.prompts.ask_open_elsewhere(self, open_elsewhere_sentence(error))
        c.ask_close_unsaved = self._ask_close_unsaved
        self.tabs.selection_changed.connect(self._show_selection)
        self.properties.edit_requested.connect(
            lambda ids, changes: self.on_editing(lambda editing: editing.edit_notes(ids, changes)))
        self.properties.votes_step_requested.connect(  # the direct-entry count, as the V key
            lambda step: self.on_editing(lambda editing: editing.step_selected("votes", step)))

    # --- the FeatureHost seam ------------------------------------------------------------
    def parent_widget(self) -> QMainWindow:
        return self

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea, tabify_with: QDockWidget | None = None) -> None:
        self.addDockWidget(area, dock)
        if tabify_with is None:
            return
        # Qt tabifies only docks that are not hidden: show both for the time of the call (the window
        # itself is not shown yet while the features are built, so nothing flashes).
        hidden = [d for d in (tabify_with, dock) if d.isHidden()]
        for d in hidden:
            d.setVisible(True)
        self.tabifyDockWidget(tabify_with, dock)
        for d in hidden:
            d.setVisible(False)
        tabify_with.raise_()  # the first dock of a group stays in front

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    @property
    def start_page(self) -> StartPage:
        """The first screen (new from a template, open, recent projects)."""
        if self._start_page is None:
            from ui.window.start_page import StartPage

            page = self._start_page = StartPage()
            page.template_chosen.connect(self.new_from_template)
            page.open_requested.connect(self.choose_and_open)
            page.sample_requested.connect(self.open_sample)
            page.recent_chosen.connect(self._open_recent_entry)
            if self.icons_loaded:
                page.load_icons()
            self.stack.addWidget(page)
        return self._start_page

    def load_icons(self) -> None:
        """Icons for actions and the map, all at once (never before the first paint: qtawesome is slow
        to load). The app's warm-up runs ``icon_steps`` instead, between events."""
        for _step in self.icon_steps():
            pass

    def icon_steps(self) -> Iterator[None]:
        """Give the actions, then the pages, their icons, one step at a time: the event loop repaints
        the toolbar before the map, so that neither repaint freezes the window for long."""
        attach_icons(self, self.actions_)
        yield
        self.icons_loaded = True
        if self._start_page is not None:
            self._start_page.load_icons()
        self.tabs.show_icons()
        self.plan_docks.refresh()  # an open table shows its icons too

    # --- the document's lifecycle ----------------------------------------------------
    def open_path(self, path: Path) -> bool:
        """Open ``path``; on failure the user is told why and the current project stays open."""
        if not self._may_leave_untitled():
            return False
        self.remember_view()
        opened = self.controller.open(Path(path))
        if opened:
            self.recent.remember(Path(path))
            self._refresh_recent()
        return opened

    def choose_and_open(self) -> None:
        if path := self.prompts.open_path(self):
            self.open_path(path)

    def new_from_template(self, template_id: str) -> bool:
        if not self._may_leave_untitled():
            return False
        self.remember_view()
        return self.controller.new_from_template(template_id)

    def open_sample(self) -> bool:
        """« Ouvrir un exemple »: the sample workshop, as a new never-saved project in the user's language."""
        if not self._may_leave_untitled():
            return False
        self.remember_view()
        from cjm_desktop.sample import new_sample  # not needed for the first paint
        from cjm_desktop.storage.errors import CjmError
        from ui.document.messages import explain
        from ui.i18n import language

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            doc = new_sample(self.controller.store, language=language())
            folder = doc.folder
            doc.close(save=False, keep=True)  # kept as a never-saved project, then resumed as one
        except CjmError as error:
            self.show_failure(*explain(error))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        if not self.controller.resume(folder):
            return False
        self.info_bar.hide()  # (« restored from your last session » is not what happened)
        return True

    def save(self) -> bool:
        self.tabs.commit_editors()
        doc = self.controller.doc
        if doc is None:
            return False
        return self.controller.save() if doc.path is not None and not doc.read_only else self.save_as()

    def save_as(self) -> bool:
        doc = self.controller.doc
        if doc is None:
            return False
        title = doc.state.project.title.strip() or self.tr("Journey map")
        from cjm_desktop.interop.files import safe_file_stem  # not needed for the first paint

        suggested = doc.path or Path.home() / f"{safe_file_stem(title, 'projet')}.cjm"
        path = self.prompts.save_path(self, suggested)
        if path is None or not self.controller.save(path):
            return False
        self.recent.remember(path)
        self._refresh_recent()
        return True

    def _save_failed(self, sentence: str, details: str) -> None:
        """Saving failed (a read-only drive, a full disk…): say so, and offer to save elsewhere."""
        self.show_failure(sentence, details)
        self.info_bar.show_message(sentence, self.tr("Save as…"), self.save_as)

    def _other_version_kept(self, path: Path) -> None:
        doc = self.controller.doc
        name = doc.path.name if doc is not None and doc.path is not None else ""
        self.info_bar.show_message(fill(
            self.tr("« %1 » had been changed elsewhere since you opened it: that version is kept as « %2 », "
                    "and yours was saved."), name, Path(path).name))

    def _ask_close_unsaved(self, sentence: str, details: str) -> bool:
        """Closing, but the project cannot be saved: save elsewhere, close all the same, or stay."""
        choice = self.prompts.ask_close_unsaved(self, sentence, details)
        if choice is CloseChoice.SAVE_AS:
            return self.save_as()
        return choice is CloseChoice.CLOSE

    def edit_project_sheet(self) -> bool:
        """Fichier › Fiche projet…"""
        from ui.window.project_sheet_dialog import edit_project_sheet  # not needed for the first paint

        return edit_project_sheet(self)

    def edit_preferences(self) -> bool:
        """Édition › Préférences… (the language, for the next start)."""
        from ui.window.preferences_dialog import edit_preferences  # not needed for the first paint

        return edit_preferences(self, self.prompts)

    def import_file(self) -> bool:
        """Fichier › Importer… (see ``ui/files/import_export.py``)."""
        self.tabs.commit_editors()
        from ui.files.import_export import run_import  # not needed for the first paint

        return run_import(self)

    def export_file(self) -> bool:
        """Fichier › Exporter…"""
        from ui.files.import_export import run_export  # not needed for the first paint

        return run_export(self)

    def export_pdf(self) -> bool:
        """Fichier › Exporter en PDF…"""
        from ui.files.import_export import run_pdf_export  # not needed for the first paint

        return run_pdf_export(self)

    def export_image(self) -> bool:
        """Fichier › Exporter l'image… (see ``ui/files/image_dialog.py``)."""
        from ui.files.image_dialog import run_image_export  # not needed for the first paint

        return run_image_export(self)

    def copy_map_image(self) -> bool:
        """Édition › Copier la carte comme image."""
        from ui.files.image_dialog import copy_map_image  # not needed for the first paint

        return copy_map_image(self)

    def export_snapshot(self, state: ProjectState, snapshot: Snapshot, pdf: bool) -> bool:
        """Instantanés › Exporter…: a snapshot's project, through the same flows as Fichier › Exporter…"""
        from ui.files.import_export import run_export, run_pdf_export  # not needed for the first paint

        return run_pdf_export(self, state, snapshot) if pdf else run_export(self, state, snapshot.name)

    def compare_snapshot(self, state: ProjectState, journey_id: int, name: str, taken: str) -> QWidget | None:
        """Instantanés › Comparer avec maintenant: the journey as snapshot ``name`` holds it, beside it now."""
        from ui.compare.compare_window import CompareWindow, SnapshotSide  # not needed for the first paint

        return CompareWindow(self.controller, journey_id, journey_id, self, SnapshotSide(state, name, taken))

    def current_journey_id(self) -> int | None:
        editing = self.tabs.current_editing()
        return editing.journey_id if editing else None

    def show_journey(self, journey_id: int | None) -> None:
        """Bring the tab of ``journey_id`` to the front."""
        for index, editing in enumerate(self.tabs.editing):
            if editing.journey_id == journey_id:
                self.tabs.setCurrentIndex(index)

    def revert_to_saved(self) -> bool:
        return self.controller.revert_to_saved()

    def _may_leave_untitled(self) -> bool:
        """Before replacing a never-saved, modified project: offer to save it (else it is kept)."""
        doc = self.controller.doc
        if doc is None or doc.path is not None or not doc.modified:
            return True
        choice = self.prompts.ask_save_untitled(self)
        if choice is UntitledChoice.SAVE:
            return self.save_as()
        return choice is UntitledChoice.KEEP

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Quitting saves the project (a never-saved one is offered a file first)."""
        self.tabs.commit_editors()
        self.timer.record()  # the time spent on the step being timed, up to now
        self.remember_view()
        if self._may_leave_untitled() and self.controller.close():
            event.accept()
        else:
            event.ignore()

    # --- how each project was left ------------------------------------------------------
    def remember_view(self) -> None:
        """Keep the window's geometry, docks, journey tab, zoom and scroll for the project shown (if saved)."""
        doc = self.controller.doc
        if doc is not None and doc.path is not None:
            self.views.remember(self, self.tabs, doc.path)

    def restore_views(self) -> bool:
        """Put back the docks, journey tab, zoom and scroll the project was left with; then ``views_restored``."""
        doc = self.controller.doc
        restored = doc is not None and self.views.restore_views(self, self.tabs, doc.path)
        if restored:
            self.views_restored.emit()
        return restored

    # --- showing the document ----------------------------------------------------------
    def _show_document(self) -> None:
        doc = self.controller.doc
        self.tabs.show_journeys(doc.state if doc else None)
        self.info_bar.hide()
        if doc is None:
            self._refresh_recent()
            self.stack.setCurrentWidget(self.start_page)
        else:
            self.stack.setCurrentWidget(self.tabs)
            if view := self.tabs.current_view():
                view.setFocus()
            self._report_opening()
            if self.views.restore_geometry(self, doc.path):  # the rest once the views have their size
                QTimer.singleShot(0, self, self.restore_views)
            if self.icons_loaded:  # i.e. after the first paint: never delay it
                QTimer.singleShot(0, self.controller.warm_up_writer)
        self._update_title()

    def _report_opening(self) -> None:
        """Tell what opening did besides opening (restored edits, edits kept aside, old format)."""
        doc = self.controller.doc
        if doc is None:
            return
        report = doc.report
        if report.restored_revision is not None and doc.path is not None:
            self.info_bar.show_message(self.tr("Unsaved changes from your last session were restored."),
                                       self.tr("Revert to the saved version"), self.revert_to_saved)
        elif report.restored_revision is not None:
            self.info_bar.show_message(self.tr("This never-saved project was restored from your last session."))
        elif report.kept_aside is not None:
            self.info_bar.show_message(
                self.tr("The file was changed elsewhere since your last session: it is shown as it is now, and "
                        "your unsaved changes were kept in %1.").replace("%1", str(report.kept_aside)))
        elif report.repaired:
            self.info_bar.show_message(self.tr("This project file had damaged indexes; they were rebuilt in your copy "
                                               "and the next save writes the repaired project (a copy of the original "
                                               "was kept)."))
        elif report.upgraded_from is not None:
            self.info_bar.show_message(self.tr("This project comes from an older version of CJM Desktop; it will be "
                                               "saved in the new format (a copy of the original was kept)."))

    def _on_change(self, change: Change) -> None:
        doc = self.controller.doc
        if doc is None:
            return
        if not self.tabs.sync(doc.state, change):
            self.tabs.show_journeys(doc.state)
        self._update_counts()

    def _update_title(self) -> None:
        doc = self.controller.doc
        if doc is None:
            self.setWindowTitle(APP_NAME)
            self.setWindowModified(False)
        else:
            name = doc.path.name if doc.path else self.tr("Untitled")
            if doc.read_only:
                name = self.tr("%1 (read-only)").replace("%1", name)
            self.setWindowTitle(f"{plain_title(name)}[*] — {APP_NAME}")
            self.setWindowModified(self.controller.unsaved)
        for action in [*self.actions_.document_actions(), self.presentation.action]:  # they need a project
            action.setEnabled(doc is not None)
        self.actions_.revert.setEnabled(doc is not None and doc.path is not None and self.controller.unsaved)
        self._update_counts()

    def _update_counts(self) -> None:
        scene = self.tabs.current_scene() if self.controller.doc is not None else None
        if scene is None:
            self.counts.setText("")
            return
        text = (self.tr("%n note(s)", "", scene.note_count()) + " · "
                + self.tr("%n pain point(s) or breaking point(s)", "", scene.frictions))
        if scene.check_first_person and (count := scene.first_person_count()):
            text += " · " + self.tr("%1 not in the first person").replace("%1", str(count))
        self.counts.setText(text)

    # --- the canvas -----------------------------------------------------------------------
    @property
    def scenes(self) -> list[JourneyScene]:
        return self.tabs.scenes

    def current_view(self) -> JourneyView | None:
        return self.tabs.current_view()

    def on_view(self, act: Callable[[JourneyView], object]) -> None:
        """Apply ``act`` to the current journey's view (the keyboard path's actions)."""
        if view := self.current_view():
            act(view)

    def on_editing(self, act: Callable[[JourneyEditing], object]) -> None:
        """Apply ``act`` to the current journey's editing (menu actions on notes and lines)."""
        if editing := self.tabs.current_editing():
            act(editing)

    def _note_menu_entries(self) -> list[QAction | None]:
        """What a note's context menu offers (None: a separator)."""
        a = self.actions_
        return [a.edit_note, a.evaluate_menu.menuAction(), None, a.cut, a.copy, a.duplicate, a.delete, None,
                a.fix_first_person, self.plan_docks.new_action_from_notes,  # « Créer une action » for the selection
                None, *self.quick_capture.reveal.entries()]  # reveal the cell, turn the selection over

    def select_all_notes(self) -> None:
        if scene := self.tabs.current_scene():
            scene.select_notes(scene.reading_order())

    def _show_selection(self) -> None:
        scene = self.tabs.current_scene()
        notes = [scene.notes[i].note for i in scene.selected_ids()] if scene else []
        self.properties.show_notes(notes, self.controller.doc.state if self.controller.doc else None)
        self.marks_bar.follow(self.current_view())
        self._update_counts()

    def set_first_person_check(self, on: bool) -> None:
        """Mark notes not written in the first person (a preference kept between sessions)."""
        self.recent.settings.setValue("canvas/first_person_check", bool(on))
        self.actions_.first_person_check.setChecked(bool(on))
        self.tabs.set_first_person_check(bool(on))
        self.properties.first_person_check = bool(on)
        self._show_selection()

    def zoom(self, factor: float) -> None:
        self.on_view(lambda view: view.zoom(factor))

    def fit(self) -> None:
        self.on_view(lambda view: view.fit())

    # --- recent files and messages --------------------------------------------------------
    def _refresh_recent(self) -> None:
        recent = self.recent.existing()
        menu = self.actions_.recent_menu
        menu.clear()
        for path in recent:
            menu.addAction(mnemonic_safe(Path(path).name), partial(self.open_path, Path(path)))
        menu.setEnabled(bool(recent))
        if self.stack.currentWidget() is self._start_page or self.controller.doc is None:
            unsaved = [str(folder) for folder in self.controller.store.untitled_folders()]
            self.start_page.set_recent(recent, unsaved)

    def _open_recent_entry(self, entry: str) -> None:
        kind, _, path = entry.partition(":")
        if kind == "resume":
            if self._may_leave_untitled():
                self.remember_view()
                self.controller.resume(Path(path))
        else:
            self.open_path(Path(path))

    def show_failure(self, sentence: str, details: str = "") -> None:
        """Tell the user what went wrong, without blocking the event loop."""
        self.last_failure = (sentence, details)
        self.statusBar().showMessage(sentence, 10_000)
        self.failure_shown.emit(sentence)
        self.prompts.warn(self, sentence, details)
