"""Errors of the core, told to the user as one translated sentence (plus technical details).

The core's own sentences are English; the UI translates by error *type* and uses the typed
attributes (``version``, ``size``...) to fill the sentence, keeping ``str(error)`` as details.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from cjm_desktop.storage.errors import (
    CjmError,
    DamagedFile,
    DocumentLocked,
    EditRefused,
    NewerVersion,
    NotACjmFile,
    OpenElsewhere,
    ReadOnlyFile,
    StorageFailed,
    TooLarge,
    UnexpectedContent,
)
from ui.widgets.plain_text import fill

translate = QCoreApplication.translate


def explain(error: CjmError) -> tuple[str, str]:
    """(one sentence for the user, technical details — possibly empty)."""
    if isinstance(error, NotACjmFile):
        return translate("Messages", "This file is not a CJM Desktop project."), str(error)
    if isinstance(error, DamagedFile):
        return translate("Messages", "This project file is damaged; it was left untouched."), str(error)
    if isinstance(error, NewerVersion):
        text = translate("Messages", "This project was made by a newer version of CJM Desktop (file format %1): "
                                     "please update CJM Desktop.")
        return text.replace("%1", str(error.version)), str(error)
    if isinstance(error, TooLarge):
        text = translate("Messages", "This file is too large to be a project (%1 MB; the limit is %2 MB).")
        return text.replace("%1", f"{error.size / 1e6:.0f}").replace("%2", f"{error.limit / 1e6:.0f}"), ""
    if isinstance(error, UnexpectedContent):
        text = translate("Messages", "This project file holds unexpected content; it was left untouched.")
        return text, str(error)
    if isinstance(error, DocumentLocked):
        text = translate("Messages", "This project is already open for editing in another CJM Desktop window.")
        return text, str(error)
    if isinstance(error, EditRefused):
        return translate("Messages", "This change was refused; the project is unchanged."), str(error)
    if isinstance(error, StorageFailed):
        text = translate("Messages", "This change could not be written to your data folder (is the disk full?); "
                                     "the project is as it was before it.")
        return text, str(error)
    if isinstance(error, OpenElsewhere):
        return open_elsewhere_sentence(error), str(error)
    return translate("Messages", "The operation failed."), str(error)


def open_elsewhere_sentence(error: OpenElsewhere) -> str:
    text = translate("Messages", "« %1 » is open in CJM Desktop by %2 on %3 since %4.")
    since = error.since.replace("T", " ")[:16] if error.since else translate("Messages", "an unknown time")
    return fill(text, Path(error.path).name, error.user, error.host, since)


def explain_save_failure(error: CjmError) -> tuple[str, str]:
    if isinstance(error, ReadOnlyFile):
        text = translate("Messages", "« %1 » cannot be written (a read-only file, folder or drive): save the "
                                     "project under another name; your changes are kept safe in the working copy.")
        return text.replace("%1", Path(error.path).name), str(error)
    text = translate("Messages", "The project could not be saved; your changes are kept safe in the working copy.")
    return text, str(error)


def explain_unexpected(error: Exception) -> tuple[str, str]:
    """A bug, not a user error: say so plainly and keep the technical details."""
    return translate("Messages", "The file could not be opened because of an unexpected error."), (
        f"{type(error).__name__}: {error}"
    )


def explain_failed_edit(error: Exception) -> tuple[str, str]:
    """An edit failed on a bug: the document and the undo history are as they were before it."""
    return translate("Messages", "This change failed because of an unexpected error; the project is as it was "
                                 "before it."), f"{type(error).__name__}: {error}"
