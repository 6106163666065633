"""The window's actions, menus and toolbar (Fichier, Édition, Affichage).

Icons are attached later by ``attach_icons`` (qtawesome is imported only after the first paint);
each action carries the meaning of its icon in the ``icon_name`` property.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from cjm_desktop.layout.colors import EVALUATION_ICONS, STAR
from cjm_desktop.model.domain import Channel, Evaluation, Stage
from ui.canvas.journey_editing import JourneyEditing
from ui.canvas.journey_view import ZOOM_STEP, JourneyView
from ui.host.feature_host import WindowMenus
from ui.i18n import language
from ui.widgets import icons
from ui.widgets.plain_text import fill, plain_tip

translate = QCoreApplication.translate
Shortcut = QKeySequence | QKeySequence.StandardKey | str


@dataclass
class WindowActions:
    new_menu: QMenu
    recent_menu: QMenu
    open: QAction
    save: QAction
    save_as: QAction
    revert: QAction
    import_: QAction
    export: QAction
    export_pdf: QAction
    export_image: QAction  # Fichier › Exporter l'image… (ui/files/image_dialog.py)
    copy_image: QAction  # Édition › Copier la carte comme image
    quit: QAction
    undo: QAction
    redo: QAction
    zoom_in: QAction
    zoom_out: QAction
    fit: QAction
    new_note: QAction
    edit_note: QAction
    cut: QAction
    copy: QAction
    paste: QAction
    duplicate: QAction
    delete: QAction
    select_all: QAction
    fix_first_person: QAction
    add_stage: QAction
    add_channel: QAction
    first_person_check: QAction
    project_sheet: QAction
    preferences: QAction  # Édition › Préférences… (the language)
    evaluate_menu: QMenu  # one-key marks on the selected notes (« Évaluer »)
    marks: list[QAction]  # its actions


    def document_actions(self) -> list[QAction]:
        """Actions that need an open document."""
        return [self.save, self.save_as, self.import_, self.export, self.export_pdf, self.export_image,
                self.copy_image, self.project_sheet,
                self.zoom_in, self.zoom_out, self.fit, self.new_note, self.edit_note, self.cut, self.copy,
                self.paste, self.duplicate, self.delete, self.select_all, self.fix_first_person, self.add_stage,
                self.add_channel, *self.marks]


class WindowSlots(Protocol):
    """What the window's actions call (the main window provides them)."""

    def choose_and_open(self) -> None: ...
    def save(self) -> bool: ...
    def save_as(self) -> bool: ...
    def revert_to_saved(self) -> bool: ...
    def edit_project_sheet(self) -> bool: ...
    def edit_preferences(self) -> bool: ...
    def import_file(self) -> bool: ...
    def export_file(self) -> bool: ...
    def export_pdf(self) -> bool: ...
    def export_image(self) -> bool: ...
    def copy_map_image(self) -> bool: ...
    def close(self) -> bool: ...
    def zoom(self, factor: float) -> None: ...
    def fit(self) -> None: ...
    def on_view(self, act: Callable[[JourneyView], object]) -> None: ...
    def on_editing(self, act: Callable[[JourneyEditing], object]) -> None: ...
    def select_all_notes(self) -> None: ...
    def set_first_person_check(self, on: bool) -> None: ...
    def new_from_template(self, template_id: str) -> bool: ...


def make_action(owner: QObject, text: str, slot: Callable[..., object], shortcuts: Sequence[Shortcut] = (),
                icon: str = "") -> QAction:
    action = QAction(text, owner)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.triggered.connect(slot)
    action.setProperty("icon_name", icon)
    return action


def build_actions(window: QMainWindow, slots: WindowSlots, undo_stack: QUndoStack) -> WindowActions:
    """Create the actions of ``window``, connected to ``slots`` (the main window is both)."""
    key = QKeySequence.StandardKey
    undo, redo = undo_actions(window, undo_stack)
    w, on = window, slots

    def on_view(act: Callable[[JourneyView], object]) -> Callable[[], None]:
        return lambda: on.on_view(act)

    def on_editing(act: Callable[[JourneyEditing], object]) -> Callable[[], None]:
        return lambda: on.on_editing(act)

    actions = WindowActions(
        new_menu=QMenu(translate("Actions", "&New"), w),
        recent_menu=QMenu(translate("Actions", "Open &recent"), w),
        open=make_action(w, translate("Actions", "&Open…"), on.choose_and_open, [key.Open], "open"),
        save=make_action(w, translate("Actions", "&Save"), on.save, ["Ctrl+S"], "save"),
        save_as=make_action(w, translate("Actions", "Save &as…"), on.save_as, ["Ctrl+Shift+S"], "save_as"),
        revert=make_action(w, translate("Actions", "&Revert to the saved version"), on.revert_to_saved, [], "revert"),
        import_=make_action(w, translate("Actions", "&Import…"), on.import_file, ["Ctrl+Shift+I"], "import"),
        export=make_action(w, translate("Actions", "&Export…"), on.export_file, ["Ctrl+Shift+E"], "export"),
        export_pdf=make_action(w, translate("Actions", "Export as P&DF…"), on.export_pdf, ["Ctrl+P"], "pdf"),
        export_image=make_action(w, translate("Actions", "Export ima&ge…"), on.export_image, [], "export"),
        copy_image=make_action(w, translate("Actions", "Copy map as i&mage"), on.copy_map_image, ["Ctrl+Alt+C"],
                               "copy"),
        quit=make_action(w, translate("Actions", "&Quit"), w.close, ["Ctrl+Q"], "quit"),
        undo=undo,
        redo=redo,
        zoom_in=make_action(w, translate("Actions", "Zoom &in"), lambda: on.zoom(ZOOM_STEP), ["Ctrl++", "Ctrl+="],
                            "zoom_in"),
        zoom_out=make_action(w, translate("Actions", "Zoom &out"), lambda: on.zoom(1 / ZOOM_STEP), ["Ctrl+-"],
                             "zoom_out"),
        fit=make_action(w, translate("Actions", "&Fit the journey"), on.fit, ["Ctrl+0"], "zoom_fit"),
        new_note=make_action(w, translate("Actions", "&New note in the current cell"),
                             on_view(lambda view: view.write_new_note()), ["N"], "note_new"),
        edit_note=make_action(w, translate("Actions", "&Edit the note"), on_view(lambda view: view.edit_selected()),
                              ["F2"], "note_edit"),
        cut=make_action(w, translate("Actions", "Cu&t"), on_editing(lambda e: e.copy_selected(True)), ["Ctrl+X"],
                        "cut"),
        copy=make_action(w, translate("Actions", "&Copy"), on_editing(lambda e: e.copy_selected()), ["Ctrl+C"], "copy"),
        paste=make_action(w, translate("Actions", "&Paste"), on_editing(lambda e: e.paste()), ["Ctrl+V"], "paste"),
        duplicate=make_action(w, translate("Actions", "D&uplicate"), on_editing(lambda e: e.duplicate_selected()),
                              ["Ctrl+D"], "duplicate"),
        delete=make_action(w, translate("Actions", "&Delete"), on_editing(lambda e: e.delete_selected()), ["Delete"],
                           "delete"),
        select_all=make_action(w, translate("Actions", "Select &all the notes"), on.select_all_notes, ["Ctrl+A"]),
        fix_first_person=make_action(w, translate("Actions", "Write in the &first person"),
                                     on_editing(lambda e: e.fix_first_person()), [], "first_person"),
        add_stage=make_action(w, translate("Actions", "Add a &stage…"), on_editing(lambda e: e.insert_line(Stage)),
                              [], "add_stage"),
        add_channel=make_action(w, translate("Actions", "Add a c&hannel…"),
                                on_editing(lambda e: e.insert_line(Channel)), [], "add_channel"),
        first_person_check=make_action(w, translate("Actions", "Mark notes not in the &first person"),
                                       on.set_first_person_check),
        project_sheet=make_action(w, translate("Actions", "Project s&heet…"), on.edit_project_sheet, [],
                                  "project_sheet"),
        preferences=make_action(w, translate("Actions", "&Preferences…"), on.edit_preferences, []),
        evaluate_menu=QMenu(translate("Actions", "E&valuate"), w),
        marks=mark_actions(w, on_editing),
    )
    actions.evaluate_menu.addActions(actions.marks[:5])
    actions.evaluate_menu.addSeparator()
    actions.evaluate_menu.addActions(actions.marks[5:])
    # Short labels beside the toolbar icons (menus keep the full sentence).
    actions.new_note.setIconText(translate("Actions", "Note"))
    actions.add_stage.setIconText(translate("Actions", "Stage"))
    actions.add_channel.setIconText(translate("Actions", "Channel"))
    actions.fit.setIconText(translate("Actions", "Fit"))
    actions.export_pdf.setIconText("PDF")
    actions.first_person_check.setCheckable(True)
    actions.first_person_check.setChecked(True)
    actions.new_menu.setProperty("icon_name", "new")
    actions.new_menu.aboutToShow.connect(lambda: _fill_new_menu(actions.new_menu, slots))
    return actions


def mark_actions(window: QMainWindow, on_editing: Callable[[Callable[[JourneyEditing], object]], Callable[[], None]],
                 ) -> list[QAction]:
    """The one-key marks on the selected notes, each one undo step: 1–4 and 0 evaluate, M toggles the
    moment of truth, + and − move the emotion, V adds a vote. A key that needs Shift on some keyboards
    (digits on a French one) works with it too, and so do the numeric keypad's."""

    def evaluate(evaluation: Evaluation) -> Callable[[], None]:
        return on_editing(lambda e: e.evaluate_selected(evaluation))

    def step(field: str, by: int) -> Callable[[], None]:
        return on_editing(lambda e: e.step_selected(field, by))

    def keys(key: str) -> list[str]:
        return [key, f"Shift+{key}", f"Num+{key}"]

    marks = [
        make_action(window, translate("Actions", "&Delight"), evaluate(Evaluation.DELIGHT), keys("1"), "note_delight"),
        make_action(window, translate("Actions", "&Neutral"), evaluate(Evaluation.NEUTRAL), keys("2"), "note_neutral"),
        make_action(window, translate("Actions", "&Pain point"), evaluate(Evaluation.PAIN), keys("3"), "note_pain"),
        make_action(window, translate("Actions", "&Breaking point"), evaluate(Evaluation.BREAKING), keys("4"),
                    "note_breaking"),
        make_action(window, translate("Actions", "Not &evaluated"), evaluate(Evaluation.NONE), keys("0"), "mark_none"),
        make_action(window, translate("Actions", "&Moment of truth (on/off)"),
                    on_editing(lambda e: e.toggle_moment_of_truth()), ["M"], "moment_of_truth"),
        make_action(window, translate("Actions", "Emotion &up"), step("emotion", 1), keys("+"), "emotion_up"),
        make_action(window, translate("Actions", "Emotion &down"), step("emotion", -1), ["-", "Num+-"], "emotion_down"),
        make_action(window, translate("Actions", "One more &vote"), step("votes", 1), ["V"], "vote_more"),
    ]
    for action, evaluation in zip(marks, (Evaluation.DELIGHT, Evaluation.NEUTRAL, Evaluation.PAIN,
                                          Evaluation.BREAKING), strict=False):
        action.setProperty("icon_color", EVALUATION_ICONS[evaluation][2])  # the colour the note's icon has
    marks[5].setProperty("icon_color", STAR)
    return marks


def undo_actions(window: QMainWindow, undo_stack: QUndoStack) -> tuple[QAction, QAction]:
    """Undo and Redo with fixed labels, so the toolbar never moves under the pointer (the stack's
    own actions put the command's name in the label); the command's name is in the tooltip."""
    undo = make_action(window, translate("Actions", "&Undo"), undo_stack.undo, ["Ctrl+Z"], "undo")
    redo = make_action(window, translate("Actions", "&Redo"), undo_stack.redo, ["Ctrl+Shift+Z", "Ctrl+Y"], "redo")

    def update() -> None:
        undo.setEnabled(undo_stack.canUndo())
        redo.setEnabled(undo_stack.canRedo())
        # A command's name may quote user text (a stage's name): plain_tip.
        undo_name, redo_name = undo_stack.undoText(), undo_stack.redoText()
        undo.setToolTip(plain_tip(fill(translate("Actions", "Undo: %1"), undo_name)) if undo_name
                        else translate("Actions", "Undo"))
        redo.setToolTip(plain_tip(fill(translate("Actions", "Redo: %1"), redo_name)) if redo_name
                        else translate("Actions", "Redo"))

    for signal in (undo_stack.canUndoChanged, undo_stack.undoTextChanged, undo_stack.canRedoChanged,
                   undo_stack.redoTextChanged):
        signal.connect(lambda *_: update())
    update()
    return undo, redo


def _fill_new_menu(menu: QMenu, window: WindowSlots) -> None:
    """One entry per template, read when the menu first opens (not needed for the first paint)."""
    if menu.isEmpty():
        from cjm_desktop.templates import templates

        for template in templates(language()):
            menu.addAction(template.name, partial(window.new_from_template, template.id))


def build_menus(window: QMainWindow, a: WindowActions) -> WindowMenus:
    """The window's menus and toolbar with the window's own actions; features add theirs after."""
    file_menu = window.menuBar().addMenu(translate("Actions", "&File"))
    file_menu.addMenu(a.new_menu)
    file_menu.addAction(a.open)
    file_menu.addMenu(a.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([a.save, a.save_as, a.revert])
    file_menu.addAction(a.project_sheet)
    file_menu.addSeparator()
    file_menu.addActions([a.import_, a.export, a.export_pdf, a.export_image])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = window.menuBar().addMenu(translate("Actions", "&Edit"))
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([a.new_note, a.edit_note, a.fix_first_person])
    edit_menu.addMenu(a.evaluate_menu)
    edit_menu.addSeparator()
    edit_menu.addActions([a.cut, a.copy, a.copy_image, a.paste, a.duplicate, a.delete, a.select_all])
    edit_menu.addSeparator()
    a.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    edit_menu.addAction(a.preferences)
    journey_menu = window.menuBar().addMenu(translate("Actions", "&Journey"))
    journey_menu.addActions([a.add_stage, a.add_channel])
    view_menu = window.menuBar().addMenu(translate("Actions", "&View"))
    view_menu.addActions([a.zoom_in, a.zoom_out, a.fit])
    toolbar = window.addToolBar(translate("Actions", "Main toolbar"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([a.open, a.save, a.export_pdf])
    toolbar.addSeparator()
    toolbar.addActions([a.undo, a.redo])
    toolbar.addSeparator()
    toolbar.addActions([a.new_note, a.add_stage, a.add_channel])
    toolbar.addSeparator()
    toolbar.addActions([a.zoom_out, a.zoom_in, a.fit])
    return WindowMenus(file=file_menu, edit=edit_menu, journey=journey_menu, view=view_menu, toolbar=toolbar)


def attach_icons(window: QMainWindow, a: WindowActions) -> None:
    """Give every action its icon (call after the first paint, with the QApplication running)."""
    for action in window.findChildren(QAction):
        if name := action.property("icon_name"):
            color = action.property("icon_color")
            action.setIcon(icons.icon(name, color) if color else icons.icon(name))
    a.new_menu.setIcon(icons.icon("new"))
    a.recent_menu.setIcon(icons.icon("recent"))
