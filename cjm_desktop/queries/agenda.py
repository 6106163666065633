"""The workshop's agenda: its steps in order, the method's steps for a half-day, and the time spent
against the plan."""

from __future__ import annotations

from dataclasses import dataclass

from cjm_desktop.model.domain import AgendaStep, Journey, JourneyKind, ProjectState, Stage, StepStatus

MINUTE = 60


@dataclass(frozen=True, slots=True)
class MethodStep:
    """One step of the method (``journey``: which journey it concerns, ``None`` for none)."""

    key: str
    minutes: int
    journey: JourneyKind | None = None


# The method of the seeds, for a half-day (3 h 35): personas → current journey (post-its) → irritants and
# frictions, then dot votes → target journey → action plan; framed by a welcome, a break and a wrap-up.
METHOD: tuple[MethodStep, ...] = (
    MethodStep("welcome", 10),
    MethodStep("personas", 20),
    MethodStep("current", 45, JourneyKind.CURRENT),
    MethodStep("frictions", 25, JourneyKind.CURRENT),
    MethodStep("votes", 15, JourneyKind.CURRENT),
    MethodStep("break", 15),
    MethodStep("target", 45, JourneyKind.TARGET),
    MethodStep("actions", 30),
    MethodStep("wrap_up", 10),
)

# (name, instructions) of each method step, by language. They become the project's own text (the user
# edits them), so they are written in the project's language, not translated on screen.
WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "welcome": ("Accueil et finalité",
                    "Présenter la finalité de la cartographie, le déroulé de la demi-journée et la règle du « je »."),
        "personas": ("Personas", "Choisir 2 ou 3 personas : objectifs, frustrations, habitudes, une citation."),
        "current": ("Parcours existant",
                    "Chacun écrit ses post-it à la première personne (« Je… ») et les place dans la case "
                    "canal × étape."),
        "frictions": ("Irritants et points de rupture",
                      "Évaluer chaque point de contact (enchantement, irritant, point de rupture) et repérer les "
                      "moments de vérité ; noter l'impact négatif des frictions."),
        "votes": ("Vote par gommettes", "Chaque participant place ses gommettes sur les frictions à traiter en "
                                        "premier."),
        "break": ("Pause", ""),
        "target": ("Parcours cible", "Imaginer le parcours idéal, étape par étape, en partant des frictions "
                                     "retenues."),
        "actions": ("Plan d'actions", "Lister les actions prioritaires : service porteur, priorité, impact, effort."),
        "wrap_up": ("Conclusion", "Relire le plan d'actions, fixer les prochaines étapes et remercier les "
                                  "participants."),
    },
    "en": {
        "welcome": ("Welcome and purpose",
                    "Present the purpose of the mapping, the plan of the half-day and the “I” rule."),
        "personas": ("Personas", "Pick 2 or 3 personas: goals, frustrations, habits, a quote."),
        "current": ("Current journey",
                    "Everyone writes sticky notes in the first person (“I…”) and puts them in their "
                    "channel × stage cell."),
        "frictions": ("Pain points and breaking points",
                      "Evaluate each touchpoint (delight, pain point, breaking point) and spot the moments of "
                      "truth; write down the negative impact of the frictions."),
        "votes": ("Dot voting", "Each participant puts their dots on the frictions to address first."),
        "break": ("Break", ""),
        "target": ("Target journey", "Imagine the ideal journey, stage by stage, starting from the chosen "
                                     "frictions."),
        "actions": ("Action plan", "List the priority actions: owner department, priority, impact, effort."),
        "wrap_up": ("Wrap-up", "Read the action plan again, set the next steps and thank the participants."),
    },
}


def steps(state: ProjectState) -> list[AgendaStep]:
    """The agenda's steps, in order."""
    return sorted(state.of(AgendaStep).values(), key=lambda s: (s.position, s.id))


def current_step(state: ProjectState) -> AgendaStep | None:
    """The step marked current (the first one, should several be), or none."""
    return next((s for s in steps(state) if s.status is StepStatus.CURRENT), None)


def step_stages(state: ProjectState, step: AgendaStep) -> list[Stage]:
    """The stages a step concerns that still exist in its journey, in the journey's order (unknown
    ids are ignored)."""
    if step.journey_id is None or not step.stage_ids:
        return []
    wanted = set(step.stage_ids)
    return [s for s in state.stages(step.journey_id) if s.id in wanted]


def method_journey(state: ProjectState, kind: JourneyKind) -> Journey | None:
    """The journey a method step of ``kind`` concerns: the first current journey; for the target, the first
    target journey derived from it, else the first target journey."""
    current = next((j for j in state.journeys if j.kind is JourneyKind.CURRENT), None)
    if kind is JourneyKind.CURRENT:
        return current
    targets = [j for j in state.journeys if j.kind is JourneyKind.TARGET]
    derived = [j for j in targets if current is not None and j.derived_from_id == current.id]
    return next(iter(derived or targets), None)


def method_steps(state: ProjectState, language: str = "fr") -> list[AgendaStep]:
    """The method's steps for a half-day, in ``language`` (``fr`` or ``en``; French otherwise), each
    on the journey of ``state`` it concerns. Their ids are 0 and their positions their order: the
    command that adds them gives them ids."""
    words = WORDS.get(language, WORDS["fr"])
    result: list[AgendaStep] = []
    for position, method_step in enumerate(METHOD):
        journey = method_journey(state, method_step.journey) if method_step.journey is not None else None
        name, instructions = words[method_step.key]
        result.append(AgendaStep(0, name, position, method_step.minutes * MINUTE,
                                 journey.id if journey is not None else None, (), instructions))
    return result


@dataclass(frozen=True, slots=True)
class StepTime:
    """A step's planned and spent time, in seconds (``over``: spent minus planned)."""

    step_id: int
    name: str
    planned: int
    spent: int
    status: StepStatus

    @property
    def over(self) -> int:
        return self.spent - self.planned


@dataclass(frozen=True, slots=True)
class PlanVsSpent:
    """Each step's planned and spent time, and the totals."""

    steps: tuple[StepTime, ...]

    @property
    def planned(self) -> int:
        return sum(s.planned for s in self.steps)

    @property
    def spent(self) -> int:
        return sum(s.spent for s in self.steps)

    @property
    def over(self) -> int:
        return self.spent - self.planned


def plan_vs_spent(state: ProjectState, running: dict[int, int] | None = None) -> PlanVsSpent:
    """Planned vs spent time per step and in total. ``running``: step id → seconds the timer counts now,
    when it is ahead of what was recorded (the step being timed)."""
    live = running or {}
    return PlanVsSpent(tuple(StepTime(s.id, s.name, s.duration, live.get(s.id, s.spent), s.status)
                             for s in steps(state)))


def clock_text(seconds: int) -> str:
    """``seconds`` as a clock shows them: « 12:05 », « 1:02:03 »; a negative value with « − »."""
    sign = "−" if seconds < 0 else ""
    total = abs(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes:02d}:{secs:02d}"
