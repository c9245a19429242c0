"""Fixtures for the journal tests: an encrypted in-memory database and a fake clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlcipher3

from companion.core.clock import FakeClock
from companion.core.journal import Journal
from companion.core.schema import migrate


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
    connection = keyed_connection()
    migrate(connection)
    yield connection
    connection.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 14, 9, 30, tzinfo=UTC))


@pytest.fixture
def journal(conn: sqlcipher3.Connection, clock: FakeClock) -> Journal:
    return Journal(conn, clock)
