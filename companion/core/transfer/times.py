"""Dates and times as other apps write them, made time-zone aware."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_CLOCK = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?\s*m\.?)?\s*$", re.I)
_FRACTION = re.compile(r"(\.\d+)")
_YEARS = range(1000, 9001)


def local_zone() -> tzinfo:
    """This computer's zone (for sources that write local times without one)."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def zone_named(name: object) -> ZoneInfo | None:
    """The IANA zone of that name, or None (unknown names are not an error)."""
    if not isinstance(name, str) or not name or len(name) > 64 or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def parse_clock(value: str) -> time | None:
    """``20:39``, ``8:30 am``, ``8.30 PM``, ``07:05:09`` -> a time, else None."""
    found = _CLOCK.match(value or "")
    if found is None:
        return None
    hour, minute = int(found.group(1)), int(found.group(2))
    second = int(found.group(3) or 0)
    half = (found.group(4) or "").lower().replace(".", "").replace(" ", "")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def parse_day(value: str) -> date | None:
    """``YYYY-MM-DD`` -> a date in a sane range, else None."""
    try:
        day = date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        return None
    return day if day.year in _YEARS else None


def parse_iso(value: object, default_zone: tzinfo | None = None) -> datetime | None:
    """An ISO 8601 date-time (``Z``, offsets, any number of fractional digits).

    Without a zone in the text, ``default_zone`` is used; without either, None.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    # Python reads 1-6 fractional digits; Diarium writes up to 5, others 7 or more.
    text = _FRACTION.sub(lambda m: (m.group(1) + "000000")[:7], text, count=1)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        if default_zone is None:
            return None
        moment = moment.replace(tzinfo=default_zone)
    return moment if moment.year in _YEARS else None


def from_epoch_ms(ms: object, offset_ms: object = 0) -> datetime | None:
    """Milliseconds since 1970 (UTC), shown at a fixed offset in milliseconds."""
    if isinstance(ms, bool) or not isinstance(ms, int | float):
        return None
    offset = offset_ms if isinstance(offset_ms, int) and not isinstance(offset_ms, bool) else 0
    if abs(offset) > 18 * 3600 * 1000:
        offset = 0
    try:
        zone = timezone(timedelta(milliseconds=offset))
        moment = datetime.fromtimestamp(ms / 1000, tz=UTC).astimezone(zone)
    except (OverflowError, OSError, ValueError):
        return None
    return moment.replace(microsecond=0) if moment.year in _YEARS else None


def at(day: date, clock: time | None, zone: tzinfo) -> datetime:
    """A local day and time (noon when the time is unknown) in ``zone``."""
    return datetime.combine(day, clock or time(12, 0), tzinfo=zone)
