"""Reading the project's personas and the journeys made for them."""

from __future__ import annotations

from cjm_desktop.model.domain import Journey, Persona, ProjectState


def personas(state: ProjectState) -> list[Persona]:
    """The project's personas in their order."""
    return sorted(state.of(Persona).values(), key=lambda p: (p.position, p.id))


def journeys_of(state: ProjectState, persona_id: int) -> list[Journey]:
    """The journeys made for a persona, in their order."""
    return [j for j in state.journeys if j.persona_id == persona_id]
