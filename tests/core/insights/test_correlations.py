"""How tags and check-in actions go with mood, against hand-worked figures (conftest.py).

Day moods 1-14 March: 2nd 3.0, 3rd 5.0, 4th 1.0, 7th 3.0, 9th 4.0 (sum 16 over 5 days).
"""

from __future__ import annotations

from datetime import date

import pytest

from companion.core.insights import DateRange, Insights
from companion.core.insights.correlations import Correlation, Source
from companion.core.insights.errors import InvalidRange

MARCH_1_14 = DateRange(date(2026, 3, 1), date(2026, 3, 14))


def rows(insights: Insights, min_days: int) -> dict[str, Correlation]:
    return {
        f"{r.source.value}:{r.name}": r for r in insights.correlations(MARCH_1_14, min_days).rows
    }


def test_tags_by_hand(insights: Insights) -> None:
    found = rows(insights, 1)
    work = found["activity:work"]
    # Days with work: the 2nd and the 4th (e5 has no mood, but the 4th has one from e4);
    # the 10th's work entry is in the trash.
    assert (work.days_with, work.average_with) == (2, pytest.approx((3 + 1) / 2))
    assert (work.days_without, work.average_without) == (3, pytest.approx((5 + 3 + 4) / 3))
    assert work.difference == pytest.approx(-2.0)
    outdoors = found["activity:outdoors"]
    assert (outdoors.days_with, outdoors.average_with) == (2, pytest.approx(4.0))
    assert (outdoors.days_without, outdoors.average_without) == (3, pytest.approx(8 / 3))
    exercise = found["activity:exercise"]
    assert (exercise.days_with, exercise.average_with, exercise.average_without) == (
        1,
        pytest.approx(5.0),
        pytest.approx(11 / 4),
    )
    slept = found["self_care:slept well"]
    assert slept.source is Source.SELF_CARE
    assert (slept.average_with, slept.average_without) == (
        pytest.approx(3.0),
        pytest.approx(13 / 4),
    )
    assert "activity:family" not in found  # tags never used in the range are left out


def test_checkin_actions_by_hand(insights: Insights) -> None:
    found = rows(insights, 1)
    # Check-in used on days with a mood: the 2nd (3.0), 3rd (5.0), 7th (3.0); sum 11.
    water = found["checkin:Drank some water"]  # 2nd, 3rd (8th has no mood)
    assert (water.days_with, water.average_with) == (2, pytest.approx(4.0))
    assert (water.days_without, water.average_without) == (1, pytest.approx(3.0))
    outdoors = found["checkin:Spent time outdoors"]  # 3rd (12th has no mood)
    assert (outdoors.days_with, outdoors.average_with) == (1, pytest.approx(5.0))
    assert (outdoors.days_without, outdoors.average_without) == (2, pytest.approx(3.0))
    rest = found["checkin:Took a moment to rest"]
    assert rest.difference == pytest.approx(3.0 - 4.0)
    sleep = found["checkin:Got some sleep"]  # shown but never ticked
    assert (sleep.days_with, sleep.average_with, sleep.difference) == (0, None, None)
    assert (sleep.days_without, sleep.average_without) == (3, pytest.approx(11 / 3))


def test_nothing_is_claimed_below_the_minimum(insights: Insights) -> None:
    found = rows(insights, 2)
    exercise = found["activity:exercise"]  # one day with
    assert exercise.average_with is None
    assert exercise.difference is None
    assert exercise.average_without == pytest.approx(11 / 4)  # four days without is enough
    assert not exercise.enough
    assert found["activity:work"].enough
    # The default minimum is a week of days on each side: nothing here reaches it.
    assert not any(r.enough for r in insights.correlations(MARCH_1_14).rows)


def test_rows_with_enough_data_come_first_largest_difference_first(insights: Insights) -> None:
    names = [r.name for r in insights.correlations(MARCH_1_14, 2).rows if r.enough]
    assert names == ["outdoors", "work"]  # +1.33, -2.0; nothing else has two days each side
    everything = [r.name for r in insights.correlations(MARCH_1_14, 1).rows]
    assert everything[:3] == ["exercise", "Spent time outdoors", "outdoors"]  # 2.25, 2.0, 1.33


def test_the_correlation_table(insights: Insights) -> None:
    table = insights.correlations(MARCH_1_14, 2).table()
    assert [c.id for c in table.columns] == [
        "name",
        "source",
        "average_with",
        "days_with",
        "average_without",
        "days_without",
        "difference",
    ]
    assert table.text_rows()[0] == ("outdoors", "Activity", "4.00", "2", "2.67", "3", "1.33")
    exercise = next(r for r in table.text_rows() if r[0] == "exercise")
    assert exercise == ("exercise", "Activity", "", "1", "2.75", "4", "")


def test_a_minimum_below_one_is_refused(insights: Insights) -> None:
    with pytest.raises(InvalidRange):
        insights.correlations(MARCH_1_14, 0)


def test_emotion_frequencies_by_hand(insights: Insights) -> None:
    found = insights.emotion_frequencies(MARCH_1_14)
    assert found.total_entries == 7  # e1-e7; e8 is in the trash
    assert [(e.name, e.entries) for e in found.emotions] == [
        ("calm", 3),
        ("anxious", 2),
        ("grateful", 1),
        ("sad", 1),
        ("tired", 1),
    ]
    calm, anxious, *_, tired = found.emotions
    assert calm.share == pytest.approx(3 / 7)
    assert calm.average_mood == pytest.approx(4.0)
    assert anxious.average_mood == pytest.approx(1.5)
    assert tired.average_mood is None  # e5 has no mood
    assert found.table().text_rows()[0] == ("calm", "3", "42.86", "4.00")
