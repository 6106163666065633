"""A project created in English reads English: templates, stage and channel names, the journey, the agenda; the
first-person fix speaks the note's language; the CLI's reports use the right number."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cjm_desktop.cli import counted
from cjm_desktop.commands.imports import _icon
from cjm_desktop.commands.new_project import new_project_ops
from cjm_desktop.document import Document
from cjm_desktop.model.domain import AgendaStep, Phase
from cjm_desktop.storage.working import WorkingStore
from cjm_desktop.templates import TEMPLATE_IDS, default_channels, load_template, templates
from cjm_desktop.text.first_person import first_person_fix
from main import main

ROOT = Path(__file__).resolve().parents[2]


def test_the_8_stage_journey_in_english():
    names = [name for name, _ in load_template("parcours-en-8", "en").stages]
    assert names == ["Need", "Search", "Select", "Buy", "Discover", "Use", "Maintain", "Recommend"]


def test_every_template_has_english_names_and_the_same_phases():
    for template_id in TEMPLATE_IDS:
        french, english = load_template(template_id, "fr"), load_template(template_id, "en")
        assert [p for _, p in english.stages] == [p for _, p in french.stages]
        assert english.description != french.description, template_id
        assert [n for n, _ in english.stages] != [n for n, _ in french.stages], template_id


def test_the_default_channels_in_english_keep_their_icons():
    assert default_channels("en")[:3] == (("Website", "mdi6.web"), ("Email", "mdi6.email-outline"),
                                          ("Phone", "mdi6.phone-outline"))
    assert [icon for _, icon in default_channels("en")] == [icon for _, icon in default_channels("fr")]


def test_an_unknown_language_is_french():
    assert templates("de") == templates("fr")


def test_an_imported_channel_named_in_either_language_gets_its_icon():
    assert _icon("Website") == _icon("site web") == "mdi6.web"


def test_a_new_english_project_names_its_journey_and_agenda_in_english(store: WorkingStore):
    doc = Document.new(store, new_project_ops("Workshop", "3-phases", language="en"))
    try:
        [journey] = doc.state.journeys
        assert journey.name == "Current journey"
        assert [s.name for s in doc.state.stages(journey.id)] == ["Before the purchase", "The purchase",
                                                                  "After the purchase"]
        assert [s.phase for s in doc.state.stages(journey.id)] == [Phase.BEFORE, Phase.PURCHASE, Phase.AFTER]
        assert "Pain points and breaking points" in [s.name for s in doc.state.of(AgendaStep).values()]
    finally:
        doc.close(save=False)


def test_cjm_new_reads_cjm_lang(tmp_path):
    path = tmp_path / "x.cjm"
    env = {**os.environ, "CJM_LANG": "en"}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "new", str(path), "--template", "parcours-en-8"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(path) as conn:
        stages = [r[0] for r in conn.execute("SELECT name FROM stage ORDER BY position")]
        channels = [r[0] for r in conn.execute("SELECT name FROM channel ORDER BY position")]
    assert stages == ["Need", "Search", "Select", "Buy", "Discover", "Use", "Maintain", "Recommend"]
    assert channels[:2] == ["Website", "Email"]


def test_cjm_new_is_french_without_cjm_lang(tmp_path, monkeypatch):
    monkeypatch.delenv("CJM_LANG", raising=False)
    path = tmp_path / "x.cjm"
    assert main(["new", str(path), "--template", "parcours-en-8"]) == 0
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM stage ORDER BY position").fetchone()[0] == "Besoin"


@pytest.mark.parametrize(("n", "text"), [(0, "0 notes"), (1, "1 note"), (2, "2 notes")])
def test_the_cli_counts_in_the_right_number(n, text):
    assert counted(n, "note") == text


def test_an_import_report_says_one_journey(tmp_path, capsys):
    csv = tmp_path / "one.csv"
    csv.write_text("journey,kind,persona,stage,phase,channel,text,evaluation,moment_of_truth,emotion,departments,"
                   "votes,comment\nA,existant,,Besoin,,Site web,Je cherche,,,,,,\n", encoding="utf-8")
    assert main(["import", str(tmp_path / "p.cjm"), "--from", str(csv)]) == 0
    assert "imported 1 note into 1 journey (1 created); 1 stage, 1 channel and 0 personas created" in \
        capsys.readouterr().out


def test_the_fix_speaks_the_language_asked():
    text = "the quote form asks my address twice"
    assert first_person_fix(text, "en") == "I notice that the quote form asks my address twice"
    assert first_person_fix("Comparer les offres", "fr") == "Je compare les offres"
