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
from cjm_desktop.commands.new_project import new_project_ops  # noqa: E402
from cjm_desktop.commands.votes import StepVotes  # noqa: E402
from cjm_desktop.document import Document  # noqa: E402
from cjm_desktop.model.domain import Channel, Evaluation  # noqa: E402
from cjm_desktop.storage.working import WorkingStore  # noqa: E402

D, N, P, B, X = Evaluation.DELIGHT, Evaluation.NEUTRAL, Evaluation.PAIN, Evaluation.BREAKING, Evaluation.NONE
# Per stage of « Parcours en 8 » (Besoin … Recommander): (text, evaluation; X: none). A few notes are
# deliberately not in the first person, as in a real workshop.
NOTES = [
    [("Ma connexion ADSL coupe le soir", P), ("Je veux regarder des films en 4K", X),
     ("Je vois une publicité pour la box Fibre sur Instagram", N), ("Un voisin me parle de la fibre", D)],
    [("Je compare les offres de trois opérateurs", N), ("Je lis les avis clients, souvent négatifs", P),
     ("J’utilise le simulateur d’éligibilité à mon adresse", D), ("Tarifs après 12 mois introuvables", B),
     ("Je pose une question au chat : réponse en 2 minutes", D)],
    [("J’appelle le 39 xx : 25 minutes d’attente", B), ("Je reçois un e-mail « Votre devis » clair", D),
     ("Je compare deux options de TV", N), ("Je demande conseil en boutique", X)],
    [("Je souscris en ligne en moins de 10 minutes", D), ("Le paiement refuse ma carte", B),
     ("Je choisis un créneau d’installation", N), ("Je signe le contrat électronique", X),
     ("Je reçois la confirmation par SMS", D)],
    [("Le technicien ne vient pas au rendez-vous", B), ("Je reçois ma box en point relais", N),
     ("J’installe la box seul grâce au guide vidéo", D), ("Je ne trouve pas le code Wi-Fi", P)],
    [("Je découvre l’appli « Mon espace » et ses tutoriels", D), ("Débit le soir inférieur à l’annonce", P),
     ("Je regarde un match en 4K sans coupure", D), ("Je paramètre le contrôle parental", N)],
    [("Ma première facture est plus élevée que prévu", B), ("Je contacte le SAV par chat : problème résolu", D),
     ("J’attends 3 jours une réponse par e-mail", P), ("Je change de formule dans l’appli", N)],
    [("Je reçois une enquête de satisfaction après 1 mois", N), ("Je parraine un ami et gagne 50 €", D),
     ("Je laisse un avis 5 étoiles sur le magasin", D), ("Je vais en boutique pour changer de box", X)],
]


def build(path: Path, notes: int = 60, seed: int = 4) -> Path:
    """Write the sample project to ``path`` and return it."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        doc = Document.new(WorkingStore(Path(tmp)), new_project_ops("Abonnement Fibre — atelier du 3 décembre",
                                                                     "parcours-en-8"))
        journey = doc.state.journeys[0].id
        channels = doc.state.channels(journey)
        doc.execute(DeleteAxisItem(Channel, channels[-1].id))  # 7 channels
        channels = doc.state.channels(journey)
        stages = doc.state.stages(journey)
        for i in range(notes):
            stage_index = min(len(stages) - 1, i * len(stages) // notes)
            stage = stages[stage_index]
            channel = rng.choice(channels)
            text, evaluation = NOTES[stage_index][i % len(NOTES[stage_index])]
            command = AddTouchpoints(journey, (channel.id, stage.id), texts=[text])
            doc.execute(command)
            emotion = {Evaluation.DELIGHT: 2, Evaluation.PAIN: -1, Evaluation.BREAKING: -2}.get(evaluation)
            doc.execute(EditTouchpoints(command.created_ids, evaluation=evaluation, emotion=emotion,
                                        moment_of_truth=i % 9 == 0))
            if votes := rng.choice([0, 0, 1, 3, 5]):
                doc.execute(StepVotes(command.created_ids, votes))
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
