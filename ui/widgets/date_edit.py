"""A date editor that can also say « no date » (action due dates, the project's workshop date)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

# The editor's « no date »: its minimum, shown as words. Real dates start the day after, so a
# stored date in the 20th century stays a date.
NO_DATE = QDate(1900, 1, 1)


def short_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, always with a four-digit year (« 05/03/26 » is ambiguous)."""
    text = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


class OptionalDateEdit(QDateEdit):
    """A date, or « no date » (its minimum, shown as words; Delete or Backspace sets it).
    The calendar opens on today's month when there is no date yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(short_date_format())
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(self.tr("No date"))
        self.setToolTip(self.tr("Delete: no date"))
        self.calendarWidget().installEventFilter(self)

    def iso(self) -> str | None:
        """The date as ``yyyy-MM-dd``, or None for « no date »."""
        return None if self.date() == NO_DATE else self.date().toString(Qt.DateFormat.ISODate)

    def set_iso(self, value: str | None) -> None:
        """Show ``yyyy-MM-dd`` (or « no date » for None or a date the editor cannot show)."""
        day = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate()
        self.setDate(day if day.isValid() and day > NO_DATE else NO_DATE)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.setDate(NO_DATE)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False
