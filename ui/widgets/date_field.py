"""A date field that takes exactly what is typed: ``2026-02-30`` is refused, never "fixed".

Qt's QDateEdit turns an impossible day into another date (2026-02-30 → 2026-02-03) and,
in PySide6 6.11, ignores digits typed into its year. This field is a line edit holding
``YYYY-MM-DD`` text: the form parses it with :func:`tracker.dates.parse_date`, so a wrong
date is refused next to the field with the reason. It keeps QDateEdit's API where the
dialogs use it (``date``, ``setDate``, ``dateChanged``), steps a day with Up/Down and a
month with Page Up/Down, and opens a calendar from its button or Alt+Down.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from tracker.dates import parse_date
from tracker.errors import InputError
from ui.formatting import from_qdate, to_qdate


class DateField(QLineEdit):
    """``YYYY-MM-DD`` typed or picked; :meth:`value` is the date or an InputError."""

    #: The text became another valid date (as QDateEdit's signal), also half-typed
    #: ("2026-12-2" on the way to 2026-12-25) or set by the program.
    dateChanged = Signal(QDate)
    #: The user made it another whole date: typed all of ``YYYY-MM-DD`` (or left the field
    #: on a valid date), stepped it with a key or picked it in the calendar.
    dateEdited = Signal(QDate)

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(day.isoformat(), parent)
        self.setPlaceholderText("YYYY-MM-DD")
        self.setMaxLength(10)
        self._last = day
        self._last_edited = day
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)
        self.picker = QAction(self)
        self.picker.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        )
        self.picker.triggered.connect(self.show_calendar)
        self.addAction(self.picker, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None

    # -- QDateEdit's API, as the dialogs use it -------------------------------------------
    def date(self) -> QDate:
        """The typed date, or the last valid one while the text is not a date."""
        return to_qdate(self._last)

    def setDate(self, day: QDate) -> None:
        self._set(from_qdate(day), by_user=False)

    def hasAcceptableInput(self) -> bool:
        try:
            parse_date(self.text())
        except InputError:
            return False
        return True

    def value(self, what: str = "date") -> date:
        """The date typed.

        Raises:
            InputError: the text is not a real date (names the problem and the text).
        """
        return parse_date(self.text(), what)

    # -- keys and the calendar ----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {
            Qt.Key.Key_Up: timedelta(days=1),
            Qt.Key.Key_Down: timedelta(days=-1),
            Qt.Key.Key_PageUp: relativedelta(months=1),
            Qt.Key.Key_PageDown: relativedelta(months=-1),
        }.get(Qt.Key(event.key()))
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() == Qt.Key.Key_Down:
            self.show_calendar()
        elif step is not None and not alt:
            self._set(self._last + step)
        else:
            super().keyPressEvent(event)

    @Slot()
    def show_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self, objectName="datePicker")
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        self.calendar.setSelectedDate(to_qdate(self._last))
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    @Slot(QDate)
    def _picked(self, day: QDate) -> None:
        self._set(from_qdate(day))
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus()

    # -- state ------------------------------------------------------------------------------
    def _set(self, day: date, by_user: bool = True) -> None:
        self.setText(day.isoformat())
        self._edited(self.text())
        if by_user:
            self._user_chose(day)
        else:
            self._last_edited = day

    @Slot(str)
    def _typed(self, text: str) -> None:
        day = self._edited(text)
        if day is not None and text.strip() == day.isoformat():  # every digit typed
            self._user_chose(day)

    @Slot()
    def _finished(self) -> None:
        try:
            self._user_chose(parse_date(self.text()))
        except InputError:
            return

    def _user_chose(self, day: date) -> None:
        if day != self._last_edited:
            self._last_edited = day
            self.dateEdited.emit(to_qdate(day))

    def _edited(self, text: str) -> date | None:
        try:
            day = parse_date(text)
        except InputError:
            return None
        if day != self._last:
            self._last = day
            self.dateChanged.emit(to_qdate(day))
        return day
