"""Crash safety in CI: the kill -9 loop of the benchmark with a small count (the full run is
``tests/bench/crash_safety.py``)."""

import os

import pytest

from tests.support.crash_safety import drive


@pytest.mark.slow
def test_killing_the_editor_never_loses_or_breaks_anything(tmp_path):
    """Seed 5: 8 kills timed from the first edit, 4 from the start (one right away)."""
    totals = drive(int(os.environ.get("CJM_CRASH_ITERATIONS", "12")), seed=int(os.environ.get("CJM_CRASH_SEED", "5")),
                   folder=tmp_path, verbose=False)
    assert totals.failures == []
    assert totals.stray_temp_files == 0  # reopening cleans what a killed save left (journals included)
    # the kills must land while edits and saves are under way, or the test proves nothing
    assert totals.acked_edits > 0
    assert totals.killed_while_editing + totals.killed_around_a_save > 0
