"""A small journal and check-in whose every statistic is worked out by hand in the tests.

March 2026 (Monday 2, Monday 9). Times are local; the offset is UTC unless noted.

====  ===================  ====  =====================  ==================
entry  when                 mood  tags                   emotions
====  ===================  ====  =====================  ==================
e1    Mon 2  08:00         4     work                   calm
e2    Mon 2  21:00         2     work                   anxious
e3    Tue 3  13:00         5     outdoors, exercise     calm, grateful
e4    Wed 4  07:00         1     -                      anxious, sad
e5    Wed 4  23:30         -     work                   tired
e6    Sat 7  10:00         3     outdoors, slept well   calm
e7    Mon 9  02:00 (+2h)   4     -                      -
e8    Tue 10 15:00         2     work                   anxious    (in the trash)
e9    Sun 1 Feb 12:00      5     -                      -
====  ===================  ====  =====================  ==================

Day moods: 1 Feb 5.0 · 2 Mar 3.0 (2 entries) · 3 Mar 5.0 · 4 Mar 1.0 · 7 Mar 3.0 · 9 Mar 4.0.

Check-ins: 2 Mar water · 3 Mar water, outdoors · 7 Mar rest · 8 Mar water · 12 Mar outdoors.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlcipher3

from companion.core.checkins.store import CheckinStore
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.insights import Insights
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft, Mood
from companion.core.vault.service import VaultService

PLUS_TWO = timezone(timedelta(hours=2))


def _at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


ENTRIES = (
    ("e1", _at(2, 8), Mood.GOOD, ("work",), ("calm",)),
    ("e2", _at(2, 21), Mood.BAD, ("work",), ("anxious",)),
    ("e3", _at(3, 13), Mood.GREAT, ("outdoors", "exercise"), ("calm", "grateful")),
    ("e4", _at(4, 7), Mood.AWFUL, (), ("anxious", "sad")),
    ("e5", _at(4, 23, 30), None, ("work",), ("tired",)),
    ("e6", _at(7, 10), Mood.OKAY, ("outdoors", "slept well"), ("calm",)),
    ("e7", datetime(2026, 3, 9, 2, 0, tzinfo=PLUS_TWO), Mood.GOOD, (), ()),
    ("e8", _at(10, 15), Mood.BAD, ("work",), ("anxious",)),
    ("e9", _at(1, 12, month=2), Mood.GREAT, (), ()),
)
TICKS = (
    (2, "water"),
    (3, "water"),
    (3, "outdoors"),
    (7, "rest"),
    (8, "water"),
    (12, "outdoors"),
)


@pytest.fixture
def conn() -> Iterator[sqlcipher3.Connection]:
    vault = VaultService(schemas=FEATURE_SCHEMAS).in_memory()
    yield vault.connection
    vault.lock()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 14, 18, 0, tzinfo=UTC))


@pytest.fixture
def filled(conn: sqlcipher3.Connection, clock: FakeClock) -> dict[str, int]:
    """Write the journal and check-ins above; returns entry names and action keys to ids."""
    journal = Journal(conn, clock)
    ids: dict[str, int] = {}
    for name, when, mood, tags, emotions in ENTRIES:
        entry = journal.create(
            EntryDraft(text=name, mood=mood, tags=tags, emotions=emotions, created_at=when)
        )
        ids[name] = entry.id
    journal.delete(ids["e8"])
    checkins = CheckinStore(conn, clock)
    actions = {a.builtin: a.id for a in checkins.actions() if a.builtin}
    for day, key in TICKS:
        checkins.set_done(_at(day, 0).date(), actions[key], True)
    return {**ids, **{f"action:{k}": v for k, v in actions.items()}}


@pytest.fixture
def insights(conn: sqlcipher3.Connection, filled: dict[str, int]) -> Insights:
    return Insights(conn)
