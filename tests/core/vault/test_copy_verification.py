"""Verifying a copy of the database: every kind of damage it must catch, on real files."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlcipher3

from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft
from companion.core.vault import DATABASE_NAME, Vault
from companion.core.vault.connection import apply_key
from companion.core.vault.copying import copy_main_file, table_counts, verify_copy
from companion.core.vault.errors import BackupFailed
from companion.core.vault.progress import Ticker
from companion.core.vault.service import VaultService

from .conftest import PASSPHRASE

PAGE = 4096
Copied = tuple[Path, bytearray, dict[str, int]]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 5, 4, 12, 0, tzinfo=UTC))


@pytest.fixture
def copied(vault_dir: Path, tmp_path: Path, clock: FakeClock) -> Copied:
    """A checkpointed copy of a journal with 60 entries, its key and its row counts."""
    service = VaultService.fast_for_tests(FEATURE_SCHEMAS, clock)
    vault, _code = service.create(vault_dir, PASSPHRASE)
    _fill(vault, clock)
    assert vault._dek is not None
    key = bytearray(vault._dek)
    target = tmp_path / "copy.db"
    with vault._guard:
        vault.checkpoint()
        counts = table_counts(vault.connection)
        digest = copy_main_file(vault_dir / DATABASE_NAME, target, Ticker(None, None))
    vault.lock()
    assert digest == hashlib.sha256(target.read_bytes()).hexdigest()
    return target, key, counts


def _fill(vault: Vault, clock: FakeClock) -> None:
    journal = Journal(vault.connection, clock)
    for number in range(60):
        journal.create(
            EntryDraft(text=f"entry {number} " + "a longer day described in words " * 20)
        )


def _writable(path: Path, key: bytearray) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path))
    apply_key(conn, key)
    return conn


def test_a_sound_copy_verifies_and_its_digest_is_the_files(
    copied: Copied,
) -> None:
    path, key, counts = copied
    digest = verify_copy(path, key, counts, Ticker(None, None))
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert counts["entry"] == 60


def test_an_index_that_disagrees_with_its_table_is_caught(
    copied: Copied,
) -> None:
    path, key, counts = copied
    conn = _writable(path, key)
    # Declaring the index over another expression leaves its stored keys wrong for every
    # row: every page still authenticates, only the structure check can see it.
    conn.execute("PRAGMA writable_schema = ON")
    changed = conn.execute(
        "UPDATE sqlite_schema SET sql = replace(sql, '(local_date)', '(local_date || ''x'')')"
        " WHERE name = 'entry_day'"
    ).rowcount
    conn.commit()
    assert changed == 1
    conn.close()
    with pytest.raises(BackupFailed, match="entry_day"):
        verify_copy(path, key, counts, Ticker(None, None))


def test_a_damaged_page_is_caught(copied: Copied) -> None:
    path, key, counts = copied
    data = bytearray(path.read_bytes())
    data[3 * PAGE + 100] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(BackupFailed, match="verify"):
        verify_copy(path, key, counts, Ticker(None, None))


def test_rows_the_source_has_and_the_copy_lacks_are_caught(
    copied: Copied,
) -> None:
    path, key, counts = copied
    expected = {**counts, "entry": counts["entry"] + 1}
    with pytest.raises(BackupFailed, match="row counts differ in entry"):
        verify_copy(path, key, expected, Ticker(None, None))
