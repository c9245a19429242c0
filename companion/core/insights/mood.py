"""Mood over time, year in pixels, mood by weekday and by time of day.

Pure functions of the day moods (and, for time of day, of per-hour sums), so each figure
can be checked by hand. Definitions (see also ``models``):

* A period's mood (a day, a week, a month) is the mean of its day moods.
* The rolling average at a period is the mean of the day moods in the ``window``
  periods ending with it. It never reaches before the range: the first points average
  what there is.
* Weeks run Monday to Sunday; a week or month cut by the range keeps only its days in
  the range.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from companion.core.insights.errors import InvalidRange
from companion.core.insights.models import DateRange, DayMood, Granularity, mean, nearest_mood
from companion.core.insights.table import Column, Table, iso
from companion.core.journal.models import Mood

DEFAULT_WINDOWS = {Granularity.DAY: 7, Granularity.WEEK: 4, Granularity.MONTH: 3}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class MoodPoint:
    """One period of a mood series. ``average``/``rolling`` are ``None`` without data."""

    start: date
    end: date
    average: float | None
    days: int  # days with a mood
    entries: int  # entries with a mood
    rolling: float | None


@dataclass(frozen=True)
class MoodSeries:
    span: DateRange
    granularity: Granularity
    window: int
    points: tuple[MoodPoint, ...]

    def table(self) -> Table:
        return Table(
            "Mood over time",
            (
                Column("start", "From"),
                Column("end", "To"),
                Column("average", "Average mood", True),
                # A fixed title, so that it can be translated; the screen names the
                # window in its own (plural-aware) words.
                Column("rolling", "Rolling average", True),
                Column("days", "Days with a mood", True),
                Column("entries", "Entries with a mood", True),
            ),
            tuple(
                (iso(p.start), iso(p.end), p.average, p.rolling, p.days, p.entries)
                for p in self.points
            ),
        )


def periods(span: DateRange, granularity: Granularity) -> list[tuple[date, date]]:
    """The periods of ``span``, each clipped to the range, oldest first."""
    found: list[tuple[date, date]] = []
    start = span.start
    while start <= span.end:
        if granularity is Granularity.DAY:
            end = start
        elif granularity is Granularity.WEEK:
            end = start + timedelta(days=6 - start.weekday())
        else:
            end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
        end = min(end, span.end)
        found.append((start, end))
        start = end + timedelta(days=1)
    return found


def mood_series(
    moods: Mapping[date, DayMood],
    span: DateRange,
    granularity: Granularity,
    window: int | None = None,
) -> MoodSeries:
    """Mood per day, week or month over ``span``, with a rolling average.

    Args:
        moods: Day moods (days outside ``span`` are ignored).
        span: The range.
        granularity: Day, week or month.
        window: Periods in the rolling average (default 7 days, 4 weeks or 3 months).
    """
    granularity = Granularity(granularity)
    size = DEFAULT_WINDOWS[granularity] if window is None else window
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= 366:
        raise InvalidRange("window", "must be between 1 and 366 periods")
    buckets: list[list[DayMood]] = []
    bounds = periods(span, granularity)
    for start, end in bounds:
        days = (start + timedelta(days=n) for n in range((end - start).days + 1))
        buckets.append([moods[d] for d in days if d in moods])
    points = []
    for index, ((start, end), found) in enumerate(zip(bounds, buckets, strict=True)):
        recent = [m.average for b in buckets[max(0, index - size + 1) : index + 1] for m in b]
        points.append(
            MoodPoint(
                start,
                end,
                mean([m.average for m in found]),
                len(found),
                sum(m.entries for m in found),
                mean(recent),
            )
        )
    return MoodSeries(span, granularity, size, tuple(points))


@dataclass(frozen=True)
class PixelDay:
    """One square of the year in pixels (or one day of the calendar)."""

    day: date
    mood: Mood | None
    average: float | None
    entries: int


@dataclass(frozen=True)
class YearInPixels:
    year: int
    days: tuple[PixelDay, ...]  # every day of the year, 1 January first

    def table(self) -> Table:
        return Table(
            f"Year in pixels {self.year}",
            (
                Column("day", "Day"),
                Column("mood", "Mood"),
                Column("average", "Average mood", True),
                Column("entries", "Entries with a mood", True),
            ),
            tuple(
                (iso(p.day), p.mood.label if p.mood else None, p.average, p.entries)
                for p in self.days
            ),
        )


def pixel_days(moods: Mapping[date, DayMood], span: DateRange) -> tuple[PixelDay, ...]:
    """Every day of ``span`` with its mood (``None`` where there is none)."""
    out = []
    for day in span.each_day():
        found = moods.get(day)
        if found is None:
            out.append(PixelDay(day, None, None, 0))
        else:
            out.append(PixelDay(day, nearest_mood(found.average), found.average, found.entries))
    return tuple(out)


def year_in_pixels(moods: Mapping[date, DayMood], year: int) -> YearInPixels:
    """A mood for every day of ``year``."""
    return YearInPixels(year, pixel_days(moods, DateRange.year(year)))


@dataclass(frozen=True)
class GroupMood:
    """The mood of one group (a weekday, a time of day): mean, and how much data."""

    key: str  # stable id: "monday" … "sunday", "night", "morning" …
    label: str  # English words (the UI translates by key)
    average: float | None
    count: int  # days (weekdays) or entries (times of day)


@dataclass(frozen=True)
class GroupedMood:
    title: str
    unit: str  # what ``count`` counts: "days" or "entries"
    groups: tuple[GroupMood, ...]

    def table(self) -> Table:
        return Table(
            self.title,
            (
                Column("group", "When"),
                Column("average", "Average mood", True),
                Column("count", "Days" if self.unit == "days" else "Entries", True),
            ),
            tuple((g.label, g.average, g.count) for g in self.groups),
        )


def mood_by_weekday(moods: Mapping[date, DayMood], span: DateRange) -> GroupedMood:
    """Mean day mood for each weekday, Monday first (each day counts once)."""
    values: list[list[float]] = [[] for _ in range(7)]
    for day, found in moods.items():
        if day in span:
            values[day.weekday()].append(found.average)
    return GroupedMood(
        "Mood by weekday",
        "days",
        tuple(
            GroupMood(name.lower(), name, mean(values[i]), len(values[i]))
            for i, name in enumerate(WEEKDAY_NAMES)
        ),
    )


class DayPart(Enum):
    """Parts of the day by the entry's own clock: (first hour, last hour, words)."""

    NIGHT = (0, 5, "Night (midnight to 6)")
    MORNING = (6, 11, "Morning (6 to noon)")
    AFTERNOON = (12, 17, "Afternoon (noon to 6)")
    EVENING = (18, 23, "Evening (6 to midnight)")


def mood_by_time_of_day(hours: Mapping[int, tuple[int, int]]) -> GroupedMood:
    """Mean mood of the entries written in each part of the day (each entry counts once).

    Args:
        hours: ``{hour 0-23: (sum of moods, entries)}``.
    """
    groups = []
    for part in DayPart:
        first, last, label = part.value
        total = sum(hours.get(h, (0, 0))[0] for h in range(first, last + 1))
        count = sum(hours.get(h, (0, 0))[1] for h in range(first, last + 1))
        groups.append(GroupMood(part.name.lower(), label, total / count if count else None, count))
    return GroupedMood("Mood by time of day", "entries", tuple(groups))
