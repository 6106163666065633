"""« Instantanés »: take one from the File menu, list them, compare one with now, export it as it was,
restore one of its journeys as a new journey, delete one; a damaged one is said, never shown half."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import zlib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QKeySequence

from cjm_desktop.commands import EditTouchpoints
from cjm_desktop.model.domain import Journey, Snapshot, SnapshotChunk, Touchpoint
from cjm_desktop.storage.safe_open import validate_file
from cjm_desktop.storage.snapshots import chunk_ids, read_snapshot
from main import main
from ui.compare.compare_scene import MarkItem
from ui.compare.compare_window import CompareWindow
from ui.files.image_export import render_journey_png
from ui.snapshots.snapshots_dock import TAKE_SHORTCUT

HOSTILE = "<img src=/dev/zero> « 50 %2 » & co"


@pytest.fixture
def opened(window, project, prompts):
    """The sample project open in the window, with the snapshots dock shown."""
    assert window.open_path(project)
    window.snapshots.set_wanted(True)
    return window


def take(window, prompts, name: str) -> int:
    prompts.text_answer = name
    snapshot_id = window.snapshots.take_snapshot()
    assert snapshot_id is not None
    return snapshot_id


def state(window):
    return window.controller.doc.state


def listed(window) -> list[tuple[str, str]]:
    items = window.snapshots.panel.list
    return [(items.topLevelItem(r).text(0), items.topLevelItem(r).text(2)) for r in range(items.topLevelItemCount())]


def test_take_a_snapshot_is_in_the_file_menu_with_a_shortcut_and_needs_a_project(window, project):
    take_action = window.snapshots.take
    entries = window.menus.file.actions()
    assert entries.index(take_action) == entries.index(window.actions_.project_sheet) - 1  # after Save, Revert
    assert take_action.shortcut() == QKeySequence(TAKE_SHORTCUT)
    assert window.snapshots.toggle in window.menus.view.actions()
    assert not take_action.isEnabled() and not window.snapshots.toggle.isEnabled()
    window.open_path(project)
    assert take_action.isEnabled()


def test_taking_a_snapshot_asks_a_name_offering_the_time(opened, prompts, monkeypatch):
    offered = []
    monkeypatch.setattr(prompts, "ask_text", lambda parent, title, label, current="": offered.append(current)
                        or "avant l'atelier")
    opened.snapshots.take.trigger()
    [snapshot] = state(opened).of(Snapshot).values()
    assert (snapshot.name, snapshot.note_count) == ("avant l'atelier", 62)
    assert re.fullmatch(r"(Instantané|Snapshot) \d\d:\d\d", offered[0])  # « Instantané 10:30 » (French once compiled)
    assert listed(opened) == [("avant l'atelier", "62")]
    assert "62" in opened.statusBar().currentMessage()


def test_a_cancelled_name_takes_nothing(opened, prompts):
    prompts.text_answer = None
    assert opened.snapshots.take_snapshot() is None
    assert not state(opened).of(Snapshot) and opened.snapshots.panel.empty.isVisibleTo(opened.snapshots.panel)


def test_the_list_shows_the_newest_first_and_follows_undo(opened, prompts):
    take(opened, prompts, "avant")
    take(opened, prompts, HOSTILE)
    assert listed(opened) == [(HOSTILE, "62"), ("avant", "62")]  # user text as typed
    assert opened.snapshots.panel.current_id() == max(state(opened).of(Snapshot))
    opened.controller.undo_stack.undo()
    assert listed(opened) == [("avant", "62")]
    opened.controller.undo_stack.redo()
    assert listed(opened)[0] == (HOSTILE, "62")


def test_compare_with_now_shows_the_snapshot_beside_the_journey_now(opened, prompts):
    snapshot_id = take(opened, prompts, "avant")
    journey_id = opened.current_journey_id()
    note = sorted(state(opened).touchpoints(journey_id), key=lambda n: n.id)[0]
    opened.controller.execute(EditTouchpoints([note.id], text="Je suis rappelé"), "edit")
    compare = opened.snapshots.compare(snapshot_id)
    assert isinstance(compare, CompareWindow) and compare.snapshot is not None
    assert [d.status for d in compare.diffs].count("changed") == 1
    assert [d.status for d in compare.diffs].count("same") == 61
    changed = next(d for d in compare.diffs if d.status == "changed")
    assert (changed.current.text, changed.target.text) == (note.text, "Je suis rappelé")
    marks = [i for i in compare.scenes["current"].items() if isinstance(i, MarkItem)]
    assert [m.mark.status for m in marks] == ["changed"]
    assert "avant" in compare.captions["current"].text() and "avant" in compare.windowTitle()
    assert opened.snapshots.compare(snapshot_id) is compare  # raised, not opened twice
    opened.controller.execute(EditTouchpoints([note.id], text="Je suis rappelé vite"), "edit")
    now = next(d.target for d in compare.diffs if d.target is not None and d.target.id == note.id)
    assert now.text == "Je suis rappelé vite"  # the « now » side follows edits


def test_compare_takes_another_journey_of_the_snapshot_when_the_one_on_screen_is_new(opened, prompts):
    snapshot_id = take(opened, prompts, "avant")
    prompts.text_answer = "Parcours cible"
    opened.journey_menu.derive_target()
    assert state(opened).get(Journey, opened.current_journey_id()).name == "Parcours cible"
    compare = opened.snapshots.compare(snapshot_id)
    assert compare.target_id == state(opened).journeys[0].id


def test_export_writes_the_snapshot_as_it_was(opened, prompts, tmp_path):
    prompts.path_to_export = tmp_path / "avant.csv"
    assert opened.export_file()
    snapshot_id = take(opened, prompts, "avant")
    note = next(iter(state(opened).of(Touchpoint)))
    opened.controller.execute(EditTouchpoints([note], text="Changée après"), "edit")
    prompts.path_to_export = tmp_path / "instantane.csv"
    assert opened.snapshots.export(snapshot_id, pdf=False)
    assert (tmp_path / "instantane.csv").read_bytes() == (tmp_path / "avant.csv").read_bytes()
    prompts.path_to_export = tmp_path / "instantane.pdf"
    assert opened.snapshots.export(snapshot_id, pdf=True)
    assert (tmp_path / "instantane.pdf").read_bytes().startswith(b"%PDF")


def test_a_snapshot_exported_as_pdf_from_the_app_names_the_snapshot_on_its_maps(opened, prompts, tmp_path):
    snapshot_id = take(opened, prompts, "avant")
    prompts.path_to_export = tmp_path / "instantane.pdf"
    assert opened.snapshots.export(snapshot_id, pdf=True)
    text = subprocess.run(["pdftotext", str(tmp_path / "instantane.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Instantané « avant »" in text


def test_restore_adds_a_new_journey_and_shows_it(opened, prompts):
    snapshot_id = take(opened, prompts, "avant")
    journey = state(opened).journeys[0]
    notes = {n.text for n in state(opened).touchpoints(journey.id)}
    opened.controller.execute(EditTouchpoints([n.id for n in state(opened).touchpoints(journey.id)], text="x"), "edit")
    assert [label for _id, label in opened.snapshots.journeys_of(snapshot_id)] == [journey.name]
    prompts.text_answer = "Parcours d'avant"
    created = opened.snapshots.restore(snapshot_id, journey.id)
    restored = state(opened).get(Journey, created)
    assert restored.name == "Parcours d'avant" and opened.current_journey_id() == created
    assert {n.text for n in state(opened).touchpoints(created)} == notes
    assert {n.text for n in state(opened).touchpoints(journey.id)} == {"x"}  # the current work is untouched
    assert len(opened.tabs.editing) == 2
    opened.controller.undo_stack.undo()
    assert state(opened).get(Journey, created) is None and len(opened.tabs.editing) == 1


def test_the_restore_menu_lists_the_journeys_of_the_snapshot(opened, prompts):
    take(opened, prompts, "avant")
    menu = opened.snapshots.panel.restore.menu()
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == [state(opened).journeys[0].name]
    prompts.text_answer = "Copie"
    menu.actions()[0].trigger()
    assert [j.name for j in state(opened).journeys][-1] == "Copie"


def test_delete_asks_first_and_undo_brings_it_back(opened, prompts):
    snapshot_id = take(opened, prompts, HOSTILE)
    prompts.confirm_answer = False
    assert not opened.snapshots.delete(snapshot_id)
    assert HOSTILE in prompts.questions[-1] and snapshot_id in state(opened).of(Snapshot)
    prompts.confirm_answer = True
    assert opened.snapshots.delete(snapshot_id)
    assert not state(opened).of(Snapshot) and not state(opened).of(SnapshotChunk) and listed(opened) == []
    opened.controller.undo_stack.undo()
    assert listed(opened) == [(HOSTILE, "62")]


def test_snapshots_are_saved_and_come_back_after_reopening(opened, prompts, project):
    take(opened, prompts, "avant")
    assert opened.save()
    opened.controller.close()
    assert opened.open_path(project)
    assert listed(opened) == [("avant", "62")]


def damage_notes_chunk(path: Path) -> None:
    validated = validate_file(path)
    validated.conn.close()
    [snapshot] = validated.state.of(Snapshot).values()
    chunks = validated.state.of(SnapshotChunk)
    [notes] = [c for c in chunk_ids(snapshot) if b'"touchpoint"' in zlib.decompress(chunks[c].data)]
    conn = sqlite3.connect(path)
    conn.execute("UPDATE snapshot_chunk SET data = ? WHERE id = ?", (b"not zlib", notes))
    conn.commit()
    conn.close()


def test_a_damaged_snapshot_is_said_and_nothing_opens(opened, prompts, project):
    snapshot_id = take(opened, prompts, "fin de matinée")
    assert opened.save()
    opened.controller.close()
    damage_notes_chunk(project)
    assert opened.open_path(project)  # the project itself opens
    assert opened.snapshots.compare(snapshot_id) is None
    sentence, details = opened.last_failure
    assert "« fin de matinée »" in sentence and "is not compressed data" in details
    assert not opened.snapshots.export(snapshot_id, pdf=False)
    assert opened.snapshots.journeys_of(snapshot_id) == []


def test_cli_png_export_of_a_snapshot_draws_it_as_it_was(project, tmp_path, capsys):
    assert main(["snapshot", str(project), "--name", "avant"]) == 0
    validated = validate_file(project)
    validated.conn.close()
    [snapshot] = validated.state.of(Snapshot).values()
    then = read_snapshot(validated.state, snapshot.id)
    out = tmp_path / "avant.png"
    assert main(["export", str(project), "--to", str(out), "--snapshot", "avant"]) == 0
    assert capsys.readouterr().out.endswith(f"wrote {out}\n")
    expected = QImage.fromData(render_journey_png(then, then.journeys[0]), "PNG")
    assert QImage(str(out)) == expected
