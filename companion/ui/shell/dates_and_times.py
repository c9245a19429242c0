"""Dates and times of day as the user's locale writes them, the same on every screen.

Stored times of day stay in one fixed form ("20:00"); what is shown follows the locale
("8:00 PM" in the United States, "20:00" in Britain). Short dates always carry the whole
year ("12/7/2026", never "12/7/26"), so a date is never a puzzle, in a field, a list or
a message alike.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

STORED = "HH:mm"  # how preferences keep a time of day


def _here(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def date_field_format(locale: QLocale | None = None) -> str:
    """The pattern for a short date, in a field or in text, as the locale writes it.

    A locale whose short format is only numbers and spaces (Qt's "C" locale gives
    ``d MM yyyy``, read as "5 12 2026") gets the month's name instead ("5 Dec 2026"),
    and a two-digit year becomes four digits.
    """
    where = _here(locale)
    pattern = where.dateFormat(QLocale.FormatType.ShortFormat)
    if not any(mark in pattern for mark in "/.-") or where.language() == QLocale.Language.C:
        return "d MMM yyyy"
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def short_date(day: date, locale: QLocale | None = None) -> str:
    """ "12/7/2026" or "07/12/2026", as the locale writes short dates, with the whole year."""
    where = _here(locale)
    return where.toString(QDate(day.year, day.month, day.day), date_field_format(where))


def time_field_format(locale: QLocale | None = None) -> str:
    """The pattern for a time field: the locale's short time, without seconds.

    A diary or a reminder is not kept to the second.
    """
    pattern = _here(locale).timeFormat(QLocale.FormatType.ShortFormat)
    for seconds in (":ss", ".ss", ":s"):
        pattern = pattern.replace(seconds, "")
    return pattern or STORED


def short_time(moment: datetime, locale: QLocale | None = None) -> str:
    """ "09:30" or "9:30 AM", as the locale writes a time of day."""
    return _time_text(QTime(moment.hour, moment.minute), locale)


def shown_time(stored: str, locale: QLocale | None = None) -> str:
    """A stored "HH:mm" time as the locale writes it; the stored text if it is not one."""
    moment = QTime.fromString(stored, STORED)
    return _time_text(moment, locale) if moment.isValid() else stored


def _time_text(moment: QTime, locale: QLocale | None) -> str:
    return _here(locale).toString(moment, QLocale.FormatType.ShortFormat)
