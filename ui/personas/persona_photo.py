"""Persona photos in Qt: read a chosen file, decode safely, make card thumbnails.

Every photo is hostile until decoded: the file size is checked before reading, the header by
``cjm_desktop.photos.check_photo``, and the decoder runs with an allocation limit so that a
header lying about what follows (a decompression bomb) is refused instead of filling memory.
Large photos are scaled down before they are stored, so that a project stays easy to mail.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter, QPainterPath, QPixmap

from cjm_desktop.model.limits import MAX_PHOTO_BYTES
from cjm_desktop.model.photos import MAX_SIDE, PhotoProblem, PhotoRefused, check_photo

ALLOCATION_LIMIT_MB = MAX_SIDE * MAX_SIDE * 4 // (1024 * 1024) + 1  # one 4096 × 4096 RGBA image
STORED_SIDE = 800  # longest side kept in the project
STORED_BYTES = 400 * 1024  # a photo this small is stored exactly as chosen
translate = QCoreApplication.translate


def read_photo_file(path: Path) -> bytes:
    """The bytes of a photo to store for a persona (maybe scaled down); ``PhotoRefused`` otherwise."""
    try:
        size = path.stat().st_size
        if size > MAX_PHOTO_BYTES:  # refused before reading it
            raise PhotoRefused(PhotoProblem.TOO_LARGE, f"This image is {size / 1e6:.0f} MB.")
        with path.open("rb") as file:
            data = file.read(MAX_PHOTO_BYTES + 1)
    except OSError as error:
        raise PhotoRefused(PhotoProblem.NOT_AN_IMAGE, f"This file cannot be read: {error}.") from None
    image = decode_photo(data)
    if len(data) <= STORED_BYTES and max(image.width(), image.height()) <= STORED_SIDE:
        return data
    return _encode(image.scaled(STORED_SIDE, STORED_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                                Qt.TransformationMode.SmoothTransformation))


def decode_photo(data: bytes) -> QImage:
    """The image ``data`` holds, decoded with a memory limit; ``PhotoRefused`` when it cannot be."""
    info = check_photo(data)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, info.format.encode())
    reader.setDecideFormatFromContent(False)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    size = reader.size()
    if size.isValid() and _decoded_bytes(reader) > ALLOCATION_LIMIT_MB * 1024 * 1024:
        raise PhotoRefused(PhotoProblem.TOO_MANY_PIXELS,
                           f"This image is {size.width()} × {size.height()} pixels, too many to decode.")
    image = reader.read()
    if image.isNull():
        raise PhotoRefused(PhotoProblem.DAMAGED, f"This image cannot be decoded: {reader.errorString()}.")
    return image


def _decoded_bytes(reader: QImageReader) -> int:
    """The memory the decoded image would take (16-bit formats take twice as much)."""
    size, fmt = reader.size(), reader.imageFormat()
    depth = QImage.toPixelFormat(fmt).bitsPerPixel() if fmt != QImage.Format.Format_Invalid else 32
    return size.width() * size.height() * max(depth, 32) // 8


def _encode(image: QImage) -> bytes:
    """JPEG for photos, PNG when transparency must be kept."""
    fmt, quality = (b"PNG", -1) if image.hasAlphaChannel() else (b"JPEG", 88)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stubs type the format as bytes, but at run time only a str is accepted
    image.save(buffer, fmt.decode(), quality)  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def refusal_sentence(error: PhotoRefused) -> str:
    """One translated sentence telling why a photo was not used."""
    if error.problem is PhotoProblem.TOO_LARGE:
        text = translate("PersonaPhoto", "This photo is larger than %1 MB; choose a smaller one.")
        return text.replace("%1", str(MAX_PHOTO_BYTES // (1024 * 1024)))
    if error.problem is PhotoProblem.TOO_MANY_PIXELS:
        text = translate("PersonaPhoto", "This photo has too many pixels (at most %1 × %1); choose a smaller one.")
        return text.replace("%1", str(MAX_SIDE))
    if error.problem is PhotoProblem.DAMAGED:
        return translate("PersonaPhoto", "This photo is damaged and cannot be shown; choose another one.")
    return translate("PersonaPhoto", "This file is not a photo CJM Desktop can use (PNG, JPEG, GIF or WebP).")


def round_thumbnail(data: bytes | None, side: int, initials: str, ratio: float = 1.0) -> QPixmap:
    """A round picture of ``side`` pixels: the photo cropped to a circle, or the initials on a
    coloured disc when there is no usable photo (a damaged one is never an error on a card)."""
    pixels = round(side * ratio)
    image = _scaled_photo(data, pixels) if data else QImage()
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
    path = QPainterPath()
    path.addEllipse(0, 0, pixels, pixels)
    painter.setClipPath(path)
    if image.isNull():
        painter.fillRect(0, 0, pixels, pixels, QColor(_disc_color(initials)))
        font = painter.font()
        font.setPixelSize(max(8, pixels * 2 // 5))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(0, 0, pixels, pixels, Qt.AlignmentFlag.AlignCenter, initials)
    else:
        painter.drawImage((pixels - image.width()) // 2, (pixels - image.height()) // 2, image)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@lru_cache(maxsize=64)
def _scaled_photo(data: bytes, pixels: int) -> QImage:
    """A stored photo decoded once and scaled to cover ``pixels`` × ``pixels`` (the cards are
    rebuilt after every edit). Only the small square is kept: a full 4096² decode is 64 MB."""
    try:
        image = decode_photo(data)
    except PhotoRefused:
        return QImage()
    side = min(image.width(), image.height())  # the centred square: a 4096 × 1 image stays small too
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    return square.scaled(pixels, pixels, Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)


def _disc_color(initials: str) -> str:
    colors = ("#5c6bc0", "#26a69a", "#ef6c00", "#8d6e63", "#ab47bc", "#546e7a")
    return colors[sum(map(ord, initials)) % len(colors)]
