"""A date field that may be left empty ("not set"), with a calendar popup."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

from branchdesk.ui.i18n import date_format

# QDateEdit cannot be empty: its minimum date stands for "not set" and shows the special text.
NOT_SET = QDate(1900, 1, 1)
LATEST = QDate(2100, 12, 31)  # the end of a field that takes future dates (deadlines)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _DateEdit(QDateEdit):
    """A QDateEdit that Tab leaves while it shows "Not set": Qt's keeps Tab then, a trap."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self.specialValueText()
            and self.date() == self.minimumDate()
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            event.accept()
            QWidget.focusNextPrevChild(self, forward)
            return
        super().keyPressEvent(event)


class OptionalDateEdit(QWidget):
    changed = Signal()

    def __init__(
        self,
        language: str,
        *,
        today: dt.date,
        future: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.edit = _DateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(date_format(language))
        self.edit.setMinimumDate(NOT_SET)
        # Dates are mostly facts, never in the future; a deadline (``future``) is a plan.
        self.edit.setMaximumDate(LATEST if future else to_qdate(today))
        self.edit.setSpecialValueText(self.tr("Not set"))
        self.edit.setDate(NOT_SET)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.setFocusProxy(self.edit)

        self.edit.calendarWidget().installEventFilter(self)
        self.edit.dateChanged.connect(self._date_changed)
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self._date_changed()

    def value(self) -> dt.date | None:
        day = self.edit.date()
        if day == NOT_SET:
            return None
        return dt.date(day.year(), day.month(), day.day())

    def set_value(self, day: dt.date | None) -> None:
        self.edit.setDate(NOT_SET if day is None else to_qdate(day))

    def _date_changed(self) -> None:
        self.clear_button.setEnabled(self.value() is not None)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty field opens its calendar on this month, not on January 1900.
        if event.type() == QEvent.Type.Show and self.value() is None:
            self.edit.calendarWidget().setCurrentPage(self._today.year, self._today.month)
        return super().eventFilter(watched, event)
