"""A date editor that can also say « no date » (action due dates, the project's workshop date)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QLineEdit, QStyle, QWidget

# The editor's « no date »: its minimum, shown as words. Real dates start the day after, so a
# stored date in the 20th century stays a date.
NO_DATE = QDate(1900, 1, 1)

STEP_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def short_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format, always with a four-digit year (« 05/03/26 » is ambiguous)."""
    text = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


class OptionalDateEdit(QDateEdit):
    """A date, or « no date » (its minimum, shown as ``empty_text``: say which date is missing,
    « No due date », « No workshop date »).

    A date is typed in the locale's short format (« 15/12/2026 » in French; the separators may be
    typed or not) and Backspace edits one digit, as in any text field. The ✕ button beside the
    date (or Delete) empties it. The calendar opens on today's month when there is no date yet.
    """

    def __init__(self, parent: QWidget | None = None, empty_text: str | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(short_date_format())
        self.setMinimumDate(NO_DATE)
        self.setDate(NO_DATE)
        self.setSpecialValueText(empty_text if empty_text is not None else self.tr("No date"))
        self._advanced = False  # the last digit completed a section and moved to the next one
        self.clear_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton),
                                    self.tr("Clear the date"), self)
        self.clear_action.setToolTip(self.tr("Clear the date"))
        self.clear_action.triggered.connect(self.clear_date)
        self.lineEdit().addAction(self.clear_action, QLineEdit.ActionPosition.TrailingPosition)
        self.dateChanged.connect(self._show_clear)
        self._show_clear()
        calendar = self.calendarWidget()
        calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        calendar.installEventFilter(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for the date and the ✕ beside it."""
        hint = super().sizeHint()
        return QSize(hint.width() + self._clear_room(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        return QSize(hint.width() + self._clear_room(), hint.height())

    def _clear_room(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self) + 8

    def iso(self) -> str | None:
        """The date as ``yyyy-MM-dd``, or None for « no date »."""
        return None if self.date() == NO_DATE else self.date().toString(Qt.DateFormat.ISODate)

    def set_iso(self, value: str | None) -> None:
        """Show ``yyyy-MM-dd`` (or « no date » for None or a date the editor cannot show)."""
        day = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate()
        self.setDate(day if day.isValid() and day > NO_DATE else NO_DATE)

    def clear_date(self) -> None:
        """« No date »."""
        self.setDate(NO_DATE)

    def _show_clear(self) -> None:
        self.clear_action.setVisible(self.date() != NO_DATE)

    def _start_typing(self) -> None:
        """Typing begins a new date: from « no date » or over the whole text, the first section
        is selected (today's date fills the sections not typed yet)."""
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())
        first = self.sectionAt(0)
        self.setCurrentSection(first)
        self.setSelectedSection(first)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key, text = event.key(), event.text()
        advanced, self._advanced = self._advanced, False
        empty = self.date() == NO_DATE
        if key == Qt.Key.Key_Delete or (empty and key == Qt.Key.Key_Backspace):
            self.clear_date()
            return
        if text.isdigit():
            edit = self.lineEdit()
            if empty or (edit.hasSelectedText() and edit.selectedText() == edit.text()):
                self._start_typing()
            section = self.currentSection()
            super().keyPressEvent(event)
            self._advanced = self.currentSection() != section
            return
        if text and text.isprintable() and not text.isspace() and not text.isalnum():
            # A separator: Qt already moved to the next section when the last digit completed one
            # (« 15 » then « / »), and would otherwise skip a whole section.
            if not advanced and not empty:
                super().keyPressEvent(event)
            return
        if empty and key in STEP_KEYS:
            self.setDate(QDate.currentDate())
            return
        if empty and text and text.isprintable():
            return  # never typed into the words of « no date »
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        """The wheel or an arrow key on « no date » starts at today, not in 1900."""
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget():
            calendar = self.calendarWidget()
            if self.date() == NO_DATE:
                today = QDate.currentDate()
                calendar.setCurrentPage(today.year(), today.month())
            # Wide enough for every weekday's name, whatever the editor's (or a table cell's) width.
            metrics = calendar.fontMetrics()
            names = [calendar.locale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
            column = max(metrics.horizontalAdvance(name) for name in names) + 2 * metrics.averageCharWidth()
            weeks = calendar.verticalHeaderFormat() != QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
            calendar.setMinimumWidth(max(calendar.sizeHint().width(), (8 if weeks else 7) * column))
        return False
