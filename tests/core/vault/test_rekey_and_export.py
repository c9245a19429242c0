"""Re-keying locks out old header copies; the encrypted single file; the read-only check."""

from __future__ import annotations

import shutil
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.core.clock import FakeClock
from companion.core.errors import VaultExists, WrongPassphrase
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft
from companion.core.vault import DATABASE_NAME, HEADER_NAME, Vault
from companion.core.vault import rekey as rekey_module
from companion.core.vault.errors import Cancelled, Damage, DatabaseDamaged, NotAnExport
from companion.core.vault.service import VaultService
from companion.core.vault.switch import PENDING_NAME

from .conftest import PASSPHRASE, snapshot

NEW = "a fresh and different passphrase"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 5, 4, 12, 0, tzinfo=UTC))


@pytest.fixture
def service(clock: FakeClock) -> VaultService:
    return VaultService.fast_for_tests(FEATURE_SCHEMAS, clock)


def _texts(vault: Vault, clock: FakeClock) -> list[str]:
    return sorted(e.text for e in Journal(vault.connection, clock).timeline(limit=500))


def _filled(service: VaultService, folder: Path, clock: FakeClock) -> tuple[Vault, str]:
    vault, code = service.create(folder, PASSPHRASE)
    journal = Journal(vault.connection, clock)
    for i in range(25):
        journal.create(EntryDraft(text=f"entry {i}"))
    return vault, code.text


def test_rekey_locks_out_an_old_header_copy(
    vault_dir: Path, tmp_path: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, old_code = _filled(service, vault_dir, clock)
    old_header = (vault_dir / HEADER_NAME).read_bytes()
    seen: list[tuple[int, int]] = []
    new_code = service.rekey(
        vault, PASSPHRASE, new_passphrase=NEW, progress=lambda d, t: seen.append((d, t))
    )
    assert seen
    assert seen[-1][0] == seen[-1][1]
    assert _texts(vault, clock) == sorted(f"entry {i}" for i in range(25))
    Journal(vault.connection, clock).create(EntryDraft(text="after the re-key"))
    vault.lock()

    assert sorted(p.name for p in vault_dir.iterdir()) == sorted([HEADER_NAME, DATABASE_NAME])
    with pytest.raises(WrongPassphrase):
        service.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        service.unlock_with_recovery_code(vault_dir, old_code, "whatever new words")
    # An old copy of the header next to today's database opens nothing any more.
    stolen = tmp_path / "stolen"
    shutil.copytree(vault_dir, stolen)
    (stolen / HEADER_NAME).write_bytes(old_header)
    before = snapshot(stolen)
    with pytest.raises(DatabaseDamaged) as info:
        service.unlock(stolen, PASSPHRASE)
    assert info.value.damage is Damage.WRONG_DATABASE
    assert snapshot(stolen) == before
    with service.unlock_with_recovery_code(vault_dir, new_code.text, "yet another phrase") as v:
        assert len(_texts(v, clock)) == 26


def test_rekey_without_a_new_passphrase_keeps_the_passphrase(
    vault_dir: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, _code = _filled(service, vault_dir, clock)
    service.rekey(vault, PASSPHRASE)
    vault.lock()
    with service.unlock(vault_dir, PASSPHRASE) as again:
        assert len(_texts(again, clock)) == 25


def test_rekey_refuses_a_wrong_passphrase_and_a_cancel_changes_nothing(
    vault_dir: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, _code = _filled(service, vault_dir, clock)
    with pytest.raises(WrongPassphrase):
        service.rekey(vault, "not it", new_passphrase=NEW)
    with pytest.raises(Cancelled):
        service.rekey(vault, PASSPHRASE, new_passphrase=NEW, cancelled=lambda: True)
    assert not (vault_dir / PENDING_NAME).exists()
    assert len(_texts(vault, clock)) == 25
    vault.lock()
    service.unlock(vault_dir, PASSPHRASE).lock()


@pytest.mark.parametrize("when", ["before the switch", "after the switch"])
def test_a_rekey_killed_at_the_switch_leaves_exactly_one_passphrase(
    vault_dir: Path,
    service: VaultService,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    when: str,
) -> None:
    vault, _code = _filled(service, vault_dir, clock)

    class Killed(BaseException):
        """Stands for kill -9: nothing after it runs, not even clean-up."""

    real_switch = rekey_module._switch_header
    real_finish = rekey_module.finish_pending_switch

    def switch(path: Path, header: object) -> None:
        if when == "before the switch":
            raise Killed
        real_switch(path, header)  # type: ignore[arg-type]

    def finish(folder: Path, header: object) -> bool:
        raise Killed

    monkeypatch.setattr(rekey_module, "_switch_header", switch)
    monkeypatch.setattr(rekey_module, "finish_pending_switch", finish)
    monkeypatch.setattr(rekey_module, "_reopen", lambda *a: None)
    with pytest.raises(Killed):
        service.rekey(vault, PASSPHRASE, new_passphrase=NEW)
    monkeypatch.setattr(rekey_module, "finish_pending_switch", real_finish)
    vault._conn = None  # the process is gone; its files are what they are
    opens = []
    for phrase in (PASSPHRASE, NEW):
        try:
            with service.unlock(vault_dir, phrase) as v:
                assert len(_texts(v, clock)) == 25
            opens.append(phrase)
        except WrongPassphrase:
            pass
    assert opens == ([PASSPHRASE] if when == "before the switch" else [NEW])
    assert not (vault_dir / PENDING_NAME).exists()


def test_the_encrypted_file_opens_elsewhere(
    vault_dir: Path, tmp_path: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, code = _filled(service, vault_dir, clock)
    target = tmp_path / "out" / "my journal.companion"
    target.parent.mkdir()
    info = service.export_encrypted(vault, target)
    with pytest.raises(FileExistsError):
        service.export_encrypted(vault, target)
    vault.lock()
    assert info.entries == 25
    assert target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]
    assert not list(vault_dir.glob(".export-*"))
    described = service.describe_file(target)
    assert described.sha256 == info.sha256
    raw = target.read_bytes()
    assert b"entry 1" not in raw

    elsewhere = tmp_path / "other computer" / "vault"
    service.install_from_file(target, elsewhere)
    with pytest.raises(VaultExists):
        service.install_from_file(target, elsewhere)
    with service.unlock(elsewhere, PASSPHRASE) as opened:
        assert len(_texts(opened, clock)) == 25
    with service.unlock_with_recovery_code(elsewhere, code, "new words here") as opened:
        assert len(_texts(opened, clock)) == 25


def test_a_damaged_or_foreign_file_is_not_an_export(
    vault_dir: Path, tmp_path: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, _code = _filled(service, vault_dir, clock)
    target = tmp_path / "j.companion"
    service.export_encrypted(vault, target)
    vault.lock()
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 1
    broken = tmp_path / "broken.companion"
    broken.write_bytes(bytes(data))
    with pytest.raises(NotAnExport):
        service.install_from_file(broken, tmp_path / "b")
    assert not (tmp_path / "b" / HEADER_NAME).exists()
    extra = tmp_path / "extra.companion"
    shutil.copyfile(target, extra)
    with zipfile.ZipFile(extra, "a") as zf:
        zf.writestr("../../evil", "x")
    with pytest.raises(NotAnExport):
        service.describe_file(extra)
    (tmp_path / "text.companion").write_text("hello")
    with pytest.raises(NotAnExport):
        service.describe_file(tmp_path / "text.companion")


def test_open_copy_reads_a_backup_and_leaves_no_scratch(
    vault_dir: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, _code = _filled(service, vault_dir, clock)
    backup = service.backup(vault)
    with service.open_copy(backup.path, PASSPHRASE, scratch_parent=vault_dir) as copy:
        assert len(_texts(copy, clock)) == 25
        assert copy.folder is not None
        assert copy.folder.parent == vault_dir
    assert not list(vault_dir.glob(".scratch-*"))
    vault.lock()


def test_check_writes_nothing_and_reports(
    vault_dir: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, _code = _filled(service, vault_dir, clock)
    service.backup(vault)
    Journal(vault.connection, clock).create(EntryDraft(text="only in the log"))
    crashed = vault_dir.parent / "crashed"
    shutil.copytree(vault_dir, crashed)
    (crashed / f"{DATABASE_NAME}-shm").unlink(missing_ok=True)
    vault.lock()
    for folder in (vault_dir, crashed):
        before = snapshot(folder)
        report = service.check(folder, PASSPHRASE, full_backups=True)
        assert report.healthy, report
        assert snapshot(folder) == before
    assert report.counts["journal.entries"] == 26
    assert len(report.backups) == 1
    with pytest.raises(WrongPassphrase):
        service.check(vault_dir, "not it")
    data = bytearray((vault_dir / DATABASE_NAME).read_bytes())
    data[5 * 4096 + 10] ^= 1
    (vault_dir / DATABASE_NAME).write_bytes(bytes(data))
    report = service.check(vault_dir, PASSPHRASE)
    assert not report.healthy
    assert report.problems
