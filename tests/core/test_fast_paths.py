"""The shortcuts taken for speed give the results of the long way: name look-ups during an import,
the typed cells of a CSV row, the JSON lists written to a file, and what ``cjm info`` counts."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.cli import run, summary
from cjm_desktop.interop.csv import rows
from cjm_desktop.interop.csv.read import read_csv
from cjm_desktop.interop.model import ImportedJourney, ImportRefused, name_key
from cjm_desktop.model.domain import Channel, Evaluation, Journey, Persona, Phase, Project, Stage, Touchpoint
from cjm_desktop.storage import codec
from cjm_desktop.storage.safe_open import validate_file
from tests.support.big_files import write_file


def slow_key(name: str) -> str:
    return " ".join(name.split()).casefold()


# --- names -------------------------------------------------------------------------------------------


@given(st.text(alphabet=" \t\u00a0\u2028aAéÉßẞİıΣσς😀", max_size=300))
def test_a_name_key_is_spacing_collapsed_and_case_folded(name):
    assert name_key(name) == slow_key(name)
    assert name_key(name) == slow_key(name)  # asked again: from the cache, the same


def test_a_stage_named_again_in_another_case_or_spacing_is_the_same_stage():
    journey = ImportedJourney("Parcours")
    for name in ("Site web", "site  WEB", " Site\tweb ", "Boutique", "Site web", "BOUTIQUE"):
        journey.add_stage(name)
        journey.add_channel(name, "mdi6.web")
    assert [name for name, _ in journey.stages] == ["Site web", "Boutique"]
    assert [name for name, _ in journey.channels] == ["Site web", "Boutique"]


def test_names_a_reader_appended_itself_are_found_too():
    journey = ImportedJourney("Parcours")
    journey.add_stage("Achat")
    journey.stages.append(("Livraison", None))  # as a reader may do
    journey.add_stage("LIVRAISON")
    journey.add_stage("Achat")
    journey.add_stage("Usage", Phase.AFTER)
    assert journey.stages == [("Achat", None), ("Livraison", None), ("Usage", Phase.AFTER)]


@given(st.lists(st.sampled_from(["a", "A", " a", "a ", "b", "B  ", "é", "É", "e\u0301"]), max_size=30))
def test_adding_names_keeps_the_first_of_each_key_in_order(names):
    journey = ImportedJourney("Parcours")
    for name in names:
        journey.add_channel(name)
    expected: list[str] = []
    for name in names:  # the linear scan the index replaces
        if all(slow_key(known) != slow_key(name) for known in expected):
            expected.append(name)
    assert [name for name, _ in journey.channels] == expected


# --- the typed cells of a CSV row ----------------------------------------------------------------------

HEADER = ";".join(rows.COLUMNS)


def one_row(**cells: str) -> dict:
    line = ";".join(cells.get(column, "") for column in rows.COLUMNS)
    imported = read_csv(f"{HEADER}\n{line}\n", "Défaut")
    [journey] = imported.journeys
    [note] = journey.notes
    return {"kind": journey.kind, "phase": journey.stages[0][1], "note": note}


def test_every_choice_is_written_as_its_own_key():
    # what lets a cell written exactly as a choice skip the name key
    for choices in (rows.KINDS, rows.EVALUATIONS, rows.BOOLEANS, rows.PHASES):
        assert all(name_key(key).replace("’", "'") == key for key in choices)


@pytest.mark.parametrize(("written", "evaluation"), [
    ("irritant", Evaluation.PAIN), ("  Irritant ", Evaluation.PAIN), ("POINT  DE RUPTURE", Evaluation.BREAKING),
    ("", Evaluation.NONE), ("none", Evaluation.NONE)])
def test_an_evaluation_is_read_however_it_is_written(written, evaluation):
    assert one_row(stage="Achat", channel="Web", text="Je paie", evaluation=written)["note"].evaluation == evaluation


@pytest.mark.parametrize(("written", "phase"), [("avant l'achat", Phase.BEFORE), ("Avant l’achat", Phase.BEFORE),
                                                 ("après", Phase.AFTER), ("", None)])
def test_a_phase_is_read_however_it_is_written(written, phase):
    assert one_row(stage="Achat", phase=written, channel="Web", text="Je paie")["phase"] == phase


@pytest.mark.parametrize(("votes", "emotion", "expected"), [
    ("7", "-2", (7, -2)), (" 7 ", " +2", (7, 2)), ("+1000", "−1", (1000, -1)), ("1000000", "", (1_000_000, None)),
    ("0", "0", (0, 0)), ("", "2", (0, 2))])
def test_numbers_are_read_however_they_are_written(votes, emotion, expected):
    note = one_row(stage="Achat", channel="Web", text="Je paie", votes=votes, emotion=emotion)["note"]
    assert (note.votes, note.emotion) == expected


@pytest.mark.parametrize(("column", "value"), [("emotion", "3"), ("emotion", "-3"), ("votes", "-1"),
                                               ("votes", "1000001"), ("emotion", "2.0")])
def test_a_number_out_of_range_is_refused_with_its_line(column, value):
    with pytest.raises(ImportRefused) as refusal:
        one_row(stage="Achat", channel="Web", text="Je paie", **{column: value})
    [problem] = refusal.value.problems
    assert (problem.code, problem.line, problem.values["column"]) == ("bad_value", 2, column)


def test_departments_and_guarded_texts_are_read_as_before():
    note = one_row(stage="Achat", channel="Web", text="'=1+1", departments=" SAV | | Marketing ")["note"]
    assert (note.text, note.departments) == ("=1+1", ("SAV", "Marketing"))


# --- JSON lists as the file stores them -------------------------------------------------------------------


@settings(max_examples=300)
@given(st.lists(st.text(max_size=12), max_size=5))
def test_a_list_is_stored_as_json_dumps_writes_it(items):
    note = Touchpoint(1, 1, "Je paie", departments=tuple(items))
    assert codec.encode(note)["departments"] == json.dumps(items, ensure_ascii=False)


def test_every_field_is_stored_as_before():
    note = Touchpoint(7, 2, "Je paie", 3, 4, 1024, Evaluation.PAIN, True, -1, ("SAV", "é\"\\"), "", "#ffd966",
                      "2026-01-01T10:00:00+00:00", "", '{"a": 1}', None, "", "")
    stage = Stage(3, 2, "Achat", 0, Phase.BEFORE, None)
    for entity in (note, stage, Project(title="P", facilitators=("Claire",))):
        specs = codec.SPECS[type(entity)]
        expected = {spec.name: codec._encode_value(spec, getattr(entity, spec.name)) for spec in specs}
        assert codec.encode(entity) == expected
    assert codec.encode(note)["moment_of_truth"] == 1 and codec.encode(note)["evaluation"] == "irritant"


# --- what info counts --------------------------------------------------------------------------------------


def test_info_counts_each_journeys_notes_as_the_project_holds_them(tmp_path, capsys):
    entities = [Project(title="Deux parcours"), Persona(1, "Julie"), Journey(1, "Achat", persona_id=1),
                Journey(2, "Résiliation", position=1, derived_from_id=1), Stage(1, 1, "Choisir"),
                Stage(2, 2, "Partir"), Channel(1, 1, "Web"), Channel(2, 2, "Téléphone"), Channel(3, 2, "Boutique")]
    entities += [Touchpoint(n, 1 + n % 3 // 2, f"Note {n}", None, None, n) for n in range(1, 40)]
    path = write_file(tmp_path / "deux.cjm", entities)
    assert run(["info", str(path)]) == 0
    info = json.loads(capsys.readouterr().out)
    validated = validate_file(path)
    validated.conn.close()
    assert info == json.loads(json.dumps(summary(validated.state, validated.version), ensure_ascii=False))
    assert [j["touchpoints"] for j in info["journeys"]] == [26, 13]
    assert [(j["persona"], j["derived_from"], j["channels"]) for j in info["journeys"]] == [
        ("Julie", None, 1), (None, "Achat", 2)]


def test_check_and_info_refuse_a_bad_value_in_notes_they_do_not_keep(tmp_path, capsys):
    path = write_file(tmp_path / "a.cjm", [Project(title="P"), Journey(1, "J"), Touchpoint(1, 1, "Je paie")])
    conn = sqlite3.connect(path)
    conn.execute("UPDATE touchpoint SET created_at = 'hier'")
    conn.commit()
    conn.close()
    for command in ("check", "info"):
        assert run([command, str(path)]) == 2
        assert "« created_at » of touchpoint #1 is not a date and time" in capsys.readouterr().err


def test_summary_counts_notes_from_the_state_when_not_told(tmp_path):
    path = write_file(tmp_path / "a.cjm", [Project(title="P"), Journey(1, "J"), Touchpoint(1, 1, "a"),
                                           Touchpoint(2, 1, "b")])
    validated = validate_file(Path(path))
    validated.conn.close()
    assert summary(validated.state, 3)["journeys"][0]["touchpoints"] == 2
    assert summary(validated.state, 3, {1: 5})["journeys"][0]["touchpoints"] == 5
