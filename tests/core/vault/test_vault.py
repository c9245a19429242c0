"""The Vault lifecycle: create, unlock, lock, in-memory, files and permissions."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from companion.core.clock import FakeClock
from companion.core.errors import (
    UnsupportedVersion,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import schema
from companion.core.vault import (
    DATABASE_NAME,
    HEADER_NAME,
    TEST_KDF_PARAMS,
    RecoveryCode,
    Vault,
    vault_exists,
    vault_files,
)
from companion.core.vault.header import read_header

from .conftest import FAST, PASSPHRASE, SQLITE_MAGIC, seal, snapshot

EXPECTED_PRAGMAS = {
    "temp_store": 2,
    "journal_mode": "wal",
    "synchronous": 2,
    "foreign_keys": 1,
    "secure_delete": 1,
}


def _pragmas(vault: Vault) -> dict[str, object]:
    conn = vault.connection
    return {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in EXPECTED_PRAGMAS}


def _make(vault_dir: Path, text: str = "first note") -> RecoveryCode:
    vault, code = Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    with vault:
        vault.connection.execute("CREATE TABLE notes (body TEXT)")
        vault.connection.execute("INSERT INTO notes VALUES (?)", (text,))
        vault.connection.commit()
    return code


def _notes(vault: Vault) -> list[str]:
    return [row[0] for row in vault.connection.execute("SELECT body FROM notes")]


def test_create_then_unlock_round_trip(vault_dir: Path) -> None:
    assert not vault_exists(vault_dir)
    _make(vault_dir, "hello again")
    assert vault_exists(vault_dir)
    with Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as vault:
        assert _notes(vault) == ["hello again"]
        assert not vault.is_memory
        assert vault.folder == vault_dir
        assert vault.kdf_params == TEST_KDF_PARAMS
        assert vault.check_integrity() == []
        assert vault.connection.execute("PRAGMA user_version").fetchone()[0] == (
            schema.SCHEMA_VERSION
        )


def test_every_connection_has_the_recipe_pragmas(vault_dir: Path) -> None:
    vault, code = Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    with vault:
        assert _pragmas(vault) == EXPECTED_PRAGMAS
    with Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as vault:
        assert _pragmas(vault) == EXPECTED_PRAGMAS
    with Vault.unlock_with_recovery_code(
        vault_dir, code.text, "another passphrase", schemas=FEATURE_SCHEMAS, **FAST
    ) as v:
        assert _pragmas(v) == EXPECTED_PRAGMAS
    with Vault.in_memory(schemas=FEATURE_SCHEMAS) as memory:
        assert memory.connection.execute("PRAGMA temp_store").fetchone()[0] == 2


def test_files_permissions_and_no_sqlite_magic(vault_dir: Path) -> None:
    _make(vault_dir)
    assert sorted(p.name for p in vault_dir.iterdir()) == sorted([DATABASE_NAME, HEADER_NAME])
    assert os.stat(vault_dir).st_mode & 0o777 == 0o700
    header, database = vault_files(vault_dir)
    for path in (header, database):
        assert os.stat(path).st_mode & 0o777 == 0o600
        assert not path.read_bytes().startswith(SQLITE_MAGIC)
    with Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST):
        for path in vault_dir.iterdir():  # -wal and -shm too, while open
            assert os.stat(path).st_mode & 0o777 == 0o600, path.name


def test_created_time_comes_from_the_clock(vault_dir: Path) -> None:
    clock = FakeClock()
    vault, _code = Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, clock=clock, **FAST)
    vault.lock()
    assert read_header(vault_dir / HEADER_NAME).created == clock.now().isoformat()


def test_create_refuses_an_existing_vault(vault_dir: Path) -> None:
    _make(vault_dir)
    before = snapshot(vault_dir)
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    assert snapshot(vault_dir) == before


def test_create_refuses_a_lone_database(vault_dir: Path) -> None:
    _make(vault_dir)
    (vault_dir / HEADER_NAME).unlink()
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)


def test_weak_passphrase_and_weak_params_are_refused(vault_dir: Path) -> None:
    with pytest.raises(WeakPassphrase):
        Vault.create(vault_dir, "short", schemas=FEATURE_SCHEMAS, **FAST)
    with pytest.raises(ValueError, match="only for tests"):
        Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, kdf_params=TEST_KDF_PARAMS)
    assert not vault_exists(vault_dir)


def test_recovery_code_is_not_in_its_repr(vault_dir: Path) -> None:
    vault, code = Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    vault.lock()
    assert code.text not in repr(code)
    assert len(code.text) == 29


def test_wrong_passphrase_touches_nothing_and_never_locks_out(vault_dir: Path) -> None:
    _make(vault_dir)
    before = snapshot(vault_dir)
    for attempt in range(20):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, f"not it {attempt}", schemas=FEATURE_SCHEMAS, **FAST)
        assert snapshot(vault_dir) == before
    with Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as vault:
        assert _notes(vault) == ["first note"]


def test_missing_vault_and_missing_parts(tmp_path: Path, vault_dir: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "nowhere", PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    assert not (tmp_path / "nowhere").exists()
    _make(vault_dir)
    header, database = vault_files(vault_dir)
    saved = header.read_bytes()
    header.unlink()
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    assert info.value.part == "header"
    header.write_bytes(saved)
    database.rename(vault_dir / "elsewhere.db")
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    assert info.value.part == "database"


def test_damaged_and_newer_headers(vault_dir: Path) -> None:
    _make(vault_dir)
    header = vault_dir / HEADER_NAME
    doc = json.loads(header.read_bytes())
    doc["version"] = 99
    header.write_text(json.dumps(seal(doc)))  # as a newer Companion would write it
    with pytest.raises(UnsupportedVersion):
        Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    doc["version"] = 98  # the same, but not re-sealed: that is damage, not a newer file
    header.write_text(json.dumps(doc))
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    header.write_bytes(b"\x00garbage")
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)


def test_header_from_another_vault_does_not_open_this_database(tmp_path: Path) -> None:
    _make(tmp_path / "a")
    _make(tmp_path / "b")
    (tmp_path / "a" / HEADER_NAME).write_bytes((tmp_path / "b" / HEADER_NAME).read_bytes())
    database = tmp_path / "a" / DATABASE_NAME
    before = database.read_bytes()
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(tmp_path / "a", PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    assert info.value.part == "database"
    assert database.read_bytes() == before


def test_lock_is_idempotent_and_leaves_only_two_files(vault_dir: Path) -> None:
    _make(vault_dir)
    vault = Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    vault.connection.execute("INSERT INTO notes VALUES ('second')")
    vault.connection.commit()
    assert not vault.is_locked
    vault.lock()
    vault.lock()
    assert vault.is_locked
    with pytest.raises(VaultLocked):
        _ = vault.connection
    with pytest.raises(VaultLocked):
        vault.check_integrity()
    assert sorted(p.name for p in vault_dir.iterdir()) == sorted([DATABASE_NAME, HEADER_NAME])
    with Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as again:
        assert _notes(again) == ["first note", "second"]


def test_in_memory_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # SQLite would put temp files in TMPDIR; with temp_store=MEMORY it must not.
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    vault = Vault.in_memory(schemas=FEATURE_SCHEMAS)
    assert vault.is_memory
    assert vault.folder is None
    assert vault.kdf_params is None
    conn = vault.connection
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.executemany("INSERT INTO notes VALUES (?)", [(f"guest {i}",) for i in range(2000)])
    conn.execute("PRAGMA cache_size = 10")  # force sorting and indexing to spill
    conn.execute("CREATE INDEX notes_body ON notes(body)")
    conn.execute("SELECT DISTINCT body FROM notes ORDER BY body DESC").fetchall()
    conn.commit()
    with pytest.raises(ValueError, match="in-memory"):
        vault.change_passphrase("anything at all", "something else")
    vault.lock()
    vault.lock()
    with pytest.raises(VaultLocked):
        _ = vault.connection
    assert list(scratch.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tmp"]


def test_vault_cannot_be_built_directly() -> None:
    with pytest.raises(TypeError):
        Vault(object(), None, None, None)  # type: ignore[arg-type]


def test_connection_opened_on_a_worker_thread_works_on_another(vault_dir: Path) -> None:
    """The UI unlocks off the GUI thread and then uses the connection on it."""
    _make(vault_dir)
    opened: list[Vault] = []
    worker = threading.Thread(
        target=lambda: opened.append(
            Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
        )
    )
    worker.start()
    worker.join()
    with opened[0] as vault:
        assert _notes(vault) == ["first note"]
