"""Persona photos: only small, well-formed PNG, JPEG, GIF and WebP images are accepted."""

from __future__ import annotations

import pytest

from cjm_desktop.model.limits import MAX_PHOTO_BYTES
from cjm_desktop.model.photos import MAX_SIDE, PhotoInfo, PhotoProblem, PhotoRefused, check_photo, initials
from tests.support.photo_bytes import gif_header, jpeg_header, png, webp


def refusal(data: bytes) -> PhotoProblem:
    with pytest.raises(PhotoRefused) as caught:
        check_photo(data)
    assert str(caught.value).endswith(".")  # one sentence a user can read
    return caught.value.problem


def test_a_small_png_is_accepted_with_its_size():
    assert check_photo(png(3, 2)) == PhotoInfo("png", 3, 2)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (jpeg_header(640, 480), PhotoInfo("jpeg", 640, 480)),
        (gif_header(32, 16), PhotoInfo("gif", 32, 16)),
        (webp(b"VP8X", 300, 200), PhotoInfo("webp", 300, 200)),
        (webp(b"VP8L", 300, 200), PhotoInfo("webp", 300, 200)),
        (webp(b"VP8 ", 300, 200), PhotoInfo("webp", 300, 200)),
    ],
)
def test_the_other_formats_are_read_from_their_header(data, expected):
    assert check_photo(data) == expected


def test_a_jpeg_frame_header_after_fill_bytes_and_restart_markers_is_found():
    data = jpeg_header(50, 60)
    assert check_photo(data[:2] + b"\xff\xd0" + b"\xff" + data[2:]) == PhotoInfo("jpeg", 50, 60)


def test_the_refusal_is_a_value_error():
    with pytest.raises(ValueError):
        check_photo(b"hello")


def test_more_than_five_megabytes_is_refused_even_for_a_valid_image():
    assert refusal(png(2, 2) + b"\x00" * MAX_PHOTO_BYTES) is PhotoProblem.TOO_LARGE


@pytest.mark.parametrize(
    "data",
    [png(20000, 20000, pixels=False), jpeg_header(20000, 20000), gif_header(20000, 20000),
     webp(b"VP8X", 20000, 20000), webp(b"VP8L", 16384, 16384), webp(b"VP8 ", 16383, 16383)],
    ids=["png", "jpeg", "gif", "webp-vp8x", "webp-vp8l", "webp-vp8"],
)
def test_a_tiny_file_declaring_a_huge_image_is_refused(data):
    assert len(data) < 100
    assert refusal(data) is PhotoProblem.TOO_MANY_PIXELS


def test_the_size_limit_is_inclusive():
    assert check_photo(gif_header(MAX_SIDE, MAX_SIDE)).width == MAX_SIDE
    assert refusal(gif_header(MAX_SIDE + 1, 1)) is PhotoProblem.TOO_MANY_PIXELS


@pytest.mark.parametrize(
    "data",
    [png()[:20], png()[:30], jpeg_header(10, 10)[:12], jpeg_header(10, 10)[:25], gif_header(10, 10)[:9],
     webp(b"VP8X", 10, 10)[:26], webp(b"VP8L", 10, 10)[:-3], b"\xff\xd8", b"\x89PNG\r\n\x1a\n"],
    ids=["png-20", "png-30", "jpeg-12", "jpeg-25", "gif-9", "webp-26", "webp-cut", "jpeg-soi", "png-signature"],
)
def test_a_truncated_header_is_refused_as_damaged(data):
    assert refusal(data) is PhotoProblem.DAMAGED


def test_a_png_header_with_a_wrong_checksum_is_refused_as_damaged():
    data = bytearray(png(4, 4))
    data[17] ^= 0x01  # the width changes, the CRC does not
    assert refusal(bytes(data)) is PhotoProblem.DAMAGED


def test_a_png_without_ihdr_first_is_refused_as_damaged():
    data = png(4, 4)
    assert refusal(data[:12] + b"IHDX" + data[16:]) is PhotoProblem.DAMAGED


def test_a_jpeg_whose_scan_comes_before_any_frame_header_is_refused_as_damaged():
    assert refusal(b"\xff\xd8\xff\xda\x00\x08" + b"\x00" * 20) is PhotoProblem.DAMAGED


def test_a_jpeg_with_garbage_instead_of_a_marker_is_refused_as_damaged():
    assert refusal(b"\xff\xd8\x12\x34" + b"\x00" * 20) is PhotoProblem.DAMAGED


def test_an_image_declaring_zero_pixels_is_refused_as_damaged():
    assert refusal(gif_header(0, 10)) is PhotoProblem.DAMAGED


def test_a_lossy_webp_that_is_not_a_key_frame_is_refused_as_damaged():
    data = bytearray(webp(b"VP8 ", 10, 10))
    data[20] |= 1
    assert refusal(bytes(data)) is PhotoProblem.DAMAGED


@pytest.mark.parametrize(
    "data",
    [b"", b"Je suis un texte", b"%PDF-1.7\n", b"RIFF\x24\x00\x00\x00WAVEfmt ", b"BM" + b"\x00" * 60,
     b"<svg xmlns='http://www.w3.org/2000/svg'/>"],
    ids=["empty", "text", "pdf", "wav", "bmp", "svg"],
)
def test_anything_else_is_refused_as_not_an_image(data):
    assert refusal(data) is PhotoProblem.NOT_AN_IMAGE


@pytest.mark.parametrize(("name", "expected"), [
    ("Camille Martin", "CM"), ("Jean-Marc", "JM"), ("Jean-Marc Dupont", "JD"), ("Sophie, 34 ans", "S"),
    ("marie de la Tour", "MT"), ("", "?"), ("😀", "?"),
])
def test_initials_stand_for_the_first_and_last_names(name, expected):
    assert initials(name) == expected
