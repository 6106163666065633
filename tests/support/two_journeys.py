"""The sample project with two journeys, as a consultant would export it: the sample's current journey, its
derived target journey (« Dériver le parcours cible ») with a few edits, two personas, stage details, actions and
the project sheet filled in. What the PDF's cover, table of contents and flowing appendix are tested on."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cjm_desktop.commands import AddTouchpoints, EditTouchpoints  # noqa: E402
from cjm_desktop.commands.actions import AddAction  # noqa: E402
from cjm_desktop.commands.fields import ConfirmedEdit, EditEntity  # noqa: E402
from cjm_desktop.commands.journeys import DeriveTarget  # noqa: E402
from cjm_desktop.commands.personas import AddPersona  # noqa: E402
from cjm_desktop.commands.stage_details import AddKpi, EditStageDetails  # noqa: E402
from cjm_desktop.document import Document  # noqa: E402
from cjm_desktop.model.domain import Evaluation, Journey, Project  # noqa: E402
from cjm_desktop.storage.working import WorkingStore  # noqa: E402
from tests.support.sample_project import build  # noqa: E402

SHEET = {
    "organisation": "Fibra Télécom",
    "purpose": "Réduire les abandons entre la commande et le raccordement",
    "description": "Atelier de deux demi-journées avec les équipes vente, technique et relation client.",
    "workshop_date": "2027-03-15",
    "facilitators": ("Camille Martin", "Julien Roux"),
}
PERSONAS = ("Sophie, télétravailleuse", "Marc, retraité")
TARGET_NAME = "Parcours cible"


def edit_project(path: Path, work: Path, **changes: object) -> Path:
    """Change the project sheet of the project at ``path`` (e.g. ``title=``, ``facilitators=``) and save it."""
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        doc = Document.open(WorkingStore(Path(tmp)), path)
        doc.execute(ConfirmedEdit(Project, 1, **changes))
        doc.save()
        doc.close()
    return path


def build_two_journeys(path: Path, work: Path | None = None, notes: int = 60) -> Path:
    """Write the two-journey sample to ``path`` (working files in ``work``, else a temporary folder)."""
    build(path, notes)
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        doc = Document.open(WorkingStore(Path(tmp)), path)
        doc.execute(ConfirmedEdit(Project, 1, **SHEET))
        persona_ids = []
        for name, quote in zip(PERSONAS, ("Je veux que ça marche, vite.", "Je veux parler à quelqu’un."),
                               strict=True):
            command = AddPersona(name, age=38 if "Sophie" in name else 67, quote=quote,
                                 goals="Une connexion fiable", frustrations="Les rendez-vous manqués")
            doc.execute(command)
            persona_ids.append(command.created_id)
        current = doc.state.journeys[0]
        doc.execute(EditEntity(Journey, current.id, persona_id=persona_ids[0]))
        for i, stage in enumerate(doc.state.stages(current.id)[:4]):
            doc.execute(EditStageDetails(stage.id, customer_goal=f"Objectif de l’étape {stage.name}",
                                         nominal_duration=f"{i + 1} jours", departments=["Ventes", "Technique"]))
            doc.execute(AddKpi(stage.id, f"Taux de conversion {stage.name}", target="80 %", alert_threshold="60 %"))
        derive = DeriveTarget(current.id, TARGET_NAME)
        doc.execute(derive)
        target = derive.created_id
        assert target is not None
        notes_of_target = doc.state.touchpoints(target)
        doc.execute(EditTouchpoints([notes_of_target[0].id], text="Je suis rappelé dans l’heure"))
        doc.execute(EditTouchpoints([n.id for n in notes_of_target[1:4]], evaluation=Evaluation.DELIGHT))
        stages = doc.state.stages(target)
        channels = doc.state.channels(target)
        doc.execute(AddTouchpoints(target, (channels[0].id, stages[2].id), texts=["Je suis le technicien en direct"]))
        frictions = [n.id for n in doc.state.touchpoints(current.id) if n.evaluation is Evaluation.BREAKING]
        doc.execute(AddAction("Rappeler sous une heure", current.id, frictions[:2], owner_department="Relation client",
                              priority=1, due_date="2027-06-30"))
        doc.execute(AddAction("Suivi du technicien par SMS", target, owner_department="Technique"))
        doc.save()
        doc.close()
    return path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    print(build_two_journeys(args.path))
