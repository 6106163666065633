"""Listening devices (dispositifs d'écoute) of a stage: how the customer's voice is heard there.

A stage stores a list of texts: the keys of the suggested devices below (language-neutral,
shown translated) and any other device as the user typed it."""

from __future__ import annotations

QUESTIONNAIRE, HEATMAPS, OMNICHANNEL, INTERVIEWS = "questionnaire", "heatmaps", "omnichannel_data", "interviews"
SUGGESTED = (QUESTIONNAIRE, HEATMAPS, OMNICHANNEL, INTERVIEWS)
LABELS = {
    "fr": {QUESTIONNAIRE: "Questionnaire", HEATMAPS: "Heatmaps", OMNICHANNEL: "Données omnicanales",
           INTERVIEWS: "Entretiens qualitatifs"},
    "en": {QUESTIONNAIRE: "Questionnaire", HEATMAPS: "Heatmaps", OMNICHANNEL: "Omnichannel data",
           INTERVIEWS: "Qualitative interviews"},
}


def split_devices(devices: tuple[str, ...]) -> tuple[set[str], str]:
    """The suggested devices ticked, and the others as one « a, b » text."""
    return {d for d in devices if d in SUGGESTED}, ", ".join(d for d in devices if d not in SUGGESTED)


def join_devices(ticked: set[str], other: str) -> tuple[str, ...]:
    """The list to store: ticked suggestions in their usual order, then the other devices
    (separated by commas or semicolons), trimmed, without blanks or repeats."""
    others = (part.strip() for part in other.replace(";", ",").split(","))
    return tuple(dict.fromkeys([*(d for d in SUGGESTED if d in ticked), *(p for p in others if p)]))


def device_label(device: str, language: str = "fr") -> str:
    """How a stored device reads in ``language`` (another device reads as typed)."""
    return LABELS.get(language, LABELS["en"]).get(device, device)
