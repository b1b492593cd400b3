"""Small widgets that behave as keyboard users expect: Tab always leaves a field.

Qt's date-time field walks through its sections (day, month, year, hour, minute) with Tab, so
getting past one takes five presses; a text box takes Tab as a character and traps the focus.
Here Tab moves to the next field; the sections are reached with the arrow keys or by typing
(the separators jump ahead), and a tab character is never wanted in a meeting's description.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QPlainTextEdit, QWidget

from .dates import date_edit_format, edit_format


class DateTimeEdit(QDateTimeEdit):
    """A date and time in the locale's format; Tab leaves the field (Left/Right move between its parts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(edit_format())

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateEdit(QDateEdit):
    """A date in the locale's format; Tab leaves the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_edit_format())

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def text_box(minimum_height: int = 90) -> QPlainTextEdit:
    """A multi-line text field that Tab leaves (Ctrl+Tab is not needed to get out)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(minimum_height)
    return box
