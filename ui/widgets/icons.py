"""The icon registry, keyed by meaning. qtawesome is imported on first use (it costs ~0.3 s,
so never before the window's first paint); icons are created after the QApplication."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

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
}


@cache
def _qta():
    import qtawesome  # deliberately late (start-up time)

    return qtawesome


def icon(meaning: str, color: str = INK) -> QIcon:
    """The icon for a meaning of ``ICONS`` (raises KeyError for an unknown meaning)."""
    return named(ICONS[meaning], color)


@cache
def named(name: str, color: str = INK) -> QIcon:
    """An icon by qtawesome name (channels store theirs); a neutral one if the name is unknown.
    Cached: qtawesome fixes colours at creation (a theme switch must clear this cache)."""
    if has(name):
        return _qta().icon(name, color=color)
    return _qta().icon(ICONS["channel_default"], color=color)


@cache
def has(name: str) -> bool:
    """True when qtawesome knows the icon ``name`` (e.g. ``mdi6.web``)."""
    try:
        _qta().icon(name)
    except Exception:  # noqa: BLE001 - qtawesome raises plain Exceptions for unknown names
        return False
    return True
