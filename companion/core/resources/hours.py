"""Is a service open right now, in its own time zone?

Only the published hours that were clear enough to structure are used; everything else
answers ``None`` ("we don't know"), which the help panel shows as the published text
rather than guessing "closed".
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from companion.core.datetime_types import datetime, time, timedelta
from companion.core.resources.records import Hours, OpeningSpan, Service

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

_DAY = timedelta(days=1)


@cache
def _zone(key: str) -> ZoneInfo | None:
    # Imported on first use: a service that is always open (most crisis lines) needs no
    # zone, and the help panel's first screen should not pay for loading the module.
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _span_covers(span: OpeningSpan, weekday: int, minute: int) -> bool:
    """True when ``span`` is open at ``minute`` past local midnight on ``weekday``."""
    opens, closes = _minutes(span.opens), _minutes(span.closes)
    overnight = closes <= opens  # e.g. 17:00-00:00 or 12:00-05:30 or 08:00-08:00 (24 h)
    if weekday in span.weekdays and opens <= minute and (overnight or minute < closes):
        return True
    # The tail of yesterday's overnight span.
    yesterday = (weekday - 1) % 7
    return overnight and yesterday in span.weekdays and minute < closes


def _is_open(hours: Hours, local: datetime) -> bool:
    minute = local.hour * 60 + local.minute
    return any(_span_covers(span, local.weekday(), minute) for span in hours.spans)


def _local(hours: Hours, now: datetime) -> datetime | None:
    if now.tzinfo is None or hours.timezone is None:
        return None
    zone = _zone(hours.timezone)
    return None if zone is None else now.astimezone(zone)


def open_state(service: Service, now: datetime) -> bool | None:
    """Whether ``service`` is open at ``now``.

    Args:
        service: The service whose hours to read.
        now: An aware datetime (a naive one gives ``None``: the zone would be a guess).

    Returns:
        True (open), False (closed) or None (hours unknown or not structured).
    """
    hours = service.hours
    if hours.always_open:
        return True
    if not hours.spans:
        return None
    local = _local(hours, now)
    return None if local is None else _is_open(hours, local)


def next_change(service: Service, now: datetime) -> datetime | None:
    """When ``service`` next opens or closes after ``now`` (in its own zone).

    Searches up to eight days ahead at minute resolution on span edges only, so it is
    cheap. Returns ``None`` when the state is unknown or never changes.
    """
    hours = service.hours
    if hours.always_open or not hours.spans:
        return None
    local = _local(hours, now)
    if local is None:
        return None
    current = _is_open(hours, local)
    edges: set[datetime] = set()
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    for offset in range(-1, 9):
        day = midnight + offset * _DAY
        for span in hours.spans:
            for t in (span.opens, span.closes):
                edges.add(day.replace(hour=t.hour, minute=t.minute))
    zone = _zone(hours.timezone or "")
    if zone is None:
        return None
    for naive in sorted(edges):
        candidate = naive.replace(tzinfo=zone)
        if candidate <= local:
            continue
        if _is_open(hours, candidate) != current:
            return candidate
    return None
