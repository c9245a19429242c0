"""Backups: verified copies that open with the secrets of their day; rotation; restore."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.core.clock import FakeClock
from companion.core.errors import WrongPassphrase
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal import Journal
from companion.core.journal.models import EntryDraft
from companion.core.vault import DATABASE_NAME, HEADER_NAME, Vault
from companion.core.vault import copying as copying_module
from companion.core.vault.backup import (
    INCOMPLETE_PREFIX,
    MANIFEST_NAME,
    BackupInfo,
    BackupPolicy,
    backups_folder,
    choose_kept,
    list_backups,
)
from companion.core.vault.errors import BackupFailed, Cancelled, Damage, DatabaseDamaged
from companion.core.vault.service import VaultService

from .conftest import PASSPHRASE

NEW_PASSPHRASE = "a brand new passphrase"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 5, 4, 12, 0, tzinfo=UTC))


@pytest.fixture
def service(clock: FakeClock) -> VaultService:
    return VaultService.fast_for_tests(FEATURE_SCHEMAS, clock)


def _texts(vault: Vault, clock: FakeClock) -> list[str]:
    return sorted(e.text for e in Journal(vault.connection, clock).timeline(limit=500))


def _write(vault: Vault, clock: FakeClock, *texts: str) -> None:
    journal = Journal(vault.connection, clock)
    for text in texts:
        journal.create(EntryDraft(text=text))


def test_a_backup_opens_with_the_passphrase_and_code_of_its_day(
    vault_dir: Path, tmp_path: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, code = service.create(vault_dir, PASSPHRASE)
    _write(vault, clock, "first", "second")
    progress: list[tuple[int, int]] = []
    info = service.backup(vault, progress=lambda d, t: progress.append((d, t)))
    assert progress
    assert progress[-1][0] == progress[-1][1]
    _write(vault, clock, "after the backup")
    service.change_passphrase(vault, PASSPHRASE, NEW_PASSPHRASE)
    vault.lock()

    assert sorted(p.name for p in info.path.iterdir()) == sorted(
        [DATABASE_NAME, MANIFEST_NAME, HEADER_NAME]
    )
    assert info.entries == 2
    assert info.tables["entry"] == 2
    assert (info.path / DATABASE_NAME).stat().st_mode & 0o777 == 0o600
    assert not list(backups_folder(vault_dir).glob(f"{INCOMPLETE_PREFIX}*"))
    assert service.check_backup(info, PASSPHRASE) == []
    with pytest.raises(WrongPassphrase):
        service.check_backup(info, NEW_PASSPHRASE)
    assert service.check_backup(info, code.text) == []

    copy = tmp_path / "opened-backup"
    shutil.copytree(info.path, copy)
    with service.unlock(copy, PASSPHRASE) as old:
        assert _texts(old, clock) == ["first", "second"]


def test_a_backup_sees_what_is_still_in_the_wal(
    vault_dir: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, _code = service.create(vault_dir, PASSPHRASE)
    _write(vault, clock, *(f"entry {i}" for i in range(30)))
    assert vault.wal_bytes() > 0
    info = service.backup(vault)
    vault.lock()
    assert info.entries == 30


def test_cancel_and_failure_leave_nothing(
    vault_dir: Path, service: VaultService, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _code = service.create(vault_dir, PASSPHRASE)
    _write(vault, clock, "kept")
    with pytest.raises(Cancelled):
        service.backup(vault, cancelled=lambda: True)
    assert list_backups(backups_folder(vault_dir)) == []
    monkeypatch.setattr(copying_module, "tree_problems", lambda *_a: ["Tree 2 page 3: broken"])
    with pytest.raises(BackupFailed):
        service.backup(vault)
    folder = backups_folder(vault_dir)
    assert [p.name for p in folder.iterdir()] == []
    vault.lock()


def test_automatic_backups_are_daily(
    vault_dir: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, _code = service.create(vault_dir, PASSPHRASE)
    first = service.backup_if_due(vault)
    assert first is not None
    assert first.reason == "daily"
    assert service.backup_if_due(vault) is None
    clock.advance(24 * 3600)
    assert service.backup_if_due(vault) is not None
    vault.lock()
    assert len(service.list_backups(vault_dir)) == 2
    assert service.backup_if_due(service.in_memory()) is None


def _info(day: datetime, reason: str = "daily") -> BackupInfo:
    return BackupInfo(
        path=Path(day.strftime("%Y%m%dT%H%M%S%fZ") + "-" + reason), created=day, reason=reason
    )


def test_rotation_keeps_seven_days_four_weeks_and_the_newest_upgrade() -> None:
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    infos = [_info(start + timedelta(days=d)) for d in range(60)]
    infos += [_info(start + timedelta(days=59, hours=1), "manual")]
    infos += [_info(start + timedelta(days=3), "upgrade")]
    kept = choose_kept(infos, BackupPolicy())
    newest = max(infos, key=lambda i: i.created)
    assert newest.name in kept
    days = {i.created.astimezone().date() for i in infos if i.name in kept}
    recent = sorted({i.created.astimezone().date() for i in infos}, reverse=True)[:7]
    assert set(recent) <= days
    weeks = {i.created.astimezone().isocalendar()[:2] for i in infos if i.name in kept}
    assert len(weeks) >= 4
    assert any(i.reason == "upgrade" and i.name in kept for i in infos)
    assert len(kept) <= 7 + 4 + 3


def test_rotation_removes_old_backups_on_disk(
    vault_dir: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, _code = service.create(vault_dir, PASSPHRASE)
    policy = BackupPolicy(keep_daily=3, keep_weekly=0)
    for _ in range(6):
        service.backup(vault, policy=policy)
        clock.advance(24 * 3600)
    vault.lock()
    names = [i.name for i in service.list_backups(vault_dir)]
    assert len(names) == 3


def test_a_second_folder_gets_a_checked_copy(
    vault_dir: Path, tmp_path: Path, service: VaultService
) -> None:
    vault, _code = service.create(vault_dir, PASSPHRASE)
    usb = tmp_path / "usb"
    info = service.backup(vault, policy=BackupPolicy(second_folder=usb))
    vault.lock()
    assert info.second_copy == usb / info.name
    assert info.second_copy_error is None
    assert (usb / info.name / DATABASE_NAME).read_bytes() == (
        info.path / DATABASE_NAME
    ).read_bytes()
    unwritable = tmp_path / "file-not-folder"
    unwritable.write_text("x")
    vault = service.unlock(vault_dir, PASSPHRASE)
    failed = service.backup(vault, policy=BackupPolicy(second_folder=unwritable / "sub"))
    vault.lock()
    assert failed.second_copy is None
    assert failed.second_copy_error


def test_a_damaged_backup_is_found_and_the_newest_good_one_offered(
    vault_dir: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, _code = service.create(vault_dir, PASSPHRASE)
    good = service.backup(vault)
    clock.advance(3600)
    bad = service.backup(vault)
    vault.lock()
    data = bytearray((bad.path / DATABASE_NAME).read_bytes())
    data[3 * 4096 + 100] ^= 1
    (bad.path / DATABASE_NAME).write_bytes(bytes(data))
    assert service.check_backup(bad) != []
    assert service.newest_good_backup(vault_dir) == good
    assert service.newest_good_backup(vault_dir, PASSPHRASE) == good


def test_restore_keeps_the_current_files_aside(
    vault_dir: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, _code = service.create(vault_dir, PASSPHRASE)
    _write(vault, clock, "before")
    info = service.backup(vault)
    _write(vault, clock, "after")
    service.change_passphrase(vault, PASSPHRASE, NEW_PASSPHRASE)
    vault.lock()
    current = {name: (vault_dir / name).read_bytes() for name in (DATABASE_NAME, HEADER_NAME)}
    result = service.restore(vault_dir, info)
    assert result.kept_aside is not None
    for name, data in current.items():
        assert (result.kept_aside / name).read_bytes() == data
    with pytest.raises(WrongPassphrase):
        service.unlock(vault_dir, NEW_PASSPHRASE)
    with service.unlock(vault_dir, PASSPHRASE) as restored:
        assert _texts(restored, clock) == ["before"]
    # The files kept aside are a journal of their own that still opens.
    with service.unlock(result.kept_aside, NEW_PASSPHRASE) as kept:
        assert _texts(kept, clock) == ["after", "before"]


def test_restore_after_damage_and_a_crash_right_after_the_switch(
    vault_dir: Path, service: VaultService, clock: FakeClock
) -> None:
    vault, _code = service.create(vault_dir, PASSPHRASE)
    _write(vault, clock, "saved")
    info = service.backup(vault)
    vault.lock()
    (vault_dir / DATABASE_NAME).write_bytes(b"")
    with pytest.raises(DatabaseDamaged) as damaged:
        service.unlock(vault_dir, PASSPHRASE)
    assert damaged.value.damage is Damage.TOO_SHORT
    offered = service.newest_good_backup(vault_dir, PASSPHRASE)
    assert offered == info

    class Killed(Exception):
        pass

    def kill() -> None:
        raise Killed

    from companion.core.vault import restore as restore_module

    with pytest.raises(Killed):
        restore_module.restore_backup(vault_dir, info, on_switched=kill)
    # The header already names the staged copy: the next unlock finishes the switch.
    with service.unlock(vault_dir, PASSPHRASE) as restored:
        assert _texts(restored, clock) == ["saved"]
    names = {p.name for p in vault_dir.iterdir()}
    assert {DATABASE_NAME, HEADER_NAME, "backups", "kept-aside"} == names


def test_a_backup_made_before_an_upgrade_is_kept(tmp_path: Path, service: VaultService) -> None:
    fixture = Path(__file__).resolve().parents[2] / "data" / "journal_v1"
    copy = tmp_path / "journal_v1"
    shutil.copytree(fixture, copy)
    service.unlock(copy, "fixture v1 passphrase, not secret").lock()
    backups = service.list_backups(copy)
    assert [b.reason for b in backups] == ["upgrade"]
    assert (backups[0].path / DATABASE_NAME).is_file()
    assert service.check_backup(backups[0], "fixture v1 passphrase, not secret") == []
    # The backup is the journal as it was: still schema version 1, and it opens.
    assert backups[0].counts == {"journal.entries": 4, "journal.trash": 1}
