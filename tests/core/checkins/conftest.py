"""Fixtures: a real encrypted in-memory vault with every feature's tables, a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlcipher3

from companion.core.checkins.store import CheckinStore
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault.service import VaultService


@pytest.fixture
def conn() -> Iterator[sqlcipher3.Connection]:
    vault = VaultService(schemas=FEATURE_SCHEMAS).in_memory()
    yield vault.connection
    vault.lock()


@pytest.fixture
def clock() -> FakeClock:
    # Saturday 14 March 2026.
    return FakeClock(datetime(2026, 3, 14, 9, 30, tzinfo=UTC))


@pytest.fixture
def store(conn: sqlcipher3.Connection, clock: FakeClock) -> CheckinStore:
    return CheckinStore(conn, clock)
