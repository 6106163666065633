"""The PDF map shows the lanes the journey shows on screen (goal, duration, KPIs, listening devices,
departments) above the grid, in screen order, and a snapshot's name and time when it is a snapshot's."""

from __future__ import annotations

import io
import subprocess
from dataclasses import replace
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from cjm_desktop.model.domain import Channel, Journey, Kpi, ProjectState, Snapshot, Stage, StageDetails, Touchpoint
from cjm_desktop.pdf import fonts
from cjm_desktop.pdf.export import build_pdf
from cjm_desktop.pdf.labels import labels
from cjm_desktop.pdf.map.layout import LANE_MAX, METRICS, MapPlanner, plan_map
from cjm_desktop.pdf.map.pages import MapPage
from cjm_desktop.pdf.page import PdfOptions, paper_size

LANES_SHOWN = ("departments", "kpis", "goal")  # stored in any order: printed in the screen's order


def lanes_state(lanes: tuple[str, ...] = LANES_SHOWN, stages: int = 2, goal: str = "Je veux comparer les offres"
                ) -> ProjectState:
    """One journey of ``stages`` stages, one channel, a note per stage; each stage has details and a KPI."""
    state = ProjectState()
    state.put(Journey(1, "Parcours existant", lanes=lanes))
    state.put(Channel(1, 1, "Site web", 0))
    for i in range(1, stages + 1):
        state.put(Stage(i, 1, f"Étape {i}", i))
        state.put(Touchpoint(i, 1, f"Je fais la chose {i}", 1, i, 0))
        state.put(StageDetails(i, i, customer_goal=f"{goal} {i}", nominal_duration="2 à 3 jours",
                               listening_devices=("questionnaire", "Forum"), departments=("Ventes", "SAV")))
        state.put(Kpi(i, i, f"Taux de conversion {i}", 0, target="12 %", alert_threshold="8 %"))
    return state


def pdf_text(data: bytes, tmp_path: Path, page: int = 1) -> str:
    """The text of one page as ``pdftotext -layout`` reads it (what a reader copies)."""
    target = tmp_path / "map.pdf"
    target.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(target), "-"],
                          check=True, capture_output=True, text=True).stdout


def map_text(state: ProjectState, tmp_path: Path, language: str = "fr", paper: str = "A3", page: int = 1) -> str:
    data, _ = build_pdf(state, state.journeys, PdfOptions(paper=paper, language=language, appendix=False,
                                                          cover=False))
    return pdf_text(data, tmp_path, page)


def test_the_lanes_shown_print_above_the_grid_in_screen_order(tmp_path):
    text = map_text(lanes_state(), tmp_path)
    places = [text.index(word) for word in ("Objectif client", "Indicateurs (KPI)", "Services", "Site web")]
    assert places == sorted(places)


def test_each_stage_cell_of_a_lane_shows_that_stages_details(tmp_path):
    text = map_text(lanes_state(), tmp_path)
    assert "Je veux comparer les offres 1" in text and "Je veux comparer les offres 2" in text
    assert "Taux de conversion 2" in text and "cible 12 % · alerte 8 %" in text and "Ventes · SAV" in text


def test_lanes_not_shown_do_not_print(tmp_path):
    text = map_text(lanes_state(("goal",)), tmp_path)
    assert "Objectif client" in text
    assert "Durée nominale" not in text and "2 à 3 jours" not in text and "Taux de conversion" not in text


def test_a_journey_without_lanes_prints_none(tmp_path):
    text = map_text(lanes_state(()), tmp_path)
    assert "Objectif client" not in text and "Je veux comparer" not in text and "Site web" in text


def test_lanes_print_in_the_pdfs_language(tmp_path):
    text = map_text(lanes_state(("kpis", "listening")), tmp_path, "en")
    assert "KPIs" in text and "target 12 % · alert 8 %" in text and "Questionnaire · Forum" in text
    assert "Listening devices" in " ".join(text.split())


def test_the_grid_starts_under_the_lanes_and_the_emotion_curve_under_the_grid():
    state = lanes_state()
    state.put(replace(state.of(Touchpoint)[1], emotion=2))
    plan = plan_map(state, state.journeys[0])
    bands = list(plan.lanes.values())
    assert list(plan.lanes) == ["goal", "kpis", "departments"]
    assert bands[0].y == METRICS.phase_height + METRICS.stage_height
    assert all(a.bottom == b.y for a, b in zip(bands, bands[1:], strict=False))
    row = plan.layout.rows[1]
    assert row.y == bands[-1].bottom
    assert plan.lane is not None and plan.lane.y == row.bottom


def test_each_part_of_a_split_map_keeps_the_lanes_of_its_stages(tmp_path):
    state = lanes_state(stages=12)  # too wide for an A4 page: split into parts of whole stages
    data, result = build_pdf(state, state.journeys, PdfOptions(paper="A4", appendix=False, cover=False))
    assert [n.code for n in result.notices] == ["pdf_split"]
    parts = result.notices[0].values["count"]
    texts = [" ".join(pdf_text(data, tmp_path, page).split()) for page in range(1, parts + 1)]
    assert all("Objectif client" in text for text in texts)
    for stage in range(1, 13):
        holding = [text for text in texts if f"Taux de conversion {stage} " in text + " "]
        assert len(holding) == 1 and f"Je veux comparer les offres {stage}" in holding[0]


def test_a_part_of_a_map_has_the_lanes_as_tall_as_the_whole_map():
    state = lanes_state(stages=3, goal="Je veux " + "vraiment " * 20)
    state.put(replace(state.of(StageDetails)[1], customer_goal="Court"))
    planner = MapPlanner(state, state.journeys[0])
    whole, part = planner.plan(), planner.plan(state.stages(1)[:1])
    assert whole.lanes["goal"].h == part.lanes["goal"].h > whole.lanes["kpis"].h
    assert set(part.lane_lines["fr"]) == {(lane, 1) for lane in ("goal", "kpis", "departments")}


def test_hostile_lane_text_prints_exactly_as_typed(tmp_path):
    hostile = "<b>gras</b> &amp; (x) \\ %s {0}"
    state = lanes_state(("goal", "departments"), stages=1)
    state.put(replace(state.of(StageDetails)[1], customer_goal=hostile, departments=("<i>R&D</i>",)))
    text = map_text(state, tmp_path)
    assert "<b>gras</b> &amp; (x) \\ %s {0}" in text and "<i>R&D</i>" in text


def test_a_huge_lane_text_is_cut_with_an_ellipsis_and_the_lane_stays_bounded():
    state = lanes_state(("goal",), stages=1, goal="mot " * 50_000)
    plan = plan_map(state, state.journeys[0])
    lines = plan.lane_lines["fr"][("goal", 1)]
    assert plan.lanes["goal"].h <= LANE_MAX and lines[-1][0].endswith("…")


def stamp_text(snapshot: Snapshot | None, language: str, tmp_path: Path) -> str:
    """A map page of a snapshot's plan drawn as the export draws it."""
    state = lanes_state(())
    page_size = paper_size("A3")
    buffer = io.BytesIO()
    fonts.register_fonts()
    c = Canvas(buffer, pagesize=page_size)
    MapPage(plan_map(state, state.journeys[0], snapshot=snapshot)).draw(c, state, page_size, labels(language), 1, 1)
    c.showPage()
    c.save()
    return " ".join(pdf_text(buffer.getvalue(), tmp_path).split())


SNAPSHOT = Snapshot(1, "fin de matinée", "2026-12-03T12:00:00+00:00")  # the 3rd wherever the reader lives


def test_a_snapshots_map_is_stamped_with_its_name_and_time_in_french(tmp_path):
    assert "Instantané « fin de matinée » · 3 déc. 2026 " in stamp_text(SNAPSHOT, "fr", tmp_path)


def test_a_snapshots_map_is_stamped_with_its_name_and_time_in_english(tmp_path):
    assert "Snapshot “fin de matinée” · 3 Dec 2026, " in stamp_text(SNAPSHOT, "en", tmp_path)


def test_a_map_of_the_project_as_it_is_has_no_stamp(tmp_path):
    text = stamp_text(None, "fr", tmp_path)
    assert "Parcours existant" in text and "Instantané" not in text
