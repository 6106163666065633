"""How a journey is named on screen: tabs, persona cards, the compare view's captions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cjm_desktop.model.domain import Journey, JourneyKind, ProjectState
from ui.widgets.plain_text import plain_tip

translate = QCoreApplication.translate  # the strings are shared with the journey menu and the personas panel


def journey_label(journey: Journey) -> str:
    """The journey's name, with its kind unless the name already says it."""
    if journey.kind is JourneyKind.CURRENT:
        kind = QCoreApplication.translate("JourneyTabs", "current")
    else:
        kind = QCoreApplication.translate("JourneyTabs", "target")
    return journey.name if kind.lower() in journey.name.lower() else f"{journey.name} · {kind}"


def journey_tooltip(state: ProjectState, journey: Journey) -> str:
    """A journey's tooltip (its tab's): the journey's kind (and the current journey it derives from),
    then its persona."""
    current = state.get(Journey, journey.derived_from_id) if journey.derived_from_id is not None else None
    if journey.kind is JourneyKind.TARGET and current is not None:
        lines = [translate("JourneyMenu", "Target journey, derived from « %1 »").replace("%1", current.name)]
    elif journey.kind is JourneyKind.TARGET:
        lines = [translate("JourneyMenu", "Target journey")]
    else:
        lines = [translate("JourneyMenu", "Current journey")]
    if (persona := state.persona_name(journey.persona_id)) is not None:
        lines.append(translate("PersonasDock", "Persona: %1").replace("%1", persona))
    return plain_tip("\n".join(lines))
