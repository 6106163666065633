"""Writing a project file: a consistent copy of a working copy, atomically and durably, with the
file mode a user expects; the other version kept when a file changed elsewhere; and the temp
files a killed save leaves behind."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import shutil
import sqlite3
import stat
import tempfile
import uuid
from datetime import datetime
from pathlib import Path

from cjm_desktop.storage.errors import CjmError, DamagedFile, ReadOnlyFile
from cjm_desktop.storage.sqlite_io import fsync_path

READ_ONLY_ERRORS = (errno.EROFS, errno.EACCES, errno.EPERM)


def write_snapshot(conn: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``conn``'s database to ``target``, atomically and durably:
    VACUUM INTO a temp file beside the target, check it, give it the mode of the file it replaces
    (a new file gets the umask's), fsync, rename, fsync the folder. ``target`` is either the old
    file or the new one, whatever happens."""
    target = Path(target)
    mode = mode_for(target)
    temp = _temp_name(target)
    staging: Path | None = None
    try:
        if _sqlite_can_name(temp):
            _vacuum_checked(conn, temp)
        else:  # SQLite takes UTF-8 paths only: write where it can, then copy the bytes beside the target
            staging = Path(tempfile.mkdtemp(prefix="cjm-save-"))
            _vacuum_checked(conn, staging / "snapshot.cjm")
            shutil.copyfile(staging / "snapshot.cjm", temp)
        os.chmod(temp, mode)
        fsync_path(temp)
        os.replace(temp, target)
        fsync_path(target.parent, directory=True)
    except OSError as error:
        if error.errno in READ_ONLY_ERRORS:
            raise ReadOnlyFile(str(target), error.strerror or "") from None
        raise CjmError(f"Could not save to {target} ({error.strerror or error}).") from None
    except sqlite3.Error as error:
        if not os.access(target.parent, os.W_OK):
            raise ReadOnlyFile(str(target), "the folder cannot be written") from None
        raise CjmError(f"Could not save to {target} ({error}).") from None
    finally:
        _remove_temps(temp)  # never replaces the error being raised
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def check_writable(target: Path) -> None:
    """Refuse, before anything is written, a target that is a read-only file."""
    try:
        info = target.stat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise CjmError(f"Could not save to {target} ({error.strerror or error}).") from None
    if not stat.S_ISREG(info.st_mode):
        raise CjmError(f"Could not save to {target}: it is not a regular file.")
    if not info.st_mode & 0o222:
        raise ReadOnlyFile(str(target), "the file is read-only")


def keep_other_version(target: Path, label: str, now: datetime | None = None) -> Path:
    """Copy ``target`` (a version written by someone else) beside it under a dated name, before
    ours replaces it; return the copy's path."""
    now = now or datetime.now()
    stamp = now.strftime("%Y-%m-%d %H.%M.%S")
    aside = target.with_name(f"{target.stem} ({label} {stamp}){target.suffix}")
    counter = 2
    while aside.exists():
        aside = target.with_name(f"{target.stem} ({label} {stamp} {counter}){target.suffix}")
        counter += 1
    temp = _temp_name(aside)
    try:
        shutil.copy2(target, temp)
        fsync_path(temp)
        os.replace(temp, aside)
        fsync_path(target.parent, directory=True)
    except OSError as error:
        _remove_temps(temp)
        if error.errno in READ_ONLY_ERRORS:
            raise ReadOnlyFile(str(target), error.strerror or "") from None
        raise CjmError(f"Could not keep the other version of {target} ({error.strerror or error}).") from None
    return aside


def mode_for(target: Path) -> int:
    """The permission bits a file written at ``target`` gets: those of the file it replaces, else
    those the user's umask gives a new file (as any editor does)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask (read without changing it, even briefly, where the system allows)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_stale_temps(target: Path) -> None:
    """Temp files of ``target`` left by a save that was killed (and SQLite's journals of them). The
    caller holds the target's lock, so no other process of ours is writing one right now."""
    for temp in target.parent.glob(f".{glob.escape(target.name)}.*.tmp*"):
        _remove_quietly(temp)


def _vacuum_checked(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute("VACUUM INTO ?", (str(path),))
    check = sqlite3.connect(path, autocommit=True)
    try:
        check.execute("PRAGMA journal_mode = DELETE")
        if check.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise DamagedFile(" (the copy being saved failed its check)")
    finally:
        check.close()


def _sqlite_can_name(path: Path) -> bool:
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:  # a file name that is not valid UTF-8 (on Linux, surrogate-escaped)
        return False
    return True


def _temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")


def _remove_temps(temp: Path) -> None:
    for path in (temp, temp.with_name(temp.name + "-journal")):
        _remove_quietly(path)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only folder: nothing of ours to remove there
        path.unlink(missing_ok=True)
