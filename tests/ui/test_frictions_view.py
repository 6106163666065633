"""The « Frictions » dock: its rows follow the journey, its two columns edit the notes (one
undo step each, kept after saving), it sorts, and it leads to the map and to the action plan."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from cjm_desktop.commands import AddJourney, AddTouchpoints, EditTouchpoints
from cjm_desktop.commands.votes import StepVotes
from cjm_desktop.model.domain import ActionLink, Evaluation, JourneyKind, Touchpoint
from ui.plan.frictions_panel import COLUMNS
from ui.plan.rows_model import ID_ROLE

ROOT = Path(__file__).resolve().parents[2]


def open_frictions(window, project):
    window.open_path(project)
    docks = window.plan_docks
    docks.open(docks.frictions_dock)
    return docks.frictions


def frictions_in(window) -> list[Touchpoint]:
    return [n for n in window.controller.doc.state.of(Touchpoint).values()
            if n.evaluation in (Evaluation.PAIN, Evaluation.BREAKING)]


def cell(panel, row: int, column: str):
    return panel.proxy.index(row, COLUMNS.index(column))


def column_values(panel, column: str) -> list:
    return [cell(panel, row, column).data() for row in range(panel.proxy.rowCount())]


def test_the_table_lists_every_irritant_and_breaking_point(window, project):
    panel = open_frictions(window, project)
    assert panel.proxy.rowCount() == len(frictions_in(window)) > 0


def test_the_docks_are_tabified_under_the_map_with_view_menu_toggles(window, project):
    window.open_path(project)
    docks = window.plan_docks
    docks.open(docks.actions_dock)
    docks.open(docks.frictions_dock)
    assert window.tabifiedDockWidgets(docks.frictions_dock) == [docks.actions_dock]
    assert window.dockWidgetArea(docks.frictions_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert docks.frictions_dock.toggle in window.menus.view.actions()
    assert docks.actions_dock.toggle in window.menus.view.actions()


def test_the_table_follows_an_evaluation_made_on_the_map(window, project):
    panel = open_frictions(window, project)
    before = panel.proxy.rowCount()
    delight = next(n for n in window.controller.doc.state.of(Touchpoint).values() if n.evaluation is Evaluation.DELIGHT)
    window.controller.execute(EditTouchpoints([delight.id], evaluation=Evaluation.PAIN), "Évaluer")
    assert panel.proxy.rowCount() == before + 1
    window.actions_.undo.trigger()
    assert panel.proxy.rowCount() == before


def test_editing_the_negative_impact_is_one_undo_step(window, project):
    panel = open_frictions(window, project)
    index = cell(panel, 0, "negative_impact")
    note_id = index.data(ID_ROLE)
    assert panel.proxy.setData(index, "Abandon de panier")
    assert window.controller.doc.state.get(Touchpoint, note_id).negative_impact == "Abandon de panier"
    assert window.controller.undo_stack.count() == 1
    window.actions_.undo.trigger()
    assert window.controller.doc.state.get(Touchpoint, note_id).negative_impact == ""
    assert cell(panel, 0, "negative_impact").data() == ""


def test_the_negative_impact_persists_after_save_and_reopen(window, project):
    panel = open_frictions(window, project)
    note_id = cell(panel, 0, "text").data(ID_ROLE)
    panel.proxy.setData(cell(panel, 0, "negative_impact"), "Rebond élevé, frustration")
    panel.proxy.setData(cell(panel, 0, "solutions"), "Optimiser les images\nCDN")
    assert window.save()
    window.controller.close()
    window.open_path(project)
    panel = window.plan_docks.frictions
    row = next(r for r in range(panel.proxy.rowCount()) if cell(panel, r, "text").data(ID_ROLE) == note_id)
    assert cell(panel, row, "negative_impact").data() == "Rebond élevé, frustration"
    assert cell(panel, row, "solutions").data() == "Optimiser les images\nCDN"


def test_only_the_two_friction_columns_are_editable(window, project):
    panel = open_frictions(window, project)
    editable = [c for c in COLUMNS if cell(panel, 0, c).flags() & Qt.ItemFlag.ItemIsEditable]
    assert editable == ["negative_impact", "solutions"]


def test_sorting_by_votes_puts_the_most_voted_first(window, project):
    panel = open_frictions(window, project)
    panel.view.sortByColumn(COLUMNS.index("votes"), Qt.SortOrder.DescendingOrder)
    votes = column_values(panel, "votes")
    assert votes == sorted(votes, reverse=True) and votes[0] > votes[-1]


def test_sorting_stays_after_an_edit(window, project):
    panel = open_frictions(window, project)
    panel.view.sortByColumn(COLUMNS.index("votes"), Qt.SortOrder.DescendingOrder)
    panel.proxy.setData(cell(panel, 3, "solutions"), "Rappel automatique")
    votes = column_values(panel, "votes")
    assert votes == sorted(votes, reverse=True)


def test_show_on_the_map_selects_the_note_and_scrolls_to_it(window, project, qtbot):
    panel = open_frictions(window, project)
    with qtbot.waitExposed(window):
        window.show()
    last = panel.proxy.rowCount() - 1
    note_id = cell(panel, last, "text").data(ID_ROLE)
    panel.view.selectRow(last)
    panel.show_action.trigger()
    scene, view = window.scenes[0], window.current_view()
    assert scene.selected_ids() == [note_id]
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(scene.notes[note_id].sceneBoundingRect().center())


def test_a_double_click_on_the_text_shows_the_note(window, project):
    panel = open_frictions(window, project)
    note_id = cell(panel, 2, "text").data(ID_ROLE)
    panel.view.doubleClicked.emit(cell(panel, 2, "text"))
    assert window.scenes[0].selected_ids() == [note_id]


def test_creating_an_action_from_a_friction_links_the_note(window, project, prompts):
    panel = open_frictions(window, project)
    note_id = cell(panel, 0, "text").data(ID_ROLE)
    panel.proxy.setData(cell(panel, 0, "solutions"), "Rappel sous 24 h\nFAQ")
    prompts.text_answer = "Rappeler sous 24 h"
    panel.view.selectRow(0)
    panel.create_action.trigger()
    links = list(window.controller.doc.state.of(ActionLink).values())
    assert [(link.action_id, link.touchpoint_id) for link in links] == [(1, note_id)]
    assert not window.plan_docks.actions_dock.isHidden()
    assert window.plan_docks.actions.selected_ids() == [1]


def test_the_create_action_button_needs_a_selected_friction(window, project):
    panel = open_frictions(window, project)
    assert not panel.create_action.isEnabled()
    panel.view.selectRow(0)
    assert panel.create_action.isEnabled()


def test_typing_in_the_table_edits_the_cell_not_a_new_note(window, project, qtbot):
    panel = open_frictions(window, project)
    with qtbot.waitExposed(window):
        window.show()
    panel.view.setCurrentIndex(cell(panel, 0, "solutions"))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_N)
    assert panel.view.state() == panel.view.State.EditingState
    assert not window.current_view().editor.editing


def test_the_table_shows_the_frictions_of_the_current_journey(window, project):
    panel = open_frictions(window, project)
    command = AddJourney("Parcours cible", JourneyKind.TARGET, [("Acheter", None)], [("Site web", "mdi6.web")])
    window.controller.execute(command, "Nouveau parcours")
    state = window.controller.doc.state
    cell_of_target = (state.channels(command.created_id)[0].id, state.stages(command.created_id)[0].id)
    add = AddTouchpoints(command.created_id, cell_of_target, texts=["Je paie en un clic"])
    window.controller.execute(add, "Nouvelle note")
    window.controller.execute(EditTouchpoints(add.created_ids, evaluation=Evaluation.BREAKING), "Évaluer")
    window.show_journey(command.created_id)
    assert column_values(panel, "text") == ["Je paie en un clic"]


def test_an_edit_signals_only_the_rows_it_changed(window, project):
    panel = open_frictions(window, project)
    signalled: list[tuple[int, int]] = []
    panel.model.dataChanged.connect(lambda top, bottom, _roles=(): signalled.append((top.row(), bottom.row())))
    note_id = panel.model.rows[2].note_id
    window.controller.execute(StepVotes([note_id], 7), "Voter")
    assert signalled == [(2, 2)]
    assert cell(panel, 2, "votes").data() == window.controller.doc.state.votes(note_id)


def test_a_refill_with_nothing_changed_signals_nothing(window, project):
    panel = open_frictions(window, project)
    signalled = []
    panel.model.dataChanged.connect(lambda *args: signalled.append(args))
    window.plan_docks.refresh()
    assert signalled == []


def test_rows_fit_their_text_after_an_edit_without_measuring_every_row(window, project, qtbot):
    panel = open_frictions(window, project)
    with qtbot.waitExposed(window):
        window.show()
    header = panel.view.verticalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    row = 1
    before = panel.view.rowHeight(row)
    panel.proxy.setData(cell(panel, row, "solutions"), "\n".join(["Rappeler le client sous 24 h"] * 4))
    assert panel.view.rowHeight(row) > before


def test_a_closed_dock_is_not_filled_until_it_opens_again(window, project):
    panel = open_frictions(window, project)
    docks = window.plan_docks
    docks.frictions_dock.close()  # closed by the user
    note = next(n for n in window.controller.doc.state.of(Touchpoint).values() if n.evaluation is Evaluation.DELIGHT)
    window.controller.execute(EditTouchpoints([note.id], evaluation=Evaluation.PAIN), "Évaluer")
    assert note.id not in [r.note_id for r in panel.model.rows]
    docks.open(docks.frictions_dock)
    assert note.id in [r.note_id for r in panel.model.rows]


def test_the_plan_panels_are_built_when_a_dock_first_opens(window, project):
    window.open_path(project)
    docks = window.plan_docks
    assert docks.frictions_dock.widget() is None and docks.actions_dock.widget() is None
    docks.open(docks.actions_dock)
    assert docks.frictions_dock.widget().widget() is docks.frictions
    assert docks.actions_dock.widget().widget() is docks.actions


def test_a_main_window_imports_no_dock_panel_before_it_is_needed():
    late = ("ui.plan.frictions_panel", "ui.plan.action_plan_panel", "ui.plan.action_plan_model",
            "cjm_desktop.queries.action_plan", "ui.stage_details.stage_panel")
    script = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
              "from PySide6.QtWidgets import QApplication; app = QApplication([])\n"
              "from ui.window.main_window import MainWindow; window = MainWindow()\n"
              f"print(','.join(m for m in {late!r} if m in sys.modules)); window.controller.close()")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_an_open_table_gets_its_icons_with_the_window(window, project):
    panel = open_frictions(window, project)
    window.load_icons()
    assert panel.model.show_icons
    assert not panel.show_action.icon().isNull()
    assert not cell(panel, 0, "evaluation").data(Qt.ItemDataRole.DecorationRole).isNull()


def test_the_summary_counts_with_plural_forms(window, project):
    panel = open_frictions(window, project)
    pains = sum(r.evaluation is Evaluation.PAIN for r in panel.model.rows)
    irritants = panel.tr("%n pain point(s)", "", pains)
    breaking = panel.tr("%n breaking point(s)", "", len(panel.model.rows) - pains)
    assert panel.summary.text() == f"{irritants} · {breaking}"
    assert "%" not in panel.summary.text() and "(s)" not in panel.summary.text()
