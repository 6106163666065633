"""The house rules of ui/: a file's suffix says what Qt class it holds, and no folder is a heap."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QObject
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QDialog,
    QDockWidget,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QTabWidget,
    QWidget,
)

UI = Path(__file__).resolve().parents[2] / "ui"
MAX_FILES_PER_FOLDER = 12

# file suffix -> the Qt class its main class derives from (docs/ARCHITECTURE.md, « The suffix rule »)
SUFFIXES: dict[str, type] = {
    "_window": QWidget,
    "_dock": QDockWidget,
    "_panel": QWidget,
    "_dialog": QDialog,
    "_page": QWidget,
    "_bar": QWidget,
    "_item": QGraphicsItem,
    "_scene": QGraphicsScene,
    "_view": QGraphicsView,
    "_model": QAbstractItemModel,
    "_delegate": QAbstractItemDelegate,
    "_menu": QObject,  # a QMenu, or the object that fills one with its actions
    "_controller": QObject,
    "_tabs": QTabWidget,
    "_editor": QWidget,
    "_edit": QWidget,
}


def ui_modules() -> list[str]:
    return sorted(".".join(p.relative_to(UI.parent).with_suffix("").parts)
                  for p in UI.rglob("*.py") if p.name != "__init__.py")


def suffix_of(module: str) -> str | None:
    name = module.rpartition(".")[2]
    return next((s for s in sorted(SUFFIXES, key=len, reverse=True) if name.endswith(s)), None)


def own_classes(module: object) -> list[type]:
    return [c for _, c in inspect.getmembers(module, inspect.isclass) if c.__module__ == module.__name__]


@pytest.mark.parametrize("module_name", [m for m in ui_modules() if suffix_of(m)])
def test_a_suffixed_module_holds_a_class_of_its_kind(qapp, module_name: str):
    expected = SUFFIXES[suffix_of(module_name)]
    module = importlib.import_module(module_name)
    assert any(issubclass(c, expected) for c in own_classes(module)), \
        f"{module_name} should define a {expected.__name__} (see the suffix rule in docs/ARCHITECTURE.md)"


def test_menus_are_menus_or_fill_the_window_menus(qapp):
    """``*_menu.py``: a QMenu subclass, or an object that adds its actions to the window's menus."""
    for name in (m for m in ui_modules() if suffix_of(m) == "_menu"):
        classes = own_classes(importlib.import_module(name))
        assert any(issubclass(c, QMenu) or "menus" in inspect.getsource(c) for c in classes), name


def test_no_folder_of_ui_holds_more_than_twelve_modules():
    crowded = {str(folder.relative_to(UI.parent)): count for folder in [UI, *[d for d in UI.rglob("*") if d.is_dir()]]
               if (count := len([p for p in folder.glob("*.py") if p.name != "__init__.py"])) > MAX_FILES_PER_FOLDER}
    assert crowded == {}


def test_the_rule_catches_a_module_whose_class_is_not_of_its_kind(tmp_path, monkeypatch, qapp):
    """The check above is not vacuous: a ``*_dock.py`` holding a plain widget is reported."""
    package = tmp_path / "fake_ui"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "notes_dock.py").write_text("from PySide6.QtWidgets import QWidget\n\nclass NotesDock(QWidget):\n"
                                           "    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("fake_ui.notes_dock")
    assert not any(issubclass(c, SUFFIXES["_dock"]) for c in own_classes(module))
