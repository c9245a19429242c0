"""Dates and times as the journal screens show them, in the user's locale.

Python ``date``/``datetime`` values are converted to Qt's types explicitly, so the
formatting never depends on implicit conversions.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime


def qdate(day: date) -> QDate:
    """``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def short_time(moment: datetime) -> str:
    """ "09:30" or "9:30 AM", as the locale writes it."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def long_date(day: date) -> str:
    """ "Thursday, 15 January 2026", as the locale writes it."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def formatted(day: date, pattern: str) -> str:
    """``day`` with a Qt date pattern such as ``"dddd d MMMM yyyy"``."""
    return QLocale().toString(qdate(day), pattern)


def date_field_format(locale: QLocale | None = None) -> str:
    """The display pattern for a date field, as the locale writes short dates.

    A locale whose short format is only numbers and spaces (Qt's "C" locale gives
    ``d MM yyyy``, read as "5 12 2026") gets the month's name instead ("5 Dec 2026"),
    and a two-digit year becomes four digits, so a date is never a puzzle.
    """
    where = locale if locale is not None else QLocale()
    pattern = where.dateFormat(QLocale.FormatType.ShortFormat)
    if not any(mark in pattern for mark in "/.-") or where.language() == QLocale.Language.C:
        return "d MMM yyyy"
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern
