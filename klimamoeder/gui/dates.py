"""Dates and times as the user's locale writes them, in one place for every window.

Danish: 05.10.2022, 5. okt. 2022, 09.30; English (UK): 05/10/2022, 5 Oct 2022, 09:30. The locale is the
one `app.install_translations` sets as default, so a language switch changes every date with the texts.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: date) -> str:
    """05.10.2022 / 05/10/2022: tables, lists and form fields."""
    return QLocale().toString(_qdate(day), QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def medium_date(day: date) -> str:
    """5. okt. 2022 / 5 Oct 2022: headers and sentences."""
    return QLocale().toString(_qdate(day), QCoreApplication.translate("Dates", "d MMM yyyy"))


def long_date(day: date) -> str:
    """onsdag den 5. oktober 2022 / Wednesday 5 October 2022: day headings."""
    return QLocale().toString(_qdate(day), QCoreApplication.translate("Dates", "dddd d MMMM yyyy"))


def clock(moment: datetime | time) -> str:
    """09.30 / 09:30."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale().timeFormat(QLocale.FormatType.ShortFormat))


def short_date_time(moment: datetime) -> str:
    """05.10.2022 09.30 / 05/10/2022 09:30."""
    return f"{short_date(moment.date())} {clock(moment)}"


def medium_date_time(moment: datetime) -> str:
    return f"{medium_date(moment.date())} {clock(moment)}"


def edit_format() -> str:
    """The display format of date-time fields: the locale's short date with a four-digit year, and the time."""
    return f"{date_edit_format()} {QLocale().timeFormat(QLocale.FormatType.ShortFormat)}"


def clock_edit_format() -> str:
    """The display format of time fields: the locale's 24-hour clock with two-digit hours (HH.mm / HH:mm)."""
    found = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    return found if "HH" in found else found.replace("H", "HH")


def date_edit_format() -> str:
    found = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return found if "yyyy" in found else found.replace("yy", "yyyy")


def span(start: datetime, end: datetime) -> str:
    """A meeting's time: '5. okt. 2022 14.00 – 8. okt. 2022 13.00' or '11. mar. 2027, 10.00–15.30'."""
    if start.date() == end.date():
        return f"{medium_date(start.date())}, {clock(start)}–{clock(end)}"
    return f"{medium_date_time(start)} – {medium_date_time(end)}"


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute))
