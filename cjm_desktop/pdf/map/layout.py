"""Where everything of a journey map goes on paper, in points at natural size (scale 1).

The grid itself is ``grid_layout`` (shared with the canvas); here notes are measured with the
PDF's font, and an emotion lane is added under the grid when the journey has emotions.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from cjm_desktop.layout.grid_layout import GridLayout, Metrics, Rect, layout_grid
from cjm_desktop.model.domain import Channel, Journey, ProjectState, Stage, Touchpoint
from cjm_desktop.model.placement import PARKING_CELL, cell_orders
from cjm_desktop.pdf import fonts
from cjm_desktop.pdf.text_fit import wrap
from cjm_desktop.queries.emotions import stage_emotions

NOTE_FONT, NOTE_LEADING = 8.5, 10.2  # points at scale 1
NOTE_PADDING, ICON_COLUMN, BADGE_ROW = 5.0, 11.0, 10.0
MIN_FONT = 6.0  # below this a printed note is not legible
EMOTION_LANE = 56.0
METRICS = Metrics(header_width=104.0, phase_height=16.0, stage_height=32.0, column_width=136.0, padding=6.0,
                  gap=5.0, empty_height=30.0, parking_title=20.0)
NOTE_TEXT_WIDTH = METRICS.note_width - 2 * NOTE_PADDING - ICON_COLUMN  # a note's lines wrap at this width


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
    planner: MapPlanner | None = field(default=None, repr=False, compare=False)  # plans other parts of the map

    @property
    def width(self) -> float:
        return self.layout.width

    @property
    def height(self) -> float:
        return self.layout.height


def plan_map(state: ProjectState, journey: Journey, stages: list[Stage] | None = None,
             with_parking: bool = True) -> MapPlan:
    """Lay out ``journey`` (only ``stages`` when given: a part of a map split across pages)."""
    return MapPlanner(state, journey).plan(stages, with_parking)


class MapPlanner:
    """A journey read and its notes measured once; then the whole map or any part of its
    stages laid out from those measures (splitting a map tries many parts)."""

    def __init__(self, state: ProjectState, journey: Journey) -> None:
        fonts.register_fonts()
        self.journey = journey
        self.stages = state.stages(journey.id)
        self.channels = state.channels(journey.id)
        self.orders = cell_orders(state, journey.id)
        notes = state.of(Touchpoint)  # the orders hold the ids of the journey's notes
        self.touchpoints = {i: notes[i] for ids in self.orders.values() for i in ids}
        self.emotions = stage_emotions(state, journey.id)
        self.lines: dict[int, list[str]] = {}
        self.heights: dict[int, float] = {}
        self.missing: dict[int, set[str]] = {}
        for note_id, note in self.touchpoints.items():
            self.missing[note_id] = fonts.missing_characters(note.text)
            self.lines[note_id] = wrap(fonts.printable(note.text), fonts.REGULAR, NOTE_FONT, NOTE_TEXT_WIDTH)
            badges = BADGE_ROW if note.moment_of_truth or note.votes else 0.0
            self.heights[note_id] = 2 * NOTE_PADDING + max(1, len(self.lines[note_id])) * NOTE_LEADING + badges
        self.channels_missing = set().union(*(fonts.missing_characters(c.name) for c in self.channels))

    def min_height(self, stage: Stage) -> float:
        """The least height of any part of the map holding ``stage``: the headers, and per channel
        this stage's own cell (a row is as tall as its tallest cell; lanes and parking only add)."""
        m = METRICS
        height = m.phase_height + m.stage_height
        for channel in self.channels:
            ids = self.orders.get((channel.id, stage.id), [])
            stacked = sum(self.heights[i] for i in ids) + m.gap * (len(ids) - 1) + 2 * m.padding if ids else 0.0
            height += max(m.empty_height, stacked)
        return height

    def plan(self, stages: list[Stage] | None = None, with_parking: bool = True) -> MapPlan:
        """The map of ``stages`` (all when None), with « À classer » when ``with_parking``."""
        stages = self.stages if stages is None else stages
        stage_ids = {s.id for s in stages}
        order = {cell: ids for cell, ids in self.orders.items()
                 if cell == PARKING_CELL and with_parking or cell[1] in stage_ids}
        ids = [i for cell_ids in order.values() for i in cell_ids]
        layout = layout_grid([s.id for s in stages], [c.id for c in self.channels], self.heights, order, METRICS)
        emotions = {s.id: self.emotions.get(s.id) for s in stages}
        missing = set().union(self.channels_missing, *(self.missing[i] for i in ids),
                              *(fonts.missing_characters(s.name) for s in stages))
        plan = MapPlan(self.journey, stages, self.channels, layout, {i: self.touchpoints[i] for i in ids},
                       {i: self.lines[i] for i in ids}, emotions, missing=missing, planner=self)
        if any(v is not None for v in emotions.values()):
            _insert_lane(plan)
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
