"""Dates and numbers in the window's own messages (status bar, tooltips, dialogs), written the
user's way (QLocale's short format).

Pages and print-outs keep ISO 8601 dates: a citation's date must read the same for every reader.

The tree's counts are the only ones the first paint shows, so the date and time types, Qt's and
Python's `datetime`, are imported by the functions that write dates (each Qt type PySide makes
costs start-up time, and `datetime` some 2 ms).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def short_date(stamp: str) -> str:
    """An ISO 8601 date as the locale's short date; the text itself when it is not one."""
    from datetime import date  # Not at start-up: the first paint shows no date.

    try:
        day = date.fromisoformat(stamp)
    except ValueError:
        return stamp
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def short_date_time(stamp: str) -> str:
    """An ISO 8601 moment in the local time zone, as the locale's short date and time; the text
    itself when it is not one."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    from PySide6.QtCore import QDate, QDateTime, QTime

    local = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second)
    )
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def number(value: int) -> str:
    """A count with the locale's digit grouping."""
    return QLocale().toString(value)
