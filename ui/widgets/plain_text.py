"""User text shown by Qt: always as typed, never read as markup.

Qt guesses the format of a label's, a message box's or a tooltip's text (``Qt.mightBeRichText``):
a stage, a note or a file named ``<img src="…">`` in a stranger's file would be parsed as HTML
and its image read from the local disk (``/dev/zero``: until memory runs out). So:

- every label is a ``PlainLabel`` (plain text from its creation); the only rich-text labels hold
  markup we write ourselves and say so (« # rich text: » on the line that makes them);
- message boxes and input dialogs are made by ``ui/widgets/prompts.py``, plain by construction;
- every tooltip built from user text goes through ``plain_tip`` (Qt has no plain-text tooltip);
- a button, a tab or a menu entry reads « & » as a mnemonic: user text goes through ``mnemonic_safe``;
  a window title reads « [*] » as the modified mark: ``plain_title``;
- a sentence takes its values in one pass, with ``fill`` (a name holding « %2 » stays as typed).

``tests/ui/test_user_text_is_plain.py`` shows every place with hostile text and checks that
nothing is loaded and everything is shown as typed.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

_PLACEHOLDER = re.compile(r"%(\d)")


class PlainLabel(QLabel):
    """A label whose text is shown as typed: never HTML, whatever it looks like."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # before any text: it is never parsed
        self.setText(text)


def plain_tip(text: str) -> str:
    """``text`` as an escaped rich-text tooltip that shows exactly ``text`` (spaces and line
    breaks kept); a blank text gives no tooltip."""
    if not text.strip():
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # one line break, not two
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"


def mnemonic_safe(text: str) -> str:
    """User text for a button, a tab or a menu entry, where « & » marks a shortcut letter."""
    return text.replace("&", "&&")


def plain_title(text: str) -> str:
    """User text for a window title, where « [*] » stands for the « modified » mark."""
    return text.replace("[*]", "[*][*]")


def fill(template: str, *values: str) -> str:
    """``template`` with %1, %2… replaced by ``values`` in one pass: a value is never read as a
    placeholder (« Stage « %1 » · %2 » with a stage named « 50 %2 » keeps the name)."""
    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)
