"""The user's data folder (working copies, backups, locks, settings)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "cjm-desktop"


def default_data_dir() -> Path:
    """``$CJM_DATA_DIR`` if set, else the platform's per-user application data folder."""
    if override := os.environ.get("CJM_DATA_DIR"):
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", home / "AppData" / "Roaming")) / "CJM Desktop"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "CJM Desktop"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / APP_DIR_NAME
