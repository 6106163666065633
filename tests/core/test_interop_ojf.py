"""OpenJourney (.ojf) files: real samples import, export back unchanged, bad files are reported or refused."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from cjm_desktop.interop.model import MAX_NAME, MAX_ROWS, MAX_TEXT, Imported, ImportRefused
from cjm_desktop.interop.ojf import read_ojf, write_ojf
from cjm_desktop.model.domain import Channel, Evaluation, Journey, Persona, ProjectState, Stage, Touchpoint
from cjm_desktop.storage.codec import validate

SAMPLES = Path(__file__).parent.parent / "data" / "ojf"  # from Ptolemy (MIT, see LICENSE-samples.txt)
SUPPORT = SAMPLES / "customer-support.ojf"
ECOMMERCE = SAMPLES / "ecommerce-purchase.ojf"
HOSTILE = "J’attends « 3 jours » <b>&amp;</b> œuvre 🎉"


def read(path: Path) -> Imported:
    return read_ojf(path.read_text(encoding="utf-8"), path.stem)


def ojf(nodes: list, stages: list | None = None, swimlanes: list | None = None, **top: object) -> str:
    """A small OJF file: one stage s1 « Achat » and one swimlane sl1 « Web » unless told otherwise."""
    stages = [{"id": "s1", "name": "Achat"}] if stages is None else stages
    swimlanes = [{"id": "sl1", "name": "Web"}] if swimlanes is None else swimlanes
    return json.dumps({"version": "1.0", **top, "stages": stages, "swimlanes": swimlanes, "nodes": nodes})


def node(title: object = "Je paie", **fields: object) -> dict:
    return {"stageId": "s1", "swimlaneId": "sl1", "title": title, **fields}


def one_note(*nodes: dict):
    (note,) = read_ojf(ojf(list(nodes)), "x").journeys[0].notes
    return note


def codes(imported: Imported) -> list[str]:
    return [p.code for p in imported.problems]


def refusal(text: str) -> list:
    with pytest.raises(ImportRefused) as refused:
        read_ojf(text, "x")
    return refused.value.problems


def to_state(imported: Imported) -> tuple[ProjectState, Journey]:
    """The imported journey as a project would hold it (each entity checked as storage checks it), with what the
    file says beyond the model kept on the journey, stages, rows and notes as ``ImportJourneys`` keeps it."""
    (imp,) = imported.journeys
    state = ProjectState()
    persona_id = None
    if imp.persona:
        state.put(Persona(1, imp.persona))
        persona_id = 1
    journey = Journey(1, imp.name, persona_id=persona_id, description=imp.description, interop=kept(imp.interop))
    stages = [Stage(i, 1, name, position=i, emotion=imp.stage_extras[i - 1].emotion,
                    interop=kept(imp.stage_extras[i - 1].interop)) for i, (name, _) in enumerate(imp.stages, start=1)]
    channels = [Channel(i, 1, name, position=i, interop=kept(imp.channel_extras[i - 1].interop))
                for i, (name, _) in enumerate(imp.channels, start=1)]
    notes = []
    for i, n in enumerate(imp.notes, start=1):
        stage = stages[n.stage_index] if n.stage_index is not None else None
        channel = channels[n.channel_index] if n.channel_index is not None else None
        notes.append(Touchpoint(i, 1, n.text, channel.id if channel else None, stage.id if stage else None,
                                position=i, evaluation=n.evaluation, moment_of_truth=n.moment_of_truth,
                                emotion=n.emotion, comment=n.comment, interop=kept(n.interop)))
    for entity in [journey, *stages, *channels, *notes]:
        validate(entity)
        state.put(entity)
    return state, journey


def kept(interop: dict) -> str:
    return json.dumps(interop, ensure_ascii=False) if interop else ""


def exported_nodes(state: ProjectState, journey: Journey) -> list[dict]:
    return json.loads(write_ojf(state, journey).content)["nodes"]


def edited(state: ProjectState, note_id: int, **changes: object) -> ProjectState:
    state.put(replace(state.get(Touchpoint, note_id), **changes))
    return state


# --- the real samples -------------------------------------------------------------------------


@pytest.mark.parametrize(("path", "persona", "point_of_view", "stages", "lanes"), [
    (SUPPORT, "Sam, Tech-Savvy Parent", "Getting a broken smart toy fixed before a birthday",
     ["Problem Discovery", "Initial Support Contact", "Troubleshooting", "Resolution"],
     ["User Activity", "Emotional State", "Pain Points", "Support Channel"]),
    (ECOMMERCE, "Jane Doe, First-time Homeowner", "Buying a high-end coffee maker for a new kitchen",
     ["Discovery", "Research", "Purchase", "Onboarding"],
     ["User Actions", "Emotional State", "Pain Points", "Digital Touchpoints"]),
])
def test_sample_gives_its_persona_point_of_view_stages_and_lanes(path, persona, point_of_view, stages, lanes):
    imported = read(path)
    (journey,) = imported.journeys
    assert (journey.name, journey.kind, journey.persona, journey.description) == (path.stem, None, persona,
                                                                                   point_of_view)
    assert journey.stages == [(name, None) for name in stages]
    assert journey.channels == [(name, "") for name in lanes]
    assert imported.problems == []


def test_sample_nodes_become_notes_in_their_cells_in_file_order():
    notes = read(ECOMMERCE).journeys[0].notes
    assert [(n.stage, n.channel, n.text) for n in notes] == [
        ("Discovery", "User Actions", "Search for best coffee makers"),
        ("Discovery", "Emotional State", "Excitement"),
        ("Research", "User Actions", "Compare specs and reviews"),
        ("Research", "Pain Points", "Information Overload"),
        ("Purchase", "User Actions", "Select Product & Checkout"),
        ("Purchase", "Pain Points", "Hidden Shipping Fees"),
        ("Onboarding", "User Actions", "Unboxing & Setup"),
    ]
    assert notes[0].comment == "Jane searches Google for top-rated espresso machines."


@pytest.mark.parametrize(("path", "emotions"), [
    (SUPPORT, [-1, -1, 0, 0, 0, 0, 2, 2]),  # scores -2 -3 1 -1 0 1 5 4
    (ECOMMERCE, [1, 1, 0, 0, 0, -1, 2]),  # scores 2 3 1 -1 0 -3 4
])
def test_sample_scores_become_emotions(path, emotions):
    assert [n.emotion for n in read(path).journeys[0].notes] == emotions


def test_sample_purposes_and_severities_become_evaluations():
    support = [n.evaluation for n in read(SUPPORT).journeys[0].notes]
    ecommerce = [n.evaluation for n in read(ECOMMERCE).journeys[0].notes]
    none, pain, breaking, delight = Evaluation.NONE, Evaluation.PAIN, Evaluation.BREAKING, Evaluation.DELIGHT
    # pain-point, bottleneck, touchpoint, milestone, gain / observation, bottleneck, pain-point + high, milestone
    assert support == [none, pain, none, pain, none, none, delight, none]
    assert ecommerce == [none, none, none, pain, none, breaking, none]


def test_sample_moments_of_truth_are_kept():
    notes = read(ECOMMERCE).journeys[0].notes
    assert [n.text for n in notes if n.moment_of_truth] == ["Select Product & Checkout"]


def test_every_node_field_is_kept_in_its_order():
    # the ids too since issue 21: they keep their place in the node's key order
    original = json.loads(SUPPORT.read_text(encoding="utf-8"))["nodes"]
    kept = [n.interop["ojf"] for n in read(SUPPORT).journeys[0].notes]
    assert [list(k.items()) for k in kept] == [list(n.items()) for n in original]


# --- round trip and export --------------------------------------------------------------------


@pytest.mark.parametrize("path", [SUPPORT, ECOMMERCE])
def test_sample_exports_back_with_the_same_fields_in_the_same_order(path):
    original = json.loads(path.read_text(encoding="utf-8"))
    exported = write_ojf(*to_state(read(path)))
    again = json.loads(exported.content)
    assert list(again.items()) == list(original.items())
    assert [list(n.items()) for n in again["nodes"]] == [list(n.items()) for n in original["nodes"]]
    assert exported.problems == []


@pytest.mark.parametrize("path", [SUPPORT, ECOMMERCE])
def test_sample_exports_back_byte_for_byte(path):
    assert write_ojf(*to_state(read(path))).content == path.read_bytes()


def test_edited_text_and_comment_are_exported():
    state, journey = to_state(read(ECOMMERCE))
    edited(state, 1, text=HOSTILE, comment="")
    first = exported_nodes(state, journey)[0]
    assert (first["title"], first["description"]) == (HOSTILE, "")


def test_edited_emotion_is_exported_as_a_score():
    state, journey = to_state(read(ECOMMERCE))
    edited(state, 1, emotion=-2)  # was score 2 (emotion 1)
    edited(state, 3, emotion=None)  # was score 1
    nodes = exported_nodes(state, journey)
    assert nodes[0]["score"] == -5
    assert "score" not in nodes[2]


def test_edited_evaluation_is_exported_as_a_purpose():
    state, journey = to_state(read(ECOMMERCE))
    edited(state, 1, evaluation=Evaluation.DELIGHT)  # no purpose
    edited(state, 2, evaluation=Evaluation.BREAKING)  # observation
    edited(state, 4, evaluation=Evaluation.NEUTRAL)  # bottleneck
    nodes = exported_nodes(state, journey)
    assert nodes[0]["purpose"] == "gain"
    assert (nodes[1]["purpose"], nodes[1]["severity"]) == ("pain-point", "high")
    assert "purpose" not in nodes[3]


def test_breaking_made_a_mere_pain_loses_its_high_severity():
    state, journey = to_state(read(ECOMMERCE))
    edited(state, 6, evaluation=Evaluation.PAIN)  # pain-point, high
    exported = write_ojf(state, journey).content.decode("utf-8")
    sixth = json.loads(exported)["nodes"][5]
    assert (sixth["purpose"], sixth["severity"]) == ("pain-point", "medium")
    assert read_ojf(exported, "x").journeys[0].notes[5].evaluation == Evaluation.PAIN


def test_edited_moment_of_truth_is_exported():
    state, journey = to_state(read(ECOMMERCE))
    edited(state, 5, moment_of_truth=False)
    edited(state, 1, moment_of_truth=True)
    nodes = exported_nodes(state, journey)
    assert (nodes[4]["isMomentOfTruth"], nodes[0]["isMomentOfTruth"]) == (False, True)


def test_note_of_our_own_exports_its_fields_in_the_format_order():
    state, journey = to_state(read_ojf(ojf([]), "Parcours"))
    state.put(Touchpoint(1, 1, "Je paie", 1, 1, evaluation=Evaluation.BREAKING, moment_of_truth=True, emotion=-1,
                         comment="cher", departments=("SAV",)))
    (exported,) = exported_nodes(state, journey)
    # a note made in the app gets a fresh id, as Ptolemy gives each node one (issue 21)
    assert list(exported.items()) == [("id", "n-cjm-1"), ("stageId", "s1"), ("swimlaneId", "sl1"), ("title", "Je paie"),
                                      ("description", "cher"), ("severity", "high"), ("score", -3),
                                      ("purpose", "pain-point"), ("isMomentOfTruth", True)]


def test_parked_and_empty_notes_are_not_exported_but_reported():
    state, journey = to_state(read_ojf(ojf([node("A"), node("B", stageId="nowhere")]), "Parcours"))
    state.put(Touchpoint(3, 1, "  ", 1, 1, position=5))
    exported = write_ojf(state, journey)
    assert [n["title"] for n in json.loads(exported.content)["nodes"]] == ["A"]
    assert [(p.code, p.values) for p in exported.problems] == [
        ("not_exported_parked", {"count": 1, "journey": "Parcours", "format": "OpenJourney"}),
        ("not_exported_empty", {"count": 1, "journey": "Parcours"}),
    ]


def test_export_gives_back_stored_fields_of_any_shape_and_adds_what_the_model_says():
    # issue 21: what the project keeps is the file's business, given back as it is (was: dropped when invalid)
    state, journey = to_state(read_ojf(ojf([node("A", score=2)]), "x"))
    edited(state, 1, interop=json.dumps({"ojf": {"title": "A", "score": "abc", "tags": [1], "hack": "x"}}))
    assert list(exported_nodes(state, journey)[0].items()) == [  # no id kept: none given (as a file without)
        ("title", "A"), ("score", 3), ("tags", [1]), ("hack", "x"), ("stageId", "s1"),
        ("swimlaneId", "sl1")]


def test_persona_and_point_of_view_are_left_out_when_empty():
    data = json.loads(write_ojf(*to_state(read_ojf(ojf([node()]), "x"))).content)
    assert list(data) == ["version", "stages", "swimlanes", "nodes"]


# --- strings ----------------------------------------------------------------------------------


def test_hostile_and_french_strings_survive_import_and_export_exactly():
    text = ojf([node(HOSTILE, description="« œil » & <script>", tags=["<&>"])], persona="Zoé ’ 🎉",
               stages=[{"id": "s1", "name": "Achat « web »"}])
    imported = read_ojf(text, "x")
    note = imported.journeys[0].notes[0]
    assert (note.text, note.comment, imported.journeys[0].persona) == (HOSTILE, "« œil » & <script>", "Zoé ’ 🎉")
    exported = write_ojf(*to_state(imported)).content
    assert HOSTILE.encode("utf-8") in exported
    assert json.loads(exported)["nodes"][0]["tags"] == ["<&>"]


def test_lone_surrogate_escape_becomes_a_replacement_character():
    text = ojf([node("Je paie X", tags=["X"])]).replace("X", "\\ud800")  # UTF-8 cannot hold a lone surrogate
    note = read_ojf(text, "x").journeys[0].notes[0]
    assert (note.text, note.interop["ojf"]["tags"]) == ("Je paie \ufffd", ["\ufffd"])


# --- reported problems ------------------------------------------------------------------------


def test_node_pointing_nowhere_is_parked_and_reported():
    imported = read_ojf(ojf([node("A", stageId="s9"), node("B", swimlaneId=None), node("C", stageId=["s1"])]), "x")
    notes = imported.journeys[0].notes
    assert [(n.text, n.stage, n.channel) for n in notes] == [("A", None, None), ("B", None, None), ("C", None, None)]
    assert [(p.code, p.line, p.values) for p in imported.problems] == [
        ("parked", 1, {"text": "A", "missing": "stage"}),
        ("parked", 2, {"text": "B", "missing": "lane"}),
        ("parked", 3, {"text": "C", "missing": "stage"}),
    ]


def test_unknown_fields_are_kept_in_order_without_a_word():
    # issue 21: kept for export (was: dropped and reported)
    imported = read_ojf(ojf([node("A", zeta=1, alpha=2), node("B", alpha=3)]), "x")
    assert list(imported.journeys[0].notes[0].interop["ojf"])[-2:] == ["zeta", "alpha"]
    assert imported.problems == []


@pytest.mark.parametrize(("field", "value"), [
    ("score", "abc"), ("score", 9), ("score", True), ("severity", "extreme"), ("tags", "Web"), ("tags", [1]),
    ("blueprint", {"frontstage": "x"}), ("blueprint", {"evidence": 3}), ("iconColor", 5), ("isMomentOfTruth", "yes"),
    ("description", ["x"]), ("sentiment", "x" * (MAX_NAME + 1)),
])
def test_field_of_a_wrong_type_is_kept_raw_unmapped_and_exported_back(field, value):
    # issue 21: kept as given (was: dropped and reported); the note gets no value from it
    imported = read_ojf(ojf([node("A", **{field: value})]), "x")
    note = imported.journeys[0].notes[0]
    assert (note.interop["ojf"][field], imported.problems) == (value, [])
    assert (note.emotion, note.evaluation, note.moment_of_truth, note.comment) == (None, Evaluation.NONE, False, "")
    assert exported_nodes(*to_state(imported))[0][field] == value


def test_float_score_and_null_fields_are_accepted_and_nulls_kept():
    note = one_note(node("A", score=-4.5, description=None, purpose=None))
    assert (note.emotion, note.comment) == (-2, "")
    assert note.interop["ojf"] == {"stageId": "s1", "swimlaneId": "sl1", "title": "A", "score": -4.5,
                                   "description": None, "purpose": None}


@pytest.mark.parametrize(("bad", "detail"), [
    ("not a node", "not an object"), ({"stageId": "s1"}, "no title"), (node(5), "the title is not a text"),
    (node(" "), "empty title"),
])
def test_node_without_a_title_is_skipped_and_reported(bad, detail):
    imported = read_ojf(ojf([bad, node("B")]), "x")
    assert [n.text for n in imported.journeys[0].notes] == ["B"]
    assert [(p.code, p.line, p.values) for p in imported.problems] == [("skipped_node", 1, {"detail": detail})]


def test_entries_without_a_name_are_skipped_and_reported_the_others_kept():
    # issue 21: a stage with a number for id or an id already used is kept (was: left out, unreported); nodes
    # point to the first of an id
    stages = [{"id": "s1", "name": "Achat"}, {"id": 2, "name": "X"}, "s3", {"id": "s1", "name": "Bis"}, []]
    swimlanes = [{"id": "sl1", "name": " "}, {"id": "sl1", "name": "Web"}, {"id": "sl2"}]
    nodes = [node(), node("B", swimlaneId="sl2"), node("C", stageId=2)]
    imported = read_ojf(ojf(nodes, stages=stages, swimlanes=swimlanes), "x")
    assert imported.journeys[0].stages == [("Achat", None), ("X", None), ("Bis", None)]
    assert imported.journeys[0].channels == [("Web", "")]
    assert [(n.stage, n.channel) for n in imported.journeys[0].notes] == [("Achat", "Web"), (None, None), ("X", "Web")]
    assert [(p.code, p.line) for p in imported.problems] == [
        ("skipped_stage", 3), ("skipped_stage", 5), ("skipped_swimlane", 1), ("skipped_swimlane", 3), ("parked", 2)]


def test_file_without_swimlanes_parks_every_node():
    imported = read_ojf(json.dumps({"stages": [{"id": "s1", "name": "Achat"}], "nodes": [node()]}), "x")
    assert [(p.code, p.values["missing"]) for p in imported.problems] == [("parked", "lane")]


def test_huge_fields_are_dropped_to_fit_the_storage_limit():
    blueprint = {key: "\x01" * MAX_TEXT for key in ("evidence", "onstage", "backstage", "support")}
    imported = read_ojf(ojf([node("A", blueprint=blueprint, tags=["x"])]), "x")
    assert imported.journeys[0].notes[0].interop == {
        "ojf": {"stageId": "s1", "swimlaneId": "sl1", "title": "A", "tags": ["x"]}, "ojf_import": {"index": 0}}
    assert [(p.code, p.values) for p in imported.problems] == [
        ("ignored_field", {"column": "blueprint", "detail": "too large to keep"})]
    to_state(imported)  # storable


# --- refused files ----------------------------------------------------------------------------


def test_truncated_json_is_refused_with_its_line():
    truncated = SUPPORT.read_text(encoding="utf-8")[:1000]
    (problem,) = refusal(truncated)
    assert (problem.code, problem.line) == ("bad_json", truncated.count("\n") + 1)


@pytest.mark.parametrize("text", ["[" * 100_000, '{"a": ' * 100_000])
def test_deeply_nested_json_is_refused(text):
    assert [(p.code, p.values) for p in refusal(text)] == [("bad_json", {"detail": "nested too deeply"})]


def test_number_too_long_to_read_is_refused():
    assert [p.code for p in refusal('{"nodes": [], "stages": [], "x": ' + "9" * 5000 + "}")] == ["bad_json"]


@pytest.mark.parametrize("text", ["[]", '"ojf"', "null", '{"stages": []}', '{"nodes": [], "stages": {}}',
                                  '{"nodes": {}, "stages": []}'])
def test_json_that_is_not_ojf_is_refused(text):
    assert [p.code for p in refusal(text)] == ["not_ojf"]


def test_too_many_nodes_are_refused():
    (problem,) = refusal(ojf([node()] * (MAX_ROWS + 1)))
    assert (problem.code, problem.values) == ("too_many_rows", {"limit": MAX_ROWS})


def test_too_long_title_and_description_are_refused():
    problems = refusal(ojf([node("A"), node("x" * (MAX_TEXT + 1)), node("C", description="x" * (MAX_TEXT + 1))]))
    assert [(p.code, p.line, p.values["column"]) for p in problems] == [("too_long", 2, "title"),
                                                                         ("too_long", 3, "description")]


def test_too_long_names_are_refused():
    problems = refusal(ojf([node()], stages=[{"id": "s1", "name": "x" * (MAX_NAME + 1)}], persona="y" * (MAX_NAME + 1)))
    assert [(p.code, p.line) for p in problems] == [("not_ojf", None), ("too_long", 1)]
    assert (problems[0].values["detail"], problems[1].values["column"]) == (
        f"its « persona » is longer than {MAX_NAME} characters", "stage name")


def test_file_without_nodes_or_stages_is_refused_as_empty():
    assert [p.code for p in refusal(ojf([node(5)], stages=[]))] == ["empty"]


def test_stages_without_nodes_are_imported():
    assert read_ojf(ojf([]), "x").journeys[0].stages == [("Achat", None)]


def test_every_reported_problem_reads_as_a_sentence():
    nodes = [node("A", stageId="s9"), node("B", severity="extreme", zeta=1), node(5), node("C", swimlaneId="sl9")]
    imported = read_ojf(ojf(nodes, stages=[{"id": "s1", "name": "Achat"}, {"id": "s2"}]), "x")
    state, journey = to_state(imported)
    sentences = [str(p) for p in imported.problems + write_ojf(state, journey).problems]
    assert len(sentences) == 5  # 2 parked, a node and a stage skipped, the parked notes not exported
    assert all("None" not in sentence for sentence in sentences)
