"""The size limits of a project (cjm_desktop/model/limits.py): a file over them is refused by open and by
``cjm check`` like any other bad file; an edit or an import that would go past them is refused; and what
the limits allow is handled by algorithms linear in its size (timed by tests/bench/bench_big_files.py,
not here: these tests check the algorithms and their results)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from cjm_desktop.commands import AddAxisItem, AddJourney, AddTouchpoints, DuplicateTouchpoints
from cjm_desktop.commands.actions import AddAction, LinkNotes
from cjm_desktop.commands.imports import ImportJourneys
from cjm_desktop.commands.journeys import DeriveTarget
from cjm_desktop.commands.personas import AddPersona
from cjm_desktop.commands.stage_details import AddKpi
from cjm_desktop.interop import model
from cjm_desktop.interop.csv.rows import COLUMNS, write_rows
from cjm_desktop.interop.files import read_import
from cjm_desktop.interop.mermaid import write_mermaid
from cjm_desktop.interop.model import ImportedJourney, ImportedNote, ImportRefused
from cjm_desktop.interop.ojf import write_ojf
from cjm_desktop.model.domain import Channel, Entity, Journey, ProjectState, Stage, Touchpoint
from cjm_desktop.model.limits import MAX_CHANNELS, MAX_JOURNEYS, MAX_LINKS, MAX_NOTES, MAX_STAGES
from cjm_desktop.storage.errors import EditRefused, UnexpectedContent
from cjm_desktop.storage.safe_open import validate_file
from tests.support.big_files import grid_entities, plan_entities, write_file

ROOT = Path(__file__).resolve().parents[2]


def state_of(entities: list[Entity]) -> ProjectState:
    state = ProjectState()
    for entity in entities:
        state.put(entity)
    return state


def more_journeys(first: int, last: int) -> list[Entity]:
    """Journeys ``first`` to ``last`` (ids), of 2 stages × 2 channels each, without notes."""
    entities: list[Entity] = []
    for j in range(first, last + 1):
        entities += [Journey(j, f"Parcours {j}", position=j - 1),
                     *(Stage(1000 * j + s, j, f"Étape {s}", s) for s in range(2)),
                     *(Channel(1000 * j + c, j, f"Canal {c}", c) for c in range(2))]
    return entities


def journeys(count: int) -> list[Entity]:
    """A project of ``count`` journeys of 2 stages × 2 channels, without notes."""
    return grid_entities(2, 2, 0) + more_journeys(2, count)


# One file over each limit, and the sentence that refuses it.
OVER_THE_LIMITS = {
    "notes": (lambda: grid_entities(10, 10, MAX_NOTES + 1), "it holds more than 20,000 notes"),
    "stages": (lambda: grid_entities(MAX_STAGES + 1, 2, 10), "journey #1 has more than 100 stages"),
    "channels": (lambda: grid_entities(2, MAX_CHANNELS + 1, 10), "journey #1 has more than 60 channels"),
    "journeys": (lambda: journeys(MAX_JOURNEYS + 1), "it holds more than 50 journeys"),
    "personas": (lambda: grid_entities(2, 2, 1) + plan_entities(1, personas=201, actions=0, links=0, kpis=0),
                 "it holds more than 200 personas"),
    "actions": (lambda: grid_entities(2, 2, 1) + plan_entities(1, personas=0, actions=1_001, links=0, kpis=0),
                "it holds more than 1,000 actions"),
    "KPIs": (lambda: grid_entities(2, 2, 1) + plan_entities(1, personas=0, actions=0, links=0, kpis=2_001),
             "it holds more than 2,000 KPIs"),
    "links": (lambda: grid_entities(10, 10, 5_001) + plan_entities(5_001, personas=0, actions=1, links=5_001, kpis=0),
              "it holds more than 5,000 links between actions and notes"),
}


# --- files over the limits ----------------------------------------------------------------------------

@pytest.mark.parametrize("limit", sorted(OVER_THE_LIMITS))
def test_a_file_over_a_limit_is_refused_when_opened_in_one_sentence(limit, tmp_path):
    make, sentence = OVER_THE_LIMITS[limit]
    path = write_file(tmp_path / "big.cjm", make())
    with pytest.raises(UnexpectedContent) as refusal:
        validate_file(path)
    assert str(refusal.value) == f"This project file holds unexpected content: {sentence}."


@pytest.mark.parametrize("limit", sorted(OVER_THE_LIMITS))
def test_check_refuses_a_file_over_a_limit_in_one_error_line(limit, tmp_path):
    make, sentence = OVER_THE_LIMITS[limit]
    path = write_file(tmp_path / "big.cjm", make())
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", str(path)], capture_output=True,
                            text=True, timeout=120)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1 and sentence in result.stderr


def test_a_file_at_every_limit_opens(tmp_path):
    entities = grid_entities(MAX_STAGES, MAX_CHANNELS, MAX_NOTES) + more_journeys(2, MAX_JOURNEYS)
    validated = validate_file(write_file(tmp_path / "full.cjm", entities))
    validated.conn.close()
    assert (len(validated.state.of(Touchpoint)), len(validated.state.journeys)) == (MAX_NOTES, MAX_JOURNEYS)
    assert len(validated.state.stages(1)) == MAX_STAGES and len(validated.state.channels(1)) == MAX_CHANNELS


# --- edits that would go past them ---------------------------------------------------------------------

def test_adding_a_stage_or_a_channel_past_the_limit_is_refused():
    state = state_of(grid_entities(MAX_STAGES, MAX_CHANNELS, 0))
    for cls, what in ((Stage, "100 stages"), (Channel, "60 channels")):
        with pytest.raises(EditRefused, match=f"a journey holds at most {what}"):
            AddAxisItem(cls, 1, "Une de trop").plan(state)
    roomy = state_of(grid_entities(MAX_STAGES - 1, MAX_CHANNELS - 1, 0))
    assert AddAxisItem(Stage, 1, "La dernière").plan(roomy) and AddAxisItem(Channel, 1, "Le dernier").plan(roomy)


def test_adding_pasting_or_duplicating_notes_past_the_limit_is_refused():
    state = state_of(grid_entities(10, 10, MAX_NOTES - 2))
    assert len(AddTouchpoints(1, (1, 1), ["Je compare", "Je choisis"]).plan(state)) >= 2  # up to the limit
    with pytest.raises(EditRefused, match="a project holds at most 20,000 notes"):
        AddTouchpoints(1, (1, 1), ["Je compare", "Je choisis", "Une de trop"]).plan(state)
    with pytest.raises(EditRefused, match="a project holds at most 20,000 notes"):
        DuplicateTouchpoints([1, 2, 3]).plan(state)


def test_a_journey_past_the_limits_is_refused():
    with pytest.raises(EditRefused, match="a project holds at most 50 journeys"):
        AddJourney("Un de trop").plan(state_of(journeys(MAX_JOURNEYS)))
    with pytest.raises(EditRefused, match="a journey holds at most 100 stages"):
        AddJourney("Trop long", stages=[(f"Étape {i}", None) for i in range(MAX_STAGES + 1)]).plan(ProjectState())
    with pytest.raises(EditRefused, match="a project holds at most 20,000 notes"):  # its notes are copied
        DeriveTarget(1, "Parcours cible").plan(state_of(grid_entities(10, 10, MAX_NOTES // 2 + 1)))


def test_a_persona_an_action_a_kpi_or_a_link_past_the_limits_is_refused():
    full = state_of(grid_entities(2, 2, MAX_LINKS + 1) + plan_entities(MAX_LINKS + 1))
    for command, what in ((AddPersona("Une de trop"), "200 personas"), (AddAction("Une de trop"), "1,000 actions"),
                          (AddKpi(1, "Un de trop"), "2,000 KPIs"),
                          (LinkNotes(1, [MAX_LINKS + 1]), "5,000 links between actions and notes")):
        with pytest.raises(EditRefused, match=f"a project holds at most {what}"):
            command.plan(full)
    roomy = state_of(grid_entities(2, 2, 10) + plan_entities(10, personas=199, actions=999, links=10, kpis=1_999))
    assert all(command.plan(roomy) for command in (AddPersona("La dernière"), AddAction("La dernière"),
                                                   AddKpi(1, "Le dernier"), LinkNotes(1, [5])))


def test_an_import_past_the_limits_is_refused():
    full = state_of(grid_entities(MAX_STAGES, 2, MAX_NOTES))
    with pytest.raises(EditRefused, match="a project holds at most 20,000 notes"):
        ImportJourneys([ImportedJourney("Parcours géant", notes=[ImportedNote("Je compare")])]).plan(full)
    with pytest.raises(EditRefused, match="a journey holds at most 100 stages"):  # merged into the full journey
        ImportJourneys([ImportedJourney("Parcours géant", stages=[("Une de plus", None)])]).plan(full)


@pytest.mark.parametrize(("rows", "code"), [
    ([f"Parcours,,,Étape {i},,,,,,,,," for i in range(MAX_STAGES + 1)], "too_many_stages"),
    ([f"Parcours,,,,,Canal {i},,,,,,," for i in range(MAX_CHANNELS + 1)], "too_many_channels"),
    ([f"Parcours {i},,,Étape,,Canal,Je compare,,,,,," for i in range(MAX_JOURNEYS + 1)], "too_many_journeys"),
])
def test_a_file_to_import_over_the_limits_is_refused_before_anything_is_imported(rows, code, tmp_path):
    path = tmp_path / "import.csv"
    path.write_text("\n".join([",".join(COLUMNS), *rows]) + "\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refusal:
        read_import(path)
    assert [p.code for p in refusal.value.problems] == [code]


# --- linear algorithms on what the limits allow ----------------------------------------------------------

def test_a_csv_export_of_a_big_grid_lists_every_note_in_its_cell_in_reading_order():
    entities = grid_entities(40, 30, 3_000)  # 1,200 cells, 2 or 3 notes each
    state = state_of(entities)
    stages = {e.id: e for e in entities if isinstance(e, Stage)}
    channels = {e.id: e for e in entities if isinstance(e, Channel)}
    notes = sorted((e for e in entities if isinstance(e, Touchpoint)),
                   key=lambda n: (stages[n.stage_id].position, channels[n.channel_id].position, n.position))
    content = write_rows(state, state.journeys).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content, newline=""), delimiter=";"))[1:]
    printed = [(row[3], row[5], row[6]) for row in rows if row[6]]
    assert printed == [(stages[n.stage_id].name, channels[n.channel_id].name, n.text) for n in notes]


@pytest.mark.parametrize("write", [lambda s, j: write_rows(s, [j]), write_ojf, write_mermaid],
                         ids=["csv", "ojf", "mermaid"])
def test_an_export_reads_the_notes_once_whatever_the_number_of_cells(write, monkeypatch):
    """Looking for each cell's notes among all the notes made a 200 × 200 grid take minutes."""
    scans: list[str] = []
    touchpoints = ProjectState.touchpoints
    monkeypatch.setattr(ProjectState, "cell", lambda *args: scans.append("cell") or [])
    monkeypatch.setattr(ProjectState, "touchpoints", lambda self, j: scans.append("all") or touchpoints(self, j))
    for stages, channels in ((2, 2), (30, 20)):
        state = state_of(grid_entities(stages, channels, 1_000))
        scans.clear()
        write(state, state.journeys[0])
        assert scans == ["all"]


def test_an_import_into_a_big_journey_reads_only_the_cells_it_fills(monkeypatch):
    """Counting each cell's notes among all of them made an import into a full map quadratic."""
    state = state_of(grid_entities(30, 20, 5_000))
    notes = [ImportedNote(f"Je compare {i}", f"Étape {1 + i % 30}", f"Canal {1 + i % 20}") for i in range(3_000)]
    scans: list[tuple[int | None, int | None]] = []
    cell_of = ProjectState.cell
    monkeypatch.setattr(ProjectState, "cell", lambda self, j, c, s: scans.append((c, s)) or cell_of(self, j, c, s))
    monkeypatch.setattr(ProjectState, "touchpoints", lambda self, j: pytest.fail("every note of the journey read"))
    command = ImportJourneys([ImportedJourney("Parcours géant", notes=notes)])
    ops = command.plan(state)
    added = [op.entity for op in ops if isinstance(op.entity, Touchpoint) and op.entity.id not in state.of(Touchpoint)]
    assert len(scans) == len(set(scans)) == len({n.cell for n in added}) and command.summary.notes == 3_000
    for cell in {n.cell for n in added}:  # after the notes the cell held, in the file's order
        held = max(n.position for n in state.of(Touchpoint).values() if n.cell == cell)
        positions = [n.position for n in added if n.cell == cell]
        assert held < positions[0] and positions == sorted(set(positions))


def test_a_file_naming_thousands_of_stages_is_read_without_comparing_each_with_every_other(monkeypatch):
    keys = []
    name_key = model.name_key

    def counted(name: str) -> str:
        keys.append(name)
        assert len(keys) < 200_000, "each name is compared with every other"
        return name_key(name)

    monkeypatch.setattr(model, "name_key", counted)
    journey = ImportedJourney("Parcours")
    for i in range(20_000):
        journey.add_stage(f"Étape {i % 5_000}")  # each named 4 times, in any case and spacing
        journey.add_channel(f"  canal   {i % 50} ".upper())
    assert len(journey.stages) == 5_000 and len(journey.channels) == 50
    journey.stages.append(("Ajoutée par un lecteur", None))  # readers may append directly
    journey.add_stage("AJOUTÉE  par un lecteur")
    assert len(journey.stages) == 5_001
