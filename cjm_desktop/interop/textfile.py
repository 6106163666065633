"""Reading a text file someone else wrote: size limit, encoding detection, atomic writing."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from cjm_desktop.interop.model import MAX_IMPORT_BYTES, ImportRefused, Problem
from cjm_desktop.storage.errors import CjmError
from cjm_desktop.storage.snapshot import mode_for

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def read_text_file(path: Path) -> str:
    """The text of ``path``, refused with a clear problem when too large or not text.

    Only a regular file is read: a missing file, a folder, a pipe or a device is refused in one
    sentence (``CjmError``), and nothing here can block (a pipe is opened without waiting for a writer).
    """
    _check_regular(path, _stat(path))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise _unreadable(path, error) from None
    with open(fd, "rb") as file:
        info = os.fstat(file.fileno())
        _check_regular(path, info)  # what was opened, in case it was swapped since the first look
        try:
            data = file.read(MAX_IMPORT_BYTES + 1)
        except OSError as error:
            raise _unreadable(path, error) from None
    if len(data) > MAX_IMPORT_BYTES:
        size = max(info.st_size, len(data))
        raise ImportRefused([Problem("too_large", None, {"size": round(size / 1e6),
                                                         "limit": MAX_IMPORT_BYTES // 1_000_000})])
    return decode_text(data)


def _stat(path: Path) -> os.stat_result:
    try:
        return os.stat(path)
    except FileNotFoundError:
        raise CjmError(f"The file {path} does not exist.") from None
    except OSError as error:
        raise _unreadable(path, error) from None


def _check_regular(path: Path, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise CjmError(f"{path} is a folder, not a file to import.")
    if not stat.S_ISREG(info.st_mode):
        raise CjmError(f"{path} is not a regular file (it is a pipe, a device or a socket).")


def _unreadable(path: Path, error: OSError) -> CjmError:
    return CjmError(f"The file {path} cannot be read ({error.strerror or error}).")


def decode_text(data: bytes) -> str:
    """Decode what spreadsheets and editors write: UTF-8 (with or without BOM), UTF-16 with a
    BOM (Excel's « Unicode text »), else Windows-1252 (French Excel's « CSV » on Windows)."""
    if data.startswith(_UTF16_BOMS):
        try:
            return _checked(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise _not_text() from None
    if b"\x00" in data:  # binary: an image, a zip (xlsx), a database...
        raise _not_text()
    try:
        return _checked(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    try:
        return _checked(data.decode("cp1252"))
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined: not a text file
        raise _not_text() from None


def _checked(text: str) -> str:
    if "\x00" in text:
        raise _not_text()
    return text


def _not_text() -> ImportRefused:
    return ImportRefused([Problem("not_text")])


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that it holds either its old content or all the new one. The
    file gets the mode of the file it replaces, or the umask's (a temp file is created private)."""
    path = Path(path)
    mode = mode_for(path)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fchmod(file.fileno(), mode)
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
