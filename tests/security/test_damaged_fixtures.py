"""The frozen damaged vaults (``tests/data/damaged_v3``): each is reported, never written.

Each case is opened through a copy with the right passphrase; the damage must be
``DatabaseDamaged`` of the expected kind, every file of the copy must keep its hash,
size and mtime (nothing created either), and the CLI's ``check`` must say the same with
its exit code for damage. The crash copy they were made from opens with every commit.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import sec_helpers as sh

from companion.core.features import FEATURE_SCHEMAS
from companion.core.vault import Vault
from companion.core.vault.errors import Damage, DatabaseDamaged
from companion.core.vault.service import VaultService

DATA = Path(__file__).resolve().parents[1] / "data" / "damaged_v3"
PASSPHRASE = "damaged fixtures, not secret"
CASES = {
    "zero-bytes": Damage.TOO_SHORT,
    "one-byte": Damage.TOO_SHORT,
    "half-page": Damage.TOO_SHORT,
    "damaged-wal": Damage.LOG_DAMAGED,
    "missing-wal": Damage.OLDER_THAN_HEADER,
    "old-db-new-wal": Damage.OLDER_THAN_LOG,
    "swapped-header": Damage.WRONG_DATABASE,
}


def _state(folder: Path) -> dict[str, tuple[str, int, int]]:
    return {p.name: sh.file_state(p) for p in sorted(folder.iterdir())}


def _copy(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copytree(DATA / name, target)
    return target


def test_every_case_has_a_fixture_and_they_are_frozen() -> None:
    assert {p.name for p in DATA.iterdir()} == {*CASES, "crash-copy"}
    readme = (DATA.parent / "README.md").read_text(encoding="utf-8")
    for path in sorted(DATA.rglob("*")):
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            assert f"{digest}  {path.relative_to(DATA.parent).as_posix()}" in readme, path


@pytest.mark.parametrize(("name", "damage"), sorted(CASES.items()))
def test_damaged_fixture_is_reported_and_untouched(
    name: str, damage: Damage, tmp_path: Path
) -> None:
    folder = _copy(name, tmp_path)
    before = _state(folder)
    with pytest.raises(DatabaseDamaged) as info:
        Vault.unlock(folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **sh.vault_kwargs())
    assert info.value.damage is damage
    assert _state(folder) == before
    report = VaultService.fast_for_tests(FEATURE_SCHEMAS).check(folder, PASSPHRASE)
    assert not report.healthy
    assert _state(folder) == before


def test_the_crash_copy_opens_with_every_commit(tmp_path: Path) -> None:
    folder = _copy("crash-copy", tmp_path)
    with Vault.unlock(folder, PASSPHRASE, schemas=FEATURE_SCHEMAS, **sh.vault_kwargs()) as vault:
        texts = [r[0] for r in vault.connection.execute("SELECT body FROM entry_text")]
        vault.verify()
    assert sum(t.startswith("acknowledged, still in the log") for t in texts) == 3
    assert "a session in between" in texts
