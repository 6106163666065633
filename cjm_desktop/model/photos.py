"""Persona photos: what is accepted, judged from the file's own header bytes (no Qt, no Pillow).

A photo is stored inside the ``.cjm`` and decoded by the UI, so it is treated as hostile:
only PNG, JPEG, GIF and WebP are accepted, at most ``MAX_PHOTO_BYTES``, and the header must
declare a sane size (at most ``MAX_SIDE`` pixels each way) before any decoder sees the pixels.
The UI still decodes with an allocation limit: a header can lie about what follows it.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from enum import StrEnum

from cjm_desktop.model.limits import MAX_PHOTO_BYTES

MAX_SIDE = 4096  # pixels, each way


class PhotoProblem(StrEnum):
    """Why a photo was refused (the UI words each one)."""

    NOT_AN_IMAGE = "not_an_image"
    TOO_LARGE = "too_large"  # too many bytes
    TOO_MANY_PIXELS = "too_many_pixels"  # declared dimensions above MAX_SIDE
    DAMAGED = "damaged"  # truncated or corrupt header


class PhotoRefused(ValueError):
    """A photo that cannot be used; ``problem`` says why, ``str()`` is one English sentence."""

    def __init__(self, problem: PhotoProblem, sentence: str) -> None:
        self.problem = problem
        super().__init__(sentence)


@dataclass(frozen=True, slots=True)
class PhotoInfo:
    format: str  # "png", "jpeg", "gif" or "webp"
    width: int
    height: int


def check_photo(data: bytes) -> PhotoInfo:
    """The format and declared size of ``data``; ``PhotoRefused`` when it is not a usable photo."""
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoRefused(PhotoProblem.TOO_LARGE,
                           f"This image is larger than {MAX_PHOTO_BYTES // (1024 * 1024)} MB.")
    for magic, reader in _READERS:
        if data.startswith(magic):
            try:
                info = reader(data)
            except (struct.error, IndexError):
                raise _damaged("its header is cut short") from None
            break
    else:
        raise PhotoRefused(PhotoProblem.NOT_AN_IMAGE, "This file is not a PNG, JPEG, GIF or WebP image.")
    if info.width <= 0 or info.height <= 0:
        raise _damaged("it declares an empty size")
    if info.width > MAX_SIDE or info.height > MAX_SIDE:
        raise PhotoRefused(
            PhotoProblem.TOO_MANY_PIXELS,
            f"This image is {info.width} × {info.height} pixels; the limit is {MAX_SIDE} × {MAX_SIDE}.",
        )
    return info


def _damaged(why: str) -> PhotoRefused:
    return PhotoRefused(PhotoProblem.DAMAGED, f"This image is damaged: {why}.")


def _png(data: bytes) -> PhotoInfo:
    # signature (8), then the IHDR chunk: length (4) = 13, type (4), 13 bytes of data, CRC (4)
    length, kind = struct.unpack_from(">I4s", data, 8)
    if kind != b"IHDR" or length != 13:
        raise _damaged("its first chunk is not a valid IHDR")
    body = data[12:29]
    (crc,) = struct.unpack_from(">I", data, 29)
    if zlib.crc32(body) != crc:
        raise _damaged("its header checksum is wrong")
    width, height = struct.unpack_from(">II", data, 16)
    return PhotoInfo("png", width, height)


# Start-of-frame markers: every SOFn except DHT (C4), JPG (C8) and DAC (CC).
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM and RSTn carry no length


def _jpeg(data: bytes) -> PhotoInfo:
    offset = 2
    while True:
        if data[offset] != 0xFF:
            raise _damaged("a segment does not start with a marker")
        while data[offset] == 0xFF:  # fill bytes may precede a marker
            offset += 1
        marker = data[offset]
        offset += 1
        if marker in _STANDALONE:
            continue
        if marker in (0xD9, 0xDA):  # end of image, or scan data, before any frame header
            raise _damaged("it has no frame header")
        (length,) = struct.unpack_from(">H", data, offset)
        if length < 2 or offset + length > len(data):
            raise _damaged("a segment is cut short")
        if marker in _SOF:
            if length < 8:
                raise _damaged("its frame header is too short")
            height, width = struct.unpack_from(">HH", data, offset + 3)
            return PhotoInfo("jpeg", width, height)
        offset += length


def _gif(data: bytes) -> PhotoInfo:
    width, height = struct.unpack_from("<HH", data, 6)
    if len(data) < 13:
        raise _damaged("its header is cut short")
    return PhotoInfo("gif", width, height)


def _webp(data: bytes) -> PhotoInfo:
    riff_size, form = struct.unpack_from("<I4s", data, 4)
    if form != b"WEBP":
        raise PhotoRefused(PhotoProblem.NOT_AN_IMAGE, "This file is not a PNG, JPEG, GIF or WebP image.")
    if riff_size + 8 > len(data):
        raise _damaged("it is cut short")
    kind, size = struct.unpack_from("<4sI", data, 12)
    if 20 + size > len(data):
        raise _damaged("its first chunk is cut short")
    if kind == b"VP8X":
        if size < 10:
            raise _damaged("its extended header is too short")
        w = int.from_bytes(data[24:27], "little") + 1
        h = int.from_bytes(data[27:30], "little") + 1
        return PhotoInfo("webp", w, h)
    if kind == b"VP8L":
        if size < 5 or data[20] != 0x2F:
            raise _damaged("its lossless header is not valid")
        bits = int.from_bytes(data[21:25], "little")
        return PhotoInfo("webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if kind == b"VP8 ":
        if size < 10 or data[23:26] != b"\x9d\x01\x2a" or data[20] & 1:
            raise _damaged("its lossy header is not a valid key frame")
        w, h = struct.unpack_from("<HH", data, 26)
        return PhotoInfo("webp", w & 0x3FFF, h & 0x3FFF)
    raise _damaged("its first chunk is not an image")


_READERS = (
    (b"\x89PNG\r\n\x1a\n", _png),
    (b"\xff\xd8", _jpeg),
    (b"GIF87a", _gif),
    (b"GIF89a", _gif),
    (b"RIFF", _webp),
)


def initials(name: str) -> str:
    """What a persona card shows instead of a photo: « Camille Martin » → « CM »,
    « Jean-Marc » → « JM », « Sophie, 34 ans » → « S » (what follows a comma is a description)."""
    words = [w for w in name.split(",")[0].split() if w[:1].isalpha()]
    if len(words) == 1:
        words = [part for part in words[0].split("-") if part[:1].isalpha()]
    return "".join(w[0] for w in words[:1] + words[1:][-1:]).upper() or "?"
