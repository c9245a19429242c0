"""Mood over time, year in pixels, weekday and time of day — against hand-worked figures
(the journal is described in conftest.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import sqlcipher3

from companion.core.clock import FakeClock
from companion.core.insights import DateRange, Granularity, Insights
from companion.core.insights.errors import InvalidRange
from companion.core.insights.models import nearest_mood
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft, Mood

MARCH_1_14 = DateRange(date(2026, 3, 1), date(2026, 3, 14))


def d(day: int, month: int = 3) -> date:
    return date(2026, month, day)


def test_day_moods(insights: Insights) -> None:
    moods = insights.day_moods(MARCH_1_14)
    assert {day: (m.average, m.entries) for day, m in moods.items()} == {
        d(2): (3.0, 2),
        d(3): (5.0, 1),
        d(4): (1.0, 1),  # e5 has no mood
        d(7): (3.0, 1),
        d(9): (4.0, 1),  # e7 is on its own local date, 9 March, though it was 8 March in UTC
    }  # 10 March's only entry is in the trash


def test_daily_series_with_a_seven_day_rolling_average(insights: Insights) -> None:
    series = insights.mood_over_time(MARCH_1_14, Granularity.DAY)
    assert series.window == 7
    by_day = {p.start: p for p in series.points}
    assert len(series.points) == 14
    assert by_day[d(1)].average is None
    assert by_day[d(1)].rolling is None
    assert by_day[d(2)].average == 3.0
    assert by_day[d(2)].entries == 2
    assert by_day[d(4)].rolling == pytest.approx((3 + 5 + 1) / 3)
    assert by_day[d(8)].average is None
    assert by_day[d(8)].rolling == pytest.approx((3 + 5 + 1 + 3) / 4)  # 2-8 March
    assert by_day[d(9)].rolling == pytest.approx((5 + 1 + 3 + 4) / 4)  # 3-9 March
    assert by_day[d(10)].rolling == pytest.approx((1 + 3 + 4) / 3)  # 4-10 March
    assert by_day[d(14)].rolling == pytest.approx(4.0)  # 8-14 March: only the 9th


def test_weekly_series_clips_weeks_to_the_range(insights: Insights) -> None:
    series = insights.mood_over_time(MARCH_1_14, Granularity.WEEK)
    assert [(p.start, p.end) for p in series.points] == [
        (d(1), d(1)),
        (d(2), d(8)),
        (d(9), d(14)),
    ]
    first, second, third = series.points
    assert (first.average, first.days, first.entries, first.rolling) == (None, 0, 0, None)
    assert (second.average, second.days, second.entries) == (pytest.approx(3.0), 4, 5)
    assert (third.average, third.days, third.entries) == (pytest.approx(4.0), 1, 1)
    # A 4-week window: every day mood so far, each day once: (3+5+1+3+4)/5.
    assert third.rolling == pytest.approx(16 / 5)


def test_monthly_series_averages_days_not_entries(insights: Insights) -> None:
    span = DateRange(d(1, 2), d(31))
    series = insights.mood_over_time(span, Granularity.MONTH)
    february, march = series.points
    assert (february.start, february.end, february.average) == (d(1, 2), d(28, 2), 5.0)
    assert march.average == pytest.approx(16 / 5)  # not (4+2+5+1+3+4)/6 by entry
    assert march.rolling == pytest.approx(21 / 6)
    assert insights.mood_over_time(span, Granularity.MONTH, window=1).points[
        1
    ].rolling == pytest.approx(16 / 5)


def test_the_series_table(insights: Insights) -> None:
    table = insights.mood_over_time(MARCH_1_14, Granularity.WEEK).table()
    assert [c.id for c in table.columns] == [
        "start",
        "end",
        "average",
        "rolling",
        "days",
        "entries",
    ]
    assert table.text_rows()[1] == ("2026-03-02", "2026-03-08", "3.00", "3.00", "4", "5")
    assert table.text_rows(blank="–")[0][2] == "–"


def test_year_in_pixels(insights: Insights) -> None:
    year = insights.year_in_pixels(2026)
    assert len(year.days) == 365
    assert year.days[0].day == d(1, 1)
    by_day = {p.day: p for p in year.days}
    assert by_day[d(1, 2)].mood is Mood.GREAT
    assert (by_day[d(2)].mood, by_day[d(2)].entries) == (Mood.OKAY, 2)
    assert by_day[d(4)].mood is Mood.AWFUL
    assert by_day[d(10)].mood is None
    assert sum(1 for p in year.days if p.mood is not None) == 6
    row = year.table().text_rows()[31]  # 1 February
    assert row == ("2026-02-01", "Great", "5.00", "1")
    assert len(insights.year_in_pixels(2028).days) == 366


def test_calendar_month(insights: Insights) -> None:
    month = insights.calendar_month(2026, 3)
    assert [p.day.day for p in month] == list(range(1, 32))
    assert [p.mood for p in month[:4]] == [None, Mood.OKAY, Mood.GREAT, Mood.AWFUL]
    with pytest.raises(InvalidRange):
        insights.calendar_month(2026, 13)


def test_mood_by_weekday(insights: Insights) -> None:
    weekday = insights.mood_by_weekday(MARCH_1_14)
    rows = {g.key: (g.average, g.count) for g in weekday.groups}
    assert rows == {
        "monday": (pytest.approx(3.5), 2),  # 2 March 3.0 and 9 March 4.0
        "tuesday": (5.0, 1),
        "wednesday": (1.0, 1),
        "thursday": (None, 0),
        "friday": (None, 0),
        "saturday": (3.0, 1),
        "sunday": (None, 0),
    }
    assert next(g.label for g in weekday.groups) == "Monday"
    assert weekday.table().text_rows()[0] == ("Monday", "3.50", "2")


def test_mood_by_time_of_day_uses_each_entrys_own_clock(insights: Insights) -> None:
    parts = {g.key: (g.average, g.count) for g in insights.mood_by_time_of_day(MARCH_1_14).groups}
    assert parts == {
        "night": (4.0, 1),  # e7 at 02:00 local (+02:00), though 00:00 in UTC
        "morning": (pytest.approx((4 + 1 + 3) / 3), 3),
        "afternoon": (5.0, 1),
        "evening": (2.0, 1),  # e5 at 23:30 has no mood; e8 is in the trash
    }


def test_time_of_day_before_1970(conn: sqlcipher3.Connection, clock: FakeClock) -> None:
    journal = Journal(conn, clock)
    journal.create(
        EntryDraft(text="old", mood=Mood.BAD, created_at=datetime(1969, 12, 31, 23, 30, tzinfo=UTC))
    )
    journal.create(
        EntryDraft(text="old", mood=Mood.GOOD, created_at=datetime(1969, 12, 31, 0, 59, tzinfo=UTC))
    )
    span = DateRange(date(1969, 12, 31), date(1969, 12, 31))
    parts = {g.key: g.count for g in Insights(conn).mood_by_time_of_day(span).groups}
    assert parts == {"night": 1, "morning": 0, "afternoon": 0, "evening": 1}


def test_an_empty_journal_gives_empty_figures(conn: sqlcipher3.Connection) -> None:
    insights = Insights(conn)
    assert insights.first_day() is None
    assert all(p.average is None for p in insights.mood_over_time(MARCH_1_14, "week").points)  # type: ignore[arg-type]
    assert insights.emotion_frequencies(MARCH_1_14).emotions == ()


def test_first_day(insights: Insights) -> None:
    assert insights.first_day() == d(1, 2)


def test_nearest_mood_rounds_halves_up() -> None:
    assert [nearest_mood(x) for x in (1.0, 1.49, 1.5, 2.5, 3.5, 4.5, 5.0)] == [
        Mood.AWFUL,
        Mood.AWFUL,
        Mood.BAD,
        Mood.OKAY,
        Mood.GOOD,
        Mood.GREAT,
        Mood.GREAT,
    ]


@pytest.mark.parametrize(
    "make",
    [
        lambda: DateRange(date(2026, 3, 2), date(2026, 3, 1)),
        lambda: DateRange(datetime(2026, 3, 1, tzinfo=UTC), date(2026, 3, 2)),
        lambda: DateRange(date(1900, 1, 1), date(2026, 1, 1)),
        lambda: DateRange.last_days(date(2026, 3, 1), 0),
    ],
)
def test_bad_ranges_are_refused(make: object) -> None:
    with pytest.raises(InvalidRange):
        make()  # type: ignore[operator]


def test_bad_windows_are_refused(insights: Insights) -> None:
    with pytest.raises(InvalidRange):
        insights.mood_over_time(MARCH_1_14, Granularity.DAY, window=0)
