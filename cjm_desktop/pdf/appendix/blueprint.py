"""The service blueprint appendix of one journey (« Blueprint de service »): each note that carries a blueprint
(from an OpenJourney file), where it sits, and its layers — physical evidence, onstage, backstage, support
processes — as columns, read by ``queries.blueprint`` (already plain, short lines)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from cjm_desktop.model.domain import Journey, ProjectState
from cjm_desktop.pdf.appendix.layout import Ink, styles, table
from cjm_desktop.queries.blueprint import LAYERS, MAX_CHARS, MAX_LINES, OTHER, BlueprintLayer, journey_blueprints

LAYER_WORDS = {"evidence": "blueprint_evidence", "onstage": "blueprint_onstage", "backstage": "blueprint_backstage",
               "support": "blueprint_support", OTHER: "blueprint_other"}
CELL_LIMIT = (MAX_LINES + 1) * (MAX_CHARS + 2)  # a layer's lines, never shortened again by the table
# Column widths: note, stage, channel, then the layers (another column for « other » when some note has it).
FRACTIONS = (0.18, 0.09, 0.09, 0.16, 0.16, 0.16, 0.16)
FRACTIONS_OTHER = (0.16, 0.08, 0.08, 0.136, 0.136, 0.136, 0.136, 0.136)


def blueprint_flowables(state: ProjectState, journey: Journey, width: float, ink: Ink,
                        words: dict[str, str]) -> list[Flowable]:
    """The blueprint table of ``journey``, or nothing when none of its notes has a blueprint."""
    notes = journey_blueprints(state, journey.id)
    if not notes:
        return []
    s = styles()
    keys = [*LAYERS, OTHER] if any(n.blueprint.other for n in notes) else list(LAYERS)
    header = [ink.label(words[key], s["head"]) for key in ("blueprint_note", "stage", "channel")]
    header += [ink.label(words[LAYER_WORDS[key]], s["head"]) for key in keys]
    rows: list[list[object]] = [header]
    for item in notes:
        parked = item.note.stage_id is None and item.note.channel_id is None
        rows.append([
            ink.text(item.note.text, s["body"]),
            ink.text(words["parking"] if parked else item.stage, s["small"]),
            ink.text("" if parked else item.channel, s["small"]),
            *(ink.text(_cell(item.blueprint.layer(key), words), s["small"], CELL_LIMIT) for key in keys),
        ])
    count = len(notes)
    intro = words["blueprint_intro_one"] if count == 1 else words["blueprint_intro"].format(count=count)
    fractions = FRACTIONS_OTHER if OTHER in keys else FRACTIONS
    return [ink.label(intro, s["intro"]), table(rows, [width * f for f in fractions])]


def _cell(layer: BlueprintLayer, words: dict[str, str]) -> str:
    """A layer's lines, one per line, and « … et 3 de plus » when some were left out."""
    lines = [f"• {line}" for line in layer.lines]
    if layer.more:
        lines.append(words["more"].format(count=f"{layer.more:,}"))
    return "\n".join(lines)
