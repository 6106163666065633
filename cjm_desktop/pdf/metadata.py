"""What the PDF says about itself: when it was made, in which language, by whom and about what.

**Creation date.** A PDF's CreationDate and ModDate are the export time (local time, with its
offset from UTC), unless ``SOURCE_DATE_EPOCH`` is set: the reproducible-builds convention
(https://reproducible-builds.org/specs/source-date-epoch/), a whole number of seconds since
1970-01-01 UTC. Then that date (in UTC) is used, and the same project gives the same bytes (the
document's /ID is a digest of the date and of the document information, nothing random). An
invalid value (not a whole number, negative, beyond year 9999) is ignored: the export time is
used, as if the variable were not set.

reportlab reads ``SOURCE_DATE_EPOCH`` itself, but fails on an invalid value (``int("soon")``) and
writes the minutes of a local offset wrong; so its time stamp is replaced by ``_ExportStamp``
(same attributes, same meaning of ``invariant``: 2000-01-01 when the variable is not set).

**Language.** The catalog's /Lang is ``fr-FR`` or ``en-GB``, from the export's language, so screen
readers and hyphenating tools read the words right.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, datetime
from functools import cache
from typing import Any

from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from cjm_desktop.model.domain import Journey, ProjectState

SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"
INVARIANT_TIME = 946684800  # 2000-01-01 00:00:00 UTC: reportlab's date for an « invariant » document
LANGUAGE_TAGS = {"fr": "fr-FR", "en": "en-GB"}
CREATOR = "CJM Desktop"
KEYWORDS = ["customer journey map", "cartographie des parcours clients"]
_LAST_SECOND = 253402300799  # 9999-12-31 23:59:59 UTC: a PDF date has four digits of year


def source_date_epoch(environ: Mapping[str, str] | None = None) -> int | None:
    """The seconds of ``SOURCE_DATE_EPOCH`` in ``environ`` (default: the process's environment);
    None when it is not set, empty or invalid (not a whole number of seconds from 1970 to 9999)."""
    value = (os.environ if environ is None else environ).get(SOURCE_DATE_EPOCH, "").strip()
    if not value.isascii() or not value.isdigit():
        return None
    seconds = int(value)
    return seconds if seconds <= _LAST_SECOND else None


def creation_time(environ: Mapping[str, str] | None = None, invariant: bool = False) -> datetime:
    """The PDF's creation date: ``SOURCE_DATE_EPOCH`` (UTC) when valid, else 2000-01-01 (UTC) for an
    ``invariant`` document, else now (local time, with its offset)."""
    seconds = source_date_epoch(environ)
    if seconds is None and invariant:
        seconds = INVARIANT_TIME
    if seconds is not None:
        return datetime.fromtimestamp(seconds, UTC)
    return datetime.now().astimezone()


def language_tag(language: str) -> str:
    """The BCP 47 tag of an export ``language`` (``fr`` → ``fr-FR``, ``en`` → ``en-GB``)."""
    return LANGUAGE_TAGS.get(language, language)


class _ExportStamp(TimeStamp):  # type: ignore[misc]
    """reportlab's time stamp of a document, from ``creation_time``."""

    def __init__(self, invariant: Any = None) -> None:
        when = creation_time(invariant=bool(invariant))
        offset = when.utcoffset()
        minutes = 0 if offset is None else round(offset.total_seconds() / 60)
        self.t: float = when.timestamp()
        self.lt = when.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = int(minutes / 60)  # towards zero: -3 h 30 is written -03'30'
        self.dmm = abs(minutes) % 60
        self.tzname = when.tzname() or "UTC"


@cache
def _use_export_stamp() -> None:
    pdfdoc.TimeStamp = _ExportStamp  # what PDFDocument() calls for its date and the seed of its /ID


def new_canvas(target: Any, language: str, **options: Any) -> Canvas:
    """A reportlab canvas writing to ``target``, dated by ``creation_time``, its /Lang set from
    ``language`` (``fr`` or ``en``); ``options`` are the Canvas's (pagesize, pageCompression…)."""
    _use_export_stamp()
    return Canvas(target, invariant=0, lang=language_tag(language), **options)


def describe(c: Canvas, state: ProjectState, journeys: list[Journey], words: dict[str, str]) -> None:
    """The document information: title (the project's, else its journeys'), author (facilitators,
    else the organisation), subject (the journeys and their kinds), creator and keywords."""
    project = state.project
    c.setTitle(project.title or ", ".join(j.name for j in journeys))
    c.setAuthor(", ".join(project.facilitators) or project.organisation)
    c.setSubject(" · ".join(f"{j.name} ({words[j.kind.value]})" for j in journeys))
    c.setCreator(CREATOR)
    c.setKeywords(KEYWORDS)

