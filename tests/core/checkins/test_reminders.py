"""The reminder schedule: when it is due, and its stored form."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.checkins.errors import InvalidCheckin
from companion.core.checkins.reminders import (
    MAX_REMINDERS,
    ReminderSchedule,
    make_schedule,
    schedule_from_clock_times,
    schedule_from_json,
)

ZONE = timezone(timedelta(hours=1))
ON = make_schedule(True, [time(20, 0), time(8, 30, 45), time(8, 30)])


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=ZONE)


def test_times_are_whole_minutes_sorted_without_repeats() -> None:
    assert ON.times == (time(8, 30), time(20, 0))
    assert ReminderSchedule().enabled is False  # off by default


def test_next_due_today_or_tomorrow() -> None:
    assert ON.next_due(at(14, 7)) == at(14, 8, 30)
    assert ON.next_due(at(14, 8, 30)) == at(14, 20)
    assert ON.next_due(at(14, 21)) == at(15, 8, 30)
    assert make_schedule(False, [time(8)]).next_due(at(14, 7)) is None


def test_after_a_sleep_one_reminder_not_a_pile_and_never_very_late() -> None:
    # Asleep from 7:00 to 20:30: 8:30 and 20:00 both passed; only the latest is shown.
    assert ON.due(at(14, 7), at(14, 20, 30)) == at(14, 20)
    # Woken at 22:00: 20:00 is more than an hour ago, so it is let go.
    assert ON.due(at(14, 7), at(14, 22)) is None
    assert ON.due(at(14, 7), at(14, 22), grace=timedelta(hours=3)) == at(14, 20)
    # Overnight across midnight.
    assert ON.due(at(14, 21), at(15, 8, 45)) == at(15, 8, 30)
    assert ON.due(at(14, 8, 31), at(14, 9)) is None


def test_bad_schedules_are_refused() -> None:
    with pytest.raises(InvalidCheckin):
        make_schedule(True, [time(h) for h in range(MAX_REMINDERS + 1)])
    with pytest.raises(InvalidCheckin):
        make_schedule(True, [time(8, tzinfo=UTC)])
    with pytest.raises(InvalidCheckin):
        ON.next_due(datetime(2026, 3, 14, 8))  # no time zone


def test_the_stored_form_round_trips() -> None:
    assert ON.to_json() == {"enabled": True, "times": ["08:30", "20:00"]}
    assert schedule_from_json(ON.to_json()) == ON


@pytest.mark.parametrize(
    "value",
    [
        None,
        [],
        "on",
        {"enabled": "yes", "times": ["08:00"]},
        {"times": [1, "25:00", "08:00+01:00"]},
    ],
)
def test_a_damaged_stored_form_falls_back_to_off(value: object) -> None:
    found = schedule_from_json(value)
    assert found.enabled is False


@given(
    st.recursive(
        st.none() | st.booleans() | st.text(max_size=8) | st.integers(),
        lambda c: st.lists(c) | st.dictionaries(st.text(max_size=8), c),
        max_leaves=20,
    )
)
def test_reading_any_json_never_fails(value: object) -> None:
    found = schedule_from_json({"enabled": True, "times": value})
    assert len(found.times) <= MAX_REMINDERS


def test_the_preferences_form_is_clock_times_and_none_means_off() -> None:
    assert ON.clock_times() == ("08:30", "20:00")
    assert schedule_from_clock_times(["20:00", "8:30", "nope", "08:30"]) == ON
    assert schedule_from_clock_times([]) == ReminderSchedule()
    assert schedule_from_clock_times(["25:00"]).enabled is False
