"""Colours of the map: evaluations are told apart by colour AND icon (colour-blind safe)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from cjm_desktop.domain import Evaluation, Phase

NOTE_COLORS = {
    Evaluation.NONE: "#fff4b8",  # classic post-it yellow
    Evaluation.DELIGHT: "#c8ecc9",
    Evaluation.NEUTRAL: "#e6e9ee",
    Evaluation.PAIN: "#ffd9a8",
    Evaluation.BREAKING: "#ffb3b3",
}
NOTE_ICONS = {
    Evaluation.DELIGHT: ("note_delight", "#2e7d32"),
    Evaluation.NEUTRAL: ("note_neutral", "#546e7a"),
    Evaluation.PAIN: ("note_pain", "#e65100"),
    Evaluation.BREAKING: ("note_breaking", "#c62828"),
}
PHASE_COLORS = {Phase.BEFORE: "#dbe9f6", Phase.PURCHASE: "#e3dcf2", Phase.AFTER: "#d9efe6", None: "#eceff1"}
PHASE_LABELS = {
    Phase.BEFORE: QT_TRANSLATE_NOOP("Phase", "Before the purchase"),
    Phase.PURCHASE: QT_TRANSLATE_NOOP("Phase", "Purchase"),
    Phase.AFTER: QT_TRANSLATE_NOOP("Phase", "After the purchase"),
    None: QT_TRANSLATE_NOOP("Phase", "No phase"),
}
INK = "#263238"
GRID_LINE = "#cfd8dc"
HEADER_FILL = "#f5f7f8"
CANVAS = "#fbfbfa"
CURSOR = "#1e88e5"  # the current cell (keyboard path)
DROP = "#43a047"  # where a dragged note or header will land
DROP_FILL = "#2043a047"
FIRST_PERSON_MARK = "#7e57c2"
