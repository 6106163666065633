"""Reading a text file someone else wrote: size limit, encoding detection, atomic writing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cjm_desktop.interop.model import MAX_IMPORT_BYTES, ImportRefused, Problem

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def read_text_file(path: Path) -> str:
    """The text of ``path``, refused with a clear problem when too large or not text."""
    with open(path, "rb") as file:
        data = file.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        size = max(os.stat(path).st_size, len(data))
        raise ImportRefused([Problem("too_large", None, {"size": round(size / 1e6),
                                                         "limit": MAX_IMPORT_BYTES // 1_000_000})])
    return decode_text(data)


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
    """Write ``data`` to ``path`` so that it holds either its old content or all the new one."""
    path = Path(path)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
