"""OpenJourney round trips through a real project (issue 21): a file imported into a project, saved, reopened and
exported gives back the same JSON document — same keys in the same order, values, ids, node order — for a journey
not edited in between; edits overwrite only the keys they change."""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjm_desktop.commands.imports import ImportJourneys
from cjm_desktop.commands.touchpoints import DuplicateTouchpoints, EditTouchpoints
from cjm_desktop.document import Document
from cjm_desktop.interop.files import export_journeys, read_import
from cjm_desktop.interop.model import Imported, ImportRefused
from cjm_desktop.interop.ojf import MAX_INTEROP, read_ojf, write_ojf
from cjm_desktop.model.domain import Evaluation, Journey, Project, ProjectState, Stage, Touchpoint
from cjm_desktop.model.ops import Put, apply_to_state
from cjm_desktop.storage.codec import validate
from cjm_desktop.storage.working import WorkingStore

DATA = Path(__file__).parent.parent / "data" / "ojf"
PTOLEMY = DATA / "ptolemy-saved.ojf"  # as Ptolemy's editor saves and exports: ids, empty lists, score null…
METADATA = DATA / "blueprint-metadata.ojf"  # a metadata object, older text blueprints, values of odd types
SAMPLES = [DATA / "customer-support.ojf", DATA / "ecommerce-purchase.ojf"]  # Ptolemy's own samples (MIT)


def ordered(value: object) -> object:
    """``value`` with every object as a list of its items: equal only when the keys are in the same order."""
    if isinstance(value, dict):
        return [(k, ordered(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [ordered(v) for v in value]
    return value


def through_a_project(path: Path, tmp: Path, edit=None) -> dict:
    """``path`` imported into a new project, saved, reopened (``edit`` applied to the reopened document) and
    exported: the exported document."""
    doc = Document.new(WorkingStore(tmp / "writer"), [Put(Project(title="Migration"))])
    doc.execute(ImportJourneys(read_import(path).journeys))
    doc.save(tmp / "projet.cjm")
    doc.close()
    reopened = Document.open(WorkingStore(tmp / "reader"), tmp / "projet.cjm")
    try:
        if edit is not None:
            edit(reopened)
        (journey,) = reopened.state.journeys
        export_journeys(reopened.state, [journey], tmp / "export.ojf")
    finally:
        reopened.close(save=False)
    return json.loads((tmp / "export.ojf").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", [PTOLEMY, METADATA, *SAMPLES], ids=lambda p: p.stem)
def test_an_unedited_journey_exports_as_the_same_json_document(path, tmp_path):
    original = json.loads(path.read_text(encoding="utf-8"))
    assert ordered(through_a_project(path, tmp_path)) == ordered(original)


def test_a_ptolemy_file_imports_with_its_title_persona_and_no_warning():
    imported = read_import(PTOLEMY)
    (journey,) = imported.journeys
    assert (journey.name, journey.persona) == ("Résiliation énergie — parcours actuel", "Inès, locataire pressée")
    assert imported.problems == []


def test_metadata_gives_the_name_persona_and_point_of_view_when_the_top_level_has_none():
    (journey,) = read_import(METADATA).journeys
    assert (journey.name, journey.persona, journey.description) == (
        "Arrivée à la clinique", "Patient régulier", "Une visite de contrôle un lundi matin")


def test_stages_and_rows_of_the_same_name_stay_apart_with_their_notes(tmp_path):
    doc = Document.new(WorkingStore(tmp_path / "w"), [Put(Project(title="Migration"))])
    try:
        doc.execute(ImportJourneys(read_import(PTOLEMY).journeys))
        (journey,) = doc.state.journeys
        stages, rows = doc.state.stages(journey.id), doc.state.channels(journey.id)
        assert [s.name for s in stages] == ["Décider", "Contacter", "Attendre", "Contacter", "Clôturer"]
        assert [r.name for r in rows] == ["Actions", "Points de douleur", "Actions"]
        cell = {n.text: (n.stage_id, n.channel_id) for n in doc.state.touchpoints(journey.id)}
        assert cell["Je rappelle pour confirmer"] == (stages[3].id, rows[0].id)
        assert cell["Je reçois la facture de clôture"] == (stages[4].id, rows[2].id)
    finally:
        doc.close(save=False)


def test_override_emotion_becomes_the_stages_emotion_on_our_scale():
    state, journey = imported_state(read_import(PTOLEMY))
    assert [s.emotion for s in state.stages(journey.id)] == [-1, None, 2, None, 0]  # -3, 4.5 and 0 of -5..+5


def test_a_blueprint_is_kept_as_given_for_the_notes_properties():
    notes = {n.text: n.interop["ojf"] for n in read_import(METADATA).journeys[0].notes}
    assert notes["Je me gare"]["blueprint"] == {"evidence": "Parking visiteurs", "onstage": "Agent d’accueil"}
    assert notes["Le dossier est imprimé"]["blueprint"]["evidence"][0] == {
        "item": "Dossier papier", "type": "Physique", "extra": {"pages": 12}}


# --- edits ------------------------------------------------------------------------------------


def imported_state(imported: Imported) -> tuple[ProjectState, Journey]:
    """The import applied to an empty project by the real command, every entity checked as storage checks it."""
    state = ProjectState()
    apply_to_state(ImportJourneys(imported.journeys).plan(state), state)
    for table in state.tables.values():
        for entity in table.values():
            validate(entity)
    (journey,) = state.journeys
    return state, journey


def exported(state: ProjectState, journey: Journey) -> dict:
    return json.loads(write_ojf(state, journey).content)


def note_titled(state: ProjectState, text: str) -> Touchpoint:
    return next(n for n in state.of(Touchpoint).values() if n.text == text)


def test_an_edited_note_keeps_its_id_extra_keys_and_key_order(tmp_path):
    def edit(doc: Document) -> None:
        note = note_titled(doc.state, "J’appelle le service client")
        doc.execute(EditTouchpoints([note.id], text="J’appelle (encore)", evaluation=Evaluation.DELIGHT, emotion=2))

    original = json.loads(PTOLEMY.read_text(encoding="utf-8"))["nodes"][0]
    node = through_a_project(PTOLEMY, tmp_path, edit)["nodes"][0]
    assert list(node) == list(original)
    assert {k: v for k, v in node.items() if node[k] != original[k]} == {
        "title": "J’appelle (encore)", "score": 5, "purpose": "gain"}


def test_a_note_added_in_the_app_comes_last_with_a_fresh_id():
    state, journey = imported_state(read_import(PTOLEMY))
    stage = state.stages(journey.id)[0]
    row = state.channels(journey.id)[0]
    state.put(Touchpoint(state.next_id(Touchpoint), journey.id, "Je lis les avis", row.id, stage.id, position=0))
    nodes = exported(state, journey)["nodes"]
    ids = [n["id"] for n in nodes]
    assert nodes[-1]["title"] == "Je lis les avis"
    assert ids[-1].startswith("n-cjm-") and len(set(ids)) == len(ids)


def test_a_duplicated_note_gets_a_fresh_id_and_the_original_keeps_its_own():
    state, journey = imported_state(read_import(PTOLEMY))
    first = note_titled(state, "Je compare les offres")
    apply_to_state(DuplicateTouchpoints([first.id]).plan(state), state)
    ids = [n["id"] for n in exported(state, journey)["nodes"] if n["title"] == "Je compare les offres"]
    assert ids[0] == "n-7a9d2b40-1c55-4f0e-9a3b-5e6f7a8b9c0d" and ids[1] != ids[0]


def test_a_new_stage_gets_an_id_no_kept_stage_uses_and_its_emotion_as_override():
    state, journey = imported_state(read_import(METADATA))  # ids st-a, st-b
    state.put(Stage(state.next_id(Stage), journey.id, "Départ", 9, emotion=-1))
    assert exported(state, journey)["stages"][-1] == {"id": "s1", "name": "Départ", "overrideEmotion": -3}


def test_an_edited_stage_emotion_overwrites_override_emotion_in_place():
    state, journey = imported_state(read_import(PTOLEMY))
    first, second, third, *_ = state.stages(journey.id)
    state.put(replace(first, emotion=2))
    state.put(replace(second, emotion=-2))
    state.put(replace(third, emotion=None))
    stages = exported(state, journey)["stages"]
    assert stages[:3] == [{"id": "s1", "name": "Décider", "overrideEmotion": 5},
                          {"id": "s2", "name": "Contacter", "overrideEmotion": -5}, {"id": "s3", "name": "Attendre"}]


def test_a_renamed_journey_exports_its_name_as_title_in_place():
    state, journey = imported_state(read_import(PTOLEMY))
    journey = replace(journey, name="Résiliation — cible")
    state.put(journey)
    data = exported(state, journey)
    assert (list(data)[-1], data["title"]) == ("title", "Résiliation — cible")


def test_a_sample_without_title_gets_one_only_once_renamed():
    state, journey = imported_state(read_import(SAMPLES[0]))
    assert "title" not in exported(state, journey)
    journey = replace(journey, name="Support")
    state.put(journey)
    assert exported(state, journey)["title"] == "Support"


def test_a_journey_of_our_own_exports_title_persona_and_ids():
    state, journey = imported_state(Imported(read_ojf(json.dumps({"stages": [{"id": "s1", "name": "A"}], "nodes": [
        {"stageId": "s1", "swimlaneId": "l1", "title": "x"}], "swimlanes": [{"id": "l1", "name": "B"}]}),
        "x").journeys))
    own = replace(journey, interop="")
    state.put(own)
    for line in [*state.stages(own.id), *state.channels(own.id), *state.touchpoints(own.id)]:
        state.put(replace(line, interop=""))
    data = exported(state, own)
    assert list(data) == ["version", "title", "stages", "swimlanes", "nodes"]
    assert (data["stages"][0]["id"], data["swimlanes"][0]["id"], data["nodes"][0]["id"]) == ("s1", "sl1", "n-cjm-1")


# --- what does not fit, hostile files ---------------------------------------------------------


def test_a_top_level_value_too_large_to_keep_is_reported_once():
    text = json.dumps({"stages": [{"id": "s1", "name": "A"}], "nodes": [], "huge": "x" * MAX_INTEROP, "small": 1})
    imported = read_ojf(text, "x")
    assert [(p.code, p.values) for p in imported.problems] == [
        ("ignored_file_field", {"column": "huge"})]
    assert imported.journeys[0].interop["ojf"] == {"stages": None, "nodes": None, "small": 1}


def test_a_value_nested_too_deeply_to_keep_is_one_refusal():
    deep: object = "fond"
    for _ in range(200):
        deep = {"a": [deep]}
    text = json.dumps({"stages": [{"id": "s1", "name": "A"}], "nodes": [], "deep": deep})
    with pytest.raises(ImportRefused) as refused:
        read_ojf(text, "x")
    assert [(p.code, p.values) for p in refused.value.problems] == [("bad_json", {"detail": "nested too deeply"})]


# --- property: any JSON value attached anywhere survives --------------------------------------

KNOWN = {"id", "name", "stageId", "swimlaneId", "title", "description", "severity", "score", "purpose",
         "isMomentOfTruth", "overrideEmotion", "stages", "swimlanes", "nodes", "persona", "pointOfView", "metadata"}
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=8)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=False, allow_infinity=False)
    | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=12,
)
extra_key = texts.filter(lambda k: k not in KNOWN)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(where=st.sampled_from(["root", "stage", "swimlane", "node"]), key=extra_key, value=json_values)
def test_any_json_value_attached_anywhere_survives_import_and_export(where, key, value):
    data = json.loads(PTOLEMY.read_text(encoding="utf-8"))
    target = {"root": data, "stage": data["stages"][1], "swimlane": data["swimlanes"][2],
              "node": data["nodes"][3]}[where]
    target[key] = value
    state, journey = imported_state(read_ojf(json.dumps(data, ensure_ascii=False), "x"))
    assert ordered(exported(state, journey)) == ordered(data)


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(where=st.sampled_from(["root", "stage", "swimlane", "node"]), key=extra_key, value=json_values)
def test_any_json_value_survives_a_saved_and_reopened_project(where, key, value):
    data = json.loads(METADATA.read_text(encoding="utf-8"))
    target = {"root": data, "stage": data["stages"][0], "swimlane": data["swimlanes"][1], "node": data["nodes"][1]}
    target[where][key] = value
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fichier.ojf"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        assert ordered(through_a_project(path, Path(tmp))) == ordered(data)
