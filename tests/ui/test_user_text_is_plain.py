"""User text is shown as typed, never read as markup (issue 13, item 1).

A stage, journey or persona name, a note, a KPI, a file name or a cell value quoted in an import
refusal can come from a stranger's file. Shown by Qt's automatic text format (labels, message
boxes, tooltips), text that *looks* like HTML is parsed, and ``<img src=…>`` is read from the
local disk: a stage named ``<img src=/dev/zero>`` would read until memory runs out.

**The canary.** Every hostile string points an ``<img>`` at ``canary.bin``, a 32 MiB sparse
file, by its absolute path or relative to the working folder (the test runs in the canary's
folder). Qt loads an image of rich text by reading the whole file (``QTextDocument::
loadResource``), so one load adds 32 MiB to the process's ``rchar`` (``/proc/self/io``: every
byte ``read(2)`` returned, whatever the mount options — unlike ``atime``). Each place is shown
and rendered (labels laid out, windows grabbed, tooltips shown); the process must have read less
than half the canary meanwhile. **Shown as typed**: what each widget displays (a label's text
as its format makes Qt show it, a tooltip's rich text as plain text, a button's or tab's text
less its mnemonics, a window's title less its ``[*]``) holds the raw user text. Both fail on the
code before the fix (stage panel, compare view, import refusal, PDF dialog, prompts…).
"""

from __future__ import annotations

import ast
import itertools
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTextEdit,
    QToolTip,
    QWidget,
)

from cjm_desktop.commands import AddTouchpoints, DeleteTouchpoints, EditEntity, EditTouchpoints, MoveTouchpoints
from cjm_desktop.commands.actions import AddAction
from cjm_desktop.commands.journeys import DeriveTarget
from cjm_desktop.commands.new_project import new_project_ops
from cjm_desktop.commands.personas import AddPersona
from cjm_desktop.commands.stage_details import AddKpi, EditStageDetails, SetLanes
from cjm_desktop.document import Document
from cjm_desktop.model.domain import (
    LANES,
    Action,
    Channel,
    Evaluation,
    Journey,
    Persona,
    Project,
    Stage,
    Touchpoint,
)
from cjm_desktop.model.limits import SHORT_TEXT
from cjm_desktop.queries.stage_details import details_of, kpis_of
from cjm_desktop.storage.working import WorkingStore
from cjm_desktop.text.first_person import first_person_fix
from ui.widgets.prompts import NotesDestination, Prompts

CANARY_BYTES = 32 * 1024 * 1024
UI = Path(__file__).resolve().parents[2] / "ui"


# --- what the process read, and what a widget displays -------------------------------------
def bytes_read() -> int:
    """Bytes this process's ``read`` calls have returned so far (Linux ``rchar``)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise AssertionError("no rchar in /proc/self/io")


def might_be_rich(text: str) -> bool:
    """Qt's guess, for a label or tooltip in the automatic format."""
    return bool(QtGuiNamespace.mightBeRichText(text))


def as_rich_text(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)  # parsed, never laid out: no resource is loaded here
    return document.toPlainText().replace("\u2028", "\n")


def label_shows(label: QLabel) -> str:
    """What a label displays: its text, as Qt reads it for the label's format."""
    text, text_format = label.text(), label.textFormat()
    rich = text_format == Qt.TextFormat.RichText or (text_format == Qt.TextFormat.AutoText
                                                      and might_be_rich(text))
    return as_rich_text(text) if rich else text


def tip_shows(tip: str) -> str:
    """What a tooltip displays (Qt always guesses a tooltip's format)."""
    return as_rich_text(tip) if might_be_rich(tip) else tip


def mnemonic_shows(text: str) -> str:
    """What a button, a tab or a menu entry displays: « &x » underlines x, « && » is one « & »."""
    return re.sub(r"&(.)", r"\1", text)


def is_plain(label: QLabel) -> bool:
    return label.textFormat() == Qt.TextFormat.PlainText or (
        label.textFormat() == Qt.TextFormat.AutoText and not might_be_rich(label.text()))


def render(widget: QWidget) -> None:
    """Lay out and paint ``widget`` and its labels (rich text loads its images then)."""
    for label in [widget, *widget.findChildren(QLabel)]:
        if isinstance(label, QLabel):
            label.sizeHint()
    widget.grab()


def show_tip(tip: str) -> None:
    """Show ``tip`` as QToolTip does (its label guesses the format and sizes itself)."""
    QToolTip.showText(QPoint(10, 10), tip)
    for widget in QApplication.topLevelWidgets():
        if widget.inherits("QTipLabel"):
            render(widget)
    QToolTip.hideText()


@dataclass
class Seen:
    """What a place shows: (where, the raw user text, what the widget displays)."""

    items: list[tuple[str, str, str]] = field(default_factory=list)
    tips: list[str] = field(default_factory=list)

    def label(self, where: str, raw: str, *labels: QLabel) -> None:
        for label in labels:
            render(label)
        self.items.append((where, raw, " | ".join(label_shows(label) for label in labels)))

    def tip(self, where: str, raw: str, tip: str) -> None:
        self.tips.append(tip)
        self.items.append((where, raw, tip_shows(tip)))

    def text(self, where: str, raw: str, shown: str) -> None:
        """A widget that never reads markup (line edits, item views, combo boxes)."""
        self.items.append((where, raw, shown))

    def mnemonic(self, where: str, raw: str, text: str) -> None:
        self.items.append((where, raw, mnemonic_shows(text)))

    def title(self, where: str, raw: str, window: QWidget) -> None:
        handle = window.windowHandle()
        assert handle is not None, "the window must be shown"
        self.items.append((where, raw, handle.title()))  # the title as the window system gets it


# --- the hostile project -------------------------------------------------------------------
def hostile_texts(canary: Path) -> list[str]:
    """The corpus; each text loads the canary if read as HTML (on its first line, so that
    Qt.mightBeRichText says yes), and tries one more trick."""
    absolute, relative = f'<img src="{canary}">', f"<img src={canary.name}>"
    return [
        absolute,
        f"<b>bold</b> {relative}",
        f'<a href="file:///etc/passwd">x</a> {absolute}',
        f"<table><tr><td>{relative}",
        f"&amp; &lt;b&gt; {absolute}",
        f"<style>img {{ width: 1px }}</style>{relative}",
        f"<qt>[*] {absolute}",
        f"😀 👩‍👩‍👧 %1 %2 \u200fעברית\u202e {relative}",
        "x" * (10_000 - len(relative)) + relative,
    ]


def build_hostile(doc: Document, texts: list[str]) -> None:
    """Every text field of the project holds a corpus text (names: the last SHORT_TEXT characters)."""
    longs = itertools.cycle(texts)
    shorts = itertools.cycle([text[-SHORT_TEXT:] for text in texts])

    def short() -> str:
        return next(shorts)

    def long() -> str:
        return next(longs)

    run = doc.execute
    run(EditEntity(Project, 1, organisation=short(), purpose=long(), description=long(),
                   facilitators=(short(), short())))
    personas = []
    for name in (texts[2], texts[5]):
        add = AddPersona(name, age=40, occupation=short(), segment=short(), quote=long(), goals=long(),
                         frustrations=long(), habits=long())
        run(add)
        personas.append(add.created_id)
    journey = doc.state.journeys[0].id
    run(EditEntity(Journey, journey, name=texts[6], persona_id=personas[0], description=long()))
    run(SetLanes(journey, LANES))
    stages, channels = doc.state.stages(journey), doc.state.channels(journey)
    for stage in stages:
        run(EditEntity(Stage, stage.id, name=short()))
        run(EditStageDetails(stage.id, customer_goal=long(), nominal_duration=short(),
                             listening_devices=(short(),), departments=(short(), short())))
        run(AddKpi(stage.id, short(), short(), short()))
    for channel in channels:
        run(EditEntity(Channel, channel.id, name=short()))
    notes: list[int] = []
    for index, stage in enumerate(stages):
        add_notes = AddTouchpoints(journey, (channels[index % len(channels)].id, stage.id), texts=[long(), long()])
        run(add_notes)
        evaluation = Evaluation.PAIN if index % 2 else Evaluation.BREAKING
        run(EditTouchpoints(add_notes.created_ids, evaluation=evaluation, emotion=-1, comment=long(),
                            departments=(short(),)))
        for note_id in add_notes.created_ids:
            run(EditEntity(Touchpoint, note_id, negative_impact=long(), solutions=long()))
        notes += add_notes.created_ids
    run(AddTouchpoints(journey, (None, None), texts=[long()]))  # « To sort »
    for first in (0, 3):
        run(AddAction(short(), journey, notes[first:first + 3], owner_department=short(), description=long()))
    derive = DeriveTarget(journey, texts[1])
    run(derive)
    target = derive.created_id
    run(EditEntity(Journey, target, persona_id=personas[1]))
    target_notes = sorted(doc.state.touchpoints(target), key=lambda n: n.id)
    target_stages, target_channels = doc.state.stages(target), doc.state.channels(target)
    run(EditTouchpoints([target_notes[0].id], text=long()))  # changed
    run(MoveTouchpoints([target_notes[1].id], (target_channels[-1].id, target_stages[-1].id)))  # moved
    run(DeleteTouchpoints([target_notes[2].id]))  # removed
    run(AddTouchpoints(target, (target_channels[0].id, target_stages[0].id), texts=[long()]))  # added


@pytest.fixture(scope="session")
def canary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("canary") / "canary.bin"
    with path.open("wb") as file:
        file.truncate(CANARY_BYTES)  # sparse: no disk used, and reading it costs little
    return path


@pytest.fixture(scope="session")
def hostile_file(tmp_path_factory: pytest.TempPathFactory, canary: Path) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile.cjm"
    with tempfile.TemporaryDirectory() as tmp:
        doc = Document.new(WorkingStore(Path(tmp)), new_project_ops(hostile_texts(canary)[0], "parcours-en-8"))
        try:
            build_hostile(doc, hostile_texts(canary))
            doc.save(path)
        finally:
            doc.close()
    return path


@pytest.fixture(scope="session")
def warm(qapp) -> None:
    """What a place may load on first use (qtawesome's fonts, reportlab), loaded before any count."""
    from cjm_desktop.pdf import export  # noqa: F401 - imported for its cost
    from cjm_desktop.pdf.fonts import missing_characters, register_fonts
    from ui.widgets import icons

    register_fonts()
    missing_characters("x")
    icons.icon("open")


@dataclass
class Hostile:
    window: Any  # MainWindow
    prompts: Any  # RecordedPrompts
    qtbot: Any
    folder: Path
    texts: list[str]
    read_before: int

    @property
    def state(self):
        return self.window.controller.doc.state

    @property
    def current(self) -> Journey:
        return self.state.journeys[0]

    @property
    def target(self) -> Journey:
        return self.state.journeys[1]


@pytest.fixture
def hostile(window, prompts, qtbot, hostile_file: Path, canary: Path, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch, warm: None) -> Hostile:
    """The hostile project, under a hostile file name, open and shown in the main window."""
    monkeypatch.chdir(canary.parent)  # where Qt looks for « <img src=canary.bin> »
    path = tmp_path / f"<img src={canary.name}>.cjm"
    shutil.copyfile(hostile_file, path)
    read_before = bytes_read()
    assert window.open_path(path)
    window.show()
    qtbot.waitExposed(window)
    return Hostile(window, prompts, qtbot, tmp_path, hostile_texts(canary), read_before)


# --- answering the real message boxes ------------------------------------------------------------
def answer_modal(run: Callable[[], object], look: Callable[[QDialog], None]) -> object:
    """Run ``run``, which shows a modal dialog; ``look`` at that dialog, then cancel it."""
    looked: list[QDialog] = []

    def answer(tries: int = 0) -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        if not dialogs and tries < 200:
            QTimer.singleShot(10, lambda: answer(tries + 1))
            return
        for dialog in dialogs:
            looked.append(dialog)
            look(dialog)
            dialog.reject()

    QTimer.singleShot(0, answer)
    result = run()
    assert looked, "no dialog was shown"
    return result


def message_box_of(parent: QWidget) -> QMessageBox:
    """The message box a non-blocking prompt opened on ``parent`` (the last one)."""
    boxes = [box for box in parent.findChildren(QMessageBox) if box.isVisible()]
    assert boxes, "no message box is open"
    return boxes[-1]


def box_labels(box: QWidget) -> list[QLabel]:
    return [label for label in box.findChildren(QLabel) if label.text()]


# --- the places that show user text --------------------------------------------------------------
def stage_panel(h: Hostile) -> Seen:
    seen, state = Seen(), h.state
    dock = h.window.stage_dock
    dock.set_wanted(True)
    for stage in state.stages(h.current.id):
        dock.show_stage(stage.id)
        panel = dock.panel
        seen.label("stage panel title: stage", stage.name, panel.title)
        seen.label("stage panel title: journey", h.current.name, panel.title)
        details = details_of(state, stage.id)
        seen.text("customer goal", details.customer_goal, panel.goal_edit.text())
        seen.text("nominal duration", details.nominal_duration, panel.duration_edit.text())
        for department in details.departments:
            seen.text("departments", department, panel.departments_edit.text())
        seen.text("other listening devices", details.listening_devices[0], panel.other_edit.text())
        for row, kpi in enumerate(kpis_of(state, stage.id)):
            for column, value in enumerate((kpi.name, kpi.target, kpi.alert_threshold)):
                seen.text("KPI", value, panel.kpi_table.item(row, column).text())
        render(panel)
    return seen


def properties_panel(h: Hostile) -> Seen:
    seen, window = Seen(), h.window
    window.properties_dock.set_wanted(True)
    scene = window.tabs.current_scene()
    for note in h.state.touchpoints(h.current.id):
        scene.select_notes([note.id])
        panel = window.properties
        seen.text("note text", note.text, panel.text_edit.toPlainText())
        seen.text("note comment", note.comment, panel.comment_edit.toPlainText())
        seen.text("note departments", note.departments[0] if note.departments else "", panel.departments_edit.text())
        if panel.fix_hint.isVisibleTo(panel):
            fixed = first_person_fix(note.text)
            seen.tip("first-person fix tooltip", fixed, panel.fix_button.toolTip())
            seen.mnemonic("first-person fix button", fixed[:6], panel.fix_button.text())
        render(panel)
    return seen


def personas_dock(h: Hostile) -> Seen:
    seen = Seen()
    h.window.personas.set_wanted(True)
    for card in h.window.personas.panel.cards:
        persona, labels = card.persona, box_labels(card)
        for name in ("name", "occupation", "segment", "goals", "frustrations", "habits"):
            seen.label(f"persona card: {name}", getattr(persona, name), *labels)
        seen.label("persona card: quote", persona.quote.strip("«» "), *labels)
        for journey in h.state.journeys:
            if journey.persona_id == persona.id:
                seen.label("persona card: journeys", journey.name, *labels)
    return seen


def journey_tabs(h: Hostile) -> Seen:
    seen, bar = Seen(), h.window.tabs.tabBar()
    for index, journey in enumerate(h.state.journeys):
        seen.mnemonic("tab text", journey.name, bar.tabText(index))
        seen.tip("tab tooltip: persona", h.state.persona_name(journey.persona_id), bar.tabToolTip(index))
    seen.tip("tab tooltip: derived from", h.current.name, bar.tabToolTip(1))
    return seen


def canvas(h: Hostile) -> Seen:
    """The map with every lane (painted text) and the notes' tooltips."""
    seen, window = Seen(), h.window
    window.fit()
    for scene in window.tabs.scenes:
        for item in scene.notes.values():
            seen.tip("note tooltip", item.note.text[:200], item.toolTip())
    render(window.current_view().viewport())
    return seen


def frictions(h: Hostile) -> Seen:
    from ui.plan.frictions_model import COLUMNS
    from ui.plan.rows_model import ID_ROLE

    seen, docks = Seen(), h.window.plan_docks
    docks.open(docks.frictions_dock)
    proxy = docks.frictions.proxy
    for row in range(proxy.rowCount()):
        note = h.state.get(Touchpoint, proxy.index(row, 0).data(ID_ROLE))
        stage, channel = h.state.get(Stage, note.stage_id), h.state.get(Channel, note.channel_id)
        for column, raw in (("text", note.text), ("negative_impact", note.negative_impact),
                            ("solutions", note.solutions), ("stage", stage.name), ("channel", channel.name)):
            index = proxy.index(row, COLUMNS.index(column))
            seen.text(f"friction {column}", raw, str(index.data(Qt.ItemDataRole.DisplayRole)))
            if column in ("text", "negative_impact", "solutions"):
                seen.tip(f"friction {column} tooltip", raw, index.data(Qt.ItemDataRole.ToolTipRole))
    render(docks.frictions)
    return seen


def action_plan(h: Hostile) -> Seen:
    from ui.plan.action_plan_model import COLUMNS
    from ui.plan.rows_model import ID_ROLE

    seen, docks = Seen(), h.window.plan_docks
    docks.open(docks.actions_dock)
    proxy = docks.actions.proxy
    for row in range(proxy.rowCount()):
        action = h.state.get(Action, proxy.index(row, 0).data(ID_ROLE))
        cell = {name: proxy.index(row, COLUMNS.index(name)) for name in ("title", "notes", "owner_department")}
        seen.text("action title", action.title, cell["title"].data(Qt.ItemDataRole.DisplayRole))
        seen.text("action owner", action.owner_department, cell["owner_department"].data(Qt.ItemDataRole.DisplayRole))
        seen.tip("action description tooltip", action.description, cell["title"].data(Qt.ItemDataRole.ToolTipRole))
        for note in docks.actions.notes_of(action.id):
            seen.text("action linked notes", note.text, cell["notes"].data(Qt.ItemDataRole.DisplayRole))
            seen.tip("action linked notes tooltip", note.text, cell["notes"].data(Qt.ItemDataRole.ToolTipRole))
    render(docks.actions)
    return seen


def compare_view(h: Hostile) -> Seen:
    seen, window = Seen(), h.window
    window.show_journey(h.target.id)
    view = window.journey_menu.compare_journeys()
    h.qtbot.waitExposed(view)
    for side, journey in (("current", h.current), ("target", h.target)):
        seen.label(f"compare caption ({side}): journey", journey.name, view.captions[side])
        seen.label(f"compare caption ({side}): persona", h.state.persona_name(journey.persona_id), view.captions[side])
        seen.title("compare window title", journey.name, view)
    for row in range(view.differences.count()):
        item = view.differences.item(row)
        diff = view.diffs[item.data(Qt.ItemDataRole.UserRole)]
        note = diff.target or diff.current
        seen.text("compare difference", note.text, item.text())
        if diff.moved:
            stage = h.state.get(Stage, diff.current.stage_id)
            seen.tip("compare difference tooltip", stage.name, item.toolTip())
    for scene in view.scenes.values():
        for item in scene.items():
            if item.toolTip():
                seen.tips.append(item.toolTip())
    render(view)
    return seen


def pdf_dialog(h: Hostile) -> Seen:
    from ui.files.pdf_dialog import PdfDialog

    seen, window = Seen(), h.window
    dialog = PdfDialog(h.state, h.current.id, "fr", window)
    h.qtbot.addWidget(dialog)
    dialog.show()
    dialog.paper.setCurrentText("A4")  # too small for the map: the notices name the journey
    seen.label("PDF dialog notices", h.current.name, dialog.summary)
    seen.text("PDF dialog scope", h.current.name, dialog.scope.itemText(dialog.scope.count() - 1))
    render(dialog)
    return seen


CSV_HEADER = ["journey", "kind", "persona", "stage", "phase", "channel", "text", "evaluation", "moment_of_truth",
              "emotion", "departments", "votes", "comment"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    import csv

    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([CSV_HEADER, *rows])
    return path


def import_refusal(h: Hostile) -> Seen:
    seen, window, prompts = Seen(), h.window, h.prompts
    cell = "<b>bold</b> <img src=canary.bin>"  # the core quotes 60 characters of a bad cell
    bad = write_csv(h.folder / "<img src=canary.bin> %2.csv",
                    [["P", "", "", "A", "", "Web", "Je paie", "", "", cell, "", "", ""]])
    prompts.path_to_import = bad
    assert not window.import_file()
    sentence, details = prompts.warnings[-1]
    Prompts().warn(window, sentence, details)  # the real box, as the user sees it
    box = message_box_of(window)
    seen.label("import refusal: file name", bad.name, *box_labels(box))
    seen.label("import refusal: cell", cell, *box_labels(box))
    seen.text("import refusal: details", cell, box.findChild(QTextEdit).toPlainText())
    seen.text("status bar", bad.name, window.statusBar().currentMessage())
    render(box)
    box.close()
    return seen


def import_report(h: Hostile) -> Seen:
    seen, window, prompts = Seen(), h.window, h.prompts
    journey, stage, channel, text = h.texts[4], h.texts[3], h.texts[5], h.texts[7]  # a new journey
    good = write_csv(h.folder / "<qt>[*] <img src=canary.bin>.csv",
                     [[journey, "", "", stage, "", channel, "Je paie", "", "", "", "", "", ""],
                      [journey, "", "", stage, "", "", text, "", "", "", "", "", ""]])  # no channel: reported
    prompts.path_to_import = good
    assert window.import_file()
    sentence, lines = prompts.reports[-1]
    Prompts().report(window, "Import", sentence, lines)
    box = message_box_of(window)
    seen.label("import report: file name", good.name, *box_labels(box))
    seen.label("import report: journey", journey, *box_labels(box))
    seen.label("import report: parked note", text[:60], *box_labels(box))
    render(box)
    box.close()
    return seen


def delete_journey_question(h: Hostile) -> Seen:
    seen, window, prompts = Seen(), h.window, h.prompts
    prompts.confirm_answer = False
    assert not window.journey_menu.delete_journey()
    question = prompts.questions[-1]

    def look(box: QDialog) -> None:
        render(box)
        seen.label("delete journey question", h.current.name, *box_labels(box))

    answer_modal(lambda: Prompts().confirm_destructive(window, question, "Supprimer le parcours"), look)
    return seen


def notes_destination_question(h: Hostile) -> Seen:
    seen, window, prompts = Seen(), h.window, h.prompts
    prompts.destination_answer = NotesDestination.CANCEL
    stages = h.state.stages(h.current.id)
    window.tabs.current_editing().delete_line(Stage, stages[1].id)
    question = prompts.questions[-1]

    def look(box: QDialog) -> None:
        render(box)
        seen.label("notes destination question", stages[1].name, *box_labels(box))
        buttons = " | ".join(mnemonic_shows(b.text()) for b in box.findChildren(QAbstractButton))
        seen.text("notes destination button", stages[0].name, buttons)

    answer_modal(lambda: Prompts().ask_notes_destination(window, question, stages[0].name), look)
    return seen


def rename_question(h: Hostile) -> Seen:
    seen, window = Seen(), h.window
    stage = h.state.stages(h.current.id)[2]

    def look(dialog: QDialog) -> None:
        render(dialog)
        seen.text("rename: current name", stage.name, dialog.findChild(QLineEdit).text())
        seen.label("rename: label", stage.name, *box_labels(dialog))

    answer_modal(lambda: Prompts().ask_text(window, "Renommer", stage.name, stage.name), look)
    return seen


def info_bar(h: Hostile) -> Seen:
    seen, bar = Seen(), h.window.info_bar
    bar.show_message(f"Les modifications ont été gardées dans {h.texts[1]}.")
    seen.label("info bar", h.texts[1], bar.label)
    return seen


def window_title_and_start_page(h: Hostile) -> Seen:
    seen, window = Seen(), h.window
    path = window.controller.doc.path
    seen.title("main window title", path.name, window)
    window.controller.close()
    page = window.start_page
    item = page.recent.item(page.recent.count() - 1)
    seen.text("recent project", path.stem, item.text())
    seen.tip("recent project tooltip", str(path), item.toolTip())
    render(page)
    return seen


def editing_dialogs(h: Hostile) -> Seen:
    from ui.personas.persona_dialog import PersonaDialog
    from ui.window.project_sheet_dialog import ProjectSheetDialog

    seen, window = Seen(), h.window
    persona = h.state.get(Persona, h.current.persona_id)
    dialog = PersonaDialog(persona, h.prompts, window)
    h.qtbot.addWidget(dialog)
    for name in ("name", "occupation", "segment"):
        seen.text(f"persona editor: {name}", getattr(persona, name), getattr(dialog, name).text())
    for name in ("quote", "goals", "frustrations", "habits"):
        seen.text(f"persona editor: {name}", getattr(persona, name), getattr(dialog, name).toPlainText())
    render(dialog)
    project = h.state.project
    sheet = ProjectSheetDialog(project, window)
    h.qtbot.addWidget(sheet)
    seen.text("project sheet: title", project.title, sheet.title.text())
    seen.text("project sheet: organisation", project.organisation, sheet.organisation.text())
    seen.text("project sheet: description", project.description, sheet.description.toPlainText())
    render(sheet)
    return seen


def journey_persona_menu(h: Hostile) -> Seen:
    seen, personas = Seen(), h.window.personas
    personas._fill_journey_menu()
    entries = " | ".join(mnemonic_shows(action.text()) for action in personas.journey_persona.actions())
    for persona in h.state.of(Persona).values():
        seen.text("Journey › Persona menu", persona.name, entries)
    return seen


PLACES = [stage_panel, properties_panel, personas_dock, journey_tabs, canvas, frictions, action_plan, compare_view,
          pdf_dialog, import_refusal, import_report, delete_journey_question, notes_destination_question,
          rename_question, info_bar, window_title_and_start_page, editing_dialogs, journey_persona_menu]
NAMES = [place.__name__ for place in PLACES]


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="reads are counted with Linux's /proc/self/io")
@pytest.mark.parametrize("place", PLACES, ids=NAMES)
def test_nothing_user_text_names_is_loaded(hostile: Hostile, place) -> None:
    seen = place(hostile)
    for widget in QApplication.allWidgets():  # every label of the app, laid out: shown or not
        if isinstance(widget, QLabel):
            widget.sizeHint()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.grab()
    for tip in seen.tips:
        show_tip(tip)
    read = bytes_read() - hostile.read_before
    assert read < CANARY_BYTES // 2, f"{read / 2**20:.0f} MiB read: the canary was loaded"


@pytest.mark.parametrize("place", PLACES, ids=NAMES)
def test_user_text_is_shown_as_typed(hostile: Hostile, place) -> None:
    """What each widget of the place displays holds the raw text; and no label of the app (of this
    place or any other) that holds user text reads it as markup."""
    seen = place(hostile)
    wrong = [(where, raw[:70], shown[:300]) for where, raw, shown in seen.items if raw not in shown]
    marks = ("canary.bin", "<b>bold</b>", "&amp;", "<qt>", "<table>")
    rich = [(type(label.window()).__name__, label.text()[:120]) for label in QApplication.allWidgets()
            if isinstance(label, QLabel) and any(m in label.text() for m in marks) and not is_plain(label)]
    assert seen.items and not wrong and not rich


# --- the real prompts, built plain ----------------------------------------------------------------
HOSTILE = "<b>bold</b> &amp; <img src=canary.bin> [*]"


def prompt_calls() -> dict[str, Callable[[Prompts, QWidget], object]]:
    return {
        "warn": lambda p, w: p.warn(w, HOSTILE, HOSTILE),
        "report": lambda p, w: p.report(w, "Import", HOSTILE, [HOSTILE, HOSTILE]),
        "confirm_destructive": lambda p, w: p.confirm_destructive(w, HOSTILE, "Supprimer"),
        "ask_notes_destination": lambda p, w: p.ask_notes_destination(w, HOSTILE, HOSTILE),
        "ask_text": lambda p, w: p.ask_text(w, "Renommer", HOSTILE, HOSTILE),
        "ask_save_untitled": lambda p, w: p.ask_save_untitled(w),
        "ask_open_elsewhere": lambda p, w: p.ask_open_elsewhere(w, HOSTILE),
        "ask_close_unsaved": lambda p, w: p.ask_close_unsaved(w, HOSTILE, HOSTILE),
    }


@pytest.mark.parametrize("name", list(prompt_calls()))
def test_every_prompt_shows_its_texts_as_plain_text(qtbot, name: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    labels: list[tuple[str, bool]] = []

    def look(dialog: QDialog) -> None:
        labels.extend((label.text(), is_plain(label)) for label in box_labels(dialog))

    call = prompt_calls()[name]
    if name in ("warn", "report"):  # non-blocking
        call(Prompts(), parent)
        look(message_box_of(parent))
    else:
        answer_modal(lambda: call(Prompts(), parent), look)
    assert labels and all(plain for _text, plain in labels)


def test_a_message_box_shows_its_informative_text_as_typed(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    Prompts().report(parent, "Import", HOSTILE, [HOSTILE])
    box = message_box_of(parent)
    assert [label_shows(label) for label in box_labels(box)] == [HOSTILE, HOSTILE]


def test_a_button_naming_user_text_shows_its_ampersands(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    answer_modal(lambda: Prompts().ask_notes_destination(parent, "?", "R&D"),
                 lambda box: shown.extend(mnemonic_shows(b.text()) for b in box.findChildren(QAbstractButton)))
    assert any("« R&D »" in text for text in shown)


# --- and no other way in ----------------------------------------------------------------------
@cache
def calls(path: Path) -> list[tuple[ast.Call, str]]:
    """Every call in ``path``, with its source line."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    return [(node, lines[node.lineno - 1]) for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)]


def called_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def ui_files() -> list[Path]:
    return sorted(UI.rglob("*.py"))


# Bare labels still tolerated, by file: the status bar's note counts (numbers and our own words).
OTHER_LABELS: dict[str, int] = {}


def test_labels_are_made_plain_by_the_plain_text_helper() -> None:
    """A bare QLabel guesses its format: every label comes from ``PlainLabel``, except rich text
    we write ourselves, marked « # rich text: » on its line."""
    bare = {path.relative_to(UI).as_posix(): [call.lineno for call, line in calls(path)
                                              if called_name(call) == "QLabel" and "# rich text:" not in line]
            for path in ui_files() if path.name != "plain_text.py"}
    assert {name: lines for name, lines in bare.items() if len(lines) > OTHER_LABELS.get(name, 0)} == {}


def test_message_boxes_and_input_dialogs_are_made_only_by_the_prompts() -> None:
    made = [f"{path.relative_to(UI)}:{call.lineno}" for path in ui_files() for call, _line in calls(path)
            if path.name != "prompts.py" and re.search(r"\bQ(MessageBox|InputDialog)\b", ast.unparse(call.func))]
    assert not made


def test_every_tooltip_is_a_plain_tip_or_our_own_words() -> None:
    """Tooltips are always read as rich text when they look like it: user text goes through ``plain_tip``."""
    allowed = {"plain_tip", "tr", "translate", "journey_tooltip"}
    setters = {"setToolTip", "setStatusTip", "setWhatsThis", "setTabToolTip"}

    def safe(text: ast.expr) -> bool:
        if isinstance(text, ast.IfExp):
            return safe(text.body) and safe(text.orelse)
        return (isinstance(text, ast.Call) and called_name(text) in allowed) or (
            isinstance(text, ast.Constant) and text.value == "")

    unchecked = [f"{path.relative_to(UI)}:{call.lineno}: {ast.unparse(call)}"
                 for path in ui_files() for call, _line in calls(path)
                 if called_name(call) in setters and call.args and not safe(call.args[-1])]
    assert not unchecked
