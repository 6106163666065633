"""CSV import and export: both forms, French Excel's encodings, byte-identical round trip,
bad rows reported by line with nothing imported, limits."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.commands import AddTouchpoints, EditTouchpoints
from cjm_desktop.commands.imports import ImportJourneys
from cjm_desktop.document import Document
from cjm_desktop.interop import model
from cjm_desktop.interop.csv.rows import write_rows
from cjm_desktop.interop.files import export_journeys, read_import
from cjm_desktop.interop.model import ImportRefused
from cjm_desktop.model.domain import Evaluation, JourneyKind, Persona, Phase, Project, Touchpoint
from cjm_desktop.model.ops import Put
from tests.support.sample_project import build

DATA = Path(__file__).resolve().parents[1] / "data" / "csv"
HEADER = "journey,kind,persona,stage,phase,channel,text,evaluation,moment_of_truth,emotion,departments,votes,comment"


@pytest.fixture
def empty(store):
    """A project with no journey at all."""
    document = Document.new(store, [Put(Project(title="Vide"))])
    yield document
    document.close(save=False)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def cells(doc: Document, journey_id: int) -> dict[tuple[str, str], list[str]]:
    stages = {s.id: s.name for s in doc.state.stages(journey_id)}
    channels = {c.id: c.name for c in doc.state.channels(journey_id)}
    result: dict[tuple[str, str], list[str]] = {}
    for c in doc.state.channels(journey_id):
        for s in doc.state.stages(journey_id):
            notes = doc.state.cell(journey_id, c.id, s.id)
            if notes:
                result[(channels[c.id], stages[s.id])] = [n.text for n in notes]
    return result


def problems_of(error: ImportRefused) -> list[tuple[str, int | None]]:
    return [(p.code, p.line) for p in error.problems]


# --- the matrix form ------------------------------------------------------------------

def test_a_french_excel_matrix_in_windows_1252_imports_one_note_per_line_of_a_cell(empty):
    imported = read_import(DATA / "matrice-excel-fr.csv")
    empty.execute(ImportJourneys(imported.journeys))
    journey = empty.state.journeys[0]
    assert journey.name == "matrice-excel-fr"
    assert [s.name for s in empty.state.stages(journey.id)] == [
        "Découverte", "Souscription", "Installation", "Première facture"]
    assert [c.name for c in empty.state.channels(journey.id)] == ["Site web", "Téléphone", "Boutique", "E-mail"]
    assert cells(empty, journey.id) == {
        ("Site web", "Découverte"): ["Je compare les offres « Fibre »", "Je lis les avis clients"],
        ("Site web", "Souscription"): ["Je remplis le formulaire en ligne", "Je choisis mon créneau d’installation"],
        ("Site web", "Première facture"): ["Je télécharge ma facture"],
        ("Téléphone", "Souscription"): ["J’appelle le 3900 ; j’attends 40 min"],
        ("Téléphone", "Installation"): ["Le technicien m’appelle la veille"],
        ("Boutique", "Découverte"): ["Je demande conseil au vendeur"],
        ("E-mail", "Souscription"): ["Je reçois la confirmation de commande"],
        ("E-mail", "Installation"): ["Je reçois le rappel du rendez-vous", "Je reçois l’enquête de satisfaction"],
        ("E-mail", "Première facture"): ["Je découvre une facture plus élevée que prévu (œuvre du prorata)"],
    }


def test_known_channel_names_get_their_icon(empty):
    empty.execute(ImportJourneys(read_import(DATA / "matrice-excel-fr.csv").journeys))
    icons = {c.name: c.icon for c in empty.state.channels(empty.state.journeys[0].id)}
    assert icons["Site web"] and icons["Téléphone"]


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_the_delimiter_is_detected(tmp_path, delimiter):
    text = delimiter.join(["", "Rechercher", "Acheter"]) + "\n" + delimiter.join(["Web", "Je cherche", "Je paie"])
    journey = read_import(write(tmp_path, "m.csv", text)).journeys[0]
    assert [(n.channel, n.stage, n.text) for n in journey.notes] == [
        ("Web", "Rechercher", "Je cherche"), ("Web", "Acheter", "Je paie")]


def test_a_matrix_column_with_notes_but_no_stage_name_is_named_and_reported(tmp_path):
    imported = read_import(write(tmp_path, "m.csv", ";Rechercher;\nWeb;Je cherche;Je paie\n"))
    assert [s for s, _ in imported.journeys[0].stages] == ["Rechercher", "Étape 2"]
    assert [(p.code, p.line) for p in imported.problems] == [("unnamed_stage", 3)]


def test_a_matrix_in_utf16_as_excel_saves_unicode_text(tmp_path):
    path = write(tmp_path, "m.csv", "\ufeff\tRechercher\nWeb\tJe compare « tout »\n", "utf-16-le")
    assert read_import(path).journeys[0].notes[0].text == "Je compare « tout »"


# --- the row form ---------------------------------------------------------------------

def test_a_utf8_bom_row_file_imports_every_field(empty):
    imported = read_import(DATA / "lignes-utf8-bom.csv")
    empty.execute(ImportJourneys(imported.journeys))
    current, target = empty.state.journeys
    assert (current.name, current.kind, target.name, target.kind) == (
        "Abonnement Fibre", JourneyKind.CURRENT, "Abonnement Fibre cible", JourneyKind.TARGET)
    assert empty.state.persona_name(current.persona_id) == empty.state.persona_name(target.persona_id) == \
        "Sophie, 34 ans"
    assert len(empty.state.of(Persona)) == 1
    assert [(s.name, s.phase) for s in empty.state.stages(current.id)] == [
        ("Découverte", Phase.BEFORE), ("Souscription", Phase.PURCHASE)]
    notes = sorted(empty.state.touchpoints(current.id), key=lambda n: n.id)
    first, second, third = notes
    assert (first.text, first.evaluation, first.moment_of_truth, first.emotion, first.departments,
            empty.state.votes(first.id), first.comment) == ("Je compare les offres « Fibre » 😀", Evaluation.DELIGHT,
                                                            False, 2, ("Marketing", "Digital"), 3, "Vu en entretien")
    assert (second.text, second.evaluation, second.moment_of_truth, second.emotion, second.comment) == (
        "J’attends 40 minutes\nau téléphone", Evaluation.BREAKING, True, -2, "<b>&amp;</b>")
    assert (third.evaluation, third.emotion, empty.state.votes(third.id)) == (Evaluation.NEUTRAL, 0, 0)


def test_every_bad_row_is_reported_by_line_and_nothing_is_imported(tmp_path, empty):
    text = "\n".join([HEADER, "P,current,,A,,Web,Je paie,,,1,,,", "P,current,,A,,Web,Je râle,furieux,,,,,",
                      "P,current,,A,,Web,Je crie,,,7,,,", "P,demain,,A,,Web,Je pars,,,,,,"])
    with pytest.raises(ImportRefused) as refused:
        read_import(write(tmp_path, "r.csv", text))
    assert problems_of(refused.value) == [("bad_value", 3), ("bad_value", 4), ("bad_value", 5)]
    assert "Line 4: emotion « 7 » is not valid" in str(refused.value)
    assert empty.state.journeys == []


def test_line_numbers_count_the_line_breaks_inside_quoted_cells(tmp_path):
    text = HEADER + '\nP,current,,A,,Web,"Je paie\nen ligne\nvite",,,,,,\nP,current,,A,,Web,Je râle,,,9,,,\n'
    with pytest.raises(ImportRefused) as refused:
        read_import(write(tmp_path, "r.csv", text))
    assert problems_of(refused.value) == [("bad_value", 5)]


def test_an_unclosed_quote_is_refused_with_its_line(tmp_path):
    with pytest.raises(ImportRefused) as refused:
        read_import(write(tmp_path, "r.csv", HEADER + '\nP,current,,A,,Web,"Je paie,,,,,,\n'))
    assert problems_of(refused.value)[0][0] == "bad_csv"


def test_a_row_with_more_cells_than_the_header_is_refused(tmp_path):
    with pytest.raises(ImportRefused) as refused:
        read_import(write(tmp_path, "r.csv", HEADER + ",author\nP,current,,A,,Web,Je paie,,,,,,,Claire,en trop\n"))
    assert problems_of(refused.value) == [("bad_row", 2)]


def test_a_note_without_a_channel_goes_to_the_parking_area_and_is_reported(tmp_path, empty):
    imported = read_import(write(tmp_path, "r.csv", HEADER + "\nP,,,Acheter,,,Je paie,,,,,,\n"))
    empty.execute(ImportJourneys(imported.journeys))
    journey = empty.state.journeys[0]
    assert [n.text for n in empty.state.cell(journey.id, None, None)] == ["Je paie"]
    assert [(p.code, p.line) for p in imported.problems] == [("parked", 2)]


def test_importing_into_an_existing_journey_matches_names_and_appends(doc, grid, tmp_path):
    journey_id, stages, channels = grid
    doc.execute(AddTouchpoints(journey_id, (channels[0].id, stages[0].id), ["Déjà là"]))
    name = doc.state.journeys[0].name
    text = f"{HEADER}\n{name.upper()},,,  {stages[0].name.lower()} ,,{channels[0].name},Nouvelle,,,,,,\n" \
           f"{name},,,Étape en plus,after,{channels[0].name},Plus tard,,,,,,\n"
    command = ImportJourneys(read_import(write(tmp_path, "r.csv", text)).journeys)
    doc.execute(command)
    assert len(doc.state.journeys) == 1
    assert texts_of(doc, journey_id, channels[0].id, stages[0].id) == ["Déjà là", "Nouvelle"]
    assert [s.name for s in doc.state.stages(journey_id)][-1] == "Étape en plus"
    assert (command.summary.journeys_completed, command.summary.stages, command.summary.notes) == ([name], 1, 2)


def texts_of(doc, journey_id, channel_id, stage_id) -> list[str]:
    return [n.text for n in doc.state.cell(journey_id, channel_id, stage_id)]


def test_an_import_is_one_undo_step(empty):
    command = ImportJourneys(read_import(DATA / "lignes-utf8-bom.csv").journeys)
    empty.execute(command)
    empty.undo(command)
    assert empty.state.journeys == [] and not empty.state.of(Touchpoint) and not empty.state.of(Persona)
    empty.redo(command)
    assert len(empty.state.of(Touchpoint)) == 4


def test_journey_and_kind_options_put_everything_in_one_journey(tmp_path):
    imported = read_import(DATA / "lignes-utf8-bom.csv", journey="Atelier", kind=JourneyKind.TARGET)
    assert [(j.name, j.kind, len(j.notes)) for j in imported.journeys] == [("Atelier", JourneyKind.TARGET, 4)]


# --- the round trip ----------------------------------------------------------------------

def export_bytes(doc: Document, tmp_path: Path, name: str, delimiter: str = ";") -> bytes:
    path = tmp_path / name
    export_journeys(doc.state, doc.state.journeys, path, delimiter)
    return path.read_bytes()


def test_export_is_utf8_with_bom_and_semicolons_for_french_excel(store, tmp_path):
    sample = Document.open(store, build(tmp_path / "sample.cjm"))
    try:
        data = export_bytes(sample, tmp_path, "a.csv")
    finally:
        sample.close(save=False)
    assert data.startswith(b"\xef\xbb\xbfjourney;kind;persona;stage;") and b"\r\n" in data


@pytest.mark.parametrize("delimiter", [";", ","])
def test_export_import_export_is_byte_identical(store, empty, tmp_path, delimiter):
    sample = Document.open(store, build(tmp_path / "sample.cjm"))
    try:
        sample.execute(EditTouchpoints([sample.state.touchpoints(1)[0].id], departments=("SAV", "Marketing")))
        first = export_bytes(sample, tmp_path, "a.csv", delimiter)
    finally:
        sample.close(save=False)
    empty.execute(ImportJourneys(read_import(tmp_path / "a.csv").journeys))
    assert export_bytes(empty, tmp_path, "b.csv", delimiter) == first


TRICKY = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00"), min_size=1,
                 max_size=40).filter(str.strip)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TRICKY, min_size=1, max_size=4), comment=st.sampled_from(
    ["", "=SOMME(A1:A2)", "+33 6 12", "-2", "@cmd", "'=déjà", "''", "a;b,\"c\"\n«d»"]))
def test_any_text_survives_the_round_trip(store, tmp_path, texts, comment):
    doc = Document.new(store, [Put(Project())])
    other = Document.new(store, [Put(Project())])
    try:
        doc.execute(ImportJourneys(read_import(write(tmp_path, "m.csv", ";A\nWeb;x\n")).journeys))
        stage, channel = doc.state.stages(1)[0], doc.state.channels(1)[0]
        doc.execute(AddTouchpoints(1, (channel.id, stage.id), texts))
        doc.execute(EditTouchpoints([n.id for n in doc.state.touchpoints(1)], comment=comment))
        first = export_bytes(doc, tmp_path, "a.csv")
        other.execute(ImportJourneys(read_import(tmp_path / "a.csv").journeys))
        assert [n.text for n in other.state.cell(1, channel.id, stage.id)] == ["x", *texts]
        assert {n.comment for n in other.state.touchpoints(1)} == {comment}
        assert export_bytes(other, tmp_path, "b.csv") == first
    finally:
        doc.close(save=False)
        other.close(save=False)


def test_formula_like_cells_are_defused_for_spreadsheets(empty, tmp_path):
    empty.execute(ImportJourneys(read_import(write(tmp_path, "m.csv", ";A\nWeb;x\n")).journeys))
    note = empty.state.touchpoints(1)[0]
    empty.execute(EditTouchpoints([note.id], text='=HYPERLINK("http://x";"clic")'))
    data = write_rows(empty.state, empty.state.journeys).content.decode("utf-8-sig")
    assert ";\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";" in data


# --- limits and hostile files -------------------------------------------------------

def test_a_file_over_the_size_limit_is_refused_before_reading_it_all(tmp_path, monkeypatch):
    monkeypatch.setattr(model, "MAX_IMPORT_BYTES", 1000)
    monkeypatch.setattr("cjm_desktop.interop.textfile.MAX_IMPORT_BYTES", 1000)
    with pytest.raises(ImportRefused) as refused:
        read_import(write(tmp_path, "gros.csv", HEADER + "\n" + "P,,,A,,W,Je,,,,,,\n" * 200))
    assert problems_of(refused.value) == [("too_large", None)]


def test_too_many_rows_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("cjm_desktop.interop.csv.spreadsheet.MAX_ROWS", 10)
    with pytest.raises(ImportRefused) as refused:
        read_import(write(tmp_path, "r.csv", HEADER + "\n" + "P,,,A,,W,Je,,,,,,\n" * 11))
    assert problems_of(refused.value) == [("too_many_rows", None)]


def test_a_ten_megabyte_note_is_refused_with_its_line(tmp_path):
    with pytest.raises(ImportRefused) as refused:
        read_import(write(tmp_path, "r.csv", HEADER + "\nP,,,A,,W,\"" + "é" * 10_000_001 + "\",,,,,,\n"))
    assert problems_of(refused.value)[0] in {("too_long", 2), ("bad_csv", 2)}


def test_a_binary_file_is_not_text(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ImportRefused) as refused:
        read_import(path)
    assert problems_of(refused.value) == [("not_text", None)]


def test_an_unknown_extension_is_refused(tmp_path):
    with pytest.raises(ImportRefused) as refused:
        read_import(write(tmp_path, "carte.xlsx", "x"))
    assert problems_of(refused.value) == [("unknown_format", None)]


def test_an_empty_file_has_nothing_to_import(tmp_path):
    with pytest.raises(ImportRefused) as refused:
        read_import(write(tmp_path, "vide.csv", "\ufeff\r\n;;\r\n"))
    assert problems_of(refused.value) == [("empty", None)]


def test_who_said_a_note_goes_out_and_comes_back(tmp_path, empty):
    row = "P,current,,Acheter,,Web,Je paie,,,,,,,Groupe  B"
    imported = read_import(write(tmp_path, "r.csv", HEADER + ",author\n" + row + "\n"))
    empty.execute(ImportJourneys(imported.journeys))
    (note,) = empty.state.of(Touchpoint).values()
    assert note.author == "Groupe B"
    exported = write_rows(empty.state, empty.state.journeys).content.decode("utf-8-sig")
    assert exported.splitlines()[-1].endswith(";Groupe B")


def test_a_file_written_before_the_author_column_still_imports(tmp_path, empty):
    imported = read_import(write(tmp_path, "r.csv", HEADER + "\nP,current,,Acheter,,Web,Je paie,,,,,,\n"))
    empty.execute(ImportJourneys(imported.journeys))
    assert [n.author for n in empty.state.of(Touchpoint).values()] == [""]
