"""Stage details, KPIs, a stage's emotion override and a journey's lanes: each edit is one
undo step that restores exactly, persisted at once."""

from __future__ import annotations

import pytest

from cjm_desktop.commands import DeleteAxisItem, EditEntity
from cjm_desktop.commands.stage_details import (
    AddKpi,
    DeleteKpi,
    EditKpi,
    EditStageDetails,
    MoveKpi,
    SetLanes,
    SetStageEmotion,
    toggled_lanes,
)
from cjm_desktop.document import Document
from cjm_desktop.model.domain import Journey, Kpi, Stage, StageDetails
from cjm_desktop.queries.listening import HEATMAPS, QUESTIONNAIRE, join_devices, split_devices
from cjm_desktop.queries.stage_details import details_of, kpis_of
from cjm_desktop.storage.errors import EditRefused
from tests.support.documents import assert_undo_redo_exact


def test_editing_details_creates_the_row_and_undo_removes_it(doc, grid):
    _, stages, _ = grid
    assert_undo_redo_exact(doc, EditStageDetails(stages[1].id, customer_goal="Trouver la bonne offre"))
    details = details_of(doc.state, stages[1].id)
    assert (details.customer_goal, details.nominal_duration) == ("Trouver la bonne offre", "")


def test_editing_details_again_updates_the_same_row(doc, grid):
    _, stages, _ = grid
    doc.execute(EditStageDetails(stages[1].id, customer_goal="Trouver"))
    assert_undo_redo_exact(doc, EditStageDetails(stages[1].id, nominal_duration="2 à 3 jours",
                                                 departments=["Marketing", "Commercial"]))
    assert len(doc.state.of(StageDetails)) == 1
    details = details_of(doc.state, stages[1].id)
    assert (details.customer_goal, details.departments) == ("Trouver", ("Marketing", "Commercial"))


def test_emptying_details_a_stage_does_not_have_writes_nothing(doc, grid):
    _, stages, _ = grid
    command = EditStageDetails(stages[0].id, customer_goal="")
    doc.execute(command)
    assert command.ops == [] and doc.state.of(StageDetails) == {}


def test_details_of_a_missing_stage_or_unknown_fields_are_refused(doc, grid):
    _, stages, _ = grid
    with pytest.raises(EditRefused):
        doc.execute(EditStageDetails(999, customer_goal="x"))
    with pytest.raises(EditRefused):
        EditStageDetails(stages[0].id, id=3)


def test_kpis_are_added_in_order_and_deleted_with_undo(doc, grid):
    _, stages, _ = grid
    stage = stages[3].id
    doc.execute(AddKpi(stage, "Taux de conversion", target="3 %", alert_threshold="< 1,5 %"))
    assert_undo_redo_exact(doc, AddKpi(stage, "Panier abandonné", index=0))
    assert [k.name for k in kpis_of(doc.state, stage)] == ["Panier abandonné", "Taux de conversion"]
    first = kpis_of(doc.state, stage)[0].id
    assert_undo_redo_exact(doc, DeleteKpi(first))
    assert [(k.name, k.position) for k in kpis_of(doc.state, stage)] == [("Taux de conversion", 0)]


def test_a_kpi_is_edited_and_moved(doc, grid):
    _, stages, _ = grid
    ids = []
    for name in ("CSAT", "NPS", "CES"):
        command = AddKpi(stages[7].id, name)
        doc.execute(command)
        ids.append(command.created_id)
    assert_undo_redo_exact(doc, EditKpi(ids[1], target="> 40", alert_threshold="< 20"))
    assert_undo_redo_exact(doc, MoveKpi(ids[2], 0))
    assert [(k.name, k.target) for k in kpis_of(doc.state, stages[7].id)] == [("CES", ""), ("CSAT", ""),
                                                                            ("NPS", "> 40")]


def test_two_kpi_edits_are_two_undo_steps(doc, grid):
    _, stages, _ = grid
    add = AddKpi(stages[0].id, "NPS")
    doc.execute(add)
    first, second = EditKpi(add.created_id, target="30"), EditKpi(add.created_id, target="40")
    doc.execute(first)
    doc.execute(second)
    assert not first.merge(second)


def test_deleting_a_stage_removes_its_kpis_and_details(doc, grid):
    _, stages, _ = grid
    doc.execute(EditStageDetails(stages[2].id, customer_goal="Choisir"))
    doc.execute(AddKpi(stages[2].id, "NPS"))
    assert_undo_redo_exact(doc, DeleteAxisItem(Stage, stages[2].id))
    assert doc.state.of(StageDetails) == {} and doc.state.of(Kpi) == {}


def test_a_stage_emotion_override_is_set_and_undone(doc, grid):
    _, stages, _ = grid
    assert_undo_redo_exact(doc, SetStageEmotion(stages[4].id, -2))
    assert doc.state.get(Stage, stages[4].id).emotion == -2
    with pytest.raises(EditRefused):
        SetStageEmotion(stages[4].id, 3)


def test_lanes_are_toggled_in_their_usual_order():
    assert toggled_lanes((), "emotion", True) == ("emotion",)
    assert toggled_lanes(("emotion",), "goal", True) == ("goal", "emotion")
    assert toggled_lanes(("goal", "kpis"), "goal", False) == ("kpis",)
    with pytest.raises(EditRefused):
        toggled_lanes((), "weather", True)


def test_lanes_persist_after_save_and_reopen(doc, grid, store, tmp_path):
    journey, _, _ = grid
    doc.execute(SetLanes(journey, ("goal", "kpis", "emotion")))
    doc.save(tmp_path / "lanes.cjm")
    doc.close(save=False)
    reopened = Document.open(store, tmp_path / "lanes.cjm")
    try:
        assert reopened.state.get(Journey, journey).lanes == ("goal", "kpis", "emotion")
    finally:
        reopened.close(save=False)


def test_the_lanes_shown_are_a_view_setting_that_undo_leaves_alone(doc, grid):
    """Undoing a rename done before the lanes were changed brings back the name, not the old lanes."""
    journey, _, _ = grid
    rename = EditEntity(Journey, journey, name="Parcours renommé")
    doc.execute(rename)
    doc.execute(SetLanes(journey, ("kpis",)))
    doc.undo(rename)
    assert doc.state.get(Journey, journey).lanes == ("kpis",)
    assert doc.state.get(Journey, journey).name != "Parcours renommé"
    doc.redo(rename)
    assert doc.state.get(Journey, journey).lanes == ("kpis",)


def test_unknown_lanes_are_refused(doc, grid):
    journey, _, _ = grid
    with pytest.raises(EditRefused):
        doc.execute(SetLanes(journey, ("goal", "weather")))


def test_listening_devices_keep_suggestions_and_other_devices():
    devices = join_devices({HEATMAPS, QUESTIONNAIRE}, " Verbatims ; Avis Google,, Verbatims")
    assert devices == (QUESTIONNAIRE, HEATMAPS, "Verbatims", "Avis Google")
    assert split_devices(devices) == ({QUESTIONNAIRE, HEATMAPS}, "Verbatims, Avis Google")
