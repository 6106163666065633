"""The core never imports Qt: it runs (and is tested) without a display or PySide6."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import importlib, pkgutil, sys
import cjm_desktop
for module in pkgutil.walk_packages(cjm_desktop.__path__, "cjm_desktop."):
    importlib.import_module(module.name)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "qtawesome", "ui"))
print(",".join(leaked))
"""


def test_no_core_module_imports_qt():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
