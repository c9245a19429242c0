"""Fixtures for the insights and report screens: a session with a year and a half of
entries and check-ins, made from a fixed seed so every run sees the same days."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from companion.core.checkins.store import CheckinStore
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.models import EntryDraft, Mood
from companion.core.vault import Vault
from companion.ui.shell.session import Session

DAYS = 540


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 14, 18, 0, tzinfo=UTC))


def fill(session: Session, clock: FakeClock, days: int = DAYS, seed: int = 11) -> None:
    """Entries on about three days in four, with moods, tags and emotions, and ticks."""
    rng = random.Random(seed)
    store = CheckinStore(session.vault.connection, clock)
    actions = store.actions()
    now = clock.now()
    for back in range(days):
        day = now - timedelta(days=back)
        if rng.random() < 0.25:
            continue
        mood = Mood(rng.choice((1, 2, 3, 3, 4, 4, 4, 5)))
        tags = tuple(t for t in ("work", "friends", "exercise") if rng.random() < 0.4)
        emotions = tuple(e for e in ("calm", "tired", "hopeful") if rng.random() < 0.3)
        session.journal.create(
            EntryDraft(
                text=f"Sample day {back}",
                mood=mood,
                tags=tags,
                emotions=emotions,
                created_at=day.replace(hour=rng.randint(6, 22)),
            )
        )
        for action in actions[:4]:
            if rng.random() < 0.5:
                store.set_done(day.date(), action.id, True)
    session.entries_changed.emit()


@pytest.fixture
def session(qapp: object, clock: FakeClock) -> Iterator[Session]:
    s = Session(clock)
    s.attach(Vault.in_memory(schemas=FEATURE_SCHEMAS, clock=clock))
    fill(s, clock)
    yield s
    s.lock()
