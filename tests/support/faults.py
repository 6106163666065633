"""Real storage faults for tests: a read-only folder, a full or read-only working copy.

A read-only folder is a read-only tmpfs mount when the tests run as root (as CI does: root
ignores permission bits, a read-only file system stops everyone), else a folder without write
permission. A full disk in the data folder is SQLite's own ``max_page_count`` on the working copy:
the next write that needs a page fails with SQLITE_FULL, as on a full disk.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

from cjm_desktop.document import Document


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """``folder`` (created, filled by the caller before entering) made read-only while inside."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        os.chmod(folder, 0o555)
        try:
            yield folder
        finally:
            os.chmod(folder, 0o755)
        return
    saved = {p.name: (p.read_bytes(), p.stat().st_mode) for p in folder.iterdir() if p.is_file()}
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)], check=True)
    try:
        for name, (data, mode) in saved.items():
            (folder / name).write_bytes(data)
            os.chmod(folder / name, mode)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_working_copy(doc: Document) -> None:
    """No page can be added to ``doc``'s working copy any more (a full disk, for SQLite)."""
    with doc.writer.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {int(pages or 1)}")


def refuse_writes(doc: Document) -> None:
    """Every write to ``doc``'s working copy fails (SQLITE_READONLY, as a drive that went read-only),
    whatever it needs: also a delete, which a full disk would let through."""
    with doc.writer.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA query_only = ON")
