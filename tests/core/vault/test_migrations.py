"""The migration runner: features register steps; the vault runs them, one transaction each."""

from __future__ import annotations

import pytest
import sqlcipher3

from companion.core.errors import UnsupportedVersion
from companion.core.vault.connection import open_memory_database
from companion.core.vault.migrations import (
    FeatureSchema,
    migrate,
    pending_steps,
    split_script,
    stored_versions,
)


def _tables(conn: sqlcipher3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _create(table: str) -> FeatureSchema:
    return FeatureSchema(table, (lambda c: c.execute(f"CREATE TABLE {table} (x)"),))


def test_each_feature_gets_its_tables_and_its_own_version() -> None:
    conn = open_memory_database()
    notes = FeatureSchema(
        "notes",
        (
            lambda c: c.execute("CREATE TABLE note (body TEXT)"),
            lambda c: c.execute("ALTER TABLE note ADD COLUMN pinned INTEGER"),
        ),
    )
    schemas = [_create("plan"), notes]
    assert pending_steps(conn, schemas) == 3
    migrate(conn, schemas)
    assert stored_versions(conn) == {"plan": 1, "notes": 2}
    assert {"plan", "note", "schema_version"} <= _tables(conn)
    assert pending_steps(conn, schemas) == 0
    assert not conn.in_transaction


def test_a_feature_added_later_is_created_without_touching_the_others() -> None:
    conn = open_memory_database()
    migrate(conn, [_create("plan")])
    conn.execute("INSERT INTO plan VALUES (1)")
    conn.commit()
    migrate(conn, [_create("plan"), _create("checkin")])
    assert stored_versions(conn) == {"plan": 1, "checkin": 1}
    assert conn.execute("SELECT x FROM plan").fetchall() == [(1,)]


def test_a_failing_step_rolls_back_to_the_last_good_version() -> None:
    conn = open_memory_database()

    def broken(c: sqlcipher3.Connection) -> None:
        c.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    good = _create("plan")
    with pytest.raises(RuntimeError):
        migrate(conn, [FeatureSchema("plan", (*good.steps, broken))])
    assert stored_versions(conn) == {"plan": 1}
    assert "half_done" not in _tables(conn)
    assert not conn.in_transaction


def test_a_newer_feature_version_is_refused_before_any_step_runs() -> None:
    conn = open_memory_database()
    migrate(conn, [FeatureSchema("plan", (*_create("plan").steps, lambda c: None))])
    with pytest.raises(UnsupportedVersion) as info:
        migrate(conn, [_create("other"), _create("plan")])
    assert (info.value.found, info.value.supported) == (2, 1)
    assert "other" not in _tables(conn)


def test_a_feature_registered_twice_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="twice"):
        migrate(open_memory_database(), [_create("plan"), _create("plan")])


def test_scripts_split_into_statements_with_triggers_whole() -> None:
    script = """
    -- a comment
    CREATE TABLE a (x);
    CREATE TRIGGER t AFTER INSERT ON a BEGIN
        INSERT INTO a VALUES (1);
        INSERT INTO a VALUES (2);
    END;
    """
    statements = split_script(script)
    assert len(statements) == 2
    assert statements[1].strip().endswith("END;")
    with pytest.raises(ValueError, match="unterminated"):
        split_script("CREATE TABLE b (x)")
