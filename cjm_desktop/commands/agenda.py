"""The workshop's agenda: add, edit, reorder and delete its steps, fill it with the method's steps, and
record the time the timer ran on a step.

``RecordTime`` is a view setting, not an edit of the content: the UI runs it through
``DocumentController.set_view`` (never an undo step), and only now and then — on pause, on a change of
step, on +1 min or reset, and every 30 s or so while the timer runs — never at every tick.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from cjm_desktop.commands.base import Command, existing, require
from cjm_desktop.model.domain import AgendaStep, Journey, ProjectState, StepStatus
from cjm_desktop.model.ops import Op, Put, Remove
from cjm_desktop.model.placement import slot
from cjm_desktop.queries.agenda import method_steps, steps

MAX_STEPS = 100  # steps of one agenda
MAX_DURATION = 24 * 3600  # a step lasts at most a day (seconds)
MAX_SPENT = 1_000_000_000 - 1  # below the storage's bound of every number
EDITABLE = ("name", "duration", "journey_id", "stage_ids", "instructions")


def _renumber(ordered: list[AgendaStep], order: list[int]) -> list[Op]:
    """Puts giving the steps of ``ordered`` the positions of ``order`` (their ids), for those that move."""
    by_id = {s.id: s for s in ordered}
    return [Put(replace(by_id[i], position=p)) for p, i in enumerate(order) if i in by_id and by_id[i].position != p]


def _checked_values(state: ProjectState, step: AgendaStep, changes: dict[str, Any]) -> dict[str, Any]:
    """``changes`` of ``step``'s fields, checked and normalised (a step moved to another journey keeps
    none of its stages unless new ones are given)."""
    values = dict(changes)
    if "name" in values:
        name = values["name"]
        require(isinstance(name, str) and bool(name.strip()), "a step needs a name")
        values["name"] = name.strip()
    if "duration" in values:
        duration = values["duration"]
        require(isinstance(duration, int) and not isinstance(duration, bool) and 0 <= duration <= MAX_DURATION,
                f"a step lasts from 0 to {MAX_DURATION} seconds")
    if "instructions" in values:
        require(isinstance(values["instructions"], str), "the instructions of a step are text")
    journey_id = values.get("journey_id", step.journey_id)
    if "journey_id" in values and journey_id is not None:
        existing(state.get(Journey, journey_id), f"journey #{journey_id} does not exist")
    if "journey_id" in values and "stage_ids" not in values and journey_id != step.journey_id:
        values["stage_ids"] = ()
    if "stage_ids" in values:
        ids = tuple(dict.fromkeys(values["stage_ids"]))  # without repeats, in the given order
        require(all(isinstance(i, int) for i in ids), "stages are given by their ids")
        known = {s.id for s in state.stages(journey_id)} if journey_id is not None else set()
        require(set(ids) <= known, "a step concerns only stages of its journey")
        values["stage_ids"] = ids
    return values


class AddStep(Command):
    """A new step at ``index`` in the agenda (at the end by default)."""

    label = "Add step"

    def __init__(self, name: str, duration: int = 600, journey_id: int | None = None,
                 stage_ids: tuple[int, ...] = (), instructions: str = "", index: int | None = None) -> None:
        super().__init__()
        self.values: dict[str, Any] = {"name": name, "duration": duration, "journey_id": journey_id,
                                       "stage_ids": tuple(stage_ids), "instructions": instructions}
        self.index = index
        self.created_id: int | None = None

    def plan(self, state: ProjectState) -> list[Op]:
        ordered = steps(state)
        require(len(ordered) < MAX_STEPS, f"an agenda holds at most {MAX_STEPS} steps")
        self.created_id = state.next_id(AgendaStep)
        blank = AgendaStep(self.created_id, "", len(ordered))
        step = replace(blank, **_checked_values(state, blank, self.values))
        order = [s.id for s in ordered]
        order.insert(slot(len(order), self.index), step.id)
        return [*_renumber(ordered, order), Put(replace(step, position=order.index(step.id)))]


class EditStep(Command):
    """Set some of a step's fields: ``name``, ``duration`` (seconds), ``journey_id``, ``stage_ids``,
    ``instructions``. Each edit is its own undo step (a field committed whole)."""

    label = "Edit step"

    def __init__(self, step_id: int, **changes: object) -> None:
        super().__init__()
        require(bool(changes) and set(changes) <= set(EDITABLE), f"a step's editable fields are {EDITABLE}")
        self.step_id, self.changes = step_id, changes

    def plan(self, state: ProjectState) -> list[Op]:
        step = existing(state.get(AgendaStep, self.step_id), f"step #{self.step_id} does not exist")
        edited = replace(step, **_checked_values(state, step, self.changes))
        return [Put(edited)] if edited != step else []


class MoveStep(Command):
    """Move a step to ``index`` in the agenda."""

    label = "Reorder steps"

    def __init__(self, step_id: int, index: int) -> None:
        super().__init__()
        self.step_id, self.index = step_id, index

    def plan(self, state: ProjectState) -> list[Op]:
        existing(state.get(AgendaStep, self.step_id), f"step #{self.step_id} does not exist")
        ordered = steps(state)
        order = [s.id for s in ordered if s.id != self.step_id]
        order.insert(slot(len(order), self.index), self.step_id)
        return _renumber(ordered, order)


class DeleteStep(Command):
    """Delete a step; the others close up."""

    label = "Delete step"

    def __init__(self, step_id: int) -> None:
        super().__init__()
        self.step_id = step_id

    def plan(self, state: ProjectState) -> list[Op]:
        existing(state.get(AgendaStep, self.step_id), f"step #{self.step_id} does not exist")
        remaining = [s for s in steps(state) if s.id != self.step_id]
        return [Remove(AgendaStep, self.step_id), *_renumber(remaining, [s.id for s in remaining])]


class FillAgenda(Command):
    """Fill an empty agenda with the method's steps (``queries.agenda.method_steps``), in ``language``."""

    label = "Fill the agenda"

    def __init__(self, language: str = "fr") -> None:
        super().__init__()
        self.language = language

    def plan(self, state: ProjectState) -> list[Op]:
        require(not state.of(AgendaStep), "the agenda already has steps")
        first = state.next_id(AgendaStep)
        return [Put(replace(step, id=first + n)) for n, step in enumerate(method_steps(state, self.language))]


class RecordTime(Command):
    """The timer's record of a step: ``spent`` seconds and its ``status``. One step at most is current:
    making a step current makes any other current step done (when time was spent on it) or to do.
    Run through ``set_view``: never an undo step."""

    label = "Record time"

    def __init__(self, step_id: int, spent: int, status: StepStatus) -> None:
        super().__init__()
        self.step_id, self.spent, self.status = step_id, max(0, min(int(spent), MAX_SPENT)), StepStatus(status)

    def plan(self, state: ProjectState) -> list[Op]:
        step = existing(state.get(AgendaStep, self.step_id), f"step #{self.step_id} does not exist")
        ops: list[Op] = []
        if self.status is StepStatus.CURRENT:
            for other in steps(state):
                if other.id != step.id and other.status is StepStatus.CURRENT:
                    left = StepStatus.DONE if other.spent else StepStatus.TODO
                    ops.append(Put(replace(other, status=left)))
        recorded = replace(step, spent=self.spent, status=self.status)
        return ops + ([Put(recorded)] if recorded != step else [])
