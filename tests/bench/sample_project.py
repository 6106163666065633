"""A realistic French project for benchmarks and screenshots: 8 stages × 7 channels, every
evaluation, moments of truth, emotions and votes (``--notes`` scales it up)."""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cjm_desktop.commands import AddTouchpoints, DeleteAxisItem, EditTouchpoints  # noqa: E402
from cjm_desktop.document import Document  # noqa: E402
from cjm_desktop.domain import Channel, Evaluation  # noqa: E402
from cjm_desktop.storage.working import WorkingStore  # noqa: E402
from cjm_desktop.templates import new_project_ops  # noqa: E402

NOTES = [
    "Je vois une publicité pour la box Fibre sur Instagram",
    "Je compare les offres de trois opérateurs",
    "Je lis les avis clients, souvent négatifs",
    "J’utilise le simulateur d’éligibilité à mon adresse",
    "Je pose une question au chat : réponse en 2 minutes",
    "J’appelle le 39 xx : 25 minutes d’attente",
    "Je reçois un e-mail « Votre devis » clair",
    "Je souscris en ligne en moins de 10 minutes",
    "Le paiement refuse ma carte",
    "Je choisis un créneau d’installation",
    "Le technicien ne vient pas au rendez-vous",
    "Je reçois ma box en point relais",
    "J’installe la box seul grâce au guide vidéo",
    "Je découvre l’appli « Mon espace » et ses tutoriels",
    "Ma première facture est plus élevée que prévu",
    "Je contacte le SAV par chat : problème résolu",
    "Je reçois une enquête de satisfaction après 1 mois",
    "Je parraine un ami et gagne 50 €",
    "Je laisse un avis 5 étoiles sur le magasin",
    "Je vais en boutique pour changer de box",
]
EVALUATIONS = [Evaluation.DELIGHT, Evaluation.NEUTRAL, Evaluation.PAIN, Evaluation.BREAKING, Evaluation.NONE]


def build(path: Path, notes: int = 60, seed: int = 4) -> Path:
    """Write the sample project to ``path`` and return it."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        doc = Document.new(WorkingStore(Path(tmp)), new_project_ops("Abonnement Fibre — atelier du 3 décembre",
                                                                     "parcours-en-8"))  # fmt: skip
        journey = doc.state.journeys[0].id
        channels = doc.state.channels(journey)
        doc.execute(DeleteAxisItem(Channel, channels[-1].id))  # 7 channels
        channels = doc.state.channels(journey)
        stages = doc.state.stages(journey)
        for i in range(notes):
            stage = stages[min(len(stages) - 1, i * len(stages) // notes)]
            channel = rng.choice(channels)
            command = AddTouchpoints(journey, (channel.id, stage.id), texts=[NOTES[i % len(NOTES)]])
            doc.execute(command)
            evaluation = EVALUATIONS[i % len(EVALUATIONS)]
            emotion = {Evaluation.DELIGHT: 2, Evaluation.PAIN: -1, Evaluation.BREAKING: -2}.get(evaluation)
            doc.execute(EditTouchpoints(command.created_ids, evaluation=evaluation, emotion=emotion,
                                        moment_of_truth=i % 9 == 0, votes=rng.choice([0, 0, 1, 3, 5])))  # fmt: skip
        doc.execute(AddTouchpoints(journey, (None, None), texts=["Idée : rappel automatique", "Programme fidélité ?"]))
        doc.save(path)
        doc.close()
    return path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--notes", type=int, default=60)
    args = parser.parse_args()
    print(build(args.path, args.notes))
