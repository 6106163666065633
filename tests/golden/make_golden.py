"""Write the golden file of the current schema version: ``python tests/golden/make_golden.py``.

Run it once when a new schema version ships, commit ``vN.cjm``, and never regenerate an
older one: the golden files prove that every version we ever wrote still opens.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from cjm_desktop.document import Document
from cjm_desktop.model.domain import (
    Action,
    ActionLink,
    Channel,
    Evaluation,
    Journey,
    JourneyKind,
    Kpi,
    Persona,
    Phase,
    Project,
    Stage,
    StageDetails,
    Touchpoint,
)
from cjm_desktop.model.ops import Put
from cjm_desktop.storage.schema import SCHEMA_VERSION
from cjm_desktop.storage.working import WorkingStore

STAMP = "2026-11-23T09:00:00+00:00"


def _since(version: int, **fields) -> dict:
    """Fields that exist from schema ``version`` on (empty when writing an older golden file)."""
    return fields if version <= SCHEMA_VERSION else {}


def golden_ops() -> list:
    """A small, realistic French project holding every kind of field."""
    notes = [
        (1, "Je découvre l’offre « Fibre » sur Instagram 😀", Evaluation.DELIGHT, False, 2),
        (2, "Je compare les prix <&> les débits", Evaluation.NEUTRAL, False, 0),
        (3, "J’attends 40 minutes au téléphone", Evaluation.BREAKING, True, -2),
        (4, "Je reçois mon cœur de box", Evaluation.PAIN, False, -1),
    ]
    return [
        Put(Project(title="Parcours abonnement Fibre", organisation="Télécom & Cie", purpose="Réduire le churn",
                    description="Atelier du 3 décembre", workshop_date="2026-12-03",
                    facilitators=("Claire Martin", "Mehdi Benali"), created_at=STAMP, updated_at=STAMP)),
        Put(Persona(1, "Sophie, 34 ans", 0, b"\x89PNG\r\n\x1a\n", 34, "Infirmière", "Famille", "Un débit fiable",
                    "Les temps d’attente", "Achète en ligne le soir", "« Je veux que ça marche, c’est tout. »")),
        Put(Journey(1, "Parcours existant", JourneyKind.CURRENT, 0, 1, None, "Tel que vécu aujourd’hui",
                    **_since(6, interop='{"ojf": {"version": "1.0", "metadata": {"pov": "Sophie", "version": 2}}}'))),
        Put(Journey(2, "Parcours cible", JourneyKind.TARGET, 1, 1, 1, "Imaginé en atelier",
                    **_since(3, lanes=("goal", "emotion")))),
        Put(Stage(1, 1, "Rechercher", 0, Phase.BEFORE, **_since(6, interop='{"ojf": {"id": "s-1"}}'))),
        Put(Stage(2, 1, "Acheter", 1, Phase.PURCHASE, **_since(3, emotion=-1))),
        Put(Stage(3, 2, "Rechercher", 0, Phase.BEFORE)),
        Put(Channel(1, 1, "Réseaux sociaux", 0, "mdi6.share-variant-outline",
                    **_since(6, interop='{"ojf": {"id": "l-1", "color": null}}'))),
        Put(Channel(2, 1, "Téléphone", 1, "mdi6.phone-outline")),
        Put(Channel(3, 2, "Site web", 0, "mdi6.web")),
        *[
            Put(Touchpoint(i, 1, text, 1 if i < 3 else 2, 1 if i < 3 else 2, (i - 1) % 2, evaluation, mot, emotion,
                           ("Marketing",) if i < 3 else ("Centre de contacts", "SAV"), "Vu en entretien",
                           color="#ffd966" if i == 2 else None, created_at=STAMP, updated_at=STAMP,
                           **_since(3, negative_impact="Abandon de 1 appel sur 5" if i == 3 else "",
                                    solutions="Rappel automatique" if i == 3 else ""),
                           **_since(4, author="Groupe B" if i == 3 else ""), **_since(5, hidden=i == 4)))
            for i, text, evaluation, mot, emotion in notes
        ],
        Put(Touchpoint(5, 1, "Idée : un rappel automatique", None, None, 0, created_at=STAMP, updated_at=STAMP,
                       **_since(2, interop='{"ojf": {"tags": ["Idée"], "severity": "low"}}'))),
        Put(StageDetails(1, 2, "Souscrire sans appeler", "2 à 3 jours", ("Questionnaire", "Heatmaps"),
                         ("Commercial", "Centre de contacts"))),
        Put(Kpi(1, 2, "Taux de conversion", 0, "≥ 3 %", "< 1,5 %")),
        Put(Action(1, "Rappel automatique sous 2 h", 0, 1, "Centre de contacts", 1, 5, 3, "doing", "2027-01-15",
                   "Supprimer l’attente au téléphone")),
        Put(ActionLink(1, 1, 3)),
        *(_v5_ops() if SCHEMA_VERSION >= 5 else []),
    ]


def _v5_ops() -> list:
    """The workshop itself (version 5): an agenda, the vote counts of older versions as « Saisie directe »,
    a dot-voting session with a proxy and paper dots, and a snapshot."""
    from cjm_desktop.model.domain import AgendaStep, Participant, Reveal, StepStatus, Vote, VoteScope, VotingSession

    return [
        Put(AgendaStep(1, "Personas", 0, 900, None, (), "Qui sont nos clients ?", 1020, StepStatus.DONE)),
        Put(AgendaStep(2, "Parcours existant", 1, 2700, 1, (1, 2), "Une note par geste, à la première personne",
                       300, StepStatus.CURRENT)),
        Put(AgendaStep(3, "Vote sur les irritants", 2, 600, 1)),
        Put(VotingSession(1, "Saisie directe", 0, None, VoteScope.NOTES, (), 0, 0, True, Reveal.LIVE, True, False,
                          STAMP)),
        *[Put(Vote(i, 1, None, i, None, i)) for i in range(1, 5)],  # the counts version 4 held
        Put(VotingSession(2, "Irritants prioritaires", 1, 1, VoteScope.FRICTIONS, (), 3, 2, False, Reveal.END,
                          False, False, STAMP)),
        Put(Participant(1, 2, "Claire", 0)),
        Put(Participant(2, 2, "Mehdi", 1, proxy=True)),
        Put(Vote(5, 2, 1, 3, None, 1)),
        Put(Vote(6, 2, 2, 4, None, 1)),
        Put(Vote(7, 2, None, 3, None, 1)),  # a paper dot
    ]


def main() -> int:
    target = Path(__file__).with_name(f"v{SCHEMA_VERSION}.cjm")
    if target.exists():
        print(f"{target} exists: golden files are never regenerated", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        doc = Document.new(WorkingStore(Path(tmp)), golden_ops())
        if SCHEMA_VERSION >= 5:  # the project as it was « avant l'atelier », kept inside the file
            from cjm_desktop.commands.snapshots import TakeSnapshot

            doc.execute(TakeSnapshot("Avant l’atelier", STAMP))
        doc.save(target)
        doc.close()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
