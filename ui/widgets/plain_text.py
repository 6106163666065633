"""User text shown where Qt may read HTML (tooltips, status tips, What's This).

Qt shows a tooltip that *looks like* HTML as rich text: a note or a persona named
``<img src="…">`` in a stranger's .cjm could load local or network files. Every tip built from
user text goes through ``plain_tip``, which always yields rich text whose visible content is
exactly the given text (line breaks and spaces kept).
"""

from __future__ import annotations

import html


def plain_tip(text: str) -> str:
    """``text`` as an escaped rich-text tooltip; an empty text stays empty (no tooltip)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
