"""Fixtures for the UI tests: offscreen Qt, a private data folder, a real main window whose
dialogs are recorded instead of shown (so no modal box can block a test)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tests.bench.sample_project import build  # noqa: E402
from ui.i18n import install_translators  # noqa: E402
from ui.widgets.prompts import NotesDestination, UntitledChoice  # noqa: E402
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
        self.pdf_answer = None  # a PdfChoice, or None: the dialog's defaults, as if « Exporter… » was clicked

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

    def pdf_choice(self, parent: QWidget, state, current_journey_id: int | None, language: str):
        from ui.files.pdf_dialog import PdfDialog

        if self.pdf_answer is not None:
            return self.pdf_answer
        dialog = PdfDialog(state, current_journey_id, language, parent)
        choice = dialog.choice()
        dialog.deleteLater()
        return choice

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
    dialog_filler = None  # fills a dialog given to « exec_dialog » and returns True for OK (None: Cancel)

    def choose_photo(self, parent: QWidget) -> Path | None:
        return self.photo_to_choose

    def exec_dialog(self, dialog) -> bool:
        return bool(self.dialog_filler(dialog)) if self.dialog_filler else False


@pytest.fixture(scope="session")
def french(qapp: QApplication) -> list:
    """The app's translators, as a user gets them by default (French)."""
    os.environ.pop("CJM_LANG", None)
    return install_translators(qapp)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every UI test gets its own data folder (working copies, locks, settings, backups)."""
    monkeypatch.setenv("CJM_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def prompts() -> RecordedPrompts:
    return RecordedPrompts()


@pytest.fixture
def window(qtbot, data_dir: Path, french, prompts: RecordedPrompts) -> Iterator[MainWindow]:
    main = MainWindow(prompts=prompts)
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
