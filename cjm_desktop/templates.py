"""Journey templates, stored as JSON data in ``resources/templates/``.

Each name and description is written in French (``name``) and English (``name_en``); a template is loaded in
one language (``fr`` or ``en``; French otherwise), so a new project's stages and channels are created in it.
"""

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
LANGUAGES = ("fr", "en")
# The name of a new project's first journey, by language (it becomes the project's own text).
CURRENT_JOURNEY_NAME = {"fr": "Parcours existant", "en": "Current journey"}


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


def _in(item: dict[str, Any], key: str, language: str) -> str:
    """``item[key]`` in ``language``: ``key_en`` for English when the file has it, else the French ``key``."""
    text: str = item.get(f"{key}_{language}", item[key]) if language != "fr" else item[key]
    return text


def language_of(language: str) -> str:
    """``fr`` or ``en`` (anything starting with ``en``); French otherwise."""
    return "en" if language.lower().startswith("en") else "fr"


@cache
def default_channels(language: str = "fr") -> tuple[tuple[str, str], ...]:
    """The default channel set in ``language``: (name, qtawesome icon name)."""
    language = language_of(language)
    return tuple((_in(c, "name", language), c["icon"]) for c in _read("channels-fr")["channels"])


@cache
def load_template(template_id: str, language: str = "fr") -> Template:
    """The template ``template_id`` with its names in ``language`` (``fr`` or ``en``)."""
    if template_id not in TEMPLATE_IDS:
        raise ValueError(f"unknown template « {template_id} » (choose one of {', '.join(TEMPLATE_IDS)})")
    language = language_of(language)
    data = _read(template_id)
    stages = tuple((_in(s, "name", language), Phase(s["phase"]) if s["phase"] else None) for s in data["stages"])
    channels = (tuple((_in(c, "name", language), c["icon"]) for c in data["channels"]) if "channels" in data
                else default_channels(language))
    return Template(data["id"], _in(data, "name", language), _in(data, "description", language), stages, channels)


def templates(language: str = "fr") -> list[Template]:
    """Every template, in ``language``."""
    return [load_template(t, language) for t in TEMPLATE_IDS]
