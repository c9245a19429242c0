"""The safety plan registers its tables with the vault's migration runner."""

from __future__ import annotations

from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.schema import JOURNAL_SCHEMA
from companion.core.safety_plan.schema import SAFETY_PLAN_SCHEMA
from companion.core.vault.connection import open_memory_database
from companion.core.vault.migrations import migrate, pending_steps, stored_versions


def test_it_is_registered_once_in_the_feature_list() -> None:
    assert [s.feature for s in FEATURE_SCHEMAS].count("safety_plan") == 1
    assert SAFETY_PLAN_SCHEMA.version == 1


def test_a_journal_only_vault_gains_the_tables_and_keeps_its_entries() -> None:
    conn = open_memory_database()
    migrate(conn, [JOURNAL_SCHEMA])
    conn.execute(
        "INSERT INTO entry (created_us, created_offset, local_date, edited_us, edited_offset)"
        " VALUES (0, 0, '1970-01-01', 0, 0)"
    )
    conn.commit()
    assert pending_steps(conn, FEATURE_SCHEMAS) >= 1
    migrate(conn, FEATURE_SCHEMAS)
    assert stored_versions(conn)["safety_plan"] == 1
    assert pending_steps(conn, FEATURE_SCHEMAS) == 0
    assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"safety_plan", "safety_plan_item"} <= tables
