"""Who has a project open, for anyone who opens it too — on this machine or another one on a shared
drive: a small file beside the project, ``.~lock.NAME#`` (as LibreOffice does), holding the user,
the machine, the process and since when.

The data folder's lock (``working.DocumentLock``) keeps two windows of one user apart; this one is
seen across users and machines. It is advisory: a second opener is told who has the file open and
may open it read-only, or open it anyway. A presence left by a process that died on this machine is
stale and silently replaced; one from another machine cannot be checked, so the person decides.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import platform
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from cjm_desktop.model.clock import utc_now


@dataclass(frozen=True)
class Presence:
    """The person and process that have a project open."""

    user: str
    host: str
    pid: int
    since: str  # ISO 8601, UTC

    @staticmethod
    def mine() -> Presence:
        return Presence(_user(), platform.node(), os.getpid(), utc_now())

    def is_mine(self) -> bool:
        return self.host == platform.node() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """True when the process that wrote it is known to be gone (it ran on this machine)."""
        return self.host == platform.node() and not _process_runs(self.pid)


def presence_path(project: Path) -> Path:
    return project.with_name(f".~lock.{project.name}#")


def read_presence(project: Path) -> Presence | None:
    """The presence beside ``project``; an unreadable one counts as someone unknown."""
    path = presence_path(project)
    try:
        raw = path.read_bytes()[:4096]
    except FileNotFoundError:
        return None
    except OSError:
        return Presence("?", "?", 0, "")
    try:
        values = json.loads(raw.decode("utf-8"))
        return Presence(str(values["user"])[:200], str(values["host"])[:200], int(values["pid"]),
                        str(values["since"])[:40])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return Presence("?", "?", 0, "")


def other_presence(project: Path) -> Presence | None:
    """Someone else who has ``project`` open right now (None: nobody, a stale presence, or us)."""
    presence = read_presence(project)
    if presence is None or presence.is_mine() or presence.is_stale():
        return None
    return presence


class PresenceLock:
    """Our presence beside one project, from ``claim`` to ``release``."""

    def __init__(self, project: Path) -> None:
        self.project = Path(project)
        self.presence: Presence | None = None

    def claim(self) -> None:
        """Say that we have the project open. Best effort: a folder we cannot write to (a read-only
        share) simply gets no presence file; saving there will fail with its own message."""
        presence = Presence.mine()
        path = presence_path(self.project)
        temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            temp.write_text(json.dumps(asdict(presence)), encoding="utf-8")
            os.replace(temp, path)
        except OSError:
            _remove(temp)
            return
        self.presence = presence

    def release(self) -> None:
        """Remove our presence (only if it is still ours: someone may have opened the file anyway)."""
        if self.presence is not None and read_presence(self.project) == self.presence:
            _remove(presence_path(self.project))
        self.presence = None


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        return "?"


def _process_runs(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - os.kill would terminate it there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists, under another user (or we cannot tell: assume it runs)
    return True


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only folder: nothing of ours to remove there
        path.unlink(missing_ok=True)
