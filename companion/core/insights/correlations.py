"""How each activity, self-care tag and check-in action goes with mood — honestly.

For each one: the mean day mood on days *with* it and on days *without* it, and how many
days each side has. Below ``min_days`` on either side nothing is claimed: the averages
of the thin side and the difference are ``None`` (the sample sizes are still shown).
These are descriptions of the person's own days, not causes; the screen says so.

Which days count:

* Tags: every day with a mood in the range. "With" = some live entry that day carries
  the tag; "without" = none does.
* Check-in actions: only days with a mood on which the check-in was used (at least one
  action ticked), so days before someone started checking in are not read as days they
  skipped. "With" = ticked that day; "without" = the check-in was used, this one not.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from companion.core.insights.models import DayMood
from companion.core.insights.table import Column, Table
from companion.core.journal.models import TagKind

DEFAULT_MIN_DAYS = 7


class Source(StrEnum):
    ACTIVITY = "activity"
    SELF_CARE = "self_care"
    CHECKIN = "checkin"


@dataclass(frozen=True)
class Correlation:
    """One row. Averages are ``None`` where that side has fewer than ``min_days`` days."""

    source: Source
    id: int  # tag id or check-in action id
    name: str
    days_with: int
    average_with: float | None
    days_without: int
    average_without: float | None

    @property
    def difference(self) -> float | None:
        """Mean mood with minus without; ``None`` unless both sides have enough days."""
        if self.average_with is None or self.average_without is None:
            return None
        return self.average_with - self.average_without

    @property
    def enough(self) -> bool:
        """True when both sides have enough days to say anything."""
        return self.difference is not None


@dataclass(frozen=True)
class CorrelationTable:
    min_days: int
    rows: tuple[Correlation, ...]

    def table(self) -> Table:
        return Table(
            "How activities and self-care go with mood",
            (
                Column("name", "Activity or action"),
                Column("source", "Kind"),
                Column("average_with", "Average mood with", True),
                Column("days_with", "Days with", True),
                Column("average_without", "Average mood without", True),
                Column("days_without", "Days without", True),
                Column("difference", "Difference", True),
            ),
            tuple(
                (
                    r.name,
                    _SOURCE_WORDS[r.source],
                    r.average_with,
                    r.days_with,
                    r.average_without,
                    r.days_without,
                    r.difference,
                )
                for r in self.rows
            ),
        )


_SOURCE_WORDS = {
    Source.ACTIVITY: "Activity",
    Source.SELF_CARE: "Self-care",
    Source.CHECKIN: "Check-in",
}


def _row(
    source: Source,
    key: int,
    name: str,
    days: Iterable[date],
    moods: Mapping[date, DayMood],
    totals: tuple[float, int],
    min_days: int,
) -> Correlation:
    with_sum, with_n = 0.0, 0
    for day in days:
        found = moods.get(day)
        if found is not None:
            with_sum += found.average
            with_n += 1
    out_sum, out_n = totals[0] - with_sum, totals[1] - with_n
    return Correlation(
        source,
        key,
        name,
        with_n,
        with_sum / with_n if with_n >= min_days else None,
        out_n,
        out_sum / out_n if out_n >= min_days else None,
    )


def correlations(
    moods: Mapping[date, DayMood],
    tag_days: Mapping[int, set[date]],
    tags: Mapping[int, tuple[str, int]],
    checkin_days: Mapping[int, set[date]],
    actions: Mapping[int, tuple[str, bool]],
    min_days: int = DEFAULT_MIN_DAYS,
) -> CorrelationTable:
    """The whole table: tags used in the range, then shown (or used) check-in actions.

    Args:
        moods: Day moods of the range.
        tag_days: ``{tag id: days with it}``.
        tags: ``{tag id: (name, kind)}`` in display order.
        checkin_days: ``{action id: days ticked}``.
        actions: ``{action id: (label, shown)}`` in display order.
        min_days: The fewest days on a side before its average is given.

    Returns:
        Rows with enough data first (largest difference first), then the rest by
        most days with.
    """
    rows: list[Correlation] = []
    totals = (sum(m.average for m in moods.values()), len(moods))
    for tag_id, (name, kind) in tags.items():
        days = tag_days.get(tag_id)
        if days:
            source = Source.SELF_CARE if kind == TagKind.SELF_CARE else Source.ACTIVITY
            rows.append(_row(source, tag_id, name, days, moods, totals, min_days))
    used = set().union(*checkin_days.values()) if checkin_days else set()
    used_moods = {d: m for d, m in moods.items() if d in used}
    used_totals = (sum(m.average for m in used_moods.values()), len(used_moods))
    for action_id, (label, shown) in actions.items():
        days = checkin_days.get(action_id, set())
        if shown or days:
            rows.append(
                _row(Source.CHECKIN, action_id, label, days, used_moods, used_totals, min_days)
            )
    rows.sort(key=_order)
    return CorrelationTable(min_days, tuple(rows))


def _order(row: Correlation) -> tuple[bool, float, int, str]:
    difference = row.difference
    return (difference is None, -(difference or 0.0), -row.days_with, row.name.casefold())
