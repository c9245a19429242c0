"""Dates as the journal screens show them, in the user's locale (long dates, the
calendar's patterns). Short dates and times of day, which every screen shows alike,
are in ``companion.ui.shell.dates_and_times``.

Python ``date``/``datetime`` values are converted to Qt's types explicitly, so the
formatting never depends on implicit conversions.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def qdate(day: date) -> QDate:
    """``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def long_date(day: date) -> str:
    """ "Thursday, 15 January 2026", as the locale writes it."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def formatted(day: date, pattern: str) -> str:
    """``day`` with a Qt date pattern such as ``"dddd d MMMM yyyy"``."""
    return QLocale().toString(qdate(day), pattern)
