"""Fichier › Importer… and Exporter…, driven through the window's menu actions."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtWidgets import QMenu

DATA = Path(__file__).resolve().parents[1] / "data" / "csv"


def file_menu_texts(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    return [a.text().replace("&", "") for a in menu.actions() if a.text()]


def test_the_file_menu_offers_import_and_export_in_french(window, project):
    window.open_path(project)
    assert {"Importer…", "Exporter…"} <= set(file_menu_texts(window))


def test_importing_an_excel_matrix_adds_a_journey_shown_at_once_and_reported(window, prompts, project):
    window.open_path(project)
    prompts.path_to_import = DATA / "matrice-excel-fr.csv"
    window.actions_.import_.trigger()
    assert [s.journey_id for s in window.scenes] == [1, 2]
    assert window.tabs.currentIndex() == 1 and window.scenes[1].note_count() == 12
    sentence, lines = prompts.reports[-1]
    assert sentence.startswith("12 notes importées depuis « matrice-excel-fr.csv »")
    assert "nouveau parcours : « matrice-excel-fr »" in sentence and lines == []


def test_an_import_is_undone_in_one_step(window, prompts, project):
    window.open_path(project)
    prompts.path_to_import = DATA / "lignes-utf8-bom.csv"
    window.actions_.import_.trigger()
    assert len(window.scenes) == 3
    window.actions_.undo.trigger()
    assert len(window.scenes) == 1 and window.scenes[0].note_count() == 62


def test_a_refused_import_names_the_line_in_french_and_changes_nothing(window, prompts, project, tmp_path):
    window.open_path(project)
    revision = window.controller.doc.revision
    bad = tmp_path / "faux.csv"
    header = ("journey,kind,persona,stage,phase,channel,text,evaluation,moment_of_truth,emotion,departments,votes,"
              "comment")
    bad.write_text(header + "\nP,,,A,,Web,Je paie,,,7,,,\n", encoding="utf-8")
    prompts.path_to_import = bad
    window.actions_.import_.trigger()
    sentence, details = prompts.warnings[-1]
    assert sentence == "« faux.csv » n’a pas été importé : Ligne 2 : « 7 » n’est pas une valeur valide pour " \
                       "« emotion » (un nombre entier de -2 à 2, ou vide)."
    assert window.controller.doc.revision == revision and len(window.scenes) == 1


def test_exporting_to_csv_writes_every_journey(window, prompts, project, tmp_path):
    window.open_path(project)
    prompts.path_to_import = DATA / "lignes-utf8-bom.csv"
    window.actions_.import_.trigger()
    prompts.path_to_export = tmp_path / "export.csv"
    window.actions_.export.trigger()
    rows = list(csv.reader(io.StringIO((tmp_path / "export.csv").read_text("utf-8-sig")), delimiter=";"))
    assert {row[0] for row in rows[1:]} == {"Parcours existant", "Abonnement Fibre", "Abonnement Fibre cible"}
    assert window.statusBar().currentMessage() == "3 parcours exportés vers « export.csv »."


def test_exporting_to_mermaid_writes_the_journey_on_screen_and_reports_what_it_left_out(window, prompts, project,
                                                                                       tmp_path):
    window.open_path(project)
    prompts.path_to_export = tmp_path / "parcours.mmd"
    window.actions_.export.trigger()
    text = (tmp_path / "parcours.mmd").read_text("utf-8")
    assert text.startswith("journey\n  title Parcours existant\n  section Besoin\n")
    sentence, lines = prompts.reports[-1]
    assert any("« À classer »" in line and "Mermaid" in line for line in lines)
