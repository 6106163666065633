"""Fixtures for the UI tests: offscreen Qt, a real main window whose dialogs are recorded
instead of shown (so no modal box can block a test). The private data folder of every test
comes from the root conftest (``data_dir``)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from cjm_desktop.commands import AddTouchpoints, DeleteTouchpoints, EditTouchpoints, MoveTouchpoints  # noqa: E402
from cjm_desktop.model.domain import Evaluation  # noqa: E402
from tests.support.sample_project import build  # noqa: E402
from ui.i18n import install_translators  # noqa: E402
from ui.widgets.prompts import CloseChoice, NotesDestination, OpenChoice, UntitledChoice  # noqa: E402
from ui.window.main_window import MainWindow  # noqa: E402


class RecordedPrompts:
    """Stands in for ``ui.prompts.Prompts``: answers are preset, messages are recorded."""

    def __init__(self) -> None:
        self.warnings: list[tuple[str, str]] = []
        self.untitled_questions = 0
        self.untitled_answer = UntitledChoice.KEEP
        self.path_to_open: Path | None = None
        self.path_to_save: Path | None = None
        self.text_answer: str | None = None
        self.destination_answer = NotesDestination.CANCEL
        self.questions: list[str] = []
        self.path_to_import: Path | None = None
        self.path_to_export: Path | None = None
        self.reports: list[tuple[str, list[str]]] = []

    def warn(self, parent: QWidget, sentence: str, details: str = "") -> None:
        self.warnings.append((sentence, details))

    def ask_save_untitled(self, parent: QWidget) -> UntitledChoice:
        self.untitled_questions += 1
        return self.untitled_answer

    def open_path(self, parent: QWidget) -> Path | None:
        return self.path_to_open

    def save_path(self, parent: QWidget, suggested: Path) -> Path | None:
        return self.path_to_save

    def import_path(self, parent: QWidget, filters: str) -> Path | None:
        return self.path_to_import

    def export_path(self, parent: QWidget, suggested: Path, filters: str) -> Path | None:
        return self.path_to_export

    def report(self, parent: QWidget, title: str, sentence: str, lines: list[str]) -> None:
        self.reports.append((sentence, lines))

    def ask_text(self, parent: QWidget, title: str, label: str, current: str = "") -> str | None:
        self.questions.append(label)
        return self.text_answer

    def ask_notes_destination(self, parent: QWidget, question: str, neighbour: str | None) -> NotesDestination:
        self.questions.append(question)
        return self.destination_answer

    confirm_answer = True  # what « confirm_destructive » answers (the last question is recorded in ``questions``)

    def confirm_destructive(self, parent: QWidget, question: str, action: str) -> bool:
        self.questions.append(question)
        return self.confirm_answer

    photo_to_choose: Path | None = None  # what « choose_photo » answers
    # fills a dialog given to « exec_dialog » and returns True for OK; None: Cancel, except the PDF
    # dialog, which is accepted with its defaults (as if « Exporter… » was clicked)
    dialog_filler = None

    def choose_photo(self, parent: QWidget) -> Path | None:
        return self.photo_to_choose

    open_elsewhere_answer = OpenChoice.CANCEL  # what « ask_open_elsewhere » answers
    close_unsaved_answer = CloseChoice.CANCEL  # what « ask_close_unsaved » answers

    def ask_open_elsewhere(self, parent: QWidget, sentence: str) -> OpenChoice:
        self.questions.append(sentence)
        return self.open_elsewhere_answer

    def ask_close_unsaved(self, parent: QWidget, sentence: str, details: str) -> CloseChoice:
        self.questions.append(sentence)
        return self.close_unsaved_answer

    def exec_dialog(self, dialog) -> bool:
        if self.dialog_filler:
            return bool(self.dialog_filler(dialog))
        return type(dialog).__name__ == "PdfDialog"


@pytest.fixture(scope="session", autouse=True)
def qt_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Qt's per-user settings in a temporary folder instead of ``~/.config``.

    The app keeps its own settings in the data folder (``ui/window/recent_files.py``), which each
    test already has to itself; this covers a ``QSettings()`` without a file name (ours or Qt's),
    in this process (``setPath``, before any test runs) and in the subprocesses a test starts
    (``XDG_CONFIG_HOME``, inherited).
    """
    folder = tmp_path_factory.mktemp("config")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CONFIG_HOME", str(folder))
        for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder))
        yield folder


@pytest.fixture(scope="session")
def french(qapp: QApplication) -> list:
    """The app's translators, as a user gets them by default (French)."""
    os.environ.pop("CJM_LANG", None)
    return install_translators(qapp)


@pytest.fixture
def prompts() -> RecordedPrompts:
    return RecordedPrompts()


@pytest.fixture
def window(qtbot, data_dir: Path, french, prompts: RecordedPrompts) -> Iterator[MainWindow]:
    main = MainWindow(prompts=prompts)
    main.resize(1440, 900)  # the size the UI tests were written for (a first window fits the 800×800 offscreen screen)
    qtbot.addWidget(main)
    yield main
    main.controller.close()


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The realistic French sample project (8 stages × 7 channels, 62 notes), never edited."""
    return build(tmp_path_factory.mktemp("sample") / "sample.cjm")


@pytest.fixture
def project(sample: Path, tmp_path: Path) -> Path:
    """A private copy of the sample project, to open and edit."""
    path = tmp_path / "atelier.cjm"
    path.write_bytes(sample.read_bytes())
    return path


@pytest.fixture
def compare(window, project, prompts):
    """The compare window of a target derived from the sample, after a few edits in the target."""
    assert window.open_path(project)
    prompts.text_answer = "Parcours cible"
    window.journey_menu.derive_target()
    state, run = window.controller.doc.state, window.controller.execute
    target = window.current_journey_id()
    notes = sorted(state.touchpoints(target), key=lambda n: n.id)
    stages, channels = state.stages(target), state.channels(target)
    run(EditTouchpoints([notes[0].id], text="Je suis rappelé en 5 minutes", evaluation=Evaluation.DELIGHT), "edit")
    run(MoveTouchpoints([notes[1].id], (channels[-1].id, stages[-1].id)), "move")
    run(DeleteTouchpoints([notes[2].id]), "delete")
    run(AddTouchpoints(target, (channels[0].id, stages[0].id), texts=["Je reçois un SMS la veille"]), "add")
    return window.journey_menu.compare_journeys()  # closed with the main window by pytest-qt
