"""Changing the passphrase, the recovery-code flow, and KDF upgrades on unlock."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.core.errors import VaultDamaged, VaultLocked, WeakPassphrase, WrongPassphrase
from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault import DATABASE_NAME, HEADER_NAME, TEST_KDF_PARAMS, KdfParams, Vault
from companion.core.vault.crypto import FLOOR_PARAMS
from companion.core.vault.header import parse_header as read_header_from
from companion.core.vault.header import read_header
from companion.core.vault.keyslots import rewrap_params, upgrade_target

from .conftest import FAST, PASSPHRASE, snapshot

NEW = "evening walk by the river"


def _make(vault_dir: Path) -> str:
    vault, code = Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    with vault:
        vault.connection.execute("CREATE TABLE notes (body TEXT)")
        vault.connection.execute("INSERT INTO notes VALUES ('kept safe')")
        vault.connection.commit()
    return code.text


def _notes(vault: Vault) -> list[str]:
    return [row[0] for row in vault.connection.execute("SELECT body FROM notes")]


def test_change_passphrase_rewraps_without_touching_the_database(vault_dir: Path) -> None:
    _make(vault_dir)
    vault = Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    database = vault_dir / DATABASE_NAME
    db_before = snapshot(vault_dir)[DATABASE_NAME]
    header_before = read_header(vault_dir / HEADER_NAME)
    vault.change_passphrase(PASSPHRASE, NEW, **FAST)
    # Same data key, new salt: the database file is not rewritten (constant time).
    assert snapshot(vault_dir)[DATABASE_NAME] == db_before
    header_after = read_header(vault_dir / HEADER_NAME)
    assert header_after.passphrase.salt != header_before.passphrase.salt
    assert header_after.recovery == header_before.recovery
    assert _notes(vault) == ["kept safe"]  # still usable while open
    vault.lock()
    assert database.exists()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    with Vault.unlock(vault_dir, NEW, schemas=FEATURE_SCHEMAS, **FAST) as again:
        assert _notes(again) == ["kept safe"]


def test_change_passphrase_refusals_leave_the_header_alone(vault_dir: Path) -> None:
    _make(vault_dir)
    vault = Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    header = (vault_dir / HEADER_NAME).read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not the old one", NEW, **FAST)
    with pytest.raises(WeakPassphrase):
        vault.change_passphrase(PASSPHRASE, "tiny", **FAST)
    with pytest.raises(ValueError, match="only for tests"):
        vault.change_passphrase(PASSPHRASE, NEW, kdf_params=TEST_KDF_PARAMS)
    assert (vault_dir / HEADER_NAME).read_bytes() == header
    vault.lock()
    with pytest.raises(VaultLocked):
        vault.change_passphrase(PASSPHRASE, NEW, **FAST)


def test_change_refuses_a_header_swapped_while_open(tmp_path: Path) -> None:
    _make(tmp_path / "a")
    _make(tmp_path / "b")
    vault = Vault.unlock(tmp_path / "a", PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    foreign = (tmp_path / "b" / HEADER_NAME).read_bytes()
    (tmp_path / "a" / HEADER_NAME).write_bytes(foreign)
    with pytest.raises(VaultDamaged):
        vault.change_passphrase(PASSPHRASE, NEW, **FAST)
    vault.lock()
    assert (tmp_path / "a" / HEADER_NAME).read_bytes() == foreign


def test_recovery_code_sets_a_new_passphrase(vault_dir: Path) -> None:
    code = _make(vault_dir)
    typed = code.lower().replace("-", " ").replace("0", "o")
    with Vault.unlock_with_recovery_code(
        vault_dir, typed, NEW, schemas=FEATURE_SCHEMAS, **FAST
    ) as vault:
        assert _notes(vault) == ["kept safe"]
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    with Vault.unlock(vault_dir, NEW, schemas=FEATURE_SCHEMAS, **FAST) as vault:
        assert _notes(vault) == ["kept safe"]
    # The code keeps working: it is the way back in if this passphrase is forgotten too.
    with Vault.unlock_with_recovery_code(
        vault_dir, code, "third passphrase", schemas=FEATURE_SCHEMAS, **FAST
    ) as vault:
        assert _notes(vault) == ["kept safe"]


def test_wrong_or_malformed_code_touches_nothing(vault_dir: Path) -> None:
    code = _make(vault_dir)
    before = snapshot(vault_dir)
    wrong = ("Z" if code[0] != "Z" else "Y") + code[1:]
    for attempt in (wrong, "not a code", ""):
        with pytest.raises(WrongPassphrase):
            Vault.unlock_with_recovery_code(
                vault_dir, attempt, NEW, schemas=FEATURE_SCHEMAS, **FAST
            )
    with pytest.raises(WeakPassphrase):
        Vault.unlock_with_recovery_code(vault_dir, code, "short", schemas=FEATURE_SCHEMAS, **FAST)
    assert snapshot(vault_dir) == before
    with pytest.raises(WrongPassphrase):  # the code is not a passphrase
        Vault.unlock(vault_dir, code, schemas=FEATURE_SCHEMAS, **FAST)


def test_unlock_upgrades_weaker_kdf_params(vault_dir: Path) -> None:
    _make(vault_dir)
    stronger = KdfParams(memory_kib=2048, iterations=2, lanes=1)
    with Vault.unlock(
        vault_dir,
        PASSPHRASE,
        schemas=FEATURE_SCHEMAS,
        kdf_params=stronger,
        allow_weak_for_tests=True,
    ) as v:
        assert v.kdf_params == stronger
        assert _notes(v) == ["kept safe"]
    header = read_header(vault_dir / HEADER_NAME)
    assert header.passphrase.kdf == stronger
    assert header.recovery.kdf == TEST_KDF_PARAMS  # needs the code to re-wrap
    # Asking for less never downgrades, and an unchanged target re-wraps nothing (the
    # header is still rewritten at unlock and lock: it records the database's state).
    before = read_header(vault_dir / HEADER_NAME)
    with Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as v:
        assert v.kdf_params == stronger
    after = read_header(vault_dir / HEADER_NAME)
    assert (after.passphrase, after.recovery) == (before.passphrase, before.recovery)


def test_upgrade_and_rewrap_policy() -> None:
    strong = KdfParams(memory_kib=256 * 1024, iterations=4, lanes=4)
    # Slow unlock with params at or above the floor: keep them, no calibration.
    assert upgrade_target(strong, 2.0, None, False) is None
    assert upgrade_target(FLOOR_PARAMS, 0.6, None, False) is None
    # An explicit target raises each dimension that is lower, and only those.
    mixed = KdfParams(memory_kib=128 * 1024, iterations=8, lanes=4)
    assert upgrade_target(mixed, 2.0, strong, False) == KdfParams(256 * 1024, 8, 4)
    assert upgrade_target(strong, 2.0, mixed, False) == KdfParams(256 * 1024, 8, 4)
    assert upgrade_target(strong, 2.0, FLOOR_PARAMS, False) is None
    # Re-wrapping without a request keeps the stored params but never below the floor.
    assert rewrap_params(strong, None, False) == strong
    assert rewrap_params(TEST_KDF_PARAMS, None, False) == FLOOR_PARAMS
    with pytest.raises(ValueError, match="only for tests"):
        rewrap_params(strong, TEST_KDF_PARAMS, False)


def test_replace_recovery_code(vault_dir: Path) -> None:
    old_code = _make(vault_dir)
    vault = Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    header = (vault_dir / HEADER_NAME).read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.replace_recovery_code("not the passphrase", **FAST)
    assert (vault_dir / HEADER_NAME).read_bytes() == header
    new_code = vault.replace_recovery_code(PASSPHRASE, **FAST)
    assert new_code.text != old_code
    assert read_header(vault_dir / HEADER_NAME).passphrase == read_header_from(header).passphrase
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery_code(vault_dir, old_code, NEW, schemas=FEATURE_SCHEMAS, **FAST)
    with Vault.unlock_with_recovery_code(
        vault_dir, new_code.text, NEW, schemas=FEATURE_SCHEMAS, **FAST
    ) as again:
        assert _notes(again) == ["kept safe"]
    with (
        pytest.raises(ValueError, match="in-memory"),
        Vault.in_memory(schemas=FEATURE_SCHEMAS) as memory,
    ):
        memory.replace_recovery_code(PASSPHRASE)
