"""The architecture rules, machine-checked: CI fails when one breaks.

The import contracts live in pyproject.toml (``[tool.importlinter]``) and are checked by
import-linter. Each kind of contract is also proved to bite: a throw-away copy of the packages
gets one offending import, and import-linter must report that contract broken. What
import-linter cannot see (folders without ``__init__.py``, imports by string) is checked here,
as are mypy, ruff, and the tests' own rule: test modules share helpers through ``tests.support``.
"""

from __future__ import annotations

import ast
import functools
import re
import shutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent  # the venv's tools, whatever the venv's name
PACKAGES = ("cjm_desktop", "ui")
CONTRACTS = [c["name"] for c in tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["importlinter"]
             ["contracts"]]

CORE_IS_QT_FREE = "The core never imports Qt, qtawesome, the UI or the entry point"
CORE_LAYERS = "The core's layers"
CORE_ACYCLIC = "No cycle between the modules of one package (core)"
ONLY_MAIN_ABOVE_UI = "Only the entry point is above the UI; the app never imports its tests"


def lint_imports(project: Path) -> dict[str, str]:
    """Run import-linter on ``project`` (its pyproject.toml, its packages); returns the full report
    under the key ``""`` and, for each contract, ``KEPT`` or ``BROKEN``.

    A subprocess run from ``project``: import-linter finds the packages from the current folder,
    so a throw-away copy is analysed instead of the installed (editable) packages. No cache: the
    cache folder would be shared by tests running side by side.
    """
    result = subprocess.run([BIN / "lint-imports", "--no-cache", "--no-logo"], capture_output=True, text=True,
                            cwd=project, timeout=120)
    report = result.stdout + result.stderr
    verdicts = {m[1]: m[2] for m in re.finditer(r"^(.+) (KEPT|BROKEN)$", report, re.MULTILINE)}
    assert verdicts, report  # a configuration error reports no contract at all
    assert (result.returncode == 0) == ("BROKEN" not in verdicts.values()), report
    return {"": report, **verdicts}


def broken_section(report: str, contract: str) -> str:
    """The explanation import-linter gives under a broken contract's heading."""
    details = report.split("Broken contracts", 1)[1]
    start = details.index(f"{contract}\n{'-' * len(contract)}\n")
    following = [details.find(f"\n{c}\n", start + len(contract)) for c in CONTRACTS]
    return details[start: min([i for i in following if i > 0], default=len(details))]


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    """A throw-away copy of the packages, the entry point and pyproject.toml, to break on purpose."""
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("main.py", "pyproject.toml"):
        shutil.copy2(ROOT / name, tmp_path / name)
    return tmp_path


def add_module(project: Path, module: str, source: str) -> None:
    path = project.joinpath(*module.split(".")).with_suffix(".py")
    path.write_text(textwrap.dedent(source), "utf-8")


# --- the contracts hold ---------------------------------------------------------------------------

@functools.cache
def project_verdicts() -> dict[str, str]:
    """The project's verdicts, computed once per process (the project is only read)."""
    return lint_imports(ROOT)


@pytest.mark.parametrize("contract", CONTRACTS)
def test_the_import_contract_is_kept(contract):
    verdicts = project_verdicts()
    assert verdicts.get(contract) == "KEPT", verdicts[""]


# --- each kind of contract bites ------------------------------------------------------------------

def test_the_guard_catches_the_core_importing_qt(sandbox):
    add_module(sandbox, "cjm_desktop.model.offending", "from PySide6.QtCore import QObject\n")
    verdicts = lint_imports(sandbox)
    assert verdicts[CORE_IS_QT_FREE] == "BROKEN"
    assert "cjm_desktop.model.offending -> PySide6" in broken_section(verdicts[""], CORE_IS_QT_FREE)


def test_the_guard_catches_the_core_importing_the_ui_inside_a_function(sandbox):
    """A lazy import, in a function body, is an import all the same."""
    add_module(sandbox, "cjm_desktop.offending", """\
        def show() -> None:
            from ui.window import main_window

            main_window.MainWindow()
        """)
    verdicts = lint_imports(sandbox)
    assert verdicts[CORE_IS_QT_FREE] == "BROKEN"
    assert "cjm_desktop.offending -> ui.window" in broken_section(verdicts[""], CORE_IS_QT_FREE)


def test_the_guard_catches_a_lower_core_layer_importing_a_higher_one(sandbox):
    """storage is below commands: storage must not know about commands."""
    add_module(sandbox, "cjm_desktop.storage.offending", "from cjm_desktop.commands import Command\n")
    verdicts = lint_imports(sandbox)
    assert verdicts[CORE_LAYERS] == "BROKEN"
    assert "cjm_desktop.storage.offending -> cjm_desktop.commands" in broken_section(verdicts[""], CORE_LAYERS)


def test_the_guard_catches_a_cycle_between_two_sibling_modules(sandbox):
    add_module(sandbox, "cjm_desktop.model.cycle_a", "from cjm_desktop.model import cycle_b\n")
    add_module(sandbox, "cjm_desktop.model.cycle_b", """\
        def back() -> None:
            from cjm_desktop.model import cycle_a  # noqa: F401
        """)
    verdicts = lint_imports(sandbox)
    assert verdicts[CORE_ACYCLIC] == "BROKEN"
    section = broken_section(verdicts[""], CORE_ACYCLIC)
    assert "cycle_a" in section and "cycle_b" in section


def test_the_guard_catches_the_ui_importing_the_entry_point(sandbox):
    add_module(sandbox, "ui.offending", """\
        def restart() -> None:
            import main

            main.main([])
        """)
    verdicts = lint_imports(sandbox)
    assert verdicts[ONLY_MAIN_ABOVE_UI] == "BROKEN"
    assert "ui.offending -> main" in broken_section(verdicts[""], ONLY_MAIN_ABOVE_UI)


# --- what import-linter cannot see ----------------------------------------------------------------

def test_every_folder_of_python_modules_is_a_package():
    """A folder without ``__init__.py`` is a namespace package, which import-linter skips."""
    folders = {p.parent for package in PACKAGES for p in (ROOT / package).rglob("*.py")
               if "__pycache__" not in p.parts}
    assert sorted(str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").is_file()) == []


def string_imports(files: list[Path]) -> list[str]:
    """``file:line`` of every ``importlib.import_module(...)`` or ``__import__(...)`` call."""
    found = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
                if name in ("import_module", "__import__"):
                    found.append(f"{path}:{node.lineno}")
    return found


def test_nothing_is_imported_by_string():
    """Imports by string hide dependencies from import-linter: the contracts would not see them."""
    files = [p for package in PACKAGES for p in (ROOT / package).rglob("*.py")] + [ROOT / "main.py"]
    assert string_imports(files) == []


def test_an_import_by_string_is_found(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text(textwrap.dedent("""\
        import importlib
        from importlib import import_module


        def load(name):
            return importlib.import_module(name), import_module("ui"), __import__("PySide6")
        """), "utf-8")
    assert string_imports([sneaky]) == [f"{sneaky}:6"] * 3


# --- the test suite's own layout ------------------------------------------------------------------

def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports (absolute names; relative imports resolved)."""
    package = ".".join(path.relative_to(ROOT).parent.parts)
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}".rstrip(".")
            names |= {base} | {f"{base}.{alias.name}" for alias in node.names}
    return names


def test_tests_share_helpers_through_tests_support_only():
    """No module under tests/ imports a test module, a conftest or a bench script: shared helpers
    live in ``tests.support`` (fixtures in conftest.py, which pytest loads by itself)."""
    offending = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for name in imported_modules(path):
            parts = name.split(".")
            if ("conftest" in parts or name.startswith("tests.bench")
                    or (parts[0] == "tests" and any(part.startswith("test_") for part in parts))):
                offending.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offending == []


# --- the type checker and the linter --------------------------------------------------------------

@pytest.mark.slow
def test_mypy_finds_no_error():
    """The pyproject configuration (strict core); the default cache (.mypy_cache) keeps reruns quick."""
    result = subprocess.run([BIN / "mypy", "--config-file", "pyproject.toml"], capture_output=True, text=True,
                            cwd=ROOT, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_nothing():
    result = subprocess.run([BIN / "ruff", "check", "--no-cache", "."], capture_output=True, text=True, cwd=ROOT,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
