"""Crash safety: kill -9 a process that is committing edits and saving, again and again.

    .venv/bin/python tests/bench/crash_safety.py [--iterations 200] [--seed 1]

The worker, the kill moments and the checks are in ``tests/support/crash_safety.py`` (the test
runs the same loop with a few kills). This script runs many and prints the figures.

Exit status 1 on any failure.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.support.crash_safety import drive  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description="kill -9 a process committing edits and saving")
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.monotonic()
    totals = drive(args.iterations, args.seed)
    print(f"iterations: {totals.iterations} in {time.monotonic() - started:.0f} s")
    print(f"killed at start-up: {totals.killed_at_start_up}, before the first edit: "
          f"{totals.killed_before_first_edit}, while editing: {totals.killed_while_editing}, "
          f"around a save: {totals.killed_around_a_save}")
    print(f"acknowledged edits: {totals.acked_edits}")
    for name in ("failed_quick_check", "failed_reopen", "half_applied", "lost_acked", "bad_saved_file",
                 "saved_file_behind"):
        print(f"{name.replace('_', ' ')}: {getattr(totals, name)}")
    print(f"temporary files of killed saves left beside the file after reopening: {totals.stray_temp_files}")
    for failure in totals.failures[:20]:
        print("FAIL", failure)
    return 1 if totals.failures else 0


if __name__ == "__main__":
    sys.exit(main())
