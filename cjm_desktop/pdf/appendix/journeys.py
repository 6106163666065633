"""The appendices of one journey: its stage details (goal, duration, KPIs and thresholds,
listening devices, departments) and its friction table (irritants and breaking points, with
their negative impact and possible solutions)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, Paragraph

from cjm_desktop.layout.colors import NOTE_COLORS
from cjm_desktop.model.domain import Journey, Kpi, ProjectState, StageDetails
from cjm_desktop.pdf.appendix.layout import Ink, styles, table
from cjm_desktop.pdf.labels import EVALUATION_WORDS
from cjm_desktop.queries.frictions import Friction, frictions
from cjm_desktop.queries.listening import device_label


def stage_details_flowables(state: ProjectState, journey: Journey, width: float, ink: Ink,
                            words: dict[str, str]) -> list[Flowable]:
    """The stage details table of ``journey``, or nothing when no stage has details or KPIs."""
    s = styles()
    details = {d.stage_id: d for d in state.of(StageDetails).values()}
    kpis: dict[int, list[Kpi]] = {}
    for kpi in sorted(state.of(Kpi).values(), key=lambda k: (k.position, k.id)):
        kpis.setdefault(kpi.stage_id, []).append(kpi)
    rows = []
    for stage in state.stages(journey.id):
        detail = details.get(stage.id)
        if not kpis.get(stage.id) and not _has_content(detail):
            continue
        detail = detail or StageDetails(0, stage.id)
        rows.append([
            ink.text(stage.name, s["bold"]), ink.text(detail.customer_goal, s["body"]),
            ink.text(detail.nominal_duration, s["body"]), _kpi_cell(kpis.get(stage.id, []), ink, words),
            ink.text("\n".join(device_label(d, words["language"]) for d in detail.listening_devices), s["body"]),
            ink.text("\n".join(detail.departments), s["body"]),
        ])
    if not rows:
        return []
    header = [ink.label(words[key], s["head"]) for key in
              ("stage", "customer_goal", "nominal_duration", "kpi", "listening_devices", "departments")]
    fractions = (0.13, 0.22, 0.11, 0.24, 0.15, 0.15)
    return [table([header, *rows], [width * f for f in fractions])]


def _has_content(detail: StageDetails | None) -> bool:
    return detail is not None and bool(detail.customer_goal.strip() or detail.nominal_duration.strip()
                                       or detail.listening_devices or detail.departments)


def _kpi_cell(kpis: list[Kpi], ink: Ink, words: dict[str, str]) -> list[Flowable]:
    s = styles()
    cell: list[Flowable] = []
    kpis, more = ink.items(kpis, words)
    for kpi in kpis:
        cell += ink.text(kpi.name, s["bold"], 300)
        limits = [words["labelled"].format(label=escape(words[key]), value=ink.markup(value, 300)) for key, value in
                  (("kpi_target", kpi.target), ("kpi_alert", kpi.alert_threshold)) if value.strip()]
        if limits:
            cell.append(Paragraph(" · ".join(limits), s["limits"]))
    return cell + ink.text(more, s["muted"])


def friction_rows(state: ProjectState, journey: Journey) -> list[Friction]:
    """The irritants and breaking points of ``journey``: most votes first, then in the map's
    reading order (« À classer » last)."""
    return sorted(frictions(state, journey.id), key=lambda f: (-f.votes, f.place))


def friction_flowables(state: ProjectState, journey: Journey, width: float, ink: Ink,
                       words: dict[str, str]) -> list[Flowable]:
    """The friction table of ``journey``, or nothing when it has no irritant nor breaking point."""
    rows_ = friction_rows(state, journey)
    if not rows_:
        return []
    s = styles()
    header = [ink.label(words[key], s["head_number" if key == "votes" else "head"]) for key in
              ("friction", "friction_type", "channel", "stage", "votes", "negative_impact", "solutions")]
    rows, colours = [header], []
    for row, friction in enumerate(rows_, start=1):
        rows.append([
            ink.text(friction.text, s["body"]), ink.text(words[EVALUATION_WORDS[friction.evaluation]], s["small"]),
            ink.text(friction.channel, s["small"]),
            ink.text(words["parking"] if friction.parked else friction.stage, s["small"]),
            ink.text(str(friction.votes), s["number"]), ink.text(friction.negative_impact, s["body"]),
            ink.text(friction.solutions, s["body"]),
        ])
        colours.append(("BACKGROUND", (1, row), (1, row), HexColor(NOTE_COLORS[friction.evaluation])))
    count = len(rows_)
    intro = words["frictions_intro_one"] if count == 1 else words["frictions_intro"].format(count=count)
    fractions = (0.25, 0.09, 0.1, 0.1, 0.05, 0.205, 0.205)
    return [ink.label(intro, s["intro"]), table(rows, [width * f for f in fractions], colours)]
