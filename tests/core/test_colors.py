"""The evaluation colours stay apart for colour-blind viewers (the icon says it too, but a room reads colour)."""

from __future__ import annotations

import itertools
import math

import pytest

from cjm_desktop.layout.colors import NOTE_COLORS

# Machado, Oliveira & Fernandes 2009, severity 1.0, on linear RGB.
SIMULATIONS = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
SMALLEST = {"normal": 14, "protanopia": 14, "deuteranopia": 14, "tritanopia": 10}  # ΔE (CIE 1976)


def seen(color: str, matrix) -> tuple[float, float, float]:
    """``color`` (#rrggbb) as the simulated eye sees it, in CIE L*a*b*."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    rgb = [linear(int(color[i:i + 2], 16) / 255) for i in (1, 3, 5)]
    r, g, b = (max(0.0, min(1.0, sum(row[k] * rgb[k] for k in range(3)))) for row in matrix)
    x, y, z = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, \
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_every_two_evaluation_colours_differ_enough(vision):
    matrix = SIMULATIONS[vision]
    pairs = itertools.combinations(NOTE_COLORS.values(), 2)
    closest = min(math.dist(seen(a, matrix), seen(b, matrix)) for a, b in pairs)
    assert closest >= SMALLEST[vision]


def test_an_author_has_one_colour_whatever_the_case_and_spacing():
    from cjm_desktop.layout.colors import AUTHOR_COLORS, author_color

    assert author_color("Groupe  B") == author_color("groupe b") in AUTHOR_COLORS
