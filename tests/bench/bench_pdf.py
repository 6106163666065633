"""PDF export benchmark: 2 journeys × 1,000 notes, against bare reportlab drawing the same
number of boxes and wrapped strings with the same embedded font, in the same run.

The floor does the least any PDF of these notes must do: measure and wrap each text (with
reportlab's ``simpleSplit``, at the width the export wraps notes, so the lines are the same),
draw a rounded box and its lines, one A3 page per journey. The export adds the layout, headers,
icons, shadows, the emotion lane, metadata, the outline, and the appendix pages (stage details,
friction table: here every irritant and breaking point again). Budget: ≤ 1.5 × the floor.

    .venv/bin/python tests/bench/bench_pdf.py [--runs 7] [--notes 1000]
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from cjm_desktop.model.domain import (  # noqa: E402  # noqa: E402
    Channel,
    Evaluation,
    Journey,
    JourneyKind,
    Phase,
    Project,
    ProjectState,
    Stage,
    Touchpoint,
    Vote,
    VotingSession,
)
from cjm_desktop.pdf import fonts  # noqa: E402
from cjm_desktop.pdf.export import build_pdf  # noqa: E402
from cjm_desktop.pdf.map.layout import NOTE_FONT, NOTE_LEADING, NOTE_TEXT_WIDTH  # noqa: E402
from cjm_desktop.pdf.page import PdfOptions  # noqa: E402
from tests.support.sample_project import NOTES  # noqa: E402

BUDGET = 1.5
TEXTS = [text for stage in NOTES for text, _ in stage]


def big_project(notes: int, journeys: int = 2, seed: int = 7) -> ProjectState:
    """``journeys`` journeys of 8 stages × 7 channels holding ``notes`` notes each."""
    rng, state = random.Random(seed), ProjectState()
    state.put(Project(title="Banc d’essai PDF"))
    state.put(VotingSession(1, "Saisie directe", budget=0, repeat=True, revealed=True))
    phases = [Phase.BEFORE] * 3 + [Phase.PURCHASE] + [Phase.AFTER] * 4
    for j in range(1, journeys + 1):
        state.put(Journey(j, f"Parcours {j}", JourneyKind.CURRENT if j == 1 else JourneyKind.TARGET, j - 1))
        stages = [Stage(j * 100 + s, j, f"Étape {s + 1}", s, phases[s]) for s in range(8)]
        channels = [Channel(j * 100 + c, j, f"Canal {c + 1}", c, "mdi6.web") for c in range(7)]
        for entity in stages + channels:
            state.put(entity)
        for n in range(notes):
            stage, channel = rng.choice(stages), rng.choice(channels)
            note_id = j * 10_000 + n
            state.put(Touchpoint(note_id, j, rng.choice(TEXTS), channel.id, stage.id, n,
                                 rng.choice(list(Evaluation)), rng.random() < 0.1, rng.choice([None, -2, -1, 0, 1, 2])))
            if votes := rng.choice([0, 0, 1, 3]):
                state.put(Vote(note_id, 1, None, note_id, None, votes))
    return state


def floor(state: ProjectState) -> bytes:
    """Bare reportlab: every note as a rounded box with its wrapped text, one A3 page per journey."""
    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=landscape(A3), invariant=1, pageCompression=1, initialFontName=fonts.REGULAR)
    for journey in state.journeys:
        for i, note in enumerate(state.touchpoints(journey.id)):
            x, y = 20 + (i % 40) * 29, 800 - (i // 40) * 30
            c.setFillColorRGB(1, 0.95, 0.7)
            c.roundRect(x, y, 28, 28, 3, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(fonts.REGULAR, NOTE_FONT)
            for k, line in enumerate(simpleSplit(note.text, fonts.REGULAR, NOTE_FONT, NOTE_TEXT_WIDTH)):
                c.drawString(x + 1, y + 25 - k * NOTE_LEADING, line)
        c.showPage()
    c.save()
    return buffer.getvalue()


def app(state: ProjectState) -> bytes:
    data, _ = build_pdf(state, state.journeys, PdfOptions(paper="A3"))
    return data


def timed(function, state) -> float:
    start = time.perf_counter()
    function(state)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--notes", type=int, default=1000)
    args = parser.parse_args()
    fonts.register_fonts()
    state = big_project(args.notes)
    app(state), floor(state)  # warm up: font subsetting tables, caches of both sides
    app_times, floor_times = [], []
    for _ in range(args.runs):  # alternate so that machine noise hits both sides alike
        app_times.append(timed(app, state))
        floor_times.append(timed(floor, state))
    app_s, floor_s = statistics.median(app_times), statistics.median(floor_times)
    print(f"2 journeys × {args.notes} notes: export {app_s * 1000:.0f} ms (median of {args.runs}), "
          f"bare reportlab floor {floor_s * 1000:.0f} ms → ratio {app_s / floor_s:.2f} (budget ≤ {BUDGET})")
    print(f"export size {len(app(state)) / 1e6:.2f} MB")
    return 0 if app_s / floor_s <= BUDGET else 1


if __name__ == "__main__":
    sys.exit(main())
