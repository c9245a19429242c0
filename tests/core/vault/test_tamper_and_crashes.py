"""Tampered files are reported as damage without writing; creation survives crashes."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from companion.core.errors import StorageFull, VaultDamaged, WrongPassphrase
from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault import (
    DATABASE_NAME,
    HEADER_NAME,
    Vault,
    VaultInUse,
    connection,
    vault_exists,
)
from companion.core.vault import header as header_module
from companion.core.vault.errors import Cancelled, Damage, DatabaseDamaged
from companion.core.vault.header import read_header
from companion.core.vault.layout import CREATING_NAME

from .conftest import FAST, PASSPHRASE, seal, snapshot

PAGE = 4096


def _make_big(vault_dir: Path) -> None:
    vault, _code = Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    with vault:
        conn = vault.connection
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.executemany("INSERT INTO notes VALUES (?)", [(f"note {i} " * 8,) for i in range(3000)])
        conn.commit()


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["page 1", "salt"])
def test_flipped_byte_at_the_start_is_damage_at_unlock_and_nothing_is_written(
    vault_dir: Path, where: str
) -> None:
    _make_big(vault_dir)
    database = vault_dir / DATABASE_NAME
    _flip(database, {"page 1": 2000, "salt": 3}[where])
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    assert info.value.part == "database"
    assert snapshot(vault_dir) == before  # same hash, size and mtime; no -wal/-shm left


@pytest.mark.parametrize("where", ["data page", "last page"])
def test_flipped_data_page_is_found_by_the_background_check_and_never_written(
    vault_dir: Path, where: str
) -> None:
    """Unlock no longer reads every page (620 ms at 100k entries); the background check
    does. It keeps a copy of the files aside, and the damaged file is never written."""
    _make_big(vault_dir)
    database = vault_dir / DATABASE_NAME
    size = database.stat().st_size
    assert size > 10 * PAGE
    _flip(database, {"data page": 7 * PAGE + 1234, "last page": size - 100}[where])
    damaged = database.read_bytes()
    vault = Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    try:
        with pytest.raises(DatabaseDamaged) as info:
            vault.verify()
        assert info.value.damage is Damage.PAGES
        assert vault.damaged
    finally:
        vault.lock()
    assert database.read_bytes() == damaged, "the damaged database was written"
    assert info.value.kept_aside is not None
    kept = Path(info.value.kept_aside)
    assert (kept / DATABASE_NAME).read_bytes() == damaged
    assert (kept / HEADER_NAME).is_file()


def test_background_check_passes_on_a_healthy_vault_and_reports_progress(vault_dir: Path) -> None:
    _make_big(vault_dir)
    seen: list[tuple[int, int]] = []
    with Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as vault:
        vault.connection.execute("INSERT INTO notes VALUES ('while checking')")
        vault.connection.commit()
        vault.verify(progress=lambda done, total: seen.append((done, total)))
        assert not vault.damaged
    assert seen[-1] == (2, 2)
    assert seen == sorted(seen)


def test_background_check_can_be_cancelled(vault_dir: Path) -> None:
    _make_big(vault_dir)
    with Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as vault:
        with pytest.raises(Cancelled):
            vault.verify(cancelled=lambda: True)
        assert not vault.damaged


def test_damaged_wrapped_key_is_damage_not_a_wrong_passphrase(vault_dir: Path) -> None:
    _make_big(vault_dir)
    header = vault_dir / HEADER_NAME
    text = header.read_text()
    start = text.index('"wrapped_key": "') + len('"wrapped_key": "')
    swapped = "B" if text[start] != "B" else "C"
    header.write_text(text[:start] + swapped + text[start + 1 :])
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    assert info.value.part == "header"
    assert info.value.reason.startswith("checksum mismatch")
    assert snapshot(vault_dir) == before


def test_tampered_wrapped_key_with_a_recomputed_checksum_fails_the_tag(vault_dir: Path) -> None:
    """The checksum is no MAC: a deliberate edit can recompute it, and the GCM tag still
    refuses the changed key (reading as a wrong passphrase), before the database is opened."""
    _make_big(vault_dir)
    header = vault_dir / HEADER_NAME
    doc = json.loads(header.read_bytes())
    wrapped = doc["slots"]["passphrase"]["wrapped_key"]
    doc["slots"]["passphrase"]["wrapped_key"] = ("B" if wrapped[0] != "B" else "C") + wrapped[1:]
    header.write_text(json.dumps(seal(doc)))
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    assert snapshot(vault_dir) == before


def test_check_integrity_is_empty_when_healthy(vault_dir: Path) -> None:
    _make_big(vault_dir)
    with Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as vault:
        assert vault.check_integrity() == []


def test_crash_before_the_header_leaves_no_vault(vault_dir: Path) -> None:
    """A half-built database without a header is thrown away by the next create."""
    vault_dir.mkdir(mode=0o700)
    (vault_dir / CREATING_NAME).write_bytes(os.urandom(PAGE))
    assert not vault_exists(vault_dir)
    vault, _code = Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    vault.lock()
    assert sorted(p.name for p in vault_dir.iterdir()) == sorted([DATABASE_NAME, HEADER_NAME])


def test_crash_between_header_and_rename_is_finished_on_unlock(vault_dir: Path) -> None:
    """Simulate a crash after the header was written but before the final rename."""
    vault, _code = Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    with vault:
        vault.connection.execute("CREATE TABLE notes (body TEXT)")
        vault.connection.execute("INSERT INTO notes VALUES ('made it')")
        vault.connection.commit()
    os.replace(vault_dir / DATABASE_NAME, vault_dir / CREATING_NAME)
    assert vault_exists(vault_dir)
    with pytest.raises(WrongPassphrase):  # a wrong passphrase finishes nothing
        Vault.unlock(vault_dir, "not the passphrase", schemas=FEATURE_SCHEMAS, **FAST)
    assert not (vault_dir / DATABASE_NAME).exists()
    with Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as vault:
        assert vault.connection.execute("SELECT body FROM notes").fetchall() == [("made it",)]
    assert sorted(p.name for p in vault_dir.iterdir()) == sorted([DATABASE_NAME, HEADER_NAME])


def test_a_database_locked_by_another_program_is_in_use_not_damaged(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_big(vault_dir)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_SECONDS", 0.05)
    holder = Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    holder.connection.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.connection.execute("BEGIN EXCLUSIVE")
    holder.connection.execute("INSERT INTO notes VALUES ('held')")
    try:
        with pytest.raises(VaultInUse):
            Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    finally:
        holder.connection.rollback()
        holder.lock()
    with Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as vault:
        assert vault.check_integrity() == []


def test_vault_in_use_is_a_core_error_importable_from_its_old_places() -> None:
    from companion.core import errors
    from companion.core import vault as vault_package

    assert errors.VaultInUse is connection.VaultInUse is vault_package.VaultInUse is VaultInUse
    assert issubclass(VaultInUse, errors.CompanionError)


def test_unlock_removes_header_temp_files_left_by_a_kill(vault_dir: Path) -> None:
    _make_big(vault_dir)
    stale = vault_dir / f".{HEADER_NAME}.0123456789ab.tmp"
    fresh = vault_dir / f".{HEADER_NAME}.ba9876543210.tmp"
    stale.write_bytes(b"{}")
    fresh.write_bytes(b"{}")
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassphrase):  # a failed unlock cleans nothing
        Vault.unlock(vault_dir, "not the passphrase", schemas=FEATURE_SCHEMAS, **FAST)
    assert snapshot(vault_dir) == before
    Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST).lock()
    assert not stale.exists()
    assert fresh.exists()  # may belong to a save in progress


def test_a_torn_page_that_the_wal_replaces_is_not_damage(tmp_path: Path, vault_dir: Path) -> None:
    """A crash during a checkpoint can leave a bad page in the main file while the WAL
    still holds its good copy: that opens (the WAL wins), while the same page without
    the WAL is damage."""
    _make_big(vault_dir)
    copy = tmp_path / "copy"
    vault = Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    conn = vault.connection
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE notes SET body = body || ' edited'")
    conn.commit()
    # A snapshot of the files as a kill -9 would leave them: committed pages in the WAL.
    shutil.copytree(vault_dir, copy)
    vault.lock()
    (copy / f"{DATABASE_NAME}-shm").unlink()
    # The notes table was created last, so the last page is one of its pages: rewritten
    # by the UPDATE, hence in the WAL.
    database = copy / DATABASE_NAME
    _flip(database, database.stat().st_size - PAGE + 500)
    with Vault.unlock(copy, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as recovered:
        edited = recovered.connection.execute(
            "SELECT count(*) FROM notes WHERE body LIKE '% edited'"
        ).fetchone()[0]
        assert edited == 3000
    with Vault.unlock(
        copy, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST
    ) as again:  # the checkpoint rewrote the page
        assert again.check_integrity() == []


def test_a_torn_page_the_wal_does_not_replace_is_damage(tmp_path: Path, vault_dir: Path) -> None:
    _make_big(vault_dir)
    vault = Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    vault.connection.execute("INSERT INTO notes VALUES ('one more')")
    vault.connection.commit()
    shutil.copytree(vault_dir, tmp_path / "copy")
    vault.lock()
    database = tmp_path / "copy" / DATABASE_NAME
    _flip(database, 3 * PAGE + 500)  # an early page the single insert did not touch
    (tmp_path / "copy" / f"{DATABASE_NAME}-shm").unlink()
    damaged = database.read_bytes()
    assert (tmp_path / "copy" / f"{DATABASE_NAME}-wal").stat().st_size > 0
    recovered = Vault.unlock(tmp_path / "copy", PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    try:
        with pytest.raises(DatabaseDamaged):
            recovered.verify()
    finally:
        recovered.lock()
    # Not checkpointed into the damaged file: the WAL was kept, the file is as it was.
    assert database.read_bytes() == damaged
    assert (tmp_path / "copy" / f"{DATABASE_NAME}-wal").stat().st_size > 0


def _disk_full(*_args: object) -> None:
    raise StorageFull("vault.header")


def test_disk_full_while_creating_leaves_nothing(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(header_module, "atomic_write_bytes", _disk_full)
    with pytest.raises(StorageFull):
        Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    assert list(vault_dir.iterdir()) == []
    assert not vault_exists(vault_dir)


def test_disk_full_while_changing_keeps_the_old_passphrase(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_big(vault_dir)
    before = read_header(vault_dir / HEADER_NAME)
    with Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as vault:
        monkeypatch.setattr(header_module, "atomic_write_bytes", _disk_full)
        with pytest.raises(StorageFull):
            vault.change_passphrase(PASSPHRASE, "a new passphrase", **FAST)
        with pytest.raises(StorageFull):
            vault.replace_recovery_code(PASSPHRASE, **FAST)
        assert vault.connection.execute("SELECT count(*) FROM notes").fetchone()[0] == 3000
    after = read_header(vault_dir / HEADER_NAME)
    assert (after.passphrase, after.recovery) == (before.passphrase, before.recovery)
    Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST).lock()


@pytest.mark.parametrize("table", ["schema_version", "sqlite_master"])
def test_a_damaged_page_the_schema_check_reads_is_damage_not_a_crash(
    vault_dir: Path, table: str
) -> None:
    """A flip in a page unlock reads only while checking the features' versions must be
    reported as damage (typed, nothing written), never as SQLite's bare error."""
    _make_big(vault_dir)
    with Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as vault:
        if table == "sqlite_master":
            page = 1
        else:
            row = vault.connection.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
            ).fetchone()
            page = int(row[0])
    database = vault_dir / DATABASE_NAME
    _flip(database, (page - 1) * PAGE + PAGE // 2)
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    assert info.value.part == "database"
    assert snapshot(vault_dir) == before
