"""Crash safety in CI: the kill -9 benchmark with a small count (the full run is a bench)."""

import os

from tests.bench.crash_safety import drive


def test_killing_the_editor_never_loses_or_breaks_anything():
    totals = drive(int(os.environ.get("CJM_CRASH_ITERATIONS", "20")), seed=int(os.environ.get("CJM_CRASH_SEED", "3")),
                   verbose=False)
    assert totals.failures == []
    assert totals.acked_edits > 0 and totals.killed_while_editing > 0
