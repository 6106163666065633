"""The properties panel: every field of the selected notes, editable.

It shows what ``show_notes`` gives it and reports each change as ``edit_requested(ids,
{field: value})`` with the Touchpoint's own field names and value types; it never edits the
model itself. Typing emits on every keystroke: the core merges consecutive edits of the same
notes and field into one undo step. Showing notes never emits, and never resets an editor
whose content is already right (the canvas shows the notes again after every edit, while the
user is still typing).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cjm_desktop.model.domain import EMOTION_MAX, EMOTION_MIN, Evaluation, ProjectState, Touchpoint
from cjm_desktop.queries.blueprint import LAYERS, OTHER, Blueprint, blueprint_of
from cjm_desktop.queries.votes import is_direct, sessions
from cjm_desktop.text.first_person import first_person_fix, is_first_person
from ui.canvas import palette
from ui.i18n import QT_TRANSLATE_NOOP, language
from ui.widgets.plain_text import PlainLabel, fill, mnemonic_safe, plain_tip

MIXED = object()  # the value of a field that differs between the selected notes
FIELDS = ("text", "evaluation", "moment_of_truth", "emotion", "departments", "comment", "author")
FIX_PREVIEW = 40  # characters of the proposed text shown on the fix button
EVALUATIONS: list[Evaluation] = list(Evaluation)
EMOTIONS: list[int | None] = [None, *range(EMOTION_MIN, EMOTION_MAX + 1)]  # an emotion combo's entries
EMOTION_LABELS = (
    QT_TRANSLATE_NOOP("PropertiesPanel", "−2 Very negative"), QT_TRANSLATE_NOOP("PropertiesPanel", "−1 Negative"),
    QT_TRANSLATE_NOOP("PropertiesPanel", "0 Neutral"), QT_TRANSLATE_NOOP("PropertiesPanel", "+1 Positive"),
    QT_TRANSLATE_NOOP("PropertiesPanel", "+2 Very positive"),
)
# The headings of a service blueprint's layers (``queries.blueprint``), from the customer down.
BLUEPRINT_HEADINGS = {
    "evidence": QT_TRANSLATE_NOOP("PropertiesPanel", "Physical evidence"),
    "onstage": QT_TRANSLATE_NOOP("PropertiesPanel", "Onstage (visible)"),
    "backstage": QT_TRANSLATE_NOOP("PropertiesPanel", "Backstage (invisible)"),
    "support": QT_TRANSLATE_NOOP("PropertiesPanel", "Support processes"),
    OTHER: QT_TRANSLATE_NOOP("PropertiesPanel", "Other information"),
}


def emotion_choices(unset: str) -> list[str]:
    """The labels of an emotion combo, in the order of ``EMOTIONS``; ``unset`` says what no value means."""
    return [unset, *(QCoreApplication.translate("PropertiesPanel", label) for label in EMOTION_LABELS)]


def swatch(color: str) -> QIcon:
    """A small square of ``color`` with a darker edge (a plain pixmap: no qtawesome at start-up)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color).darker(140))
    painter = QPainter(pixmap)
    painter.fillRect(1, 1, 12, 12, QColor(color))
    painter.end()
    return QIcon(pixmap)


def departments_from(text: str) -> tuple[str, ...]:
    """« Marketing, SAV ,, Marketing » → ("Marketing", "SAV"): trimmed, no blanks, no repeats."""
    return tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


def shared(notes: list[Touchpoint], name: str) -> object:
    """The value of field ``name`` common to all ``notes``, or ``MIXED``."""
    values = {getattr(note, name) for note in notes}
    return values.pop() if len(values) == 1 else MIXED


class PropertiesPanel(QWidget):
    """The side panel of the canvas: the fields of the selected notes (none, one or several)."""

    # note ids, {Touchpoint field name: new value}. The dict travels as ``object``: declared as
    # ``dict`` it would go through a QVariantMap, which turns an Evaluation into a plain str.
    edit_requested = Signal(list, object)
    # one dot more (1) or less (-1) on each shown note, in the direct-entry count (« Saisie directe »): the
    # dots of a voting session are cast in its dock
    votes_step_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(280)
        self.first_person_check: bool = True
        self.notes: list[Touchpoint] = []
        self.state: ProjectState | None = None  # where the notes' dots are read
        self._shown: dict[str, object] = {}  # per field: the value shown, or last emitted
        self._populating = False
        self.mixed_label = self.tr("—  (mixed)")
        self.header_label = PlainLabel()
        self.header_label.setStyleSheet("font-weight: 600; font-size: 15px;")
        self.placeholder = PlainLabel(self.tr("Select a note to see and edit its properties."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #607d8b;")
        self._build_editors()
        self._build_fix_hint()
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 4, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the panel is narrow
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow(self.fix_hint)
        form.addRow(self.tr("Evaluation"), self.evaluation_combo)
        form.addRow(self.moment_check)
        form.addRow(self.tr("Emotion"), self.emotion_combo)
        form.addRow(self.tr("Votes"), self.votes_row)
        form.addRow(self.tr("Departments"), self.departments_edit)
        form.addRow(self.tr("Said by (person or group)"), self.author_edit)
        form.addRow(self.tr("Comment"), self.comment_edit)
        form.addRow(self.blueprint_box)
        self.scroll_area = QScrollArea()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 8, 12)
        layout.addWidget(self.header_label)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.scroll_area, 1)
        layout.addStretch()
        self._connect()
        self.show_notes([])

    def _build_editors(self) -> None:
        self.text_edit = _plain_text(90)
        self.evaluation_combo = _combo()
        labels = {Evaluation.NONE: self.tr("Not evaluated"), Evaluation.DELIGHT: self.tr("Delight"),
                  Evaluation.NEUTRAL: self.tr("Neutral"), Evaluation.PAIN: self.tr("Pain point"),
                  Evaluation.BREAKING: self.tr("Breaking point")}
        for value in EVALUATIONS:  # values live in EVALUATIONS: item data would turn them into str
            self.evaluation_combo.addItem(swatch(palette.NOTE_COLORS[value]), labels[value])
        self.moment_check = QCheckBox(self.tr("Moment of truth"))
        self.emotion_combo = _combo()
        self.emotion_combo.addItems(emotion_choices(self.tr("Not set")))
        self._build_votes()
        self.departments_edit = QLineEdit()
        self.author_edit = QLineEdit()
        self.author_edit.setMaxLength(60)
        self.comment_edit = _plain_text(70)
        self._build_blueprint()

    def _build_votes(self) -> None:
        """The dots on the notes, read-only (they come from the voting sessions; the tooltip says which), and
        −/+ for the direct-entry count."""
        self.votes_row = QWidget()
        self.votes_label = PlainLabel()
        self.votes_label.setStyleSheet("font-weight: 600; font-size: 15px;")
        self.votes_less, self.votes_more = QToolButton(), QToolButton()
        self.votes_less.setText("−")
        self.votes_more.setText("+")
        self.votes_less.setToolTip(self.tr("One vote less in the direct entry"))
        self.votes_more.setToolTip(self.tr("One vote more in the direct entry (V)"))
        row = QHBoxLayout(self.votes_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.votes_label, 1)
        row.addWidget(self.votes_less)
        row.addWidget(self.votes_more)

    def _build_blueprint(self) -> None:
        """The service blueprint of a note from another tool (OpenJourney), read-only: one heading and its lines
        per layer, plain text only (it is a file's text)."""
        self.blueprint_box = QWidget()
        box = QVBoxLayout(self.blueprint_box)
        box.setContentsMargins(0, 8, 0, 0)
        box.setSpacing(2)
        title = PlainLabel(self.tr("Blueprint"))
        title.setStyleSheet("font-weight: 600;")
        title.setToolTip(self.tr("The note's service blueprint, as the imported file gives it (read-only)"))
        box.addWidget(title)
        self.blueprint_layers: dict[str, tuple[PlainLabel, PlainLabel]] = {}
        for key in (*LAYERS, OTHER):
            heading = PlainLabel(QCoreApplication.translate("PropertiesPanel", BLUEPRINT_HEADINGS[key]))
            heading.setStyleSheet("color: #607d8b; font-size: 11px;")
            heading.setContentsMargins(0, 4, 0, 0)
            lines = PlainLabel()
            lines.setWordWrap(True)
            lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box.addWidget(heading)
            box.addWidget(lines)
            self.blueprint_layers[key] = (heading, lines)
        self.blueprint_box.setVisible(False)

    def _build_fix_hint(self) -> None:
        self.fix_hint = QWidget()
        hint = PlainLabel(self.tr("A touchpoint reads best in the first person (“I …”)."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {palette.FIRST_PERSON_MARK};")
        self.fix_button = QPushButton()
        self._fix_preview = ""  # the proposed text, elided to the panel's width on resize
        self.fix_button.clicked.connect(self._fix_first_person)
        row = QVBoxLayout(self.fix_hint)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(hint)
        row.addWidget(self.fix_button)

    def _connect(self) -> None:
        self.text_edit.textChanged.connect(lambda: self._edit("text", self.text_edit.toPlainText()))
        self.comment_edit.textChanged.connect(lambda: self._edit("comment", self.comment_edit.toPlainText()))
        # activated, not currentIndexChanged: only a choice of the user counts
        self.evaluation_combo.activated.connect(lambda i: self._chosen("evaluation", EVALUATIONS, i))
        self.emotion_combo.activated.connect(lambda i: self._chosen("emotion", EMOTIONS, i))
        self.moment_check.clicked.connect(self._moment_clicked)
        self.votes_less.clicked.connect(lambda: self._step_votes(-1))
        self.votes_more.clicked.connect(lambda: self._step_votes(1))
        self.departments_edit.editingFinished.connect(self._departments_done)
        self.author_edit.editingFinished.connect(self._author_done)

    # --- showing --------------------------------------------------------------------------
    def show_notes(self, notes: list[Touchpoint], state: ProjectState | None = None) -> None:
        """Show the selected notes: a placeholder for none, every field for one, and for several
        the values they share (the others shown as mixed); their dots are read in ``state`` (none: no
        dots). Never emits ``edit_requested``."""
        self.notes = list(notes)
        self.state = state
        self._shown = {name: shared(self.notes, name) for name in FIELDS} if notes else {}
        self._populating = True
        try:
            self.placeholder.setVisible(not notes)
            self.header_label.setVisible(bool(notes))
            self.scroll_area.setVisible(bool(notes))
            if notes:
                self.header_label.setText(self.tr("%n note(s)", "", len(notes)))
                self._fill()
        finally:
            self._populating = False

    def _fill(self) -> None:
        text, comment = self._shown["text"], self._shown["comment"]
        self.text_edit.setEnabled(text is not MIXED)  # several texts: nothing sensible to edit at once
        _set_text(self.text_edit, text if isinstance(text, str) else "")  # a str, or MIXED
        self.text_edit.setPlaceholderText(self.tr("Texts differ") if text is MIXED else "")
        _set_text(self.comment_edit, comment if isinstance(comment, str) else "")
        self.comment_edit.setPlaceholderText(self.mixed_label if comment is MIXED else "")
        self._set_combo(self.evaluation_combo, EVALUATIONS, self._shown["evaluation"])
        self._set_combo(self.emotion_combo, EMOTIONS, self._shown["emotion"])
        moment = self._shown["moment_of_truth"]
        self.moment_check.setTristate(moment is MIXED)
        self.moment_check.setCheckState(Qt.CheckState.PartiallyChecked if moment is MIXED
                                        else Qt.CheckState.Checked if moment else Qt.CheckState.Unchecked)
        self._show_votes()
        departments = self._shown["departments"]
        wanted = ", ".join(departments) if isinstance(departments, tuple) else ""  # a tuple of str, or MIXED
        if self.departments_edit.text() != wanted:
            self.departments_edit.setText(wanted)
        self.departments_edit.setPlaceholderText(self.mixed_label if departments is MIXED
                                                 else self.tr("Separated by commas"))
        author = self._shown["author"]
        if self.author_edit.text() != (wanted := author if isinstance(author, str) else ""):
            self.author_edit.setText(wanted)
        self.author_edit.setPlaceholderText(self.mixed_label if author is MIXED else self.tr("Nobody named"))
        self._show_fix(text)
        self._show_blueprint(blueprint_of(self.notes[0]) if len(self.notes) == 1 else None)

    def _show_blueprint(self, blueprint: Blueprint | None) -> None:
        """The blueprint section for one note that has a blueprint; hidden otherwise."""
        self.blueprint_box.setVisible(blueprint is not None)
        if blueprint is None:
            return
        for key, (heading, label) in self.blueprint_layers.items():
            layer = blueprint.layer(key)
            heading.setVisible(bool(layer))
            label.setVisible(bool(layer))
            more = [self.tr("… and %n more", "", layer.more)] if layer.more else []
            label.setText("\n".join([f"• {line}" for line in layer.lines] + more))

    def _set_combo(self, combo: QComboBox, values: list, value: object) -> None:
        has_mixed = combo.count() > len(values)  # the "mixed" entry, when present, is the last one
        if value is MIXED:
            if not has_mixed:
                combo.addItem(self.mixed_label)
            combo.setCurrentIndex(len(values))
            return
        if has_mixed:
            combo.removeItem(len(values))
        combo.setCurrentIndex(values.index(value) if value in values else -1)

    def _show_fix(self, shown: object) -> None:
        text = shown if isinstance(shown, str) else ""  # several texts (MIXED): nothing to fix
        needed = (self.first_person_check and len(self.notes) == 1
                  and bool(text.strip()) and not is_first_person(text))
        self.fix_hint.setVisible(needed)
        if needed:
            fixed = first_person_fix(text, language())
            self._fix_preview = fixed if len(fixed) <= FIX_PREVIEW else fixed[: FIX_PREVIEW - 1].rstrip() + "…"
            self.fix_button.setToolTip(plain_tip(fixed))
            self._elide_fix()

    def _elide_fix(self) -> None:
        # a button does not wrap: shorten the preview further when the panel is narrow
        label, metrics = self.tr("Fix: %1"), self.fix_button.fontMetrics()
        room = self.width() - 64 - metrics.horizontalAdvance(label.replace("%1", "«  »"))  # margins, scroll bar
        preview = metrics.elidedText(self._fix_preview, Qt.TextElideMode.ElideRight, max(room, 60))
        self.fix_button.setText(label.replace("%1", f"« {mnemonic_safe(preview)} »"))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.fix_hint.isVisibleTo(self):
            self._elide_fix()

    # --- editing --------------------------------------------------------------------------
    def _edit(self, name: str, value: object) -> None:
        """Emit one field's new value for every shown note, unless it is what they already have."""
        if self._populating or not self.notes or self._shown.get(name) == value:
            return
        self._shown[name] = value  # until the canvas shows the notes again
        self.edit_requested.emit([note.id for note in self.notes], {name: value})

    def _chosen(self, name: str, values: list, index: int) -> None:
        if 0 <= index < len(values):  # not the "mixed" entry
            self._edit(name, values[index])

    def _step_votes(self, step: int) -> None:
        if self.notes and not self._populating:
            self.votes_step_requested.emit(step)

    def _show_votes(self) -> None:
        """The dots the room may see on the notes (shared, or mixed), and per session in the tooltip."""
        state = self.state
        counts = {state.shown_votes((Touchpoint, n.id)) if state is not None else 0 for n in self.notes}
        self.votes_label.setText(str(counts.pop()) if len(counts) == 1 else self.mixed_label)
        lines = []
        for session in sessions(state) if state is not None else []:
            assert state is not None
            dots: int = sum(state.session_dots(session.id).get((Touchpoint, n.id), 0) for n in self.notes)
            if not dots:
                continue
            name = self.tr("Direct entry") if is_direct(state, session) else session.name
            lines.append(fill(self.tr("%1: %2"), name, str(dots)) if session.counts_shown else
                         fill(self.tr("%1: hidden until the reveal"), name))
        self.votes_label.setToolTip(plain_tip("\n".join(lines)) if lines else
                                    self.tr("No vote yet. Dots are cast in the « Dot voting » panel; − and + "
                                            "change the direct entry."))

    def _moment_clicked(self) -> None:
        on = self.moment_check.checkState() == Qt.CheckState.Checked  # mixed → checked on the first click
        self.moment_check.setTristate(False)  # "mixed" must not come back on the next click
        self._edit("moment_of_truth", on)

    def _departments_done(self) -> None:
        text = self.departments_edit.text()
        if self._shown.get("departments") is MIXED and not text.strip():
            return  # left empty while they differ: keep each note's own departments
        self._edit("departments", departments_from(text))

    def _author_done(self) -> None:
        text = " ".join(self.author_edit.text().split())
        if self._shown.get("author") is MIXED and not text:
            return  # left empty while they differ: keep each note's own author
        self._edit("author", text)

    def _fix_first_person(self) -> None:
        if len(self.notes) == 1:
            self._edit("text", first_person_fix(self.notes[0].text, language()))


def _plain_text(height: int) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setTabChangesFocus(True)  # Tab goes on to the next field, as in any form
    editor.setMinimumHeight(height)
    editor.setMaximumHeight(2 * height)
    return editor


def _combo() -> QComboBox:
    combo = QComboBox()  # may be narrower than its longest entry (the panel is narrow)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


def _set_text(editor: QPlainTextEdit, text: str) -> None:
    """Replace the text only when it differs, so the editor being typed in keeps its cursor."""
    if editor.toPlainText() != text:
        editor.setPlainText(text)
