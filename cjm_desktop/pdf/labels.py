"""The words printed on the PDF, in French (default) and English.

The PDF is a deliverable: it is written in the language asked for (``--lang``, or the app's
language), independently of Qt, so the core can produce it from the command line.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "current": "Parcours existant", "target": "Parcours cible", "persona": "Persona",
        "page": "Page {page}/{pages}", "before": "Avant l’achat", "purchase": "Achat", "after": "Après l’achat",
        "no_phase": "", "parking": "À classer", "emotions": "Émotions",
        "delight": "Enchantement", "neutral": "Neutre", "pain": "Irritant", "breaking": "Point de rupture",
        "moment_of_truth": "Moment de vérité", "votes": "Votes", "legend": "Légende",
        "tile": "Panneau {label} — {journey}", "tiles_map": "Plan d’assemblage — {journey}",
        "tiles_hint": "Assemblez les panneaux en faisant coïncider les repères ; la bande grisée se superpose.",
        "part": "partie {part}/{parts}", "created_with": "Réalisé avec CJM Desktop",
    },
    "en": {
        "current": "Current journey", "target": "Target journey", "persona": "Persona",
        "page": "Page {page}/{pages}", "before": "Before the purchase", "purchase": "Purchase",
        "after": "After the purchase", "no_phase": "", "parking": "To sort", "emotions": "Emotions",
        "delight": "Delight", "neutral": "Neutral", "pain": "Pain point", "breaking": "Breaking point",
        "moment_of_truth": "Moment of truth", "votes": "Votes", "legend": "Legend",
        "tile": "Panel {label} — {journey}", "tiles_map": "Assembly plan — {journey}",
        "tiles_hint": "Assemble the panels by matching the marks; the grey band overlaps.",
        "part": "part {part}/{parts}", "created_with": "Made with CJM Desktop",
    },
}  # fmt: skip


def labels(language: str = "fr") -> dict[str, str]:
    """The words of the PDF in ``language`` (French when unknown)."""
    return LABELS.get(language, LABELS["fr"])
