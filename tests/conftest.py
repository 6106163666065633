"""Hooks and fixtures for every test: each test gets a temporary data folder of its own; slow tests start first."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's data folder (working copies, locks, backups, settings) for this test only.

    It is set in the environment (``CJM_DATA_DIR``, read by ``cjm_desktop.paths``), not passed
    around, so that code looking up the default folder and every subprocess a test starts (they
    inherit the environment) stay out of the user's real folder and out of each other's way,
    also when pytest-xdist runs tests side by side. The folder is not created: the app does it.
    """
    folder = tmp_path / "data"
    monkeypatch.setenv("CJM_DATA_DIR", str(folder))
    return folder


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Slow tests first (otherwise in their usual order): with several workers, a long test
    scheduled last would run alone at the end while the other workers wait."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
