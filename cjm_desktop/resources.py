"""Where the data shipped with the app lives (templates, fonts, translations...)."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
