"""A realistic French project for benchmarks and screenshots: 8 stages × 7 channels, every
evaluation, moments of truth, emotions and votes (``--notes`` scales it up).

The content and the builder are the app's own (« Ouvrir un exemple »): ``resources/samples/fibre_fr.json``
and ``cjm_desktop/sample.py``; this module keeps the names tests and benches use."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cjm_desktop.sample import build_sample, load_sample  # noqa: E402

# Per stage of « Parcours en 8 » (Besoin … Recommander): (text, evaluation; NONE: none).
NOTES = [list(stage) for stage in load_sample("fr").notes_by_stage]


def build(path: Path, notes: int = 60, seed: int = 4) -> Path:
    """Write the sample project to ``path`` and return it."""
    return build_sample(path, notes, seed)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--notes", type=int, default=60)
    args = parser.parse_args()
    print(build(args.path, args.notes))
