"""Gentle figures from the check-in: weekly summaries and "days in a row", never shaming.

What counts is a day on which the person ticked at least one action — a day they looked
after themselves. The figures only ever count such days up; nothing is phrased as a
loss. A day without ticks is simply not counted, and today is never held against the
run before it: until something is ticked today, the run that ended yesterday is still
the current one.

Pure functions over ``{day: ticked action ids}`` (what ``CheckinStore.done_between``
returns), so every figure can be checked by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

Ticks = Mapping[date, frozenset[int]]


@dataclass(frozen=True)
class WeekSummary:
    """One week (Monday to Sunday) of check-ins.

    Attributes:
        start: The Monday.
        end: The Sunday.
        days_so_far: Days of the week up to today (7 for a past week, 0 for a future one).
        days_cared: Days with at least one action ticked ("days you looked after yourself").
        ticks: All ticks in the week.
        by_action: ``(action id, days ticked)`` for each action asked about, in order.
    """

    start: date
    end: date
    days_so_far: int
    days_cared: int
    ticks: int
    by_action: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class CareRun:
    """Encouraging counts up to today.

    Attributes:
        current: Days in a row with a tick, ending today — or ending yesterday while
            nothing is ticked yet today.
        longest: The longest such run in the data given.
        last_7: Days with a tick among the last 7 (today included).
        last_30: Days with a tick among the last 30 (today included).
    """

    current: int
    longest: int
    last_7: int
    last_30: int


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def week_summary(
    ticks: Ticks, day: date, today: date, action_ids: Sequence[int] = ()
) -> WeekSummary:
    """The summary of the week containing ``day``.

    Args:
        ticks: Ticked actions per day (days without ticks may be left out).
        day: Any day of the week wanted.
        today: The person's today: later days are not counted.
        action_ids: The actions to count one by one (``by_action``).
    """
    start = week_start(day)
    end = start + timedelta(days=6)
    days = [start + timedelta(days=n) for n in range(7)]
    counted = [d for d in days if d <= today]
    sets = [ticks.get(d, frozenset()) for d in counted]
    return WeekSummary(
        start=start,
        end=end,
        days_so_far=len(counted),
        days_cared=sum(1 for s in sets if s),
        ticks=sum(len(s) for s in sets),
        by_action=tuple((a, sum(1 for s in sets if a in s)) for a in action_ids),
    )


def weekly_summaries(
    ticks: Ticks, start: date, end: date, today: date, action_ids: Sequence[int] = ()
) -> list[WeekSummary]:
    """One summary per week touching ``start``..``end``, oldest first."""
    found: list[WeekSummary] = []
    monday = week_start(start)
    while monday <= end:
        found.append(week_summary(ticks, monday, today, action_ids))
        monday += timedelta(days=7)
    return found


def care_run(ticks: Ticks, today: date) -> CareRun:
    """Days-in-a-row and recent counts up to ``today`` (later days are ignored)."""
    cared = sorted(d for d, ids in ticks.items() if ids and d <= today)
    longest = run = 0
    previous: date | None = None
    for day in cared:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    cared_set = set(cared)
    current = 0
    cursor = today if today in cared_set else today - timedelta(days=1)
    while cursor in cared_set:
        current += 1
        cursor -= timedelta(days=1)
    return CareRun(
        current=current,
        longest=longest,
        last_7=sum(1 for d in cared if d > today - timedelta(days=7)),
        last_30=sum(1 for d in cared if d > today - timedelta(days=30)),
    )


def describe_week(summary: WeekSummary, today: date) -> str:
    """One kind English sentence for a week (reports; the screen words its own).

    Never mentions days without ticks.
    """
    n = summary.days_cared
    current = summary.start <= today <= summary.end
    if n == 0:
        return (
            "This week is still open: one small kind thing counts."
            if current
            else "A quieter week for check-ins. Every day is a fresh start."
        )
    days = "1 day" if n == 1 else f"{n} days"
    return f"You looked after yourself on {days} {'this' if current else 'that'} week."


def describe_run(run: CareRun) -> str | None:
    """A kind English line about the current run, or ``None`` (then say nothing)."""
    if run.current >= 2:
        return f"{run.current} days in a row of looking after yourself."
    if run.current == 1:
        return "You looked after yourself recently. Every small step counts."
    return None
