"""The fonts of the PDF: DejaVu Sans Condensed (shipped in ``resources/fonts``, it covers French
typography and much more). The app's icons are not a font here: ``icons`` draws them as paths,
so they stay out of the text layer.

reportlab's default fonts are Latin-1 only; characters our font lacks are reported by
``missing_characters`` and drawn as U+FFFD (never as silent black boxes).
"""

from __future__ import annotations

from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics, ttfonts

from cjm_desktop.resources import RESOURCES

REGULAR, BOLD, ITALIC = "CJMSans", "CJMSans-Bold", "CJMSans-Oblique"
FONT_FILES = {
    REGULAR: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    ITALIC: "DejaVuSansCondensed-Oblique.ttf",
}
REPLACEMENT = "\ufffd"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, fixed for characters beyond U+FFFF (emoji): they must be
    written as UTF-16 surrogate pairs, else text extraction and search lose them."""
    entries = [f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *entries, "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


@cache
def register_fonts() -> None:
    """Register our fonts with reportlab (once per process)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name, file in FONT_FILES.items():
        pdfmetrics.registerFont(ttfonts.TTFont(name, str(RESOURCES / "fonts" / file)))


@cache
def _covered() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def missing_characters(text: str) -> set[str]:
    """The characters of ``text`` our font cannot draw (line breaks and tabs aside)."""
    return set(_missing(text))


@lru_cache(maxsize=32768)  # an export asks for every note's text, and maps re-plan parts of a journey
def _missing(text: str) -> frozenset[str]:
    covered = _covered()
    return frozenset(c for c in set(text) if ord(c) not in covered and c not in "\n\r\t")


@lru_cache(maxsize=32768)
def printable(text: str) -> str:
    """``text`` with the characters our font lacks replaced by U+FFFD."""
    covered = _covered()
    if all(ord(c) in covered for c in text):
        return text
    return "".join(c if ord(c) in covered or c in "\n\r\t" else REPLACEMENT for c in text)
