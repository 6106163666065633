"""The fonts of the PDF: DejaVu Sans Condensed (shipped in ``resources/fonts``, it covers French
typography and much more) and the Material Design icons qtawesome ships, so the PDF shows the
app's own channel and evaluation icons, as vectors.

reportlab's default fonts are Latin-1 only; characters our font lacks are reported by
``missing_characters`` and drawn as U+FFFD (never as silent black boxes).
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache, lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts

from cjm_desktop.resources import RESOURCES

REGULAR, BOLD, ITALIC, ICONS = "CJMSans", "CJMSans-Bold", "CJMSans-Oblique", "CJMIcons"
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
    icon_font = _icon_files()[0]
    if icon_font is not None:
        pdfmetrics.registerFont(ttfonts.TTFont(ICONS, str(icon_font)))


@cache
def _icon_files() -> tuple[Path | None, dict[str, int]]:
    """qtawesome's Material Design font and its names, found without importing qtawesome (Qt)."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None, {}
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    font = next(iter(sorted(fonts.glob("materialdesignicons6-webfont-*.ttf"))), None)
    charmap = next(iter(sorted(fonts.glob("materialdesignicons6-webfont-charmap-*.json"))), None)
    if font is None or charmap is None:
        return None, {}
    names = {name: int(code, 16) for name, code in json.loads(charmap.read_text("utf-8")).items()}
    return font, names


def icon_char(name: str) -> str | None:
    """The character of a qtawesome ``mdi6.…`` icon name, or None (other sets, unknown names)."""
    prefix, _, short = name.partition(".")
    code = _icon_files()[1].get(short) if prefix == "mdi6" else None
    return chr(code) if code is not None else None


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
