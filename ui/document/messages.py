"""Errors of the core, told to the user as one translated sentence (plus technical details).

The core's own sentences are English; the UI translates by error *type* and uses the typed
attributes (``version``, ``size``...) to fill the sentence, keeping ``str(error)`` as details.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cjm_desktop.storage.errors import (
    CjmError,
    DamagedFile,
    DocumentLocked,
    EditRefused,
    NewerVersion,
    NotACjmFile,
    TooLarge,
    UnexpectedContent,
)

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
    return translate("Messages", "The operation failed."), str(error)


def explain_save_failure(error: CjmError) -> tuple[str, str]:
    text = translate("Messages", "The project could not be saved; your changes are kept safe in the working copy.")
    return text, str(error)


def explain_unexpected(error: Exception) -> tuple[str, str]:
    """A bug, not a user error: say so plainly and keep the technical details."""
    return translate("Messages", "The file could not be opened because of an unexpected error."), (
        f"{type(error).__name__}: {error}"
    )
