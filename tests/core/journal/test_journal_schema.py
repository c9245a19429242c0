"""The journal's tables, created and upgraded through the vault's migration runner."""

from __future__ import annotations

import pytest
import sqlcipher3

from companion.core.errors import UnsupportedVersion
from companion.core.journal.schema import JOURNAL_SCHEMA, SCHEMA_VERSION
from companion.core.journal.vocabulary import BUILTIN_EMOTIONS, BUILTIN_TAGS
from companion.core.vault.migrations import migrate, stored_versions

from .conftest import keyed_connection


def _tables(conn: sqlcipher3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_fresh_database_reaches_the_current_version() -> None:
    conn = keyed_connection()
    assert stored_versions(conn, [JOURNAL_SCHEMA]) == {}
    migrate(conn, [JOURNAL_SCHEMA])
    assert stored_versions(conn) == {"journal": SCHEMA_VERSION}
    assert {"entry", "entry_text", "entry_fts", "tag", "emotion", "meta"} <= _tables(conn)
    assert conn.execute("SELECT count(*) FROM emotion").fetchone()[0] == len(BUILTIN_EMOTIONS)
    assert conn.execute("SELECT count(*) FROM tag").fetchone()[0] == len(BUILTIN_TAGS)
    # Companion 0.1 reads user_version: it must see the journal's version and refuse newer.
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert not conn.in_transaction


def test_migrating_twice_changes_nothing(conn: sqlcipher3.Connection) -> None:
    before = conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    migrate(conn, [JOURNAL_SCHEMA])
    assert conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == before


def test_a_file_from_before_per_feature_versions_is_recognised() -> None:
    conn = keyed_connection()
    migrate(conn, [JOURNAL_SCHEMA])
    conn.execute("DROP TABLE schema_version")  # as Companion 0.1 left it: user_version only
    assert stored_versions(conn, [JOURNAL_SCHEMA]) == {"journal": SCHEMA_VERSION}
    before = conn.execute("SELECT count(*) FROM tag").fetchone()[0]
    migrate(conn, [JOURNAL_SCHEMA])  # must not try to create the tables again
    assert stored_versions(conn) == {"journal": SCHEMA_VERSION}
    assert conn.execute("SELECT count(*) FROM tag").fetchone()[0] == before


def test_a_newer_file_is_refused_untouched() -> None:
    conn = keyed_connection()
    conn.execute("PRAGMA user_version = 99")
    with pytest.raises(UnsupportedVersion) as info:
        migrate(conn, [JOURNAL_SCHEMA])
    assert (info.value.found, info.value.supported) == (99, SCHEMA_VERSION)
    assert _tables(conn) == set()


def test_the_search_tokenizer_folds_diacritics(conn: sqlcipher3.Connection) -> None:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entry_fts'").fetchone()[0]
    assert "unicode61 remove_diacritics 2" in sql
    assert "content = 'entry_text'" in sql
