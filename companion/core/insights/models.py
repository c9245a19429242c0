"""Date ranges and the basic fact every insight builds on: a day's mood.

A **day's mood** is the mean of the moods of that day's live entries that have a mood
(entries in the trash never count). A day is the entry's own calendar date, fixed when
it was written. Longer periods average their *days*, not their entries, so a day with
five entries weighs the same as a day with one.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from companion.core.insights.errors import InvalidRange
from companion.core.journal.models import Mood

MAX_RANGE_DAYS = 366 * 100


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"  # Monday to Sunday
    MONTH = "month"


@dataclass(frozen=True)
class DateRange:
    """Calendar days from ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if not isinstance(value, date) or hasattr(value, "hour"):
                raise InvalidRange(name, "must be a calendar date")
        if self.end < self.start:
            raise InvalidRange("end", "is before the start")
        if self.days > MAX_RANGE_DAYS:
            raise InvalidRange("end", "the range is longer than 100 years")

    @property
    def days(self) -> int:
        """How many days the range holds."""
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def each_day(self) -> list[date]:
        """Every day of the range, in order."""
        return [self.start + timedelta(days=n) for n in range(self.days)]

    @classmethod
    def year(cls, year: int) -> DateRange:
        """1 January to 31 December of ``year``."""
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def month(cls, year: int, month: int) -> DateRange:
        """One calendar month."""
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    @classmethod
    def last_days(cls, today: date, days: int) -> DateRange:
        """The ``days`` days ending with ``today``."""
        if days < 1:
            raise InvalidRange("days", "must be at least 1")
        return cls(today - timedelta(days=days - 1), today)


@dataclass(frozen=True)
class DayMood:
    """One day: the mean mood of its entries with a mood, and how many there were."""

    day: date
    average: float
    entries: int

    @property
    def mood(self) -> Mood:
        """The day's mood on the 5-point scale (the mean rounded, halves upwards)."""
        return nearest_mood(self.average)


def nearest_mood(average: float) -> Mood:
    """The scale point nearest ``average``; exactly half-way rounds up (2.5 is Okay)."""
    return Mood(min(5, max(1, int(average + 0.5))))


def mean(values: list[float]) -> float | None:
    """The arithmetic mean, or ``None`` for no values."""
    return sum(values) / len(values) if values else None
