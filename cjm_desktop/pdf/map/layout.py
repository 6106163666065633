"""Where everything of a journey map goes on paper, in points at natural size (scale 1).

The grid itself is ``grid_layout`` (shared with the canvas); here notes are measured with the
PDF's font. As on screen (``lanes_layout``), the text lanes the journey shows (``Journey.lanes``: goal,
duration, KPIs, listening devices, departments) sit between the stage headers and the first channel, and
the emotion lane under the grid when the journey has emotions. When a voting session's counts may be seen,
the cells are tinted by its dots (``heat_session``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import partial

from cjm_desktop.layout.grid_layout import GridLayout, Metrics, Rect, layout_grid
from cjm_desktop.layout.lanes_layout import visible_lanes
from cjm_desktop.model.domain import (
    Channel,
    Journey,
    Kpi,
    ProjectState,
    Snapshot,
    Stage,
    StageDetails,
    Touchpoint,
    VoteScope,
    VotingSession,
)
from cjm_desktop.model.placement import PARKING_CELL, Cell, cell_orders
from cjm_desktop.pdf import fonts
from cjm_desktop.pdf.labels import LABELS
from cjm_desktop.pdf.text_fit import wrap, wrap_at_most
from cjm_desktop.queries.emotions import stage_emotions
from cjm_desktop.queries.listening import device_label
from cjm_desktop.queries.stage_details import LaneBlock, lane_blocks
from cjm_desktop.queries.votes import direct_session, is_direct, sessions

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
# The text lanes above the grid (the canvas's sizes scaled like METRICS): a lane is as tall as its
# tallest cell (or its title), within LANE_MIN … LANE_MAX; a longer text is cut with « … ».
LANE_FONT, LANE_LEADING, LANE_SMALL, LANE_SMALL_LEADING = 7.5, 9.0, 6.5, 8.0
LANE_PADDING, LANE_MIN, LANE_MAX = 5.0, 26.0, 106.0
LANE_TITLE, LANE_TITLE_LEADING = 8.5, 10.5  # bold, like a channel's name
LANE_TEXT_WIDTH = METRICS.column_width - 2 * LANE_PADDING
LANE_TITLE_WIDTH = METRICS.header_width - 28  # after the lane's icon
LANE_WORDS = {"goal": "customer_goal", "duration": "nominal_duration", "kpis": "lane_kpis",
              "listening": "listening_devices", "departments": "departments"}  # each lane's title in LABELS
LaneLine = LaneBlock  # (printable text, style)


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
    lanes: dict[str, Rect] = field(default_factory=dict)  # the text lanes above the grid, top to bottom
    # per language of LABELS: (lane, stage id) -> its lines, and lane -> its title's lines
    lane_lines: dict[str, dict[tuple[str, int], list[LaneLine]]] = field(default_factory=dict)
    lane_titles: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    heat: dict[Cell, int] = field(default_factory=dict)  # the heat session's dots per cell (those with some)
    heat_most: int = 0  # the most dots of any cell of the whole journey (the darkest tint)
    heat_session: VotingSession | None = None
    heat_direct: bool = False  # the heat session is « Saisie directe » (its name is translated)
    snapshot: Snapshot | None = None  # exporting this snapshot: its name and time are stamped on each page
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
             with_parking: bool = True, snapshot: Snapshot | None = None) -> MapPlan:
    """Lay out ``journey`` (only ``stages`` when given: a part of a map split across pages); ``snapshot``:
    the map is that snapshot's, stamped with its name and time."""
    return MapPlanner(state, journey, snapshot).plan(stages, with_parking)


def heat_session(state: ProjectState, journey_id: int) -> VotingSession | None:
    """The session whose dots tint a journey's cells: the latest session on notes the room may see the
    counts of (not « Saisie directe »), with dots on this journey; else « Saisie directe » when it has some.
    A session revealing its counts at the end tints nothing before they are revealed."""
    return _heat(state, journey_id)[0]


def _heat(state: ProjectState, journey_id: int) -> tuple[VotingSession | None, dict[Cell, int]]:
    """``heat_session`` and its dots on the journey, per cell."""
    shown = [s for s in sessions(state) if s.scope is not VoteScope.ACTIONS and s.journey_id in (None, journey_id)
             and s.counts_shown]
    direct = direct_session(state)
    for session in reversed(shown):
        if session != direct and not is_direct(state, session) and (dots := _journey_dots(state, session,
                                                                                           journey_id)):
            return session, dots
    if direct is not None and direct in shown and (dots := _journey_dots(state, direct, journey_id)):
        return direct, dots
    return None, {}


def _journey_dots(state: ProjectState, session: VotingSession, journey_id: int) -> dict[Cell, int]:
    """A session's dots on a journey's notes, per cell."""
    notes = state.of(Touchpoint)
    cells: dict[Cell, int] = {}
    for (kind, target_id), count in state.session_dots(session.id).items():
        note = notes.get(target_id) if kind is Touchpoint else None
        if note is not None and note.journey_id == journey_id and count > 0:
            cells[note.cell] = cells.get(note.cell, 0) + count
    return cells


class MapPlanner:
    """A journey read and its notes measured once; then the whole map or any part of its
    stages laid out from those measures (splitting a map tries many parts)."""

    def __init__(self, state: ProjectState, journey: Journey, snapshot: Snapshot | None = None) -> None:
        fonts.register_fonts()
        self.journey, self.snapshot = journey, snapshot
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
        self._plan_lanes(state)
        self.heat_session, self.heat = _heat(state, journey.id)
        self.heat_direct = self.heat_session is not None and is_direct(state, self.heat_session)

    def _plan_lanes(self, state: ProjectState) -> None:
        """The text lanes the journey shows, in screen order, each cell's lines wrapped in every language of
        the PDF (a lane is as tall as its tallest cell in any of them, so both print alike)."""
        self.lane_names, _ = visible_lanes(self.journey.lanes, False)
        self.lane_lines: dict[str, dict[tuple[str, int], list[LaneLine]]] = {}
        self.lane_titles: dict[str, dict[str, list[str]]] = {}
        self.lane_heights: dict[str, float] = {}
        self.lanes_missing: set[str] = set()
        if not self.lane_names:
            return
        details = {d.stage_id: d for d in state.of(StageDetails).values()}
        stage_ids = {s.id for s in self.stages}
        kpis: dict[int, list[Kpi]] = {}
        for kpi in sorted(state.of(Kpi).values(), key=lambda k: (k.position, k.id)):
            if kpi.stage_id in stage_ids:
                kpis.setdefault(kpi.stage_id, []).append(kpi)
        for language, words in LABELS.items():
            cells = self.lane_lines[language] = {}
            titles = self.lane_titles[language] = {}
            kpi_part, device = partial(_kpi_part, words), partial(device_label, language=words["language"])
            for lane in self.lane_names:
                titles[lane] = wrap(words[LANE_WORDS[lane]], fonts.BOLD, LANE_TITLE, LANE_TITLE_WIDTH)[:3]
                for stage in self.stages:
                    blocks = lane_blocks(lane, details.get(stage.id), kpis.get(stage.id, []), kpi_part, device)
                    self.lanes_missing.update(*(fonts.missing_characters(text) for text, _ in blocks))
                    cells[(lane, stage.id)] = _wrap_blocks(blocks)
        for lane in self.lane_names:
            tallest = max(_lines_height(cells[(lane, s.id)]) for cells in self.lane_lines.values()
                          for s in self.stages) if self.stages else 0.0
            title = max(len(titles[lane]) for titles in self.lane_titles.values()) * LANE_TITLE_LEADING + 2
            self.lane_heights[lane] = max(LANE_MIN, min(LANE_MAX, max(tallest, title) + 2 * LANE_PADDING))

    @property
    def lanes_height(self) -> float:
        return sum(self.lane_heights.values())

    def min_height(self, stage: Stage) -> float:
        """The least height of any part of the map holding ``stage``: the headers, and per channel
        this stage's own cell (a row is as tall as its tallest cell; lanes and parking only add)."""
        m = METRICS
        height = m.phase_height + m.stage_height + self.lanes_height
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
        emotions = {s.id: self.emotions.get(s.id) for s in stages}
        curve = any(v is not None for v in emotions.values())
        layout = layout_grid([s.id for s in stages], [c.id for c in self.channels], self.heights, order, METRICS,
                             lanes_above=self.lanes_height, lanes_below=EMOTION_LANE if curve else 0.0)
        missing = set().union(self.channels_missing, self.lanes_missing, *(self.missing[i] for i in ids),
                              *(fonts.missing_characters(s.name) for s in stages))
        kept = {(lane, s.id) for lane in self.lane_names for s in stages}
        plan = MapPlan(self.journey, stages, self.channels, layout, {i: self.touchpoints[i] for i in ids},
                       {i: self.lines[i] for i in ids}, emotions, missing=missing,
                       shortened=len(self.shortened.intersection(ids)), planner=self,
                       votes={i: self.votes[i] for i in ids if i in self.votes},
                       lane_lines={language: {k: v for k, v in cells.items() if k in kept}
                                   for language, cells in self.lane_lines.items()},
                       lane_titles=self.lane_titles, heat_most=max(self.heat.values(), default=0),
                       heat={cell: n for cell, n in self.heat.items() if cell in order},
                       heat_session=self.heat_session, heat_direct=self.heat_direct, snapshot=self.snapshot)
        right = max((c.right for c in layout.columns.values()), default=METRICS.header_width)
        y = METRICS.phase_height + METRICS.stage_height
        for lane in self.lane_names:
            plan.lanes[lane] = Rect(0, y, right, self.lane_heights[lane])
            y += self.lane_heights[lane]
        if curve:
            grid_bottom = max((r.bottom for r in layout.rows.values()), default=y)
            plan.lane = Rect(0, grid_bottom, layout.width, EMOTION_LANE)
        return plan


def _kpi_part(words: dict[str, str], key: str, value: str) -> str:
    """« cible 3 % », « alerte 1 % »: a KPI's target or alert threshold in the PDF's language."""
    return words[f"lane_kpi_{key}"].format(value=value)


LANE_STYLES = {"text": (fonts.REGULAR, LANE_FONT, LANE_LEADING), "strong": (fonts.BOLD, LANE_FONT, LANE_LEADING),
               "small": (fonts.REGULAR, LANE_SMALL, LANE_SMALL_LEADING)}  # font, size, leading
LANE_MAX_LINES = int((LANE_MAX - 2 * LANE_PADDING) // LANE_SMALL_LEADING)
LANE_CHARS = 1_000  # only so much of a lane's text is measured: more never shows


def _wrap_blocks(blocks: list[LaneLine]) -> list[LaneLine]:
    """A cell's blocks as printable lines that fit the lane's width, cut with « … » where the lane ends."""
    lines: list[LaneLine] = []
    room = LANE_MAX - 2 * LANE_PADDING
    for text, style in blocks:
        font, size, leading = LANE_STYLES[style]
        most = int(room // leading)
        if most <= 0:
            if lines and not lines[-1][0].endswith("…"):
                lines[-1] = (lines[-1][0].rstrip() + "…", lines[-1][1])
            break
        wrapped, _ = wrap_at_most(fonts.printable(" ".join(text.split())), font, size, LANE_TEXT_WIDTH, most,
                                  LANE_CHARS)
        lines += [(line, style) for line in wrapped]
        room -= len(wrapped) * leading
    return lines


def _lines_height(lines: list[LaneLine]) -> float:
    return sum(LANE_STYLES[style][2] for _, style in lines)
