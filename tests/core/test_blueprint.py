"""A note's service blueprint (OpenJourney's ``blueprint``, kept in the note's ``interop``) read as short lines
of plain text, layer by layer, whatever shape the file gave it."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from cjm_desktop.model.domain import Channel, Journey, JourneyKind, ProjectState, Stage, Touchpoint
from cjm_desktop.queries.blueprint import (
    LAYERS,
    MAX_CHARS,
    MAX_LINES,
    OTHER,
    blueprint_of,
    journey_blueprints,
    read_blueprint,
)

PTOLEMY = {
    "evidence": [{"item": "Reçu", "type": "document"}],
    "onstage": [{"actor": "Conseiller", "action": "explique l'offre"}],
    "backstage": [{"actor": "Service technique", "action": "active la ligne"}],
    "support": [{"system": "CRM", "description": "fiche client"}],
}
EMPTY = {"evidence": [], "onstage": [], "backstage": [], "support": []}


def note(blueprint: object, note_id: int = 1, **fields: object) -> Touchpoint:
    """A note whose OpenJourney fields hold ``blueprint``, set as the import would."""
    interop = json.dumps({"ojf": {"id": f"n{note_id}", "blueprint": blueprint}})
    return Touchpoint(note_id, 1, "Je signe le contrat", interop=interop, **fields)  # type: ignore[arg-type]


def lines(blueprint: object) -> dict[str, tuple[str, ...]]:
    """The lines of each layer that shows something."""
    found = read_blueprint(blueprint)
    assert found is not None
    return {layer.key: layer.lines for layer in found.shown}


def test_ptolemys_lists_of_objects_read_as_one_line_per_item_in_layer_order():
    found = blueprint_of(note(PTOLEMY))
    assert found is not None
    assert [(layer.key, layer.lines) for layer in found.layers] == [
        ("evidence", ("Reçu (document)",)), ("onstage", ("Conseiller — explique l'offre",)),
        ("backstage", ("Service technique — active la ligne",)), ("support", ("CRM — fiche client",)),
    ]


def test_empty_lists_as_ptolemy_saves_every_node_show_nothing():
    assert blueprint_of(note(EMPTY)) is None


def test_a_note_without_interop_or_without_a_blueprint_has_none():
    assert (blueprint_of(Touchpoint(1, 1, "Je paie")),
            blueprint_of(Touchpoint(2, 1, "Je paie", interop=json.dumps({"ojf": {"id": "n2"}})))) == (None, None)


def test_unreadable_interop_text_has_no_blueprint():
    assert blueprint_of(Touchpoint(1, 1, "Je paie", interop='{"ojf": {"blueprint": [')) is None


def test_an_older_files_texts_give_a_line_per_line_of_text():
    assert lines({"evidence": "Reçu\n\n  Contrat signé ", "support": "CRM"}) == {
        "evidence": ("Reçu", "Contrat signé"), "support": ("CRM",)}


def test_an_item_with_one_of_its_two_fields_shows_that_field_alone():
    assert lines({"onstage": [{"action": "rappelle le client"}], "evidence": [{"item": "SMS"}]}) == {
        "evidence": ("SMS",), "onstage": ("rappelle le client",)}


def test_an_items_other_fields_follow_its_two_fields():
    assert lines({"backstage": [{"actor": "SAV", "action": "ouvre un ticket", "delay": 2, "tags": ["a", "b"]}]}) == {
        "backstage": ("SAV — ouvre un ticket · delay: 2, tags: [a, b]",)}


def test_numbers_booleans_and_nested_values_read_as_text():
    assert lines({"support": [3, 2.5, 4.0, True, {"system": {"name": "ERP", "version": 7}}]}) == {
        "support": ("3", "2.5", "4", "true", "(name: ERP, version: 7)")}


def test_null_and_empty_items_are_left_out():
    assert lines({"onstage": [None, "", "  ", [], {}, {"actor": None, "action": ""}, "Accueil"]}) == {
        "onstage": ("Accueil",)}


def test_keys_the_four_layers_do_not_know_go_to_other():
    assert lines({**EMPTY, "notes": "à revoir", "owner": {"team": "Digital"}}) == {
        OTHER: ("notes: à revoir", "owner: (team: Digital)")}


def test_a_blueprint_that_is_not_an_object_shows_as_other():
    assert (lines("Ticket de caisse"), lines(["Reçu", "Facture"]), lines(42)) == (
        {OTHER: ("Ticket de caisse",)}, {OTHER: ("Reçu", "Facture")}, {OTHER: ("42",)})


def test_layer_names_are_matched_loosely():
    assert set(lines({"Evidence": "a", "front-stage": "b", "BackStage": "c", "support_processes": "d"})) == set(
        LAYERS)


def test_a_long_layer_shows_its_first_lines_and_counts_the_rest():
    found = read_blueprint({"evidence": [{"item": f"Document {i}"} for i in range(MAX_LINES + 30)]})
    assert found is not None
    layer = found.layer("evidence")
    assert (len(layer.lines), layer.lines[-1], layer.more) == (MAX_LINES, f"Document {MAX_LINES - 1}", 30)


def test_a_long_line_is_cut_with_an_ellipsis():
    (line,) = lines({"support": [{"system": "CRM", "description": "x" * 100_000}]})["support"]
    assert (len(line), line[:6], line[-1]) == (MAX_CHARS, "CRM — ", "…")


def test_a_huge_nested_value_reads_quickly_into_one_bounded_line():
    deep: object = "fond"
    for _ in range(200):
        deep = {"level": [deep, deep]}  # 2^200 leaves if read whole
    (line,) = lines({"support": [deep]})["support"]
    assert len(line) <= MAX_CHARS and "…" in line  # the levels below MAX_DEPTH are « … »


def test_a_deeply_nested_interop_text_has_no_blueprint_rather_than_crashing():
    interop = '{"ojf": {"blueprint": ' + "[" * 100_000 + "]" * 100_000 + "}}"
    assert blueprint_of(Touchpoint(1, 1, "Je paie", interop=interop)) is None


def test_an_enormous_integer_is_written_without_failing():
    assert lines({"support": [10**5000]})["support"][0].startswith("1e")


def test_markup_stays_as_typed():
    hostile = '<img src="/dev/zero"/> <b>gras</b> &amp;'
    assert lines({"evidence": [{"item": hostile, "type": "<i>"}]}) == {"evidence": (f"{hostile} (<i>)",)}


def test_a_journeys_blueprints_come_in_reading_order_with_their_stage_and_channel():
    state = ProjectState()
    for entity in (Journey(1, "Parcours", JourneyKind.CURRENT, 0), Stage(1, 1, "Choisir", 0),
                   Stage(2, 1, "Signer", 1), Channel(1, 1, "Agence", 0),
                   note(PTOLEMY, 1, channel_id=1, stage_id=2), note(EMPTY, 2, channel_id=1, stage_id=1),
                   note({"evidence": "Devis"}, 3, channel_id=1, stage_id=1), note({"evidence": "Carte"}, 4),
                   Touchpoint(5, 1, "Je compare", 1, 1)):
        state.put(entity)
    assert [(n.note.id, n.stage, n.channel) for n in journey_blueprints(state, 1)] == [
        (3, "Choisir", "Agence"), (1, "Signer", "Agence"), (4, "", "")]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=30,
)


@settings(max_examples=150, deadline=None)
@given(JSON)
def test_any_json_value_reads_without_failing_into_bounded_lines(value):
    found = blueprint_of(note(value))
    for layer in found.shown if found else ():
        assert len(layer.lines) <= MAX_LINES
        assert all(line and len(line) <= MAX_CHARS and "\n" not in line for line in layer.lines)
