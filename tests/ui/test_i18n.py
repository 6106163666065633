"""French by default (our catalogue and Qt's own), English on request; the catalogue is complete."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.i18n import catalogue, compiled, install_translators

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


def test_the_catalogue_knows_every_string_of_the_code(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    assert keys(fresh) - keys(catalogue()) == set()


def test_the_compiled_catalogue_matches_its_source(tmp_path):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, str(catalogue()), "-qm", str(fresh)], check=True, capture_output=True, timeout=120)
    assert fresh.read_bytes() == compiled().read_bytes()


def test_french_is_the_default(french):
    assert QCoreApplication.translate("Actions", "&Save") == "&Enregistrer"


def test_qt_standard_buttons_speak_french(french):
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_english_is_used_when_asked(qapp, monkeypatch):
    monkeypatch.setenv("CJM_LANG", "en")
    assert install_translators(qapp) == []
