"""Where everything of a journey map goes on paper, in points at natural size (scale 1).

The grid itself is ``grid_layout`` (shared with the canvas); here notes are measured with the
PDF's font, and an emotion lane is added under the grid when the journey has emotions.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reportlab.pdfbase.pdfmetrics import stringWidth

from ..domain import Channel, Journey, ProjectState, Stage, Touchpoint
from ..emotions import stage_emotions
from ..grid_layout import GridLayout, Metrics, Rect, layout_grid
from ..placement import PARKING_CELL, cell_orders
from . import fonts

NOTE_FONT, NOTE_LEADING = 8.5, 10.2  # points at scale 1
NOTE_PADDING, ICON_COLUMN, BADGE_ROW = 5.0, 11.0, 10.0
MIN_FONT = 6.0  # below this a printed note is not legible
EMOTION_LANE = 56.0
METRICS = Metrics(header_width=104.0, phase_height=16.0, stage_height=32.0, column_width=136.0, padding=6.0,
                  gap=5.0, empty_height=30.0, parking_title=20.0)  # fmt: skip


@dataclass
class MapPlan:
    """One journey (or some of its stages) laid out on paper."""

    journey: Journey
    stages: list[Stage]
    channels: list[Channel]
    layout: GridLayout
    notes: dict[int, Touchpoint]
    lines: dict[int, list[str]]  # each note's wrapped text
    emotions: dict[int, float | None] = field(default_factory=dict)
    lane: Rect | None = None  # the emotion curve, under the grid
    missing: set[str] = field(default_factory=set)  # characters the font cannot draw

    @property
    def width(self) -> float:
        return self.layout.width

    @property
    def height(self) -> float:
        return self.layout.height


def plan_map(state: ProjectState, journey: Journey, stages: list[Stage] | None = None,
             with_parking: bool = True) -> MapPlan:  # fmt: skip
    """Lay out ``journey`` (only ``stages`` when given: a part of a map split across pages)."""
    fonts.register_fonts()
    stages = state.stages(journey.id) if stages is None else stages
    stage_ids = [s.id for s in stages]
    channels = state.channels(journey.id)
    channel_ids = [c.id for c in channels]
    order = {cell: ids for cell, ids in cell_orders(state, journey.id).items()
             if cell == PARKING_CELL and with_parking or cell[1] in stage_ids}  # fmt: skip
    notes = {i: state.get(Touchpoint, i) for ids in order.values() for i in ids}
    lines, heights, missing = {}, {}, set()
    text_width = METRICS.note_width - 2 * NOTE_PADDING - ICON_COLUMN
    for note_id, note in notes.items():
        missing |= fonts.missing_characters(note.text)
        lines[note_id] = wrap(fonts.printable(note.text), fonts.REGULAR, NOTE_FONT, text_width)
        badges = BADGE_ROW if note.moment_of_truth or note.votes else 0.0
        heights[note_id] = 2 * NOTE_PADDING + max(1, len(lines[note_id])) * NOTE_LEADING + badges
    layout = layout_grid(stage_ids, channel_ids, heights, order, METRICS)
    all_emotions = stage_emotions(state, journey.id)
    emotions = {i: all_emotions.get(i) for i in stage_ids}
    plan = MapPlan(journey, stages, channels, layout, notes, lines, emotions, missing=missing)
    if any(v is not None for v in emotions.values()):
        _insert_lane(plan)
    for names in ([s.name for s in stages], [c.name for c in channels]):
        for name in names:
            plan.missing |= fonts.missing_characters(name)
    return plan


def _insert_lane(plan: MapPlan) -> None:
    """Make room for the emotion lane between the grid and « À classer »."""
    layout = plan.layout
    grid_bottom = max((r.bottom for r in layout.rows.values()), default=METRICS.phase_height + METRICS.stage_height)
    plan.lane = Rect(0, grid_bottom, layout.width, EMOTION_LANE)
    shift = EMOTION_LANE
    layout.parking = replace(layout.parking, y=layout.parking.y + shift)
    for note_id in layout.order.get(PARKING_CELL, []):
        layout.notes[note_id] = replace(layout.notes[note_id], y=layout.notes[note_id].y + shift)
    layout.height += shift


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (words too long are cut)."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = ""
            while stringWidth(word, font, size) > width:  # a word longer than the note
                cut = _longest_prefix(word, font, size, width)
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    return lines


def _longest_prefix(word: str, font: str, size: float, width: float) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if stringWidth(word[:middle], font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return low
