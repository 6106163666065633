"""The personas appendix: one card per persona (photo, who they are, goals, frustrations,
habits, quote).

A photo comes only from the project's own blob, decoded defensively: a blob that is too large,
too many pixels, or not an image is skipped (the card shows initials) and reported.
"""

from __future__ import annotations

import io
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from cjm_desktop.interop.model import Problem
from cjm_desktop.layout.colors import GRID_LINE
from cjm_desktop.model.domain import Persona
from cjm_desktop.model.photos import MAX_SIDE, check_photo, initials
from cjm_desktop.pdf import fonts
from cjm_desktop.pdf.appendix.layout import CELL_FONT, Ink, styles

PHOTO_PIXELS = 480  # photos are reduced to this many pixels at most per side (printed ≈ 3 cm wide)
PHOTO_W, PHOTO_H = 84.0, 104.0
TWO_COLUMNS = 900.0  # points of frame width from which cards go two by two (A3 and larger)
GUTTER = 12.0
PLAIN = [CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
         ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
         ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]


@lru_cache(maxsize=16)  # the export dialog plans the pages again at every change of its options
def decode_photo(data: bytes | None) -> ImageReader | None:
    """The photo as an ``ImageReader`` ready to draw, or None when there is none or it cannot
    be decoded safely."""
    if not data:
        return None
    try:
        check_photo(data)  # format, byte count and declared size, from the header alone
        from PIL import Image  # reportlab's own dependency, needed only for photos

        with Image.open(io.BytesIO(data)) as image:
            if image.width > MAX_SIDE or image.height > MAX_SIDE:  # the header lied to check_photo
                return None
            image.load()
            image.thumbnail((PHOTO_PIXELS, PHOTO_PIXELS))
            rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")  # transparency printed on white, not black
        flat.paste(rgba, mask=rgba.getchannel("A"))
        reader = ImageReader(flat)
        reader.getRGBData()  # decoded now, so a bad image fails here and not while drawing
        return reader
    except Exception:  # noqa: BLE001 - refused, or any decoding failure (PIL raises many kinds): skipped
        return None


class Photo(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: Flowable is Any
    """The persona's photo, cropped to fill its frame, or their initials on a tinted card."""

    def __init__(self, reader: ImageReader | None, initials: str) -> None:
        super().__init__()
        self.reader, self.initials = reader, initials
        self.width, self.height = PHOTO_W, PHOTO_H

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        path = c.beginPath()
        path.roundRect(0, 0, self.width, self.height, 6)
        c.clipPath(path, stroke=0, fill=0)
        if self.reader is not None:
            w, h = self.reader.getSize()
            scale = max(self.width / w, self.height / h)  # fill the frame; the excess is clipped
            c.drawImage(self.reader, (self.width - w * scale) / 2, (self.height - h * scale) / 2, w * scale,
                        h * scale)
        else:
            c.setFillColor(HexColor("#cfd8dc"))
            c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
            c.setFillColor(HexColor("#546e7a"))
            c.setFont(fonts.BOLD, 28)
            c.drawCentredString(self.width / 2, self.height / 2 - 10, self.initials)
        c.restoreState()


def persona_flowables(personas: list[Persona], width: float, ink: Ink, words: dict[str, str],
                      problems: list[Problem]) -> list[Flowable]:
    """The personas' cards, two side by side on a wide page, with a gap between rows."""
    columns = 2 if width >= TWO_COLUMNS else 1
    card_width = (width - GUTTER * (columns - 1)) / columns
    cards = [_card(persona, card_width, ink, words, problems) for persona in personas]
    out: list[Flowable] = []
    for start in range(0, len(cards), columns):
        row = cards[start : start + columns]
        if out:
            out.append(Spacer(width, GUTTER))
        if columns == 1:
            out.append(row[0])
            continue
        widths = [card_width + GUTTER] * (columns - 1) + [card_width]  # the gutter is the cell's right part
        grid = Table([row + [""] * (columns - len(row))], colWidths=widths, style=TableStyle(PLAIN), hAlign="LEFT")
        grid.keep = True
        out.append(grid)
    return out


def _card(persona: Persona, width: float, ink: Ink, words: dict[str, str], problems: list[Problem]) -> Table:
    s = styles()
    reader = decode_photo(persona.photo)
    if persona.photo and reader is None:
        problems.append(Problem("pdf_photo_skipped", None, {"persona": persona.name}))
    who = [ink.para(persona.name, s["name"], 200)]
    facts = [words["age"].format(age=persona.age) if persona.age is not None else "", persona.occupation.strip()]
    if any(facts):
        who.append(ink.para(" · ".join(f for f in facts if f), s["body"], 300))
    if persona.segment.strip():
        who.append(ink.para(words["segment"].format(segment=persona.segment.strip()), s["muted"], 300))
    if persona.quote.strip():
        who += [Spacer(1, 6), ink.para(persona.quote, s["quote"], 600)]
    inner = width - PHOTO_W - 28  # the text column, inside its padding
    blocks = [(words[key], getattr(persona, key)) for key in ("goals", "frustrations", "habits")
              if getattr(persona, key).strip()]
    body: list[Flowable] = [Table([[who]], colWidths=[inner], style=TableStyle(PLAIN))]
    if blocks:
        cells = [[ink.label(title, s["head"]), ink.para(text, s["body"], 1200)] for title, text in blocks]
        column = inner / len(blocks)
        grid = Table([list(c) for c in zip(*cells, strict=True)], colWidths=[column] * len(blocks),
                     style=TableStyle([*PLAIN, ("LINEABOVE", (0, 0), (-1, 0), 0.6, HexColor(GRID_LINE)),
                                       ("TOPPADDING", (0, 0), (-1, 0), 6),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 10)]))
        body += [Spacer(1, 8), grid]
    card = Table([[Photo(reader, initials(fonts.printable(persona.name))), body]],
                 colWidths=[PHOTO_W + 14, width - PHOTO_W - 14], cornerRadii=[6, 6, 6, 6], style=TableStyle([
                     CELL_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("BOX", (0, 0), (-1, -1), 0.8, HexColor(GRID_LINE)),
                     ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                     ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                 ]))
    card.keep = True  # a card moves to the next page rather than split
    return card
