"""Current and target journeys: « Créer le parcours cible », duplicate, rename, delete."""

from __future__ import annotations

import pytest

from cjm_desktop.cli import summary
from cjm_desktop.commands import AddJourney, AddTouchpoints, DeleteJourney, EditEntity, EditTouchpoints
from cjm_desktop.commands.journeys import DeriveTarget, DuplicateJourney
from cjm_desktop.commands.votes import StepVotes
from cjm_desktop.model.domain import (
    Action,
    ActionLink,
    Channel,
    Evaluation,
    Journey,
    JourneyKind,
    Kpi,
    Persona,
    Stage,
    StageDetails,
    Touchpoint,
)
from cjm_desktop.storage.errors import EditRefused
from cjm_desktop.storage.schema import SCHEMA_VERSION
from tests.support.documents import PutAll, on_disk, snapshot


@pytest.fixture
def workshop(doc, grid):
    """The fixture journey with a persona, lanes, stage details, a KPI, notes and an action."""
    journey_id, stages, channels = grid
    doc.execute(PutAll(
        Persona(1, "Sophie, 34 ans"),
        Stage(stages[0].id, journey_id, stages[0].name, 0, stages[0].phase, emotion=-1),
        StageDetails(1, stages[0].id, customer_goal="Trouver une offre", listening_devices=("questionnaire",)),
        Kpi(1, stages[0].id, "NPS", target="40", alert_threshold="20"),
    ))
    doc.execute(EditEntity(Journey, journey_id, persona_id=1, lanes=("goal", "kpis", "emotion")))
    add = AddTouchpoints(journey_id, (channels[0].id, stages[0].id), texts=["Je compare les offres", "Je lis"])
    doc.execute(add)
    parked = AddTouchpoints(journey_id, (None, None), texts=["Idée : rappel"])
    doc.execute(parked)
    doc.execute(EditTouchpoints(add.created_ids[:1], evaluation=Evaluation.PAIN, emotion=-2))
    doc.execute(StepVotes(add.created_ids[:1], 3))
    doc.execute(PutAll(Action(1, "Simplifier", journey_id=journey_id), ActionLink(1, 1, add.created_ids[0])))
    return journey_id


def derive(doc, journey_id, name="Parcours cible") -> int:
    command = DeriveTarget(journey_id, name)
    doc.execute(command)
    return command.created_id


def test_derive_creates_a_target_journey_right_after_its_source_for_the_same_persona(doc, workshop):
    other = AddJourney("Autre parcours")
    doc.execute(other)
    target = doc.state.get(Journey, derive(doc, workshop))
    assert (target.kind, target.derived_from_id, target.persona_id) == (JourneyKind.TARGET, workshop, 1)
    assert target.lanes == ("goal", "kpis", "emotion")
    assert [j.id for j in doc.state.journeys] == [workshop, target.id, other.created_id]
    assert [j.position for j in doc.state.journeys] == [0, 1, 2]


def test_derive_copies_stages_with_phases_details_kpis_and_channels_with_icons(doc, workshop):
    target = derive(doc, workshop)
    source_stages, copied = doc.state.stages(workshop), doc.state.stages(target)
    assert [(s.name, s.phase, s.emotion) for s in copied] == [(s.name, s.phase, s.emotion) for s in source_stages]
    assert not {s.id for s in copied} & {s.id for s in source_stages}
    assert [(c.name, c.icon) for c in doc.state.channels(target)] == [
        (c.name, c.icon) for c in doc.state.channels(workshop)]
    [details] = [d for d in doc.state.of(StageDetails).values() if d.stage_id == copied[0].id]
    assert (details.customer_goal, details.listening_devices) == ("Trouver une offre", ("questionnaire",))
    [kpi] = [k for k in doc.state.of(Kpi).values() if k.stage_id == copied[0].id]
    assert (kpi.name, kpi.target, kpi.alert_threshold) == ("NPS", "40", "20")


def test_derive_copies_every_note_in_the_same_cell_remembering_its_origin(doc, workshop):
    target = derive(doc, workshop)
    stage_names = {s.id: s.name for s in doc.state.of(Stage).values()}
    channel_names = {c.id: c.name for c in doc.state.of(Channel).values()}
    sources = {n.id: n for n in doc.state.touchpoints(workshop)}
    copies = doc.state.touchpoints(target)
    assert sorted(n.origin_id for n in copies) == sorted(sources)
    for copy in copies:
        source = sources[copy.origin_id]
        assert (copy.text, copy.evaluation, copy.emotion, copy.position) == (
            source.text, source.evaluation, source.emotion, source.position)
        assert (stage_names.get(copy.stage_id), channel_names.get(copy.channel_id)) == (
            stage_names.get(source.stage_id), channel_names.get(source.channel_id))
        assert copy.created_at == copy.updated_at >= source.created_at


def test_derived_notes_start_without_votes_and_their_sources_keep_theirs(doc, workshop):
    # votes are dots of the workshop's voting sessions on the notes they were cast on: never copied
    voted = next(n for n in doc.state.touchpoints(workshop) if doc.state.votes(n.id))
    target = derive(doc, workshop)
    assert doc.state.votes(voted.id) == 3
    assert [doc.state.votes(n.id) for n in doc.state.touchpoints(target)] == [0, 0, 0]


def test_derive_is_one_undo_step_that_restores_everything(doc, workshop):
    before = snapshot(doc)
    command = DeriveTarget(workshop, "Parcours cible")
    doc.execute(command)
    doc.undo(command)
    assert snapshot(doc) == before == on_disk(doc)


def test_derive_refuses_a_target_journey_and_an_empty_name(doc, workshop):
    target = derive(doc, workshop)
    with pytest.raises(EditRefused):
        doc.execute(DeriveTarget(target, "Cible de cible"))
    with pytest.raises(EditRefused):
        doc.execute(DeriveTarget(workshop, "  "))


def test_duplicate_of_a_current_journey_is_a_full_copy_without_origins(doc, workshop):
    command = DuplicateJourney(workshop, "Parcours existant (copie)")
    doc.execute(command)
    copy = doc.state.get(Journey, command.created_id)
    assert (copy.kind, copy.persona_id, copy.position) == (JourneyKind.CURRENT, 1, 1)
    assert copy.lanes == ("goal", "kpis", "emotion")
    assert sorted(n.text for n in doc.state.touchpoints(copy.id)) == sorted(
        n.text for n in doc.state.touchpoints(workshop))
    assert {n.origin_id for n in doc.state.touchpoints(copy.id)} == {None}


def test_duplicate_of_a_target_journey_keeps_the_origins(doc, workshop):
    target = derive(doc, workshop)
    command = DuplicateJourney(target, "Cible, variante B")
    doc.execute(command)
    copy = doc.state.get(Journey, command.created_id)
    assert (copy.kind, copy.derived_from_id) == (JourneyKind.TARGET, workshop)
    assert sorted(n.origin_id for n in doc.state.touchpoints(copy.id)) == sorted(
        n.origin_id for n in doc.state.touchpoints(target))


def test_rename_is_a_plain_edit(doc, workshop):
    doc.execute(EditEntity(Journey, workshop, name="Parcours Sophie"))
    assert doc.state.get(Journey, workshop).name == "Parcours Sophie"


def test_delete_then_undo_restores_notes_details_and_action_links(doc, workshop):
    target = derive(doc, workshop)
    before = snapshot(doc)
    command = DeleteJourney(workshop)
    doc.execute(command)
    assert doc.state.get(Journey, target).derived_from_id is None
    assert not doc.state.of(ActionLink) and doc.state.get(Action, 1).journey_id is None
    doc.undo(command)
    assert snapshot(doc) == before == on_disk(doc)
    assert doc.state.get(ActionLink, 1).touchpoint_id in {n.id for n in doc.state.touchpoints(workshop)}
    assert doc.state.get(Touchpoint, doc.state.get(ActionLink, 1).touchpoint_id).text == "Je compare les offres"


def test_info_names_the_journey_a_target_derives_from(doc, workshop):
    derive(doc, workshop)
    journeys = summary(doc.state, SCHEMA_VERSION)["journeys"]
    source = doc.state.get(Journey, workshop).name
    assert [(j["kind"], j["derived_from"]) for j in journeys] == [("current", None), ("target", source)]
