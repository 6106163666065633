"""French by default (our catalogue and Qt's own), English on request or by preference; the catalogue is complete
and current; counts are said with Qt's plural forms in both languages."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui.i18n import (
    EnglishPlurals,
    catalogue,
    choose_language,
    chosen_language,
    compiled,
    install_translators,
    language,
    qt_translations,
)
from ui.window.preferences_dialog import PreferencesDialog

ROOT = Path(__file__).resolve().parents[2]


def messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).iter("message"))


def keys(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message: a string moved to another class needs a new translation."""
    return {(context.findtext("name"), m.findtext("source"))
            for context in ET.parse(path).iter("context") for m in context.iter("message")}


def test_every_ui_string_has_a_french_translation():
    unfinished = [m.findtext("source") for m in messages(catalogue())
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not (m.findtext("translation") or m.find("translation").findtext("numerusform"))]
    assert unfinished == []


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What lupdate finds in the code today, in a new catalogue of a temporary folder."""
    path = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(path)], check=True, capture_output=True, timeout=120)
    return path


def test_the_catalogue_knows_every_string_of_the_code(fresh):
    assert keys(fresh) - keys(catalogue()) == set()


def test_the_catalogue_has_no_obsolete_string(fresh):
    assert keys(catalogue()) - keys(fresh) == set()


def test_every_count_in_the_code_is_a_plural_form(fresh):
    """A « (s) » is only ever written in a %n source (Qt picks the form), never shown as it is."""
    assert [m.findtext("source") for m in messages(fresh)
            if "(s)" in (m.findtext("source") or "") and m.get("numerus") != "yes"] == []


def test_every_french_plural_has_its_two_forms():
    wrong = [m.findtext("source") for m in messages(catalogue()) if m.get("numerus") == "yes"
             and (len(forms := [f.text or "" for f in m.find("translation").iter("numerusform")]) != 2
                  or not all(forms) or any("(s)" in f for f in forms))]
    assert wrong == []


def test_every_english_plural_reads_as_english(fresh):
    plurals = EnglishPlurals()
    sources = [m.findtext("source") for m in messages(fresh) if m.get("numerus") == "yes"]
    assert sources
    for source in sources:
        for n in (0, 1, 2):
            assert "(s)" not in (plurals.translate("", source, "", n) or source), source


def test_english_plurals_pick_the_number(qapp, monkeypatch):
    monkeypatch.setenv("CJM_LANG", "en")
    installed = install_translators(qapp)
    try:
        said = [QCoreApplication.translate("StartPage", "%n stage(s)", "", n) for n in (0, 1, 8)]
        assert said == ["0 stages", "1 stage", "8 stages"]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))


def test_the_compiled_catalogue_matches_its_source(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(catalogue()), "-qm", str(fresh)], check=True, capture_output=True, timeout=120)
    assert fresh.read_bytes() == compiled().read_bytes()


def test_french_is_the_default(french):
    assert QCoreApplication.translate("Actions", "&Save") == "&Enregistrer"


def test_french_plurals_pick_the_number(french):
    said = [QCoreApplication.translate("StartPage", "%n stage(s)", "", n) for n in (0, 1, 8)]
    assert said == ["0 étape", "1 étape", "8 étapes"]


def test_qt_ships_its_own_french_catalogue():
    assert (Path(qt_translations()) / "qtbase_fr.qm").is_file()


def test_qt_standard_buttons_speak_french(french):
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_qt_file_dialogs_speak_french(french):
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Nom de fichier\u00a0:"


def test_english_is_used_when_asked(qapp, monkeypatch):
    monkeypatch.setenv("CJM_LANG", "en")
    installed = install_translators(qapp)
    try:
        assert [type(t) for t in installed] == [EnglishPlurals]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))


def language_at_start(env: dict[str, str]) -> str:
    """The language a new process of the app would use (the choice is read once, at start)."""
    done = subprocess.run([sys.executable, "-c", "from ui.i18n import language; print(language())"], cwd=ROOT,
                          env=env, capture_output=True, text=True, check=True, timeout=60)
    return done.stdout.strip()


def test_the_chosen_language_takes_effect_at_the_next_start(monkeypatch):
    monkeypatch.delenv("CJM_LANG", raising=False)
    assert language() == "fr"
    choose_language("en")
    assert (chosen_language(), language()) == ("en", "fr")  # this run keeps its language
    assert language_at_start(dict(os.environ)) == "en"


def test_cjm_lang_wins_over_the_chosen_language(monkeypatch):
    choose_language("en")
    assert language_at_start({**os.environ, "CJM_LANG": "fr"}) == "fr"


def test_preferences_keep_the_language_picked(window, prompts, monkeypatch):
    monkeypatch.delenv("CJM_LANG", raising=False)
    shown: list[str] = []

    def pick_english(dialog: PreferencesDialog) -> bool:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        shown.append(dialog.note.text())
        return True

    prompts.dialog_filler = pick_english
    window.actions_.preferences.trigger()  # Édition › Préférences…
    assert chosen_language() == "en"
    assert shown == [QCoreApplication.translate("PreferencesDialog",
                                                "The new language takes effect at the next start of the app.")]


def test_preferences_say_when_cjm_lang_wins(qtbot, french, monkeypatch):
    monkeypatch.setenv("CJM_LANG", "en")
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert not dialog.forced.isHidden() and "English" in dialog.forced.text()
