"""Recently opened projects, remembered in the app's settings (a QSettings INI file in the
data folder, so tests with their own ``CJM_DATA_DIR`` never see the user's list)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from cjm_desktop.paths import default_data_dir

MAX_RECENT = 8
KEY = "recent"


def app_settings() -> QSettings:
    return QSettings(str(default_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


class RecentFiles:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or app_settings()

    def paths(self) -> list[str]:
        """The remembered paths, most recent first (including files that were since removed)."""
        value = self.settings.value(KEY, [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list | tuple) else []

    def existing(self) -> list[str]:
        return [p for p in self.paths() if Path(p).is_file()]

    def remember(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.settings.setValue(KEY, ([text] + [p for p in self.paths() if p != text])[:MAX_RECENT])
        self.settings.sync()
