"""Typed errors of the document layer. Each ``str()`` is one sentence a user can read."""

from __future__ import annotations


class CjmError(Exception):
    """Base class: something the user must be told, in one sentence."""


class CjmFileError(CjmError):
    """A file cannot be opened as a project. Nothing was changed."""


class NotACjmFile(CjmFileError):
    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(f"This is not a CJM Desktop project{detail}.")


class DamagedFile(CjmFileError):
    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(f"This project file is damaged{detail}; it was left untouched.")


class NewerVersion(CjmFileError):
    def __init__(self, version: int, supported: int) -> None:
        self.version, self.supported = version, supported
        super().__init__(
            f"This project was made by a newer version of CJM Desktop (file format {version}; "
            f"this version reads up to {supported}): please update CJM Desktop."
        )


class TooLarge(CjmFileError):
    def __init__(self, size: int, limit: int) -> None:
        self.size, self.limit = size, limit
        super().__init__(
            f"This file is too large to be a project ({size / 1e6:.0f} MB; the limit is {limit / 1e6:.0f} MB)."
        )


class UnexpectedContent(CjmFileError):
    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(f"This project file holds unexpected content: {detail}.")


class DocumentLocked(CjmError):
    def __init__(self, path: str, owner: str) -> None:
        self.path, self.owner = path, owner
        super().__init__(f"{path} is already open for editing in another CJM Desktop window ({owner}).")


class EditRefused(CjmError):
    """A command was refused because it would break a rule (the project is unchanged)."""


class OpenElsewhere(CjmError):
    """Someone (maybe on another machine) has the project open: the caller may open it read-only,
    or open it anyway."""

    def __init__(self, path: str, user: str, host: str, since: str) -> None:
        self.path, self.user, self.host, self.since = path, user, host, since
        super().__init__(f"{path} is open in CJM Desktop by {user} on {host} since {since or 'an unknown time'}.")


class ReadOnlyFile(CjmError):
    """The target of a save cannot be written (a read-only file, folder or drive)."""

    def __init__(self, path: str, detail: str = "") -> None:
        self.path, self.detail = path, detail
        super().__init__(f"{path} cannot be written{f' ({detail})' if detail else ''}: save it under another name.")


class StorageFailed(CjmError):
    """An edit could not be written to the working copy (a full disk, a failing drive); the project
    and the undo history are as they were before the edit."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(f"The change could not be written to your data folder ({detail}); nothing was changed.")
