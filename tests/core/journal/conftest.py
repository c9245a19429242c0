"""Fixtures for the journal tests: an encrypted in-memory vault and a fake clock.

``keyed_connection`` builds a bare keyed SQLCipher connection the way the vault does, for
the schema tests that must start from an empty, unmigrated database.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlcipher3

from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import Journal
from companion.core.vault import Vault


def keyed_connection(path: str = ":memory:") -> sqlcipher3.Connection:
    """A SQLCipher connection set up like the vault's (random raw key, memory temp store)."""
    conn = sqlcipher3.connect(path)
    conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    return conn


@pytest.fixture
def conn() -> Iterator[sqlcipher3.Connection]:
    """The connection of a real encrypted in-memory vault (the guest-mode vault)."""
    vault = Vault.in_memory(schemas=FEATURE_SCHEMAS)
    yield vault.connection
    vault.lock()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 14, 9, 30, tzinfo=UTC))


@pytest.fixture
def journal(conn: sqlcipher3.Connection, clock: FakeClock) -> Journal:
    return Journal(conn, clock)
