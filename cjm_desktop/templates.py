"""Journey templates, stored as JSON data in ``resources/templates/``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from cjm_desktop.model.domain import Phase
from cjm_desktop.resources import RESOURCES

TEMPLATES_DIR = RESOURCES / "templates"
TEMPLATE_IDS = ("parcours-en-8", "10-etapes", "3-phases", "blank")
DEFAULT_TEMPLATE = "parcours-en-8"


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    description: str
    stages: tuple[tuple[str, Phase | None], ...]
    channels: tuple[tuple[str, str], ...]


def _read(name: str) -> dict[str, Any]:
    """A template file's JSON object (our own resource files)."""
    data: dict[str, Any] = json.loads((TEMPLATES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return data


@cache
def default_channels() -> tuple[tuple[str, str], ...]:
    """The default French channel set: (name, qtawesome icon name)."""
    return tuple((c["name"], c["icon"]) for c in _read("channels-fr")["channels"])


@cache
def load_template(template_id: str) -> Template:
    if template_id not in TEMPLATE_IDS:
        raise ValueError(f"unknown template « {template_id} » (choose one of {', '.join(TEMPLATE_IDS)})")
    data = _read(template_id)
    stages = tuple((s["name"], Phase(s["phase"]) if s["phase"] else None) for s in data["stages"])
    channels = tuple((c["name"], c["icon"]) for c in data["channels"]) if "channels" in data else default_channels()
    return Template(data["id"], data["name"], data["description"], stages, channels)


def templates() -> list[Template]:
    return [load_template(t) for t in TEMPLATE_IDS]
