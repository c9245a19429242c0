"""Older header formats keep opening and are rewritten in the current format on unlock.

Uses the frozen fixture ``tests/data/journal_v1`` (a version-1 header, written before the
checksums existed), always through a copy: the fixture itself is never written.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from companion.core.errors import VaultDamaged, WrongPassphrase
from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault import HEADER_NAME, Vault
from companion.core.vault import vault as vault_module
from companion.core.vault.header import HEADER_VERSION, parse_header, read_header

from .conftest import FAST, PASSPHRASE, snapshot

FIXTURE = Path(__file__).resolve().parents[2] / "data" / "journal_v1"
FIXTURE_PASSPHRASE = "fixture v1 passphrase, not secret"


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.fixture
def v1_copy(tmp_path: Path) -> Iterator[Path]:
    before = _digests(FIXTURE)
    copy = tmp_path / "journal_v1"
    shutil.copytree(FIXTURE, copy)
    yield copy
    assert _digests(FIXTURE) == before, "the frozen fixture was written to"


def test_fixture_header_is_version_1(v1_copy: Path) -> None:
    header = read_header(v1_copy / HEADER_NAME)
    assert header.version == 1
    assert header.needs_upgrade
    assert "checksum" not in json.loads((v1_copy / HEADER_NAME).read_bytes())


def test_unlock_upgrades_a_version_1_header(v1_copy: Path) -> None:
    path = v1_copy / HEADER_NAME
    old = read_header(path)
    with Vault.unlock(v1_copy, FIXTURE_PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST) as vault:
        assert vault.connection.execute("SELECT count(*) FROM entry").fetchone()[0] > 0
    doc = json.loads(path.read_bytes())
    assert doc["version"] == HEADER_VERSION
    assert doc["checksum"].startswith("sha256:")
    new = parse_header(path.read_bytes())
    # Same vault, same slots bit for bit: the recovery slot cannot be re-wrapped without
    # the recovery code, so the upgrade must not touch key material. What it adds is the
    # record of the database (version 3).
    assert new.database is not None
    assert new == old.with_database(new.database)
    assert (new.passphrase, new.recovery, new.vault_id) == (
        old.passphrase,
        old.recovery,
        old.vault_id,
    )
    assert path.stat().st_mode & 0o777 == 0o600
    assert not list(v1_copy.glob(".vault.header.*"))  # the atomic write left no temp file
    # The upgraded header opens again; its key slots are never rewritten a second time
    # (the record of the database is, at every unlock and lock).
    Vault.unlock(v1_copy, FIXTURE_PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST).lock()
    again = read_header(path)
    assert (again.passphrase, again.recovery) == (new.passphrase, new.recovery)


def test_wrong_passphrase_does_not_upgrade(v1_copy: Path) -> None:
    before = snapshot(v1_copy)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(v1_copy, "not the fixture passphrase", schemas=FEATURE_SCHEMAS, **FAST)
    assert snapshot(v1_copy) == before


def test_a_failed_upgrade_still_opens_and_retries_next_time(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = v1_copy / HEADER_NAME
    original = path.read_bytes()

    def refuse(*_args: Any) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(vault_module, "write_header", refuse)
    Vault.unlock(v1_copy, FIXTURE_PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST).lock()
    assert path.read_bytes() == original
    monkeypatch.undo()
    Vault.unlock(v1_copy, FIXTURE_PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST).lock()
    assert read_header(path).version == HEADER_VERSION


def _downgrade_to_v1(folder: Path) -> None:
    """Rewrite a fresh vault's header as version 1 wrote it (same slots, no checksums)."""
    path = folder / HEADER_NAME
    doc = json.loads(path.read_bytes())
    doc["version"] = 1
    del doc["checksum"]
    del doc["database"]
    for slot in doc["slots"].values():
        del slot["checksum"]
    path.write_text(json.dumps(doc, indent=2, sort_keys=True) + "\n")


def test_recovery_code_works_on_a_version_1_header_and_upgrades_it(vault_dir: Path) -> None:
    vault, code = Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    vault.lock()
    _downgrade_to_v1(vault_dir)
    Vault.unlock_with_recovery_code(
        vault_dir, code.text, "a new calm phrase", schemas=FEATURE_SCHEMAS, **FAST
    ).lock()
    assert read_header(vault_dir / HEADER_NAME).version == HEADER_VERSION
    Vault.unlock(vault_dir, "a new calm phrase", schemas=FEATURE_SCHEMAS, **FAST).lock()
    # The recovery slot survived both the upgrade and the passphrase change.
    Vault.unlock_with_recovery_code(
        vault_dir, code.text, "one more new phrase", schemas=FEATURE_SCHEMAS, **FAST
    ).lock()


def test_recovery_code_still_works_after_an_unlock_upgraded_the_header(vault_dir: Path) -> None:
    vault, code = Vault.create(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    vault.lock()
    _downgrade_to_v1(vault_dir)
    Vault.unlock(vault_dir, PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST).lock()
    assert read_header(vault_dir / HEADER_NAME).version == HEADER_VERSION
    Vault.unlock_with_recovery_code(
        vault_dir, code.text, "a new calm phrase", schemas=FEATURE_SCHEMAS, **FAST
    ).lock()


def test_damage_in_an_upgraded_header_is_caught(v1_copy: Path) -> None:
    Vault.unlock(v1_copy, FIXTURE_PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST).lock()
    path = v1_copy / HEADER_NAME
    text = path.read_text()
    start = text.index('"salt": "') + len('"salt": "')
    path.write_text(text[:start] + ("A" if text[start] != "A" else "B") + text[start + 1 :])
    before = snapshot(v1_copy)
    with pytest.raises(VaultDamaged) as info:
        Vault.unlock(v1_copy, FIXTURE_PASSPHRASE, schemas=FEATURE_SCHEMAS, **FAST)
    assert info.value.reason.startswith("checksum mismatch")
    assert snapshot(v1_copy) == before
