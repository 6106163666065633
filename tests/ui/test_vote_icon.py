"""One vote icon everywhere: the heart of the canvas's notes is the PDF's vote icon and the registry's."""

from __future__ import annotations

from cjm_desktop.pdf.map import draw
from ui.widgets import icons


def test_the_pdf_and_the_registry_show_votes_with_the_same_heart(qapp):
    assert icons.ICONS["votes"] == draw.VOTE_ICON == "mdi6.heart"
    assert icons.has(draw.VOTE_ICON) and not icons.icon("votes").isNull()
