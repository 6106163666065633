"""A note of 100,000 characters on the canvas: it shows its first lines cut with « … », and only those are
ever laid out (the whole text stays in the note for the editor and the properties panel); a note that fits
shows exactly its text."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtGui import QFontMetricsF, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cjm_desktop.model.domain import Channel, Journey, Project, ProjectState, Stage, Touchpoint  # noqa: E402
from ui.canvas.journey_scene import METRICS, JourneyScene  # noqa: E402
from ui.canvas.note_item import MAX_CHARS, MAX_LINES, NoteItem, note_height, shown_text  # noqa: E402

SENTENCE = "Je lis les conditions générales de l’offre, page après page, sans trouver le prix. "
HUGE = (SENTENCE * 2000)[:100_000]


@pytest.fixture
def scene(qapp: QApplication) -> JourneyScene:
    state = ProjectState()
    for entity in (Project(title="Atelier"), Journey(1, "Parcours"), Stage(1, 1, "Comparer", 0),
                   Channel(1, 1, "Site web", 0), Touchpoint(1, 1, "Je compare les offres", 1, 1, 0),
                   Touchpoint(2, 1, HUGE, 1, 1, 1), Touchpoint(3, 1, "x" * 100_000, 1, 1, 2)):
        state.put(entity)
    return JourneyScene(state, 1)


def paint(item: NoteItem) -> None:
    image = QImage(400, 400, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    item.paint(painter, None)
    painter.end()


@pytest.mark.parametrize("text", [HUGE, "x" * 100_000, "Je\n" * 5000, "😀 Je compare " * 10_000])
def test_a_huge_note_shows_its_first_lines_cut_with_an_ellipsis(qapp, text):
    shown = shown_text(text, METRICS.note_width)
    assert shown.endswith("…") and len(shown) <= MAX_CHARS + 1
    metrics = QFontMetricsF(NoteItem.text_font())
    most = note_height(metrics, SENTENCE * 30, METRICS.note_width)  # MAX_LINES lines
    assert note_height(metrics, text, METRICS.note_width) <= most
    assert note_height(metrics, HUGE, METRICS.note_width) == most


@pytest.mark.parametrize("text", ["Je compare les offres", "", SENTENCE * 2, "Ligne 1\nLigne 2\n\nLigne 4"])
def test_a_note_that_fits_shows_exactly_its_text(qapp, text):
    assert shown_text(text, METRICS.note_width) == text


def test_the_canvas_lays_out_a_bounded_text_and_keeps_the_whole_one_in_the_note(scene):
    long_note, word = scene.notes[2], scene.notes[3]
    for item in (scene.notes[1], long_note, word):
        paint(item)
    assert scene.notes[1].shown == "Je compare les offres"
    assert long_note.shown.endswith("…") and len(long_note.shown) <= MAX_CHARS + 1 and long_note.note.text == HUGE
    lines = QFontMetricsF(NoteItem.text_font()).lineSpacing() * MAX_LINES
    assert long_note.size[1] <= lines + 60 and word.size[1] <= lines + 60
