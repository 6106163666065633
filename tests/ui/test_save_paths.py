"""Issue 14, item 2: one rule decides the file a save dialog means. An extension is added only when
the typed name has none of the chosen file type's (« x.pdf » with the PDF type stays « x.pdf »)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.widgets import prompts as prompts_module
from ui.widgets.prompts import FILE_FILTER, Prompts, chosen_path, filter_extensions

PDF = "Document PDF (*.pdf)"
CSV = "Tableur, CSV (*.csv)"
OJF = "OpenJourney (*.ojf *.json)"
MERMAID = "Diagramme de parcours Mermaid (*.mmd *.mermaid)"
PNG = "Image PNG (*.png)"


@pytest.mark.parametrize(("typed", "name_filter", "expected"), [
    ("/d/x.pdf", PDF, "/d/x.pdf"),  # was « x.pdf.pdf »
    ("/d/x", PDF, "/d/x.pdf"),
    ("/d/x.PDF", PDF, "/d/x.PDF"),
    ("/d/x.Pdf", PDF, "/d/x.Pdf"),
    ("/d/x.", PDF, "/d/x.pdf"),
    ("/d/rapport.v2", PDF, "/d/rapport.v2.pdf"),
    ("/d/atelier 2026.12", PDF, "/d/atelier 2026.12.pdf"),
    ("/d/x.pdf.pdf", PDF, "/d/x.pdf.pdf"),  # as typed: the name already ends with the type's extension
    ("/d/x.csv", PDF, "/d/x.csv.pdf"),  # the chosen type decides the file's type
    ("/d/image.png", PNG, "/d/image.png"),
    ("/d/image", PNG, "/d/image.png"),
    ("/d/x.csv", CSV, "/d/x.csv"),
    ("/d/x", CSV, "/d/x.csv"),
    ("/d/x.CSV", CSV, "/d/x.CSV"),
    ("/d/x.json", OJF, "/d/x.json"),  # any of the type's extensions
    ("/d/x.ojf", OJF, "/d/x.ojf"),
    ("/d/x", OJF, "/d/x.ojf"),  # the first one when none was typed
    ("/d/x.mermaid", MERMAID, "/d/x.mermaid"),
    ("/d/x.mmd", MERMAID, "/d/x.mmd"),
    ("/d/x", MERMAID, "/d/x.mmd"),
    ("/d/projet.cjm", FILE_FILTER, "/d/projet.cjm"),
    ("/d/projet", FILE_FILTER, "/d/projet.cjm"),
    ("/d/projet.CJM", FILE_FILTER, "/d/projet.CJM"),
    ("/d/projet.cjm.bak", FILE_FILTER, "/d/projet.cjm.bak.cjm"),
    ("/d/notes.txt", "Tous les fichiers (*)", "/d/notes.txt"),  # no extension to add
    ("/d/notes", "", "/d/notes"),
    ("/d/x.tar.gz", "Archive (*.tar.gz)", "/d/x.tar.gz"),
    ("/d/x", "Archive (*.tar.gz)", "/d/x.tar.gz"),
])
def test_an_extension_is_added_only_when_the_name_has_none_of_the_chosen_types(typed, name_filter, expected):
    assert chosen_path(typed, name_filter) == Path(expected)


def test_the_extensions_of_a_filter():
    assert filter_extensions(OJF) == [".ojf", ".json"]
    assert filter_extensions("Images (*.PNG *.jpg)") == [".png", ".jpg"]
    assert filter_extensions("Tous les fichiers (*)") == []


@pytest.fixture
def typed_in_dialog(monkeypatch):
    """The save dialog answers as if the user typed a name and chose a type (no dialog opens)."""
    asked: list[tuple[str, str]] = []

    def answer(parent, title, suggested, filters):
        asked.append((suggested, filters))
        return answer.typed, answer.chosen

    answer.typed, answer.chosen = "", ""
    monkeypatch.setattr(prompts_module.QFileDialog, "getSaveFileName", staticmethod(answer))  # restored after
    answer.asked = asked
    return answer


def test_the_pdf_export_keeps_a_typed_pdf_name(qapp, typed_in_dialog, tmp_path):
    typed_in_dialog.typed, typed_in_dialog.chosen = str(tmp_path / "atelier.pdf"), PDF
    assert Prompts().export_path(None, tmp_path / "suggéré.pdf", PDF) == tmp_path / "atelier.pdf"
    typed_in_dialog.typed = str(tmp_path / "atelier")
    assert Prompts().export_path(None, tmp_path / "suggéré.pdf", PDF) == tmp_path / "atelier.pdf"


def test_the_export_follows_the_chosen_type(qapp, typed_in_dialog, tmp_path):
    filters = ";;".join([CSV, OJF, MERMAID])
    typed_in_dialog.typed, typed_in_dialog.chosen = str(tmp_path / "parcours"), MERMAID
    assert Prompts().export_path(None, tmp_path / "p.csv", filters) == tmp_path / "parcours.mmd"
    typed_in_dialog.typed, typed_in_dialog.chosen = str(tmp_path / "parcours.csv"), CSV
    assert Prompts().export_path(None, tmp_path / "p.csv", filters) == tmp_path / "parcours.csv"


def test_save_as_adds_cjm_only_when_missing(qapp, typed_in_dialog, tmp_path):
    typed_in_dialog.typed, typed_in_dialog.chosen = str(tmp_path / "atelier.cjm"), FILE_FILTER
    assert Prompts().save_path(None, tmp_path / "x.cjm") == tmp_path / "atelier.cjm"
    typed_in_dialog.typed = str(tmp_path / "atelier")
    assert Prompts().save_path(None, tmp_path / "x.cjm") == tmp_path / "atelier.cjm"
    typed_in_dialog.typed = ""  # cancelled
    assert Prompts().save_path(None, tmp_path / "x.cjm") is None


def test_no_save_dialog_is_opened_elsewhere():
    """Every save dialog goes through Prompts (and so through ``chosen_path``)."""
    root = Path(__file__).resolve().parents[2]
    callers = [path.relative_to(root).as_posix() for path in sorted((root / "ui").rglob("*.py"))
               if "getSaveFileName" in path.read_text(encoding="utf-8")]
    assert callers == ["ui/widgets/prompts.py"]
