"""Helpers shared by the tests and the benchmark scripts: builders of files and projects,
document checks, input gestures. No tests and no fixtures here (fixtures live in conftest.py);
test modules import from this package, never from one another or from ``tests/bench``."""
