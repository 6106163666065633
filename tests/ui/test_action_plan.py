"""The « Action plan » dock: creating actions (from the map's selection too), editing every
column with its own editor as one undo step, sorting, and links that follow the notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QSpinBox, QStyleOptionViewItem

from cjm_desktop.commands import DeleteTouchpoints, MoveTouchpoints
from cjm_desktop.commands.actions import AddAction
from cjm_desktop.model.domain import Action, ActionLink, ActionStatus
from ui.plan.action_plan_model import COLUMNS
from ui.plan.rows_model import ID_ROLE
from ui.widgets.date_edit import OptionalDateEdit


def open_plan(window, project, *titles: str):
    """The action plan of the sample project, with an action per title."""
    window.open_path(project)
    journey = window.current_journey_id()
    for title in titles:
        window.controller.execute(AddAction(title, journey), "Créer")
    docks = window.plan_docks
    docks.open(docks.actions_dock)
    return docks.actions


def cell(panel, row: int, column: str):
    return panel.proxy.index(row, COLUMNS.index(column))


def edit_with_editor(panel, index, change) -> None:
    """Open the column's editor as the view would, change it, and commit it."""
    editor = panel.delegate.createEditor(panel.view.viewport(), QStyleOptionViewItem(), index)
    panel.delegate.setEditorData(editor, index)
    change(editor)
    panel.delegate.setModelData(editor, panel.proxy, index)
    editor.deleteLater()


def action(window, action_id: int = 1) -> Action:
    return window.controller.doc.state.get(Action, action_id)


def links(window) -> set[tuple[int, int]]:
    return {(link.action_id, link.touchpoint_id) for link in window.controller.doc.state.of(ActionLink).values()}


def test_new_action_asks_its_title_and_adds_a_row(window, project, prompts):
    panel = open_plan(window, project)
    prompts.text_answer = "Former les conseillers"
    panel.new_action.trigger()
    assert [cell(panel, r, "title").data() for r in range(panel.proxy.rowCount())] == ["Former les conseillers"]
    assert window.controller.undo_stack.count() == 1


def test_create_an_action_from_the_notes_selected_on_the_map(window, project, prompts):
    panel = open_plan(window, project)
    scene = window.scenes[0]
    picked = scene.reading_order()[:2]
    scene.select_notes(picked)
    prompts.text_answer = "Simplifier le paiement"
    window.plan_docks.new_action_from_notes.trigger()
    assert links(window) == {(1, picked[0]), (1, picked[1])}
    assert "•" in cell(panel, 0, "notes").data()


def test_the_note_context_menu_offers_create_an_action(window, project):
    window.open_path(project)
    editing = window.tabs.current_editing()
    editing.note_menu(window.pos())
    menus = [m for m in window.findChildren(QMenu) if window.plan_docks.new_action_from_notes in m.actions()]
    assert menus and menus[-1].isVisible()


def test_priority_is_chosen_in_a_combo_as_one_undo_step(window, project):
    panel = open_plan(window, project, "Rappel automatique")
    edit_with_editor(panel, cell(panel, 0, "priority"), lambda combo: combo.setCurrentIndex(0))
    assert action(window).priority == 1
    assert cell(panel, 0, "priority").data() == QCoreApplication.translate("ActionPlan", "High")
    window.actions_.undo.trigger()
    assert action(window).priority == 2


def test_two_edits_of_the_same_cell_are_two_undo_steps(window, project):
    panel = open_plan(window, project, "Rappel automatique")
    steps = window.controller.undo_stack.count()
    for value in (4, 5):
        edit_with_editor(panel, cell(panel, 0, "impact"), lambda spin, v=value: spin.setValue(v))
    assert window.controller.undo_stack.count() == steps + 2
    window.actions_.undo.trigger()
    assert action(window).impact == 4


def test_impact_and_effort_use_spin_boxes_from_1_to_5(window, project):
    panel = open_plan(window, project, "Rappel automatique")
    editor = panel.delegate.createEditor(panel.view.viewport(), QStyleOptionViewItem(), cell(panel, 0, "effort"))
    assert isinstance(editor, QSpinBox) and (editor.minimum(), editor.maximum()) == (1, 5)


def test_status_is_chosen_in_a_combo(window, project):
    panel = open_plan(window, project, "Rappel automatique")
    edit_with_editor(panel, cell(panel, 0, "status"), lambda combo: combo.setCurrentIndex(2))
    assert action(window).status is ActionStatus.DONE


def test_owner_department_offers_the_projects_departments(window, project):
    panel = open_plan(window, project, "Rappel automatique")
    window.controller.execute(AddAction("Autre", window.current_journey_id(), owner_department="SAV"), "Créer")
    edit_with_editor(panel, cell(panel, 0, "owner_department"),
                     lambda combo: combo.setCurrentIndex(combo.findText("SAV")))
    assert isinstance(panel.delegate.createEditor(panel.view.viewport(), QStyleOptionViewItem(),
                                                  cell(panel, 0, "owner_department")), QComboBox)
    assert action(window).owner_department == "SAV"


def test_a_due_date_is_set_then_removed_with_delete(window, project):
    panel = open_plan(window, project, "Rappel automatique")
    edit_with_editor(panel, cell(panel, 0, "due_date"), lambda editor: editor.setDate(QDate(2026, 12, 15)))
    assert action(window).due_date == "2026-12-15"
    assert cell(panel, 0, "due_date").data() != ""

    def clear(editor: OptionalDateEdit) -> None:
        delete = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(editor, delete)

    edit_with_editor(panel, cell(panel, 0, "due_date"), clear)
    assert action(window).due_date is None
    assert cell(panel, 0, "due_date").data() == ""


def test_an_empty_title_is_not_written(window, project):
    panel = open_plan(window, project, "Rappel automatique")
    steps = window.controller.undo_stack.count()
    assert not panel.proxy.setData(cell(panel, 0, "title"), "   ")
    assert action(window).title == "Rappel automatique"
    assert window.controller.undo_stack.count() == steps


def test_sorting_by_priority_puts_high_first(window, project):
    panel = open_plan(window, project, "B", "A", "C")
    for row, priority in ((0, 3), (1, 1)):
        edit_with_editor(panel, cell(panel, row, "priority"), lambda combo, p=priority: combo.setCurrentIndex(p - 1))
    panel.view.sortByColumn(COLUMNS.index("priority"), Qt.SortOrder.AscendingOrder)
    assert [cell(panel, r, "title").data() for r in range(3)] == ["A", "C", "B"]


def test_delete_removes_the_action_and_its_links_in_one_undo_step(window, project):
    panel = open_plan(window, project)
    note = window.scenes[0].reading_order()[0]
    window.controller.execute(AddAction("Rappel", window.current_journey_id(), [note]), "Créer")
    panel.view.selectRow(0)
    panel.delete_action.trigger()
    assert panel.proxy.rowCount() == 0 and not links(window)
    window.actions_.undo.trigger()
    assert panel.proxy.rowCount() == 1 and links(window) == {(1, note)}


def test_link_the_notes_selected_on_the_map(window, project):
    panel = open_plan(window, project, "Rappel automatique")
    scene = window.scenes[0]
    scene.select_notes(scene.reading_order()[3:5])
    panel.view.selectRow(0)
    assert panel.link_action.isEnabled()
    panel.link_action.trigger()
    assert links(window) == {(1, i) for i in scene.reading_order()[3:5]}


def test_linked_notes_survive_a_move_and_its_undo(window, project):
    panel = open_plan(window, project)
    scene = window.scenes[0]
    notes = scene.reading_order()[:2]
    window.controller.execute(AddAction("Rappel", window.current_journey_id(), notes), "Créer")
    shown = cell(panel, 0, "notes").data()
    window.controller.execute(MoveTouchpoints(notes, (None, None)), "Déplacer")
    assert links(window) == {(1, notes[0]), (1, notes[1])} and cell(panel, 0, "notes").data() == shown
    window.actions_.undo.trigger()
    assert links(window) == {(1, notes[0]), (1, notes[1])} and cell(panel, 0, "notes").data() == shown


def test_deleting_a_linked_note_unlinks_it_and_undo_restores_the_link(window, project):
    panel = open_plan(window, project)
    notes = window.scenes[0].reading_order()[:2]
    window.controller.execute(AddAction("Rappel", window.current_journey_id(), notes), "Créer")
    window.controller.execute(DeleteTouchpoints([notes[0]]), "Supprimer")
    assert links(window) == {(1, notes[1])} and cell(panel, 0, "notes").data().count("•") == 1
    window.actions_.undo.trigger()
    assert links(window) == {(1, notes[0]), (1, notes[1])} and cell(panel, 0, "notes").data().count("•") == 2


def test_show_on_the_map_selects_the_linked_notes(window, project):
    panel = open_plan(window, project)
    notes = window.scenes[0].reading_order()[5:7]
    window.controller.execute(AddAction("Rappel", window.current_journey_id(), notes), "Créer")
    panel.view.selectRow(0)
    panel.show_action.trigger()
    assert window.scenes[0].selected_ids() == notes
    assert cell(panel, 0, "title").data(ID_ROLE) == 1


def test_the_delete_key_in_the_table_deletes_the_action_not_the_notes_of_the_map(window, project, qtbot):
    panel = open_plan(window, project, "Rappel automatique")
    with qtbot.waitExposed(window):
        window.show()
    scene = window.scenes[0]
    scene.select_notes(scene.reading_order()[:1])
    panel.view.selectRow(0)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert not window.controller.doc.state.of(Action)
    assert scene.note_count() == 62


def test_the_summary_counts_with_plural_forms(window, project):
    panel = open_plan(window, project, "Former les conseillers")
    expected = f"{panel.tr('%n action(s)', '', 1)} · {panel.tr('%n done', '', 0)}"
    assert panel.summary.text() == expected and "%" not in expected


def test_editing_an_action_signals_only_its_row(window, project):
    panel = open_plan(window, project, "Former les conseillers", "Rappel automatique", "Simplifier le tarif")
    signalled: list[tuple[int, int]] = []
    panel.model.dataChanged.connect(lambda top, bottom, _roles=(): signalled.append((top.row(), bottom.row())))
    row = next(i for i, (a, _) in enumerate(panel.model.rows) if a.title == "Rappel automatique")
    panel.model.setData(panel.model.index(row, COLUMNS.index("title")), "Rappel automatique sous 24 h")
    assert signalled == [(row, row)]
