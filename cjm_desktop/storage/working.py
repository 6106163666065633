"""Working copies in the user's data folder: where edits really go, one commit per edit.

Layout of the data folder::

    working/<uuid>/copy.sqlite   the working copy (WAL), + meta.json (which file, saved when)
    locks/<hash of the path>.lock   held by the one process editing that document
    backups/<uuid>/<time>.cjm     pruned copies of working copies
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import sys
import uuid
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TextIO

from cjm_desktop.storage.errors import DocumentLocked
from cjm_desktop.storage.sqlite_io import fsync_path

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


@dataclass
class FileSignature:
    """Enough to tell whether a file changed since we last read or wrote it."""

    size: int
    mtime_ns: int
    sha256: str

    @staticmethod
    def of(path: Path) -> FileSignature:
        info = path.stat()
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        return FileSignature(info.st_size, info.st_mtime_ns, digest.hexdigest())


@dataclass
class WorkingMeta:
    source: str | None  # the .cjm this copy belongs to; None for a never-saved document
    source_signature: dict[str, object] | None  # FileSignature of the source when last read or written
    saved_revision: int  # the working copy's revision that the source holds
    transient: bool = False  # a one-shot copy (the command line's import): never restored, only discarded


def identity_key(path: Path) -> str:
    """What names one file whatever the path used to reach it: the identity (device and inode) of
    its folder, and its name. A second mount, a mapped drive or a symbolic link to the folder give
    the same key; the file's own inode is not used because each save replaces the file."""
    path = Path(path)
    folder = path.parent.resolve()
    try:
        info = folder.stat()
        where = f"{info.st_dev}:{info.st_ino}"
    except OSError:
        where = str(folder)
    return hashlib.sha256(f"{where}/{path.name}".encode("utf-8", "surrogatepass")).hexdigest()[:24]


class DocumentLock:
    """An OS-level lock (released by the kernel if the process dies: no stale locks)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: TextIO | None = None

    def acquire(self, document: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - stays open as long as the lock is held
        try:
            if sys.platform == "win32":  # pragma: no cover
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            owner = handle.read(200).strip() or "another process"
            handle.close()
            raise DocumentLocked(document, owner) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()} on {platform.node()}")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing drops the lock
            self._handle = None


class WorkingStore:
    """The data folder that holds working copies, locks and backups."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # --- working copies ---------------------------------------------------------
    def new_folder(self) -> Path:
        folder = self.root / "working" / uuid.uuid4().hex
        folder.mkdir(parents=True)
        return folder

    def folder_for(self, source: Path) -> Path | None:
        """The working copy folder that belongs to ``source`` (the same file, by whatever path), if any."""
        wanted = identity_key(source)
        for meta_path in sorted((self.root / "working").glob("*/meta.json")):
            meta = self.read_meta(meta_path.parent)
            if meta is not None and meta.source is not None and identity_key(Path(meta.source)) == wanted:
                return meta_path.parent
        return None

    @staticmethod
    def read_meta(folder: Path) -> WorkingMeta | None:
        try:
            return WorkingMeta(**json.loads((folder / "meta.json").read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    @staticmethod
    def write_meta(folder: Path, meta: WorkingMeta) -> None:
        """Write meta.json atomically (temp file, fsync, rename)."""
        temp = folder / "meta.json.tmp"
        with open(temp, "w", encoding="utf-8") as handle:
            json.dump(asdict(meta), handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, folder / "meta.json")
        fsync_path(folder, directory=True)

    def untitled_folders(self) -> list[Path]:
        """Never-saved projects whose window is gone (nobody holds their lock), newest first."""
        found = []
        for meta_path in (self.root / "working").glob("*/meta.json"):
            meta = self.read_meta(meta_path.parent)
            if meta is None or meta.source is not None:
                continue
            lock = self.lock_for(meta_path.parent)
            try:
                lock.acquire(str(meta_path.parent))
            except DocumentLocked:
                continue
            lock.release()
            found.append(meta_path.parent)
        return sorted(found, key=lambda f: f.stat().st_mtime, reverse=True)

    def discard(self, folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)

    # --- locks -----------------------------------------------------------------
    def lock_for(self, source: Path) -> DocumentLock:
        """The lock of one document (a ``.cjm`` file, or a never-saved project's folder)."""
        return DocumentLock(self.root / "locks" / f"{identity_key(source)}.lock")

    # --- backups ---------------------------------------------------------------
    def backup_folder(self, folder: Path) -> Path:
        return self.root / "backups" / folder.name

    def next_backup_path(self, folder: Path, now: datetime) -> Path:
        """Where the next backup of a working copy goes (write it, then call ``prune``)."""
        target_dir = self.backup_folder(folder)
        target_dir.mkdir(parents=True, exist_ok=True)
        return target_dir / f"{now:%Y%m%d-%H%M%S-%f}.cjm"

    def prune(self, folder: Path, now: datetime) -> None:
        prune_backups(self.backup_folder(folder), now)


BACKUP_RECENT = 6  # newest kept as they are
BACKUP_DAYS = 7  # then one a day for a week
BACKUP_WEEKS = 8  # then one a week


def backups_to_keep(stamps: list[datetime], now: datetime) -> set[datetime]:
    """Anki-style pruning: the newest few, one per day for a week, one per week after."""
    keep: set[datetime] = set()
    ordered = sorted(stamps, reverse=True)
    keep.update(ordered[:BACKUP_RECENT])
    days_seen: set[date] = set()
    weeks_seen: set[tuple[int, int]] = set()
    for stamp in ordered:
        age = now - stamp
        if age <= timedelta(days=BACKUP_DAYS):
            if stamp.date() not in days_seen:
                days_seen.add(stamp.date())
                keep.add(stamp)
        elif age <= timedelta(weeks=BACKUP_WEEKS):
            week = stamp.isocalendar()[:2]
            if week not in weeks_seen:
                weeks_seen.add(week)
                keep.add(stamp)
    return keep


def prune_backups(folder: Path, now: datetime) -> None:
    stamped = {}
    for path in folder.glob("*.cjm"):
        try:
            stamped[datetime.strptime(path.stem, "%Y%m%d-%H%M%S-%f")] = path
        except ValueError:
            continue
    keep = backups_to_keep(list(stamped), now)
    for stamp, path in stamped.items():
        if stamp not in keep:
            path.unlink(missing_ok=True)
