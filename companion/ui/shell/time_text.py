"""Times of day as the user's locale writes them, for every screen alike.

Stored times stay in one fixed form ("20:00"); what is shown follows the locale
("8:00 PM" in the United States, "20:00" in Britain), so a time reads the same in an
editor, a list and a message.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTime

STORED = "HH:mm"  # how preferences keep a time of day


def time_field_format(locale: QLocale | None = None) -> str:
    """The display pattern for a time field: the locale's short time, without seconds.

    A diary or a reminder is not kept to the second.
    """
    where = locale if locale is not None else QLocale()
    pattern = where.timeFormat(QLocale.FormatType.ShortFormat)
    for seconds in (":ss", ".ss", ":s"):
        pattern = pattern.replace(seconds, "")
    return pattern or STORED


def shown_time(stored: str, locale: QLocale | None = None) -> str:
    """A stored "HH:mm" time as the locale writes it; the stored text if it is not one."""
    moment = QTime.fromString(stored, STORED)
    if not moment.isValid():
        return stored
    where = locale if locale is not None else QLocale()
    return where.toString(moment, QLocale.FormatType.ShortFormat)
