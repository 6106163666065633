"""Mermaid round trips (issue 21): a diagram imported into a project, saved, reopened and exported gives back the
same parsed journey — sections in order (a section used twice stays two), tasks, scores (as written), actors,
title, accessible title and description, front matter and directives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.commands.imports import ImportJourneys
from cjm_desktop.commands.new_project import new_project_ops
from cjm_desktop.document import Document
from cjm_desktop.interop.files import export_journeys, read_import
from cjm_desktop.interop.mermaid import read_mermaid, write_mermaid
from cjm_desktop.model.domain import ProjectState, Touchpoint
from cjm_desktop.model.ops import apply_to_state
from cjm_desktop.storage.working import WorkingStore

DATA = Path(__file__).parent.parent / "data" / "mermaid"
FILES = sorted(DATA.glob("*.mmd"))


def parsed(text: str) -> dict:
    """What our reader makes of a diagram, as plain data: the journey's name and kept fields, each stage (in
    order) with its tasks (text, emotion, kept fields), and the parked tasks. Runs of spaces count as one: the
    export writes them so (Mermaid's SVG text shows them so)."""
    (journey,) = read_mermaid(text, "Fichier").journeys
    stages: list[list] = [[" ".join(name.split()), []] for name, _ in journey.stages]
    parked = []
    for note in journey.notes:
        task = (" ".join(note.text.split()), note.emotion, note.interop)
        (parked if note.stage_index is None else stages[note.stage_index][1]).append(task)
    return {"name": " ".join(journey.name.split()), "interop": journey.interop, "stages": stages, "parked": parked}


def through_a_project(source: Path, folder: Path) -> str:
    """``source`` imported into a new project, saved, reopened, and its journey exported: the text written."""
    store = WorkingStore(folder / "data")
    doc = Document.new(store, new_project_ops("Atelier", "parcours-en-8"))
    imported = read_import(source)
    doc.execute(ImportJourneys(imported.journeys))
    doc.save(folder / "atelier.cjm")
    doc.close()
    reopened = Document.open(store, folder / "atelier.cjm")
    try:
        (journey,) = [j for j in reopened.state.journeys if j.name == imported.journeys[0].name]
        export_journeys(reopened.state, [journey], folder / "export.mmd")
    finally:
        reopened.close(save=False)
    return (folder / "export.mmd").read_text("utf-8")


def through_the_import(text: str) -> tuple[ProjectState, str]:
    """``text`` imported by the real command into an empty project, and the journey written back."""
    state = ProjectState()
    apply_to_state(ImportJourneys(read_mermaid(text, "Fichier").journeys).plan(state), state)
    return state, write_mermaid(state, state.journeys[0]).content.decode("utf-8")


# --- the real path, on files written for this ----------------------------------------------------------------


@pytest.mark.parametrize("source", FILES, ids=[f.stem for f in FILES])
def test_a_diagram_saved_reopened_and_exported_parses_as_the_file_did(source, tmp_path):
    assert parsed(through_a_project(source, tmp_path)) == parsed(source.read_text("utf-8"))


def test_repeated_sections_come_back_as_separate_sections_in_file_order(tmp_path):
    output = through_a_project(DATA / "repeated_sections.mmd", tmp_path)
    assert [line.strip() for line in output.splitlines() if line.strip().startswith("section")] == [
        "section Maison", "section Trajet", "section Maison", "section Trajet", "section Maison"]


def test_repeated_sections_keep_each_task_in_its_own_section():
    stages = parsed((DATA / "repeated_sections.mmd").read_text("utf-8"))["stages"]
    assert [(name, [text for text, _, _ in tasks]) for name, tasks in stages] == [
        ("Maison", ["Je me lève", "Je prends un café"]), ("Trajet", ["Le train est en retard"]),
        ("Maison", ["Je rentre enfin"]), ("Trajet", []), ("Maison", ["Je me couche"])]


def test_an_import_puts_each_repeated_section_on_a_stage_of_its_own():
    state, _ = through_the_import((DATA / "repeated_sections.mmd").read_text("utf-8"))
    journey = state.journeys[0]
    stages = state.stages(journey.id)
    assert [s.name for s in stages] == ["Maison", "Trajet", "Maison", "Trajet", "Maison"]
    assert {n.text: n.stage_id for n in state.touchpoints(journey.id)}["Je rentre enfin"] == stages[2].id


def test_front_matter_directives_and_accessibility_are_written_back_in_their_place(tmp_path):
    output = through_a_project(DATA / "accessible.mmd", tmp_path)
    assert output.splitlines()[:14] == [
        "---", 'title: "Ouvrir un compte : en ligne"', "config:", "  theme: forest", "  journey:",
        "    useMaxWidth: false", "---", '%%{init: {"journey": {"taskFontSize": 16}}}%%', "journey",
        "  accTitle: Parcours d'ouverture de compte", "  accDescr {", "    Une cliente ouvre un compte en ligne,",
        "      du formulaire à la première connexion.", "  }"]


def test_the_front_matter_title_names_the_journey_and_no_title_line_is_added(tmp_path):
    output = through_a_project(DATA / "accessible.mmd", tmp_path)
    assert "  title " not in output
    assert parsed(output)["name"] == "Ouvrir un compte : en ligne"


def test_the_journeys_kept_fields_are_the_files():
    assert parsed((DATA / "accessible.mmd").read_text("utf-8"))["interop"] == {"mermaid": {
        "frontMatter": 'title: "Ouvrir un compte : en ligne"\nconfig:\n  theme: forest\n  journey:\n'
                       "    useMaxWidth: false",
        "directives": ['%%{init: {"journey": {"taskFontSize": 16}}}%%'],
        "accTitle": "Parcours d'ouverture de compte",
        "accDescr": "Une cliente ouvre un compte en ligne,\n      du formulaire à la première connexion.",
        "accDescrForm": "block", "titleStatement": False}}


def test_a_directive_spanning_lines_inside_the_diagram_is_kept_whole():
    directives = parsed((DATA / "directive_inside.mmd").read_text("utf-8"))["interop"]["mermaid"]["directives"]
    assert directives == ["%%{init: {'theme': 'dark',\n            'journey': {'diagramMarginX': 20}}}%%"]


def test_out_of_range_and_odd_scores_are_clamped_as_mermaid_draws_them_each_reported_with_its_line():
    imported = read_import(DATA / "accessible.mmd")
    assert [n.emotion for n in imported.journeys[0].notes] == [-1, 2, -2, -2, -1, 0]
    assert [(p.code, p.line, p.values["value"], p.values["score"]) for p in imported.problems] == [
        ("score_read", 17, "7", 5), ("score_read", 19, "0", 1), ("score_read", 20, "-1", 1),
        ("score_read", 21, "2.5", 2), ("score_read", 22, "2rem", 3)]


def test_unedited_scores_are_written_back_as_the_file_wrote_them(tmp_path):
    output = through_a_project(DATA / "accessible.mmd", tmp_path)
    tasks = [line for line in output.split("\njourney\n")[1].splitlines() if line.startswith("    ") and ": " in line]
    assert [line.split(":")[1].strip() for line in tasks] == ["2", "7", "0", "-1", "2.5", "2rem"]


def test_a_tidy_diagram_comes_back_byte_for_byte(tmp_path):
    source = DATA / "accessible.mmd"
    assert through_a_project(source, tmp_path) == source.read_text("utf-8")


def test_an_edited_emotion_writes_the_new_score():
    state, _ = through_the_import("journey\nsection A\n  Payer: 2rem: Client\n")
    note = next(iter(state.of(Touchpoint).values()))
    state.put(Touchpoint(note.id, note.journey_id, note.text, note.channel_id, note.stage_id, position=note.position,
                         emotion=2, interop=note.interop))
    assert write_mermaid(state, state.journeys[0]).content.decode("utf-8").endswith("    Payer: 5: Client\n")


def test_a_diagram_with_only_a_title_and_description_is_an_empty_journey_written_back(tmp_path):
    source = DATA / "title_only.mmd"
    assert through_a_project(source, tmp_path) == source.read_text("utf-8")


def test_comments_are_reported_as_not_kept():
    imported = read_import(DATA / "directive_inside.mmd")
    assert [(p.code, p.line, p.values) for p in imported.problems] == [("mermaid_comments", 1, {"count": 2})]


def test_actors_are_kept_through_the_project(tmp_path):
    output = through_a_project(DATA / "repeated_sections.mmd", tmp_path)
    assert "      Je prends un café: 5: Moi, Chat" in output.replace("    Je", "      Je")


# --- any diagram ------------------------------------------------------------------------------------------------

NAMES = st.sampled_from(["Maison", "Trajet", "Bureau", "Pause café", "Après l'achat"])
WORDS = st.text(alphabet="abcdeéèàç  ABC'«»<&>😀", min_size=1, max_size=20).map(str.strip).filter(bool)
ACC_TEXT = st.text(alphabet="abcé  A'«»<&>😀#;:{", min_size=1, max_size=20).map(str.strip).filter(bool)  # acc values
SCORES = st.sampled_from(["1", "2", "3", "4", "5", "0", "7", "-1", "2.5", "3.2", "2rem", "05", " 4 ", "1e1", ""])
ACTORS = st.lists(st.sampled_from(["Moi", "Chat", "Banque", " Client "]), max_size=3)


@st.composite
def diagrams(draw) -> str:
    """A Mermaid journey with repeated sections, tasks, any score Mermaid accepts, actors and acc fields."""
    lines = ["journey"]
    if draw(st.booleans()):
        lines.append(f"  title {draw(WORDS)}")
    if draw(st.booleans()):
        lines.append(f"  accTitle: {draw(ACC_TEXT)}")
    description = draw(st.none() | st.lists(ACC_TEXT, min_size=1, max_size=3))
    if description and draw(st.booleans()):
        lines += ["  accDescr {", *(f"    {line}" for line in description), "  }"]
    elif description:
        lines.append(f"  accDescr: {description[0]}")
    for _ in range(draw(st.integers(0, 5))):
        lines.append(f"  section {draw(NAMES)}")
        for _ in range(draw(st.integers(0, 3))):
            actors = draw(ACTORS)
            lines.append(f"    T {draw(WORDS)}: {draw(SCORES)}" + (f": {', '.join(actors)}" if actors else ""))
    return "\n".join(lines) + "\n"


@settings(max_examples=60, deadline=None)
@given(diagrams())
def test_any_diagram_imported_and_exported_parses_as_it_did(text):
    _, output = through_the_import(text)
    assert parsed(output) == parsed(text)


@settings(max_examples=30, deadline=None)
@given(diagrams())
def test_an_exported_diagram_is_exported_again_unchanged(text):
    _, once = through_the_import(text)
    assert through_the_import(once)[1] == once


def test_kept_fields_are_stored_on_the_journey_as_json():
    state, _ = through_the_import((DATA / "title_only.mmd").read_text("utf-8"))
    assert json.loads(state.journeys[0].interop) == {"mermaid": {
        "accDescr": "Rien encore, l'atelier commence demain", "accDescrForm": "line"}}
