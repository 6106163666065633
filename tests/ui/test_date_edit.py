"""The optional date editor: a date or « no date », in the locale's short format."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ui.widgets.date_edit import NO_DATE, OptionalDateEdit, short_date_format


def test_a_date_of_the_last_century_stays_a_date(qapp):
    editor = OptionalDateEdit()
    editor.set_iso("1999-12-31")
    assert editor.iso() == "1999-12-31"


def test_no_date_is_said_in_words(qapp):
    editor = OptionalDateEdit()
    editor.set_iso(None)
    assert editor.date() == NO_DATE and editor.iso() is None
    assert editor.text() == editor.specialValueText()


def test_the_short_format_always_has_a_four_digit_year():
    american = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert "yyyy" in short_date_format(american)
    assert short_date_format(QLocale(QLocale.Language.French, QLocale.Country.France)) == "dd/MM/yyyy"
