"""Where everything of a journey map goes on paper, in points at natural size (scale 1).

The grid itself is ``grid_layout`` (shared with the canvas); here notes are measured with the
PDF's font, and an emotion lane is added under the grid when the journey has emotions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from cjm_desktop.layout.grid_layout import GridLayout, Metrics, Rect, layout_grid
from cjm_desktop.model.domain import Channel, Journey, ProjectState, Stage, Touchpoint
from cjm_desktop.model.placement import PARKING_CELL, Cell, cell_orders
from cjm_desktop.pdf import fonts
from cjm_desktop.pdf.text_fit import wrap_at_most
from cjm_desktop.queries.emotions import stage_emotions

NOTE_FONT, NOTE_LEADING = 8.5, 10.2  # points at scale 1
NOTE_PADDING, ICON_COLUMN, BADGE_ROW = 5.0, 11.0, 10.0
MIN_FONT = 6.0  # below this a printed note is not legible
EMOTION_LANE = 56.0
METRICS = Metrics(header_width=104.0, phase_height=16.0, stage_height=32.0, column_width=136.0, padding=6.0,
                  gap=5.0, empty_height=30.0, parking_title=20.0)
NOTE_TEXT_WIDTH = METRICS.note_width - 2 * NOTE_PADDING - ICON_COLUMN  # a note's lines wrap at this width
# A note prints at most as many lines as the canvas shows (ui/canvas/note_item.py: MAX_LINES); a longer
# one is cut with « … » (the user is told). Only its first NOTE_CHARS characters are measured: more than
# MAX_NOTE_LINES lines of the font's narrowest letters hold (81 a line; 48 of « i »), so that cut never shows
# before the cut by lines (only a text of zero-width marks could tell).
MAX_NOTE_LINES = 12
NOTE_CHARS = 1_200


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
    shortened: int = 0  # notes whose text was cut to MAX_NOTE_LINES lines
    votes: dict[int, int] = field(default_factory=dict)  # the dots on each note that has some (derived)
    planner: MapPlanner | None = field(default=None, repr=False, compare=False)  # plans other parts of the map
    _index: MapIndex | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def width(self) -> float:
        return self.layout.width

    @property
    def height(self) -> float:
        return self.layout.height

    @property
    def index(self) -> MapIndex:
        """Where its cells and notes are (built at the first question: only posters ask)."""
        if self._index is None:
            self._index = MapIndex(self)
        return self._index


class MapIndex:
    """Which cells and notes of a plan a rectangle may show, found by bisection: each tile of a poster looks
    at its own part of the map, not at all of it (a map of 20,000 notes on 200 tiles). Columns and rows are
    contiguous, and the notes of a stage's column are stacked, top to bottom, without overlapping."""

    def __init__(self, plan: MapPlan) -> None:
        layout = plan.layout
        self.stages = [s.id for s in plan.stages]
        self.channels = [c.id for c in plan.channels]
        self.lefts = [layout.columns[i].x for i in self.stages]
        self.rights = [layout.columns[i].right for i in self.stages]
        self.tops = [layout.rows[i].y for i in self.channels]
        self.bottoms = [layout.rows[i].bottom for i in self.channels]
        self.rank = {note_id: rank for rank, note_id in enumerate(layout.notes)}  # the order they are drawn in
        self.columns: list[tuple[list[float], list[float], list[int]]] = []  # per stage: tops, bottoms, ids
        for stage_id in self.stages:
            ids = [i for channel_id in self.channels for i in layout.order.get((channel_id, stage_id), [])]
            rects = [layout.notes[i] for i in ids]
            self.columns.append(([r.y for r in rects], [r.bottom for r in rects], ids))
        self.parked = layout.order.get(PARKING_CELL, [])
        self.parked_tops = [layout.notes[i].y for i in self.parked]  # in rows: never decreasing
        self.tallest = max((layout.notes[i].h for i in self.parked), default=0.0)

    def _span(self, starts: list[float], ends: list[float], low: float, high: float) -> range:
        """The indexes of the intervals that meet [low, high] (sorted, not overlapping)."""
        return range(bisect_left(ends, low), bisect_right(starts, high))

    def cells(self, clip: Rect) -> list[Cell]:
        """The cells that meet ``clip``, row by row as the layout lists them."""
        columns = self._span(self.lefts, self.rights, clip.x, clip.right)
        return [(self.channels[r], self.stages[c]) for r in self._span(self.tops, self.bottoms, clip.y, clip.bottom)
                for c in columns]

    def notes(self, clip: Rect) -> list[int]:
        """The notes that may meet ``clip`` (a superset, in the order they are drawn)."""
        found: list[int] = []
        for c in self._span(self.lefts, self.rights, clip.x, clip.right):
            tops, bottoms, ids = self.columns[c]
            found += ids[bisect_left(bottoms, clip.y) : bisect_right(tops, clip.bottom)]
        found += self.parked[bisect_left(self.parked_tops, clip.y - self.tallest) : bisect_right(self.parked_tops,
                                                                                                    clip.bottom)]
        return sorted(found, key=self.rank.__getitem__)


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
        self.votes = {i: n for i in self.touchpoints if (n := state.shown_votes((Touchpoint, i)))}
        self.emotions = stage_emotions(state, journey.id)
        self.lines: dict[int, list[str]] = {}
        self.heights: dict[int, float] = {}
        self.missing: dict[int, set[str]] = {}
        self.shortened: set[int] = set()
        for note_id, note in self.touchpoints.items():
            text = note.text[:NOTE_CHARS + 1]  # what may print: more is cut anyway
            self.missing[note_id] = fonts.missing_characters(text[:NOTE_CHARS])
            self.lines[note_id], cut = wrap_at_most(fonts.printable(text), fonts.REGULAR, NOTE_FONT, NOTE_TEXT_WIDTH,
                                                    MAX_NOTE_LINES, NOTE_CHARS)
            if cut:
                self.shortened.add(note_id)
            badges = BADGE_ROW if note.moment_of_truth or note_id in self.votes or note.author else 0.0
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
                       {i: self.lines[i] for i in ids}, emotions, missing=missing,
                       shortened=len(self.shortened.intersection(ids)), planner=self,
                       votes={i: self.votes[i] for i in ids if i in self.votes})
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
