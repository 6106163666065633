"""The main window driven as a user would: start page, opening, errors, grid."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import Qt

from cjm_desktop.document import Document
from cjm_desktop.storage.working import WorkingStore


def test_without_a_file_the_start_page_offers_every_template(window):
    assert window.stack.currentWidget() is window.start_page
    assert set(window.start_page.template_buttons) == {"parcours-en-8", "10-etapes", "3-phases", "blank"}


def test_a_template_card_opens_an_untitled_grid(window, qtbot):
    qtbot.mouseClick(window.start_page.template_buttons["3-phases"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.tabs
    assert (len(window.scenes[0].layout.columns), len(window.scenes[0].layout.rows)) == (3, 8)
    assert window.windowTitle().startswith("Sans titre")


def test_opening_a_project_shows_its_grid_and_notes(window, project):
    assert window.open_path(project)
    scene = window.scenes[0]
    assert (len(scene.layout.columns), len(scene.layout.rows), scene.note_count()) == (8, 7, 62)


def test_notes_never_overlap(window, project):
    window.open_path(project)
    boxes = [item.sceneBoundingRect().adjusted(1, 1, -5, -5) for item in window.scenes[0].notes.values()]
    assert not [pair for pair in combinations(boxes, 2) if pair[0].intersects(pair[1])]


def test_a_bad_file_is_explained_in_french_and_the_project_stays_open(window, prompts, project, tmp_path):
    window.open_path(project)
    bad = tmp_path / "notes.cjm"
    bad.write_text("pas un projet <&>")
    assert not window.open_path(bad)
    assert prompts.warnings[-1][0] == "Ce fichier n’est pas un projet CJM Desktop."
    assert window.controller.doc.path == project.resolve()


def test_a_bad_file_leaves_the_file_untouched(window, tmp_path):
    bad = tmp_path / "notes.cjm"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    window.open_path(bad)
    assert bad.read_bytes() == b"SQLite format 3\x00" + b"\x00" * 200


def test_a_project_open_elsewhere_is_refused_with_a_clear_message(window, prompts, project, data_dir):
    other = Document.open(WorkingStore(data_dir), project)
    try:
        assert not window.open_path(project)
        assert "déjà ouvert" in prompts.warnings[-1][0]
    finally:
        other.close()


def test_the_open_menu_opens_the_chosen_file(window, prompts, project):
    prompts.path_to_open = project
    window.actions_.open.trigger()
    assert window.controller.doc.path == project.resolve()


def test_recent_files_are_remembered_and_listed(window, project):
    window.open_path(project)
    window.controller.close()
    entries = [window.start_page.recent.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(window.start_page.recent.count())]
    assert entries == [f"open:{project.resolve()}"]


def test_a_journey_tab_is_named_after_its_journey(window, project):
    window.open_path(project)
    assert window.tabs.tabText(0) == "Parcours existant"  # the kind is not repeated when the name says it
