"""``cjm import`` and ``cjm export`` as a user types them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from cjm_desktop.document import Document
from main import main
from tests.support.sample_project import build

DATA = Path(__file__).resolve().parents[1] / "data"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_csv_export_import_into_a_new_project_export_is_byte_identical(tmp_path, capsys):
    sample = build(tmp_path / "atelier.cjm")
    assert main(["export", str(sample), "--to", str(tmp_path / "a.csv")]) == 0
    assert main(["import", str(tmp_path / "copie.cjm"), "--from", str(tmp_path / "a.csv")]) == 0
    assert main(["export", str(tmp_path / "copie.cjm"), "--to", str(tmp_path / "b.csv")]) == 0
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert "imported 62 notes into 1 journey (1 created)" in capsys.readouterr().out


def test_import_adds_to_an_existing_project_and_saves_it(tmp_path, capsys):
    sample = build(tmp_path / "atelier.cjm")
    assert main(["import", str(sample), "--from", str(DATA / "ojf" / "customer-support.ojf"), "--kind", "target"]) == 0
    capsys.readouterr()
    assert main(["info", str(sample)]) == 0
    journeys = json.loads(capsys.readouterr().out)["journeys"]
    assert [(j["name"], j["kind"], j["persona"], j["touchpoints"]) for j in journeys] == [
        ("Parcours existant", "current", None, 62),
        ("customer-support", "target", "Sam, Tech-Savvy Parent", 8),
    ]


def test_a_refused_import_leaves_the_project_file_untouched(tmp_path, capsys):
    sample = build(tmp_path / "atelier.cjm")
    before = digest(sample)
    bad = tmp_path / "faux.csv"
    bad.write_text("journey,kind,persona,stage,phase,channel,text,evaluation,moment_of_truth,emotion,departments,"
                   "votes,comment\nP,,,A,,Web,Je paie,génial,,,,,\n", encoding="utf-8")
    assert main(["import", str(sample), "--from", str(bad)]) == 2
    error = capsys.readouterr().err
    assert error.startswith("error: Line 2: evaluation « génial » is not valid") and error.count("\n") == 1
    assert digest(sample) == before


def test_import_refuses_a_project_open_in_the_app(store, tmp_path, capsys):
    sample = build(tmp_path / "atelier.cjm")
    before = digest(sample)
    open_elsewhere = Document.open(store, sample)
    try:
        assert main(["import", str(sample), "--from", str(DATA / "csv" / "matrice-excel-fr.csv")]) == 2
    finally:
        open_elsewhere.close(save=False)
    assert "already open" in capsys.readouterr().err and digest(sample) == before


def test_export_of_an_unknown_journey_names_the_journeys_there_are(tmp_path, capsys):
    sample = build(tmp_path / "atelier.cjm")
    assert main(["export", str(sample), "--to", str(tmp_path / "x.ojf"), "--journey", "Cible"]) == 2
    assert "« Parcours existant »" in capsys.readouterr().err and not (tmp_path / "x.ojf").exists()


def test_export_with_a_tab_delimiter(tmp_path):
    sample = build(tmp_path / "atelier.cjm")
    assert main(["export", str(sample), "--to", str(tmp_path / "a.csv"), "--delimiter", "tab"]) == 0
    assert (tmp_path / "a.csv").read_text("utf-8-sig").startswith("journey\tkind\tpersona\t")


def test_several_journeys_to_a_one_journey_format_write_one_file_each(tmp_path, capsys):
    sample = build(tmp_path / "atelier.cjm")
    main(["import", str(sample), "--from", str(DATA / "ojf" / "ecommerce-purchase.ojf")])
    assert main(["export", str(sample), "--to", str(tmp_path / "carte.ojf")]) == 0
    assert sorted(p.name for p in tmp_path.glob("carte*.ojf")) == [
        "carte - Parcours existant.ojf", "carte - ecommerce-purchase.ojf"]
    exported = json.loads((tmp_path / "carte - ecommerce-purchase.ojf").read_text("utf-8"))
    assert exported == json.loads((DATA / "ojf" / "ecommerce-purchase.ojf").read_text("utf-8"))
