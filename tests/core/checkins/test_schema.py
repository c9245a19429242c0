"""The check-in registers its tables with the vault's migration runner."""

from __future__ import annotations

import pytest
import sqlcipher3

from companion.core.checkins.schema import CHECKINS_SCHEMA
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.schema import JOURNAL_SCHEMA
from companion.core.vault.connection import open_memory_database
from companion.core.vault.migrations import migrate, pending_steps, stored_versions


def test_registered_once_and_created_with_the_defaults() -> None:
    assert [s.feature for s in FEATURE_SCHEMAS].count("checkins") == 1
    conn = open_memory_database()
    migrate(conn, FEATURE_SCHEMAS)
    assert stored_versions(conn)["checkins"] == CHECKINS_SCHEMA.version == 1
    assert conn.execute("SELECT count(*) FROM checkin_action").fetchone()[0] == 8
    migrate(conn, FEATURE_SCHEMAS)  # a second open changes nothing
    assert conn.execute("SELECT count(*) FROM checkin_action").fetchone()[0] == 8
    assert pending_steps(conn, FEATURE_SCHEMAS) == 0


def test_an_older_vault_gains_the_tables_without_losing_anything() -> None:
    conn = open_memory_database()
    migrate(conn, [JOURNAL_SCHEMA])
    before = conn.execute("SELECT count(*) FROM tag").fetchone()[0]
    migrate(conn, FEATURE_SCHEMAS)
    assert conn.execute("SELECT count(*) FROM tag").fetchone()[0] == before
    assert stored_versions(conn) == {s.feature: s.version for s in FEATURE_SCHEMAS}
    assert set(stored_versions(conn)) >= {"journal", "safety_plan", "checkins"}


def test_ticks_need_an_existing_action() -> None:
    conn = open_memory_database()
    migrate(conn, FEATURE_SCHEMAS)
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute("INSERT INTO checkin_tick (day, action_id) VALUES ('2026-03-14', 999)")
