"""Small widgets that behave as keyboard users expect: Tab always leaves a field.

Qt's date-time field walks through its sections (day, month, year, hour, minute) with Tab, so
getting past one takes five presses; a text box takes Tab as a character and traps the focus.
Here Tab moves to the next field; the sections are reached with the arrow keys or by typing
(the separators jump ahead), and a tab character is never wanted in a meeting's description.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QPlainTextEdit, QWidget

from .dates import date_edit_format, edit_format


class DateTimeEdit(QDateTimeEdit):
    """A date and time in the locale's format; Tab leaves the field (Left/Right move between its parts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(edit_format())

    def event(self, event: QEvent) -> bool:
        return _tab_leaves(self, event) or super().event(event)


class DateEdit(QDateEdit):
    """A date in the locale's format; Tab leaves the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_edit_format())

    def event(self, event: QEvent) -> bool:
        return _tab_leaves(self, event) or super().event(event)


def _tab_leaves(widget: QWidget, event: QEvent) -> bool:
    """Tab and Shift+Tab move to the next or previous field at once.

    Only the keys: the field itself still moves between its parts when a separator is typed
    ("05.10" jumps to the month), which Qt does through the same focusNextPrevChild.
    """
    if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
        return False
    if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        return False
    if event.key() == Qt.Key.Key_Tab:
        return QWidget.focusNextPrevChild(widget, True)
    if event.key() == Qt.Key.Key_Backtab:
        return QWidget.focusNextPrevChild(widget, False)
    return False


def text_box(minimum_height: int = 90) -> QPlainTextEdit:
    """A multi-line text field that Tab leaves (Ctrl+Tab is not needed to get out)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(minimum_height)
    return box
