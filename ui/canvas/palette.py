"""Colours of the map: evaluations are told apart by colour AND icon (colour-blind safe)."""

from __future__ import annotations

from cjm_desktop.layout.colors import EVALUATION_ICONS
from cjm_desktop.layout.colors import GRID_LINE as GRID_LINE
from cjm_desktop.layout.colors import HEADER_FILL as HEADER_FILL
from cjm_desktop.layout.colors import INK as INK
from cjm_desktop.layout.colors import MUTED as MUTED
from cjm_desktop.layout.colors import NOTE_COLORS as NOTE_COLORS
from cjm_desktop.layout.colors import PHASE_COLORS as PHASE_COLORS
from cjm_desktop.model.domain import Phase
from ui.i18n import QT_TRANSLATE_NOOP

NOTE_ICONS = {evaluation: (meaning, ink) for evaluation, (meaning, _, ink) in EVALUATION_ICONS.items()}
PHASE_LABELS = {
    Phase.BEFORE: QT_TRANSLATE_NOOP("Phase", "Before the purchase"),
    Phase.PURCHASE: QT_TRANSLATE_NOOP("Phase", "Purchase"),
    Phase.AFTER: QT_TRANSLATE_NOOP("Phase", "After the purchase"),
    None: QT_TRANSLATE_NOOP("Phase", "No phase"),
}
CANVAS = "#fbfbfa"
CURSOR = "#1e88e5"  # the current cell (keyboard path)
DROP = "#43a047"  # where a dragged note or header will land
DROP_FILL = "#2043a047"
FIRST_PERSON_MARK = "#7e57c2"
