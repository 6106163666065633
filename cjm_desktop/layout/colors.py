"""The map's colours, shared by the canvas and the PDF: evaluations are told apart by colour
AND icon (colour-blind safe)."""

from __future__ import annotations

import zlib

from cjm_desktop.model.domain import Evaluation, Phase

# Told apart on a projector and by colour-blind eyes too: the closest two colours differ by ΔE ≥ 14 under
# simulated deuteranopia and protanopia (Machado 2009, full severity; ≥ 10 under tritanopia), where
# the former orange and yellow differed by 6. tests/core/test_colors.py measures it.
NOTE_COLORS = {
    Evaluation.NONE: "#fff4b8",  # classic post-it yellow
    Evaluation.DELIGHT: "#c8ecc9",
    Evaluation.NEUTRAL: "#e6e9ee",
    Evaluation.PAIN: "#ffbe7a",
    Evaluation.BREAKING: "#ff9e9e",
}
# (icon meaning in ui/icons.py, qtawesome name, ink colour)
EVALUATION_ICONS = {
    Evaluation.DELIGHT: ("note_delight", "mdi6.emoticon-happy-outline", "#2e7d32"),
    Evaluation.NEUTRAL: ("note_neutral", "mdi6.emoticon-neutral-outline", "#546e7a"),
    Evaluation.PAIN: ("note_pain", "mdi6.alert-outline", "#e65100"),
    Evaluation.BREAKING: ("note_breaking", "mdi6.flash-alert", "#c62828"),
}
PHASE_COLORS = {Phase.BEFORE: "#dbe9f6", Phase.PURCHASE: "#e3dcf2", Phase.AFTER: "#d9efe6", None: "#eceff1"}
INK = "#263238"
MUTED = "#607d8b"  # secondary text (labels, counts, notices)
GRID_LINE = "#cfd8dc"
HEADER_FILL = "#f5f7f8"
ACCENT = "#1e88e5"  # the app's blue: the cursor on screen, tile frames and the cover's kicker in the PDF
STAR = "#f9a825"

# An author's (or a group's) tag colour, the same on every screen and page: the Okabe–Ito palette, made for
# colour-blind eyes, picked from the tag itself (no colour to store or choose).
AUTHOR_COLORS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#7a6f00", "#5d5d5d")


def author_color(author: str) -> str:
    """The colour of the tag ``author`` (the same name, whatever its case and spacing, the same colour)."""
    key = " ".join(author.split()).casefold().encode()
    return AUTHOR_COLORS[zlib.crc32(key) % len(AUTHOR_COLORS)]
