"""Turns the gestures on one journey's canvas into core commands (one undo step each).

The scene and the view only emit what the user did; this object decides what it means
for the document (which command, which undo text, which question to ask first) and runs
it through the ``DocumentController``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QPoint
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from cjm_desktop.commands import (
    PARKING,
    AddAxisItem,
    AddTouchpoints,
    Command,
    DeleteAxisItem,
    DeleteTouchpoints,
    DuplicateTouchpoints,
    EditEntity,
    EditTouchpoints,
    MarkTouchpoints,
    MoveAxisItem,
    MoveTouchpoints,
    StepTouchpoints,
)
from cjm_desktop.commands.votes import StepVotes
from cjm_desktop.model.domain import Channel, Evaluation, Phase, ProjectState, Stage, Touchpoint
from cjm_desktop.model.placement import Cell
from cjm_desktop.text import clipboard
from cjm_desktop.text.capture import capture
from cjm_desktop.text.first_person import first_person_fix
from ui.canvas import palette
from ui.canvas.journey_view import JourneyView
from ui.canvas.note_editor import EditTarget
from ui.document.document_controller import DocumentController
from ui.i18n import language
from ui.widgets.plain_text import fill
from ui.widgets.prompts import NotesDestination, Prompts

Axis = type[Stage] | type[Channel]  # what a grid line is: a stage (column) or a channel (row)


NoteMenuEntries = Callable[[], Sequence[QAction | None]]  # the window's actions on notes (None: a separator)


class JourneyEditing(QObject):
    """Edits of one journey, through ``controller``; questions go through ``prompts``, and a
    note's context menu offers the window's ``note_menu_entries``."""

    def __init__(self, view: JourneyView, controller: DocumentController, prompts: Prompts,
                 note_menu_entries: NoteMenuEntries) -> None:
        super().__init__(view)
        self.view, self.scene, self.controller = view, view.journey_scene, controller
        self.prompts, self.note_menu_entries = prompts, note_menu_entries
        scene = self.scene
        scene.create_requested.connect(view.write_new_note)
        scene.edit_requested.connect(view.edit_note)
        scene.move_requested.connect(self.move_notes)
        scene.header_activated.connect(self.rename_line)
        scene.header_moved.connect(self.move_line)
        scene.header_menu_requested.connect(self.line_menu)
        scene.note_menu_requested.connect(self.note_menu)
        view.text_committed.connect(self.write_text)
        view.move_selection_requested.connect(lambda ids, cell: self.move_notes(ids, cell, None))

    def axis_words(self, cls: Axis) -> dict[str, str]:
        """The words that name a stage or a channel in menus, questions and undo steps."""
        if cls is Stage:
            return {"rename": self.tr("Rename the stage"), "new": self.tr("New stage"),
                    "before": self.tr("Insert a stage before"), "after": self.tr("Insert a stage after"),
                    "delete": self.tr("Delete the stage…")}
        return {"rename": self.tr("Rename the channel"), "new": self.tr("New channel"),
                "before": self.tr("Insert a channel above"), "after": self.tr("Insert a channel below"),
                "delete": self.tr("Delete the channel…")}

    @property
    def journey_id(self) -> int:
        return self.scene.journey_id

    @property
    def state(self) -> ProjectState:
        doc = self.controller.doc
        if doc is None:
            raise RuntimeError("a journey is edited only while its document is open")
        return doc.state

    def run(self, command: Command, text: str) -> bool:
        return self.controller.execute(command, text)

    # --- notes ----------------------------------------------------------------------
    def write_text(self, target: EditTarget, text: str) -> None:
        if target.note_id is None:
            command = AddTouchpoints(self.journey_id, target.cell, texts=[text], index=target.index)
            if self.run(command, self.tr("New note")):
                self.scene.select_notes(command.created_ids)
        else:
            self.run(EditTouchpoints([target.note_id], text=text), self.tr("Edit a note"))

    def edit_notes(self, ids: list[int], changes: dict) -> None:
        """Apply property-panel changes (typing merges into one undo step, see the core)."""
        if ids and changes:
            self.run(EditTouchpoints(ids, **changes), self.tr("Edit notes"))

    def move_notes(self, ids: list[int], cell: Cell, index: int | None) -> None:
        if self.run(MoveTouchpoints(ids, cell, index), self.tr("Move notes")):
            self.scene.select_notes(ids)

    def delete_selected(self) -> None:
        if ids := self.scene.selected_ids():
            self.run(DeleteTouchpoints(ids), self.tr("Delete notes"))

    def duplicate_selected(self) -> None:
        if ids := self.scene.selected_ids():
            command = DuplicateTouchpoints(ids)
            if self.run(command, self.tr("Duplicate notes")):
                self.scene.select_notes(command.created_ids)

    # --- one-key marks (Édition › Évaluer, and the note's context menu) -----------------------
    def evaluate_selected(self, evaluation: Evaluation) -> None:
        """Give the selected notes ``evaluation``: one undo step for all of them."""
        if ids := self.scene.selected_ids():
            self.run(MarkTouchpoints(ids, evaluation=evaluation), self.tr("Evaluate notes"))

    def toggle_moment_of_truth(self) -> None:
        """Mark the selected notes as moments of truth, or unmark them when all of them are."""
        if notes := self.selected_notes():
            marked = not all(note.moment_of_truth for note in notes)
            self.run(MarkTouchpoints([n.id for n in notes], moment_of_truth=marked), self.tr("Moment of truth"))

    def step_selected(self, field: str, step: int) -> None:
        """The selected notes' emotion or votes one step up or down (each within its range)."""
        if ids := self.scene.selected_ids():
            if field == "emotion":
                self.run(StepTouchpoints(ids, field, step), self.tr("Emotion"))
            else:  # the direct-entry count (« Saisie directe »): a voting session's dots are cast in its dock
                self.run(StepVotes(ids, step), self.tr("Votes"))

    def capture(self, text: str, evaluation: Evaluation = Evaluation.NONE, author: str = "",
                hidden: bool = False) -> list[str]:
        """Quick capture: one note per line of ``text``, each in the current cell or in the cell its
        ``channel/stage:`` prefix names, given ``evaluation`` and ``author`` (face down when ``hidden``);
        one undo step. Returns the prefixes that named no single cell (those lines went to the current cell)."""
        journey = self.journey_id
        found = capture(text, self.scene.current_cell, [(s.id, s.name) for s in self.state.stages(journey)],
                        [(c.id, c.name) for c in self.state.channels(journey)])
        commands = [AddTouchpoints(journey, cell, prototypes=[Touchpoint(0, journey, t, evaluation=evaluation,
                                                                         author=author, hidden=hidden)
                                                              for t in texts])
                    for cell, texts in found.notes.items()]
        stack = self.controller.undo_stack
        if len(commands) > 1:
            stack.beginMacro(self.tr("Quick capture"))
        created = [i for command in commands if self.run(command, self.tr("Quick capture"))
                   for i in command.created_ids]
        if len(commands) > 1:
            stack.endMacro()
        if created and created[-1] in self.scene.notes:
            self.view.ensureVisible(self.scene.notes[created[-1]].sceneBoundingRect(), 40, 40)
        return found.unknown

    def selected_notes(self) -> list[Touchpoint]:
        """The selected notes, in reading order."""
        return [note for i in self.scene.selected_ids() if (note := self.state.get(Touchpoint, i)) is not None]

    def fix_first_person(self) -> None:
        for note in self.selected_notes():  # one command per note: texts differ
            if (fixed := first_person_fix(note.text, language())) != note.text:
                self.run(EditTouchpoints([note.id], text=fixed), self.tr("Write in the first person"))

    def copy_selected(self, cut: bool = False) -> None:
        notes = self.selected_notes()
        if not notes:
            return
        data = QMimeData()
        data.setData(clipboard.MIME_TYPE, clipboard.encode_notes(notes).encode())
        data.setText(clipboard.plain_text(notes))
        QGuiApplication.clipboard().setMimeData(data)
        if cut:
            self.run(DeleteTouchpoints([n.id for n in notes]), self.tr("Cut notes"))

    def paste(self) -> None:
        """Notes copied in CJM Desktop (every field kept), else one note per line of text,
        into the current cell."""
        data = QGuiApplication.clipboard().mimeData()
        try:
            if data.hasFormat(clipboard.MIME_TYPE):
                command = AddTouchpoints(self.journey_id, self.scene.current_cell,
                                         prototypes=clipboard.decode_notes(bytes(data.data(clipboard.MIME_TYPE).data())))
            elif texts := clipboard.lines_to_texts(data.text()):
                command = AddTouchpoints(self.journey_id, self.scene.current_cell, texts=texts)
            else:
                return
        except ValueError:
            self.controller.failed.emit(self.tr("The clipboard holds nothing that can be pasted as notes."), "")
            return
        if self.run(command, self.tr("Paste notes")):
            self.scene.select_notes(command.created_ids)

    # --- stages and channels ------------------------------------------------------------
    def rename_line(self, cls: Axis, item_id: int) -> None:
        item = self.state.get(cls, item_id)
        if item is None:
            return
        words = self.axis_words(cls)
        name = self.prompts.ask_text(self.view.window(), words["rename"], self.tr("Name:"), item.name)
        if name and name != item.name:
            self.run(EditEntity(cls, item_id, name=name), words["rename"])

    def insert_line(self, cls: Axis, index: int | None = None, phase: Phase | None = None) -> None:
        """Ask the name of a new stage or channel and add it at ``index``; without an index (the
        toolbar, the menu), right after the current cell's line — a stage in that stage's phase."""
        if index is None:
            index, phase = self._after_current(cls)
        words = self.axis_words(cls)
        name = self.prompts.ask_text(self.view.window(), words["new"], self.tr("Name:"))
        if not name:
            return
        fields = {"phase": phase} if cls is Stage and phase is not None else {}
        command = AddAxisItem(cls, self.journey_id, name, index, **fields)
        if self.run(command, words["new"]) and cls is Stage and command.created_id is not None:
            channel = self.scene.current_cell[0]
            if channel is not None:
                self.scene.set_current_cell((channel, command.created_id))  # the new stage is the current one

    def _after_current(self, cls: Axis) -> tuple[int | None, Phase | None]:
        """(index after the current cell's stage or channel, that stage's phase); the end when
        the current cell is the parking area."""
        channel_id, stage_id = self.scene.current_cell
        lines = self.state.stages(self.journey_id) if cls is Stage else self.state.channels(self.journey_id)
        current = stage_id if cls is Stage else channel_id
        ids = [line.id for line in lines]
        if current not in ids:
            return None, None
        stage = self.state.get(Stage, stage_id) if cls is Stage else None
        return ids.index(current) + 1, stage.phase if stage is not None else None

    def move_line(self, cls: Axis, item_id: int, index: int) -> None:
        self.run(MoveAxisItem(cls, item_id, index), self.tr("Reorder"))

    def delete_line(self, cls: Axis, item_id: int) -> None:
        """Delete a stage or channel; if it holds notes, ask where they go (never lost)."""
        item = self.state.get(cls, item_id)
        if item is None:
            return
        lines = self.state.stages(self.journey_id) if cls is Stage else self.state.channels(self.journey_id)
        side = 1 if cls is Stage else 0  # which half of a note's cell names this line
        held = [n for n in self.state.touchpoints(self.journey_id) if n.cell[side] == item_id]
        notes_to: int | str | None = None
        if held:
            index = [line.id for line in lines].index(item_id)
            neighbour = lines[index - 1] if index > 0 else lines[1] if len(lines) > 1 else None
            question = fill(self.tr("« %1 » holds %n note(s). Where should they go?", "", len(held)), item.name)
            answer = self.prompts.ask_notes_destination(self.view.window(), question,
                                                               neighbour.name if neighbour else None)
            if answer is NotesDestination.CANCEL:
                return
            notes_to = neighbour.id if answer is NotesDestination.NEIGHBOUR and neighbour else PARKING
        self.run(DeleteAxisItem(cls, item_id, notes_to), self.axis_words(cls)["delete"].rstrip("…"))

    def set_phase(self, stage_id: int, phase: Phase | None) -> None:
        self.run(EditEntity(Stage, stage_id, phase=phase), self.tr("Change the phase"))

    # --- context menus -------------------------------------------------------------------
    def line_menu(self, cls: Axis, item_id: int, where: QPoint) -> None:
        words = self.axis_words(cls)
        lines = self.state.stages(self.journey_id) if cls is Stage else self.state.channels(self.journey_id)
        index = [line.id for line in lines].index(item_id)
        menu = QMenu(self.view.window())
        menu.addAction(words["rename"] + "…", lambda: self.rename_line(cls, item_id))
        stage = self.state.get(Stage, item_id) if cls is Stage else None
        phase = stage.phase if stage is not None else None
        menu.addAction(words["before"] + "…", lambda: self.insert_line(cls, index, phase))
        menu.addAction(words["after"] + "…", lambda: self.insert_line(cls, index + 1, phase))
        if cls is Stage:
            phases = menu.addMenu(self.tr("Phase"))
            for value in (*Phase, None):
                action = phases.addAction(QCoreApplication.translate("Phase", palette.PHASE_LABELS[value]),
                                          partial(self.set_phase, item_id, value))
                action.setCheckable(True)
                action.setChecked(value == phase)
        menu.addSeparator()
        menu.addAction(words["delete"], lambda: self.delete_line(cls, item_id))
        menu.popup(where)

    def note_menu(self, where: QPoint) -> None:
        menu = QMenu(self.view.window())
        for action in self.note_menu_entries():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(where)
