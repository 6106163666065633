"""User text in tooltips is shown as text, never read as HTML (a stranger's .cjm could load files)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from cjm_desktop.commands import EditEntity, EditTouchpoints
from cjm_desktop.commands.actions import AddAction
from cjm_desktop.commands.personas import AddPersona
from cjm_desktop.model.domain import Action, Evaluation, Journey, Stage, Touchpoint
from ui.plan.action_plan_model import COLUMNS as PLAN_COLUMNS
from ui.plan.frictions_panel import COLUMNS as FRICTION_COLUMNS
from ui.plan.rows_model import ID_ROLE
from ui.widgets.plain_text import plain_tip

HOSTILE = '<img src="x">&amp;'


def shown(tip: str) -> str:
    """What a rich-text tooltip displays."""
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def test_plain_tip_shows_html_as_literal_text():
    assert shown(plain_tip(HOSTILE)) == HOSTILE


def test_plain_tip_keeps_line_breaks():
    assert shown(plain_tip(f"{HOSTILE}\nsecond line")) == f"{HOSTILE}\nsecond line"


def test_an_empty_text_gives_no_tooltip():
    assert plain_tip("") == ""


def test_a_note_tooltip_shows_its_text_literally(window, project):
    window.open_path(project)
    state = window.controller.doc.state
    note = state.touchpoints(window.current_journey_id())[0]
    window.controller.execute(EditTouchpoints([note.id], text=HOSTILE), "edit")
    assert shown(window.tabs.current_scene().notes[note.id].toolTip()).startswith(HOSTILE)


def test_a_persona_name_in_the_tab_tooltip_is_text(window, project):
    window.open_path(project)
    controller = window.controller
    controller.execute(AddPersona(HOSTILE), "add")
    window.personas.set_journey_persona(window.current_journey_id(), 1)
    assert shown(window.tabs.tabToolTip(0)).endswith(HOSTILE)


def test_a_journey_name_in_the_target_tab_tooltip_is_text(window, project, prompts):
    window.open_path(project)
    window.controller.execute(EditEntity(Journey, window.current_journey_id(), name=HOSTILE), "rename")
    prompts.text_answer = "Parcours cible"
    window.journey_menu.derive_target()
    assert HOSTILE in shown(window.tabs.tabToolTip(1))


def test_a_stage_name_in_a_compare_tooltip_is_text(window, compare):
    moved = next(d for d in compare.diffs if d.moved)
    window.controller.execute(EditEntity(Stage, moved.target.stage_id, name=HOSTILE), "rename")
    tips = [compare.differences.item(row).toolTip() for row in range(compare.differences.count())]
    assert any(HOSTILE in shown(tip) for tip in tips)


def test_a_friction_tooltip_shows_its_text_literally(window, project):
    window.open_path(project)
    note = next(n for n in window.controller.doc.state.of(Touchpoint).values() if n.evaluation is Evaluation.PAIN)
    window.controller.execute(EditTouchpoints([note.id], text=HOSTILE), "edit")
    docks = window.plan_docks
    docks.open(docks.frictions_dock)
    proxy = docks.frictions.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ID_ROLE) == note.id)
    tip = proxy.index(row, FRICTION_COLUMNS.index("text")).data(Qt.ItemDataRole.ToolTipRole)
    assert shown(tip) == HOSTILE


def test_an_action_description_tooltip_is_text(window, project):
    window.open_path(project)
    command = AddAction("Rappel", window.current_journey_id())
    window.controller.execute(command, "add")
    action_id = command.created_id
    window.controller.execute(EditEntity(Action, action_id, description=HOSTILE), "edit")
    docks = window.plan_docks
    docks.open(docks.actions_dock)
    proxy = docks.actions.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ID_ROLE) == action_id)
    assert shown(proxy.index(row, PLAN_COLUMNS.index("title")).data(Qt.ItemDataRole.ToolTipRole)) == HOSTILE
