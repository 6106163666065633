"""What the PDF says about itself, read back with pypdf: created at the export time unless
``SOURCE_DATE_EPOCH`` says otherwise (then the same project gives the same bytes), its language,
its document information."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from cjm_desktop.pdf import metadata
from cjm_desktop.pdf.export import build_pdf
from cjm_desktop.pdf.page import PdfOptions

EPOCH = 1700000000  # 2023-11-14 22:13:20 UTC


def read(doc, language: str = "fr") -> PdfReader:
    data, _ = build_pdf(doc.state, doc.state.journeys, PdfOptions(paper="A4", language=language, appendix=False))
    return PdfReader(io.BytesIO(data))


def test_the_creation_date_is_the_export_time(doc, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = datetime.now(UTC).replace(microsecond=0)
    info = read(doc).metadata
    after = datetime.now(UTC)
    assert before <= info.creation_date <= after
    assert info.modification_date == info.creation_date


def test_source_date_epoch_sets_the_creation_date(doc, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    info = read(doc).metadata
    assert info.creation_date == info.modification_date == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)


def test_an_invalid_source_date_epoch_is_ignored(doc, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    before = datetime.now(UTC).replace(microsecond=0)
    assert before <= read(doc).metadata.creation_date <= datetime.now(UTC)


def test_with_source_date_epoch_the_same_project_gives_the_same_bytes(doc, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    first, _ = build_pdf(doc.state, doc.state.journeys)
    assert build_pdf(doc.state, doc.state.journeys)[0] == first


def test_the_document_id_follows_the_date(doc, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    first = read(doc).trailer["/ID"][0]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH + 1))
    assert read(doc).trailer["/ID"][0] != first


@pytest.mark.parametrize("value", ["", "  ", "soon", "-5", "1.5", "1e9", "１２３", "99999999999999"])
def test_source_date_epoch_values_that_are_not_whole_seconds_from_1970_to_9999_are_ignored(value):
    assert metadata.source_date_epoch({"SOURCE_DATE_EPOCH": value}) is None


def test_source_date_epoch_may_be_surrounded_by_spaces():
    assert metadata.source_date_epoch({"SOURCE_DATE_EPOCH": f" {EPOCH}\n"}) == EPOCH


@pytest.mark.parametrize(("language", "tag"), [("fr", "fr-FR"), ("en", "en-GB")])
def test_the_document_language_is_the_export_language(doc, language, tag):
    assert read(doc, language).trailer["/Root"]["/Lang"] == tag


def test_the_document_information_names_the_app_and_the_method(doc):
    info = read(doc).metadata
    assert (info.title, info.creator) == ("Atelier « test »", "CJM Desktop")
    assert info["/Keywords"] == "customer journey map, cartographie des parcours clients"
