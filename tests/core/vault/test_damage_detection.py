"""Damage SQLite would hide is reported before anything is written (see opening.py).

Every case: unlock raises ``DatabaseDamaged`` with the right kind, and the vault folder
is exactly as it was (hash, size and mtime of every file; nothing created). Positive
controls check that the legitimate states around each case still open.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from companion.core.errors import WrongPassphrase
from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault import DATABASE_NAME, HEADER_NAME, Vault
from companion.core.vault import vault as vault_module
from companion.core.vault.connection import apply_key
from companion.core.vault.errors import Damage, DatabaseDamaged
from companion.core.vault.header import read_header
from companion.core.vault.restore import unwrap_with

from .conftest import FAST, PASSPHRASE, snapshot

PAGE = 4096


def _unlock(folder: Path, passphrase: str = PASSPHRASE) -> Vault:
    return Vault.unlock(folder, passphrase, schemas=FEATURE_SCHEMAS, **FAST)


def _make(folder: Path, notes: int = 200) -> None:
    vault, _code = Vault.create(folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    with vault:
        vault.connection.execute("CREATE TABLE notes (body TEXT)")
        vault.connection.executemany(
            "INSERT INTO notes VALUES (?)", [(f"note {i} " * 20,) for i in range(notes)]
        )
        vault.connection.commit()


def _write_notes(vault: Vault, count: int, tag: str) -> None:
    for i in range(count):
        vault.connection.execute("INSERT INTO notes VALUES (?)", (f"{tag} {i} " * 50,))
        vault.connection.commit()


def _crash_copy(vault: Vault, target: Path) -> Path:
    """The files as a kill -9 would leave them now (no -shm: it is rebuilt)."""
    assert vault.folder is not None
    shutil.copytree(vault.folder, target)
    (target / f"{DATABASE_NAME}-shm").unlink(missing_ok=True)
    return target


def _expect(folder: Path, damage: Damage) -> None:
    before = snapshot(folder)
    with pytest.raises(DatabaseDamaged) as info:
        _unlock(folder)
    assert info.value.damage is damage, info.value
    assert info.value.part == "database"
    assert snapshot(folder) == before, "a damaged vault was written to"


@pytest.mark.parametrize("size", [0, 1, PAGE // 2, PAGE - 1])
def test_a_database_shorter_than_a_page_is_damage(vault_dir: Path, size: int) -> None:
    _make(vault_dir)
    database = vault_dir / DATABASE_NAME
    with database.open("r+b") as handle:
        handle.truncate(size)
    _expect(vault_dir, Damage.TOO_SHORT)


def test_a_database_cut_in_the_middle_of_a_page_is_damage(vault_dir: Path) -> None:
    _make(vault_dir)
    database = vault_dir / DATABASE_NAME
    with database.open("r+b") as handle:
        handle.truncate(database.stat().st_size - PAGE // 2)
    _expect(vault_dir, Damage.TOO_SHORT)


def test_a_zero_byte_database_with_its_wal_is_damage_and_the_wal_is_kept(
    vault_dir: Path, tmp_path: Path
) -> None:
    """SQLite deletes the WAL of an empty database file: it must never get the chance."""
    _make(vault_dir)
    vault = _unlock(vault_dir)
    _write_notes(vault, 3, "late")
    crashed = _crash_copy(vault, tmp_path / "crashed")
    vault.lock()
    (crashed / DATABASE_NAME).write_bytes(b"")
    _expect(crashed, Damage.TOO_SHORT)
    assert (crashed / f"{DATABASE_NAME}-wal").stat().st_size > 0


def test_a_database_without_our_tables_is_damage(vault_dir: Path) -> None:
    _make(vault_dir)
    dek = unwrap_with(read_header(vault_dir / HEADER_NAME), PASSPHRASE)
    import sqlcipher3

    conn = sqlcipher3.connect(str(vault_dir / DATABASE_NAME))
    apply_key(conn, dek)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    conn.execute("PRAGMA foreign_keys = OFF")
    for name in names:
        if not name.startswith(("sqlite_", "entry_fts_")):
            conn.execute(f'DROP TABLE IF EXISTS "{name}"')
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    conn.close()
    assert not (vault_dir / f"{DATABASE_NAME}-wal").exists()
    _expect(vault_dir, Damage.NOT_A_JOURNAL)


def test_a_wal_damaged_in_the_middle_is_damage(vault_dir: Path, tmp_path: Path) -> None:
    _make(vault_dir)
    vault = _unlock(vault_dir)
    _write_notes(vault, 12, "acknowledged")
    crashed = _crash_copy(vault, tmp_path / "crashed")
    vault.lock()
    wal = crashed / f"{DATABASE_NAME}-wal"
    data = bytearray(wal.read_bytes())
    data[32 + 3 * (24 + PAGE) + 500] ^= 0x04  # page data of the fourth frame
    wal.write_bytes(bytes(data))
    _expect(crashed, Damage.LOG_DAMAGED)


def test_a_crash_copy_opens_with_every_acknowledged_commit(vault_dir: Path, tmp_path: Path) -> None:
    """Positive control for the cases around it."""
    _make(vault_dir)
    vault = _unlock(vault_dir)
    _write_notes(vault, 12, "acknowledged")
    crashed = _crash_copy(vault, tmp_path / "crashed")
    vault.lock()
    with _unlock(crashed) as reopened:
        rows = reopened.connection.execute(
            "SELECT count(*) FROM notes WHERE body LIKE 'acknowledged%'"
        ).fetchone()[0]
        assert rows == 12
        reopened.verify()


def test_a_missing_wal_is_damage(vault_dir: Path, tmp_path: Path) -> None:
    _make(vault_dir)
    vault = _unlock(vault_dir)
    _write_notes(vault, 5, "in the log only")
    crashed = _crash_copy(vault, tmp_path / "crashed")
    vault.lock()
    (crashed / f"{DATABASE_NAME}-wal").unlink()
    _expect(crashed, Damage.OLDER_THAN_HEADER)


def test_an_older_database_put_back_is_damage(vault_dir: Path, tmp_path: Path) -> None:
    _make(vault_dir)
    older = tmp_path / "older.db"
    shutil.copyfile(vault_dir / DATABASE_NAME, older)
    with _unlock(vault_dir) as vault:
        _write_notes(vault, 3, "newer")
    shutil.copyfile(older, vault_dir / DATABASE_NAME)
    _expect(vault_dir, Damage.OLDER_THAN_HEADER)


def test_an_old_database_with_a_new_wal_is_damage(vault_dir: Path, tmp_path: Path) -> None:
    _make(vault_dir)
    older = tmp_path / "older.db"
    shutil.copyfile(vault_dir / DATABASE_NAME, older)
    with _unlock(vault_dir) as vault:
        _write_notes(vault, 3, "session one")
    vault = _unlock(vault_dir)
    _write_notes(vault, 3, "session two")
    crashed = _crash_copy(vault, tmp_path / "crashed")
    vault.lock()
    shutil.copyfile(older, crashed / DATABASE_NAME)
    _expect(crashed, Damage.OLDER_THAN_LOG)


@pytest.mark.parametrize("same_passphrase", [True, False])
def test_a_header_from_another_journal_is_damage_whatever_the_passphrase(
    tmp_path: Path, same_passphrase: bool
) -> None:
    _make(tmp_path / "a")
    other = "another journal's words" if not same_passphrase else PASSPHRASE
    Vault.create(tmp_path / "b", other, schemas=FEATURE_SCHEMAS, **FAST)[0].lock()
    shutil.copyfile(tmp_path / "b" / HEADER_NAME, tmp_path / "a" / HEADER_NAME)
    _expect(tmp_path / "a", Damage.WRONG_DATABASE)


def test_a_lock_cut_short_after_its_checkpoint_still_opens(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The header could not be rewritten at lock: the vault's own checkpoint stops, and
    SQLite's on close folds the WAL in anyway. Not damage: the counters agree."""
    _make(vault_dir)
    vault = _unlock(vault_dir)
    _write_notes(vault, 3, "kept")

    def cut(self: Vault, counter: int, page1: bytes | None = None) -> None:
        raise OSError("killed")

    monkeypatch.setattr(vault_module.Vault, "_record", cut)
    vault.lock()
    monkeypatch.undo()
    assert not (vault_dir / f"{DATABASE_NAME}-wal").exists()
    with _unlock(vault_dir) as reopened:
        count = reopened.connection.execute(
            "SELECT count(*) FROM notes WHERE body LIKE 'kept%'"
        ).fetchone()[0]
        assert count == 3


def test_a_wrong_passphrase_touches_nothing_even_with_a_wal(
    vault_dir: Path, tmp_path: Path
) -> None:
    _make(vault_dir)
    vault = _unlock(vault_dir)
    _write_notes(vault, 2, "x")
    crashed = _crash_copy(vault, tmp_path / "crashed")
    vault.lock()
    before = snapshot(crashed)
    with pytest.raises(WrongPassphrase):
        _unlock(crashed, "not the passphrase")
    assert snapshot(crashed) == before


def test_an_existing_folder_keeps_its_permissions(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o755)
    Vault.create(shared / "vault", PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)[0].lock()
    assert shared.stat().st_mode & 0o777 == 0o755
    assert (shared / "vault").stat().st_mode & 0o777 == 0o700
    existing = tmp_path / "existing"
    existing.mkdir()
    os.chmod(existing, 0o750)
    Vault.create(existing, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)[0].lock()
    _unlock(existing).lock()
    assert existing.stat().st_mode & 0o777 == 0o750
    assert (existing / DATABASE_NAME).stat().st_mode & 0o777 == 0o600
    assert (existing / HEADER_NAME).stat().st_mode & 0o777 == 0o600


def test_a_header_that_cannot_be_written_never_leads_to_a_false_alarm(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A checkpoint whose record fails stops before the main file changes, so saves
    after it and a crash still open."""
    _make(vault_dir)
    vault = _unlock(vault_dir)
    _write_notes(vault, 3, "before")

    def refuse(self: Vault, header: object) -> None:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(vault_module.Vault, "_replace_header", refuse)
    with pytest.raises(OSError, match="Permission denied"):
        vault.checkpoint()
    monkeypatch.undo()
    _write_notes(vault, 3, "after")
    crashed = _crash_copy(vault, tmp_path / "crashed")
    vault.lock()
    with _unlock(crashed) as reopened:
        count = reopened.connection.execute("SELECT count(*) FROM notes").fetchone()[0]
        assert count == 206


def test_a_crash_between_the_record_and_its_checkpoint_still_opens(
    vault_dir: Path, tmp_path: Path
) -> None:
    from companion.core.vault.wal import last_committed_page1

    _make(vault_dir)
    vault = _unlock(vault_dir)
    _write_notes(vault, 3, "in the log")
    expected = last_committed_page1(vault_dir / f"{DATABASE_NAME}-wal")
    assert expected is not None
    counter = vault.connection.execute("PRAGMA application_id").fetchone()[0]
    vault._record(counter, expected)  # what a checkpoint writes first; then the kill
    crashed = _crash_copy(vault, tmp_path / "crashed")
    vault.lock()
    assert read_header(crashed / HEADER_NAME).database.page1 == expected  # type: ignore[union-attr]
    with _unlock(crashed) as reopened:
        count = reopened.connection.execute("SELECT count(*) FROM notes").fetchone()[0]
        assert count == 203
