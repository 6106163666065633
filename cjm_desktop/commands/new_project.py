"""The operations that build a new project (the first commit of a new document)."""

from __future__ import annotations

from cjm_desktop.commands.agenda import FillAgenda
from cjm_desktop.commands.journeys import AddJourney
from cjm_desktop.model.clock import utc_now
from cjm_desktop.model.domain import JourneyKind, Project, ProjectState
from cjm_desktop.model.ops import Op, Put, apply_to_state
from cjm_desktop.templates import CURRENT_JOURNEY_NAME, DEFAULT_TEMPLATE, language_of, load_template


def new_project_ops(title: str, template_id: str = DEFAULT_TEMPLATE, journey_name: str = "",
                    language: str = "fr") -> list[Op]:
    """The operations that build a new project with one current journey from a template, and an agenda
    prefilled with the method's steps; the journey's name, stages, channels and the agenda are in ``language``."""
    language = language_of(language)
    template = load_template(template_id, language)
    now = utc_now()
    name = journey_name or CURRENT_JOURNEY_NAME[language]
    journey = AddJourney(name, JourneyKind.CURRENT, list(template.stages), list(template.channels))
    state = ProjectState()
    ops: list[Op] = [Put(Project(title=title, created_at=now, updated_at=now)), *journey.plan(state)]
    apply_to_state(ops, state)
    return [*ops, *FillAgenda(language).plan(state)]
