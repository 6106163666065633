"""The current vs target comparison appendix: how many notes the target journey added,
removed, changed or moved, and the table of those notes (see ``cjm_desktop.queries.compare``)."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from cjm_desktop.model.domain import Channel, Journey, JourneyKind, ProjectState, Stage, Touchpoint
from cjm_desktop.pdf.appendix.layout import CELL_FONT, Ink, styles, table
from cjm_desktop.pdf.labels import EVALUATION_WORDS
from cjm_desktop.queries.compare import STATUSES, NoteDiff, compare_journeys, count_statuses

STATUS_COLORS = {"added": "#c8ecc9", "removed": "#ffcdd2", "changed": "#ffe0b2", "moved": "#d6e4f5", "same": "#eceff1"}


def compared_pairs(state: ProjectState, journeys: list[Journey]) -> list[tuple[Journey, Journey]]:
    """(current, target) for each exported target journey derived from a current journey."""
    pairs = []
    for target in journeys:
        current = state.get(Journey, target.derived_from_id) if target.derived_from_id is not None else None
        if target.kind is JourneyKind.TARGET and current is not None and current.kind is JourneyKind.CURRENT:
            pairs.append((current, target))
    return pairs


def compare_flowables(state: ProjectState, current: Journey, target: Journey, width: float, ink: Ink,
                      words: dict[str, str]) -> list[Flowable]:
    """The counts and the table of differences, or nothing when neither journey has a note."""
    diffs = compare_journeys(state, current.id, target.id)
    if not diffs:
        return []
    s = styles()
    counts = count_statuses(diffs)
    out: list[Flowable] = [_counts(counts, width, ink, words), Spacer(width, 10)]
    shown = [d for d in diffs if d.status != "same"]
    if not shown:
        return [*out, ink.label(words["compare_identical"], s["intro"])]
    names = {st.id: st.name for st in state.of(Stage).values()}
    channels = {ch.id: ch.name for ch in state.of(Channel).values()}
    header = [ink.label(words[key], s["head"]) for key in
              ("compare_status", "stage", "channel", "current_note", "target_note", "compare_changes")]
    rows, colours = [header], []
    for row, diff in enumerate(shown, start=1):
        rows.append([
            ink.text(words[f"compare_{diff.status}"], s["small"]),
            ink.text(_place(diff, names, "stage_id", words), s["small"]),
            ink.text(_place(diff, channels, "channel_id", words), s["small"]),
            ink.text(diff.current.text if diff.current else "", s["body"]),
            ink.text(diff.target.text if diff.target else "", s["body"]),
            [Paragraph(line, s["small"]) for line in _changes(diff, ink, words)],
        ])
        colours.append(("BACKGROUND", (0, row), (0, row), HexColor(STATUS_COLORS[diff.status])))
    fractions = (0.09, 0.12, 0.12, 0.24, 0.24, 0.19)
    return [*out, table(rows, [width * f for f in fractions], colours)]


def _counts(counts: dict[str, int], width: float, ink: Ink, words: dict[str, str]) -> Table:
    s = styles()
    cells = [[Paragraph(str(counts[status]), s["count"]),
              ink.label(words[f"compare_{status}_{'one' if counts[status] == 1 else 'many'}"], s["count_label"])]
             for status in STATUSES]
    cell = min(110.0, width / len(STATUSES))
    tints = [("BACKGROUND", (i, 0), (i, 0), HexColor(STATUS_COLORS[status])) for i, status in enumerate(STATUSES)]
    return Table([cells], colWidths=[cell] * len(STATUSES), hAlign="LEFT", style=TableStyle([
        CELL_FONT, *tints, ("LINEAFTER", (0, 0), (-2, -1), 2, HexColor("#ffffff")),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))


def _place(diff: NoteDiff, names: dict[int, str], field: str, words: dict[str, str]) -> str:
    """Where the note is (« before → after » when it moved)."""
    def name(note: Touchpoint | None) -> str:
        if note is None:
            return ""
        return names.get(getattr(note, field), "") if note.stage_id is not None else words["parking"]

    before, after = name(diff.current), name(diff.target)
    if diff.current is None or diff.target is None or before == after:
        return after or before
    return f"{before} → {after}"


def _changes(diff: NoteDiff, ink: Ink, words: dict[str, str]) -> list[str]:
    """One markup line per changed field, « Évaluation : Irritant → Enchantement »."""
    lines = []
    for name in diff.changed:
        label = words.get(f"field_{name}", name)
        if name in ("text", "comment"):
            lines.append(ink.markup(label))
            continue
        before, after = (_value(note, name, words) for note in (diff.current, diff.target))
        change = f"{ink.markup(before, 200)} → {ink.markup(after, 200)}"
        lines.append(words["labelled"].format(label=ink.markup(label), value=change))
    if diff.moved:
        lines.append(ink.markup(words["compare_moved"]))
    return lines


def _value(note: Touchpoint | None, name: str, words: dict[str, str]) -> str:
    if note is None:
        return ""
    value = getattr(note, name)
    if name == "evaluation":
        return words[EVALUATION_WORDS[value]]
    if name == "moment_of_truth":
        return words["yes"] if value else words["no"]
    if name == "departments":
        return ", ".join(value) or "—"
    if name == "emotion":
        return "—" if value is None else f"{value:+d}"
    return str(value)
