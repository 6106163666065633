"""Languages: French or English. Source strings are English.

The language is ``CJM_LANG`` when it is set (``en…`` is English, anything else French), else the one chosen in
Préférences (``LANGUAGE_KEY`` in the app's settings file, read once per process: a new choice takes effect at the
next start), else French.

A sentence with a count is one ``%n`` source whose plural words end in « (s) »: ``self.tr("%n note(s)", "", n)``.
The French catalogue is ``resources/translations/cjm_fr.ts`` (update it with ``pyside6-lupdate ui/*.py
-ts resources/translations/cjm_fr.ts``, compile it with ``pyside6-lrelease``; a ``%n`` source gets its two
numerus forms there). In French, Qt's own ``qtbase_fr.qm`` (shipped by PySide6 in ``QLibraryInfo``'s translations
path) is loaded too, so that standard buttons and dialogs (file dialogs, message boxes) speak French. In English,
``EnglishPlurals`` writes the « (s) » of those sources out (« 1 note », « 2 notes »), so no catalogue is needed.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from cjm_desktop.paths import default_data_dir
from cjm_desktop.resources import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("fr", "en")
LANGUAGE_KEY = "ui/language"
_PLURAL_WORD = re.compile(r"(\w+)\(s\)")
_IRREGULAR = {"person": "people"}  # the plural of a word whose plural is not word + « s »
_chosen_at_start: dict[str, str] = {}  # settings file -> the language chosen there when this process first read it


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source_text`` for translation in ``context``; translated where it is shown.

    Qt's own marker does the same (it returns the text unchanged), but PySide6 types it as
    ``(object, object) -> object``: the tables of marked strings would lose their ``str``."""
    return source_text


def _settings() -> QSettings:
    """The app's settings file (the same as ``ui.window.recent_files.app_settings``: in the data folder)."""
    return QSettings(str(default_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def chosen_language() -> str | None:
    """The language chosen in Préférences (``fr``/``en``), as saved now; None when none was chosen."""
    value = _settings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else None


def choose_language(value: str) -> None:
    """Remember ``value`` (``fr``/``en``) for the next start."""
    if value not in LANGUAGES:
        raise ValueError(f"unknown language « {value} » (choose one of {', '.join(LANGUAGES)})")
    settings = _settings()
    settings.setValue(LANGUAGE_KEY, value)
    settings.sync()


def forced_language() -> str | None:
    """The language ``CJM_LANG`` imposes, or None when it is not set."""
    value = os.environ.get("CJM_LANG", "").strip().lower()
    if not value:
        return None
    return "en" if value.startswith("en") else "fr"


def language() -> str:
    """``en`` or ``fr``: ``CJM_LANG``, else the choice saved in Préférences when this process started, else ``fr``."""
    if forced := forced_language():
        return forced
    key = str(default_data_dir() / "settings.ini")
    if key not in _chosen_at_start:
        _chosen_at_start[key] = chosen_language() or "fr"
    return _chosen_at_start[key]


def english_plural(source: str, n: int) -> str:
    """``source`` with each « word(s) » in the number ``n`` needs: « %n note(s) » → « %n note » for 1, else
    « %n notes » (0 too, as English says « 0 notes »)."""
    return _PLURAL_WORD.sub(lambda m: m.group(1) if n == 1 else _IRREGULAR.get(m.group(1), m.group(1) + "s"), source)


class EnglishPlurals(QTranslator):
    """The English « translator »: it answers only ``%n`` sources with « (s) », in the right number; every other
    source is shown as written (the sources are English)."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if n < 0 or not source_text or "(s)" not in source_text:
            return None  # no translation: Qt shows the source
        return english_plural(source_text, n)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Load the catalogues of ``language()``: in English our plural forms, in French our catalogue and Qt's own;
    return them."""
    installed: list[QTranslator] = []
    if language() == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        plurals = EnglishPlurals(app)
        app.installTranslator(plurals)
        return [plurals]
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    for name, folder in (("cjm_fr", str(TRANSLATIONS)), ("qtbase_fr", qt_translations())):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def qt_translations() -> str:
    """The folder of Qt's own catalogues (``qtbase_fr.qm``...), inside the PySide6 package."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def catalogue() -> Path:
    return TRANSLATIONS / "cjm_fr.ts"


def compiled() -> Path:
    return TRANSLATIONS / "cjm_fr.qm"
