"""The icon registry, keyed by meaning. Icons are created after the QApplication, and qtawesome is
never loaded before the window's first paint: it is slow to load (importing it makes PySide6 build a
Python type for every class of QtCore, QtGui, QtWidgets and QtOpenGL, ≈ 0.15 s in one go, and
qtawesome's twelve fonts take ≈ 0.05 s more). After the first paint, ``warm_up_steps`` loads it in
slices short enough for the window to stay responsive (``ui/app.py: WarmUp``); ``icon``, ``named``
and ``has`` load whatever is still missing on first use.

Every icon of ``ICONS`` is a Material Design one (``mdi6.…``), and so are the channels' icons in
practice: those come from qtawesome's Material Design font alone (``_mdi6``). qtawesome's other
fonts load only when a name from another set shows up (a channel imported from another tool).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon

if TYPE_CHECKING:
    from qtawesome.iconic_font import IconicFont

INK = "#37474f"

ICONS: dict[str, str] = {
    "new": "mdi6.file-plus-outline",
    "open": "mdi6.folder-open-outline",
    "save": "mdi6.content-save-outline",
    "save_as": "mdi6.content-save-edit-outline",
    "revert": "mdi6.file-restore-outline",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "pdf": "mdi6.file-pdf-box",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "quit": "mdi6.exit-to-app",
    "zoom_in": "mdi6.magnify-plus-outline",
    "zoom_out": "mdi6.magnify-minus-outline",
    "zoom_fit": "mdi6.fit-to-page-outline",
    "template": "mdi6.view-grid-plus-outline",
    "recent": "mdi6.history",
    "project": "mdi6.file-document-outline",
    "unsaved": "mdi6.file-clock-outline",
    "note_delight": "mdi6.emoticon-happy-outline",
    "note_neutral": "mdi6.emoticon-neutral-outline",
    "note_pain": "mdi6.alert-outline",
    "note_breaking": "mdi6.flash-alert",
    "moment_of_truth": "mdi6.star",
    "mark_none": "mdi6.eraser-variant",  # « Sans évaluation »
    "emotion_up": "mdi6.emoticon-plus-outline",
    "emotion_down": "mdi6.emoticon-minus-outline",
    "vote_more": "mdi6.heart-plus-outline",
    "votes": "mdi6.heart",  # a heart, as on the notes (♥ n) and in the PDF (pdf/map/draw.py: VOTE_ICON)
    "channel_default": "mdi6.shape-outline",
    "info": "mdi6.information-outline",
    "note_new": "mdi6.note-plus-outline",
    "note_edit": "mdi6.note-edit-outline",
    "cut": "mdi6.content-cut",
    "copy": "mdi6.content-copy",
    "paste": "mdi6.content-paste",
    "duplicate": "mdi6.content-duplicate",
    "delete": "mdi6.delete-outline",
    "first_person": "mdi6.account-voice",
    "add_stage": "mdi6.table-column-plus-after",
    "add_channel": "mdi6.table-row-plus-after",
    "properties": "mdi6.card-text-outline",
    "frictions": "mdi6.alert-decagram-outline",
    "action_plan": "mdi6.clipboard-check-outline",
    "action_new": "mdi6.clipboard-plus-outline",
    "link": "mdi6.link-variant-plus",
    "show_on_map": "mdi6.crosshairs-gps",
    "status_todo": "mdi6.checkbox-blank-circle-outline",
    "status_doing": "mdi6.progress-clock",
    "status_done": "mdi6.check-circle-outline",
    "project_sheet": "mdi6.clipboard-text-outline",
    "personas": "mdi6.account-group-outline",
    "persona_add": "mdi6.account-plus-outline",
    "persona_edit": "mdi6.account-edit-outline",
    "journey_new": "mdi6.map-plus",
    "journey_target": "mdi6.bullseye-arrow",
    "journey_rename": "mdi6.rename-box",
    "journey_compare": "mdi6.compare-horizontal",
    "compare_changed": "mdi6.pencil",
    "lane_goal": "mdi6.flag-outline",  # not the target journey's bullseye, shown on the same canvas
    "lane_duration": "mdi6.timer-outline",
    "lane_kpis": "mdi6.chart-line",
    "lane_listening": "mdi6.ear-hearing",
    "lane_departments": "mdi6.account-group-outline",
    "lane_emotion": "mdi6.heart-pulse",
    "face_down": "mdi6.eye-off-outline",  # hide until reveal: a note the room sees as a blank card
    "reveal": "mdi6.eye-outline",
    "reveal_cell": "mdi6.eye-check-outline",
    "turn_over": "mdi6.eye-refresh-outline",
    "snapshot": "mdi6.camera-outline",  # « Prendre un instantané »: the project as it is now, kept in the file
    "snapshot_restore": "mdi6.backup-restore",
}


MDI6 = "mdi6"  # the prefix of qtawesome's Material Design Icons 6 names


@cache
def _qta():
    import qtawesome  # not needed for the first paint (see warm_up_steps)

    return qtawesome


@cache
def _mdi6() -> IconicFont | None:
    """qtawesome's Material Design font on its own (None if its files cannot be found): one font to
    load instead of the twelve that qtawesome's own ``icon`` loads at its first call."""
    qta = _qta()
    folder, files = qta.get_fonts_info()
    fonts = sorted(name for name in files if name.startswith("materialdesignicons6-webfont-"))
    if not fonts:
        return None
    charmap = fonts[-1].replace("-webfont-", "-webfont-charmap-").removesuffix(".ttf") + ".json"
    if not (Path(folder) / charmap).is_file():
        return None
    from qtawesome.iconic_font import IconicFont  # loaded with qtawesome just above

    font = IconicFont()
    font.load_font(MDI6, fonts[-1], charmap)  # the folder qtawesome itself uses (it may copy the fonts on Windows)
    return font


def _font_of(name: str) -> IconicFont | None:
    """The Material Design font for an ``mdi6.…`` name; None: ask qtawesome (all its fonts)."""
    return _mdi6() if name.partition(".")[0] == MDI6 else None


def icon(meaning: str, color: str = INK) -> QIcon:
    """The icon for a meaning of ``ICONS`` (raises KeyError for an unknown meaning)."""
    return named(ICONS[meaning], color)


@cache
def named(name: str, color: str = INK) -> QIcon:
    """An icon by qtawesome name (channels store theirs); a neutral one if the name is unknown.
    Cached: qtawesome fixes colours at creation (a theme switch must clear this cache)."""
    if not has(name):
        name = ICONS["channel_default"]
    font = _font_of(name)
    return font.icon(name, color=color) if font is not None else _qta().icon(name, color=color)


@cache
def has(name: str) -> bool:
    """True when qtawesome knows the icon ``name`` (e.g. ``mdi6.web``)."""
    font = _font_of(name)
    if font is not None:
        return name.partition(".")[2] in font.charmap[MDI6]
    try:
        _qta().icon(name)
    except Exception:  # noqa: BLE001 - qtawesome raises plain Exceptions for unknown names
        return False
    return True


def warm_up_steps(slice_seconds: float = 0.008) -> Iterator[None]:
    """Load qtawesome and the Material Design font, a little at each step, so that the GUI thread can
    run the steps between events (one step per turn of the event loop) without freezing the window.

    Most steps return after about ``slice_seconds``; a few are single operations of ≈ 10–25 ms
    (building PySide6's biggest types, importing qtawesome, loading the font). Everything here
    touches Qt, so it runs on the GUI thread only: PySide6 builds its Python types on first use,
    and that is not safe from two threads at once.
    """
    # Importing qtawesome imports qtpy, which star-imports these modules: PySide6 then builds the
    # Python type of each of their classes, ≈ 0.15 s in one go. Build them beforehand, a few at a time.
    from PySide6 import QtCore, QtGui, QtWidgets

    modules: list[object] = [QtCore, QtGui, QtWidgets]
    with contextlib.suppress(ImportError):  # optional in qtpy too
        from PySide6 import QtOpenGL, QtOpenGLWidgets  # not needed for the first paint: qtpy imports them

        modules += [QtOpenGL, QtOpenGLWidgets]
    yield
    for module in modules:
        started = time.perf_counter()
        for name in dir(module):
            getattr(module, name, None)
            if time.perf_counter() - started > slice_seconds:
                yield
                started = time.perf_counter()
        yield
    _qta()
    yield
    _mdi6()
    yield
