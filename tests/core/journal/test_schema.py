"""Schema creation and the migration machinery (one transaction per step)."""

from __future__ import annotations

import pytest
import sqlcipher3

from companion.core.errors import UnsupportedVersion
from companion.core.schema import SCHEMA_VERSION, STEPS, current_version, migrate
from companion.core.vocabulary import BUILTIN_EMOTIONS, BUILTIN_TAGS

from .conftest import keyed_connection


def _tables(conn: sqlcipher3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_fresh_database_reaches_the_current_version() -> None:
    conn = keyed_connection()
    assert current_version(conn) == 0
    migrate(conn)
    assert current_version(conn) == SCHEMA_VERSION
    assert {"entry", "entry_text", "entry_fts", "tag", "emotion", "meta"} <= _tables(conn)
    assert conn.execute("SELECT count(*) FROM emotion").fetchone()[0] == len(BUILTIN_EMOTIONS)
    assert conn.execute("SELECT count(*) FROM tag").fetchone()[0] == len(BUILTIN_TAGS)
    assert not conn.in_transaction


def test_migrating_twice_changes_nothing(conn: sqlcipher3.Connection) -> None:
    before = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    migrate(conn)
    assert conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == before


def test_a_newer_file_is_refused_untouched() -> None:
    conn = keyed_connection()
    conn.execute("PRAGMA user_version = 99")
    with pytest.raises(UnsupportedVersion) as info:
        migrate(conn)
    assert (info.value.found, info.value.supported) == (99, SCHEMA_VERSION)
    assert _tables(conn) == set()


def test_a_failing_step_rolls_back_to_the_last_good_version() -> None:
    conn = keyed_connection()

    def broken(c: sqlcipher3.Connection) -> None:
        c.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("power cut")

    steps = {**STEPS, SCHEMA_VERSION + 1: broken}
    with pytest.raises(RuntimeError):
        migrate(conn, target=SCHEMA_VERSION + 1, steps=steps)
    assert current_version(conn) == SCHEMA_VERSION
    assert "half_done" not in _tables(conn)
    assert not conn.in_transaction


def test_the_search_tokenizer_folds_diacritics(conn: sqlcipher3.Connection) -> None:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entry_fts'").fetchone()[0]
    assert "unicode61 remove_diacritics 2" in sql
    assert "content = 'entry_text'" in sql
