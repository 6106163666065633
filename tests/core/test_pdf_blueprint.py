"""The PDF's service blueprint appendix (« Blueprint de service »): the notes that carry a blueprint, their place and
their four layers, read back with poppler's ``pdftotext``; no section without blueprints; user text as typed."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from cjm_desktop.model.domain import Channel, Journey, JourneyKind, Phase, Project, ProjectState, Stage, Touchpoint
from cjm_desktop.pdf.export import build_pdf
from cjm_desktop.pdf.page import PdfOptions

BLUEPRINT = {
    "evidence": [{"item": "Reçu", "type": "document"}, {"item": "Contrat", "type": "PDF"}],
    "onstage": [{"actor": "Conseiller", "action": "explique l’offre"}],
    "backstage": [{"actor": "Technicien", "action": "active la ligne"}],
    "support": [{"system": "CRM", "description": "fiche client"}],
}
HOSTILE = '<img src="/etc/passwd"/> <a href="javascript:alert(1)">clic</a> & <b>'


def with_blueprint(note_id: int, text: str, blueprint: object, stage: int = 2, channel: int = 1) -> Touchpoint:
    interop = json.dumps({"ojf": {"id": f"n{note_id}", "blueprint": blueprint}})
    return Touchpoint(note_id, 1, text, channel, stage, position=note_id, interop=interop)


def make_state(*notes: Touchpoint) -> ProjectState:
    """One current journey (2 stages × 2 channels) holding ``notes``."""
    state = ProjectState()
    for entity in (
        Project(title="Atelier"), Journey(1, "Parcours existant", JourneyKind.CURRENT, 0),
        Stage(1, 1, "Rechercher", 0, Phase.BEFORE), Stage(2, 1, "Souscrire", 1, Phase.PURCHASE),
        Channel(1, 1, "Agence", 0, "mdi6.store"), Channel(2, 1, "Téléphone", 1, "mdi6.phone-outline"),
        Touchpoint(1, 1, "Je lis les avis", 1, 1), *notes,
    ):
        state.put(entity)
    return state


def pdf_text(state: ProjectState, tmp_path: Path, language: str = "fr") -> str:
    """The whole PDF's text as poppler reads it (independent of reportlab)."""
    data, _ = build_pdf(state, state.journeys, PdfOptions(cover=False, language=language))
    path = tmp_path / "parcours.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def letters(text: str) -> str:
    """``text`` without white space (a table cell breaks lines where it wraps)."""
    return "".join(text.split())


def test_the_section_lists_each_layers_lines(tmp_path):
    text = letters(pdf_text(make_state(with_blueprint(2, "Je signe le contrat", BLUEPRINT)), tmp_path))
    assert "Blueprintdeservice" in text
    for line in ("Reçu (document)", "Contrat (PDF)", "Conseiller — explique l’offre", "Technicien — active la ligne",
                 "CRM — fiche client", "Preuves physiques", "Front-office (visible)", "Back-office (invisible)",
                 "Processus de support"):
        assert letters(line) in text


def test_the_section_names_the_note_its_stage_and_its_channel(tmp_path):
    text = pdf_text(make_state(with_blueprint(2, "Je signe le contrat", BLUEPRINT, stage=2, channel=2)), tmp_path)
    appendix = letters(text.split("Blueprint de service", 1)[1])
    assert re.search("Jesigne.*lecontrat.*Souscrire.*Téléphone", appendix)


def test_no_section_when_no_note_has_a_blueprint(tmp_path):
    empty = {"evidence": [], "onstage": [], "backstage": [], "support": []}  # as Ptolemy saves every node
    text = pdf_text(make_state(with_blueprint(2, "Je signe", empty)), tmp_path)
    assert "Blueprint" not in text


def test_the_section_is_in_english_on_request(tmp_path):
    text = letters(pdf_text(make_state(with_blueprint(2, "I sign", BLUEPRINT)), tmp_path, "en"))
    assert all(letters(word) in text for word in ("Service blueprint", "Physical evidence", "Onstage (visible)",
                                                  "Backstage (invisible)", "Support processes"))


def test_unknown_keys_get_a_column_of_their_own(tmp_path):
    text = letters(pdf_text(make_state(with_blueprint(2, "Je signe", {"evidence": "Reçu", "notes": "à revoir"})),
                            tmp_path))
    assert letters("Autres informations") in text and letters("notes: à revoir") in text


def test_a_long_layer_says_how_many_lines_were_left_out(tmp_path):
    many = {"evidence": [{"item": f"Pièce {i}"} for i in range(50)]}
    text = letters(pdf_text(make_state(with_blueprint(2, "Je signe", many)), tmp_path))
    assert letters("… et 38 de plus") in text and "Pièce11" in text and "Pièce12" not in text


def test_hostile_text_prints_as_typed_with_no_link_script_or_image(tmp_path):
    state = make_state(with_blueprint(2, HOSTILE, {"onstage": [{"actor": HOSTILE, "action": HOSTILE}]}))
    data, _ = build_pdf(state, state.journeys, PdfOptions(cover=False))
    assert not re.search(rb"/(URI|Launch|JavaScript|JS|Image)\b", data)
    assert letters(f"{HOSTILE} — {HOSTILE}") in letters(pdf_text(state, tmp_path))
