"""Languages: French by default, English with ``CJM_LANG=en``. Source strings are English.

The catalogue is ``resources/translations/cjm_fr.ts`` (update it with ``pyside6-lupdate ui/*.py
-ts resources/translations/cjm_fr.ts``, compile it with ``pyside6-lrelease``); Qt's own
``qtbase_fr.qm`` is loaded too, so that standard buttons and dialogs speak French.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cjm_desktop.resources import RESOURCES

TRANSLATIONS = RESOURCES / "translations"


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source_text`` for translation in ``context``; translated where it is shown.

    Qt's own marker does the same (it returns the text unchanged), but PySide6 types it as
    ``(object, object) -> object``: the tables of marked strings would lose their ``str``."""
    return source_text


def language() -> str:
    """``fr`` unless ``CJM_LANG`` asks for English."""
    return "en" if os.environ.get("CJM_LANG", "fr").lower().startswith("en") else "fr"


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Load our French catalogue and Qt's own, unless English is asked; return them."""
    installed: list[QTranslator] = []
    if language() == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("cjm_fr", str(TRANSLATIONS)), ("qtbase_fr", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def catalogue() -> Path:
    return TRANSLATIONS / "cjm_fr.ts"


def compiled() -> Path:
    return TRANSLATIONS / "cjm_fr.qm"
