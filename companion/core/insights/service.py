"""One object the insights screens ask: :class:`Insights`.

Each method reads what it needs for a date range from the open vault and returns plain
dataclasses (each with ``table()``). On a 100,000-entry journal each takes a few
milliseconds for a year (``benchmarks/insights_bench.py``), so the screen may call them
on the GUI thread; an all-time range over decades is better run through ``Operation``.
"""

from __future__ import annotations

from datetime import date

import sqlcipher3

from companion.core.insights import data
from companion.core.insights.correlations import DEFAULT_MIN_DAYS, CorrelationTable, correlations
from companion.core.insights.emotions import EmotionFrequencies, emotion_frequencies
from companion.core.insights.errors import InvalidRange
from companion.core.insights.models import DateRange, DayMood, Granularity
from companion.core.insights.mood import (
    GroupedMood,
    MoodSeries,
    PixelDay,
    YearInPixels,
    mood_by_time_of_day,
    mood_by_weekday,
    mood_series,
    pixel_days,
    year_in_pixels,
)


class Insights:
    """Statistics over the journal and the check-in of one open vault (read-only).

    Args:
        connection: The vault's keyed connection, with the journal's and the
            check-in's tables migrated.
    """

    def __init__(self, connection: sqlcipher3.Connection) -> None:
        self._conn = connection

    def first_day(self) -> date | None:
        """The earliest day with an entry (the start of "all time"), or ``None``."""
        return data.first_day(self._conn)

    def day_moods(self, span: DateRange) -> dict[date, DayMood]:
        """Each day of ``span`` that has a mood."""
        return data.day_moods(self._conn, span)

    def mood_over_time(
        self, span: DateRange, granularity: Granularity, window: int | None = None
    ) -> MoodSeries:
        """Mood per day, week or month with a rolling average (see ``mood``)."""
        return mood_series(self.day_moods(span), span, granularity, window)

    def year_in_pixels(self, year: int) -> YearInPixels:
        """A mood for every day of ``year``."""
        if not 1 <= year <= 9999:
            raise InvalidRange("year", "no such year")
        return year_in_pixels(self.day_moods(DateRange.year(year)), year)

    def calendar_month(self, year: int, month: int) -> tuple[PixelDay, ...]:
        """Every day of a month with its mood, for the calendar (shape and word too)."""
        if not 1 <= year <= 9999 or not 1 <= month <= 12:
            raise InvalidRange("month", "no such month")
        span = DateRange.month(year, month)
        return pixel_days(self.day_moods(span), span)

    def mood_by_weekday(self, span: DateRange) -> GroupedMood:
        """Mean day mood per weekday, Monday first."""
        return mood_by_weekday(self.day_moods(span), span)

    def mood_by_time_of_day(self, span: DateRange) -> GroupedMood:
        """Mean entry mood per part of the day (night, morning, afternoon, evening)."""
        return mood_by_time_of_day(data.hour_moods(self._conn, span))

    def correlations(self, span: DateRange, min_days: int = DEFAULT_MIN_DAYS) -> CorrelationTable:
        """How each tag and check-in action goes with mood (see ``correlations``)."""
        if isinstance(min_days, bool) or not isinstance(min_days, int) or min_days < 1:
            raise InvalidRange("min_days", "must be at least 1")
        return correlations(
            self.day_moods(span),
            data.tag_days(self._conn, span),
            data.tags(self._conn),
            data.checkin_days(self._conn, span),
            data.checkin_actions(self._conn),
            min_days,
        )

    def emotion_frequencies(self, span: DateRange) -> EmotionFrequencies:
        """How often each emotion was named in ``span``."""
        total, counts = data.emotion_counts(self._conn, span)
        return emotion_frequencies(total, counts)
