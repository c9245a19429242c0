"""Weekly summaries and runs of days, checked against figures worked out by hand."""

from __future__ import annotations

from datetime import date

from companion.core.checkins.summary import (
    CareRun,
    care_run,
    describe_run,
    describe_week,
    week_start,
    week_summary,
    weekly_summaries,
)

# March 2026: Monday 2, 9, 16. Ticks (action ids):
#   Mon 2: {1, 2}   Tue 3: {1}   Wed 4: -   Thu 5: {3}   Fri 6: {1}   Sat 7: -   Sun 8: {2}
#   Mon 9: {1}      Tue 10: {1, 2, 3}      Wed 11: {} (an empty set counts as nothing)
TICKS = {
    date(2026, 3, 2): frozenset({1, 2}),
    date(2026, 3, 3): frozenset({1}),
    date(2026, 3, 5): frozenset({3}),
    date(2026, 3, 6): frozenset({1}),
    date(2026, 3, 8): frozenset({2}),
    date(2026, 3, 9): frozenset({1}),
    date(2026, 3, 10): frozenset({1, 2, 3}),
    date(2026, 3, 11): frozenset(),
}


def test_a_past_week_by_hand() -> None:
    week = week_summary(TICKS, date(2026, 3, 5), today=date(2026, 3, 11), action_ids=(1, 2, 3, 4))
    assert (week.start, week.end) == (date(2026, 3, 2), date(2026, 3, 8))
    assert week.days_so_far == 7
    assert week.days_cared == 5  # Mon, Tue, Thu, Fri, Sun
    assert week.ticks == 2 + 1 + 1 + 1 + 1
    assert week.by_action == ((1, 3), (2, 2), (3, 1), (4, 0))


def test_the_current_week_counts_only_days_so_far() -> None:
    week = week_summary(TICKS, date(2026, 3, 11), today=date(2026, 3, 11))
    assert week.days_so_far == 3  # Mon 9, Tue 10, Wed 11
    assert week.days_cared == 2
    assert week.ticks == 4


def test_weeks_touching_a_range() -> None:
    weeks = weekly_summaries(TICKS, date(2026, 3, 4), date(2026, 3, 10), today=date(2026, 3, 11))
    assert [(w.start, w.days_cared) for w in weeks] == [
        (date(2026, 3, 2), 5),
        (date(2026, 3, 9), 2),
    ]
    assert week_start(date(2026, 3, 8)) == date(2026, 3, 2)


def test_runs_by_hand() -> None:
    # Seven days with ticks. Runs: 2-3 (2 days), 5-6 (2), 8-9-10 (3). Today, Wednesday
    # 11, has nothing ticked yet, so the run ending yesterday is still the current one.
    assert care_run(TICKS, date(2026, 3, 11)) == CareRun(current=3, longest=3, last_7=5, last_30=7)
    # Thursday 12 with nothing on 11: no current run, and nothing else changes but the window.
    assert care_run(TICKS, date(2026, 3, 12)) == CareRun(current=0, longest=3, last_7=4, last_30=7)
    # Looking from the 6th: later ticks do not count.
    assert care_run(TICKS, date(2026, 3, 6)) == CareRun(current=2, longest=2, last_7=4, last_30=4)
    assert care_run({}, date(2026, 3, 6)) == CareRun(0, 0, 0, 0)


def test_the_words_never_count_what_was_missed() -> None:
    today = date(2026, 3, 11)
    past = week_summary(TICKS, date(2026, 3, 2), today)
    assert describe_week(past, today) == "You looked after yourself on 5 days that week."
    one = week_summary({date(2026, 3, 9): frozenset({1})}, today, today)
    assert describe_week(one, today) == "You looked after yourself on 1 day this week."
    empty = week_summary({}, today, today)
    words = describe_week(empty, today) + describe_week(week_summary({}, past.start, today), today)
    for word in ("broke", "missed", "lost", "failed", "only", "streak"):
        assert word not in words.lower()
    assert describe_run(CareRun(3, 3, 5, 8)) == "3 days in a row of looking after yourself."
    assert describe_run(CareRun(0, 3, 4, 8)) is None
