"""The backups window against a real journal: back up, list, check, restore."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.clock import FakeClock
from companion.core.journal.models import EntryDraft
from companion.core.journal.records import count_records
from companion.core.vault.service import VaultService
from companion.ui.shell.session import Session
from companion.ui.transfer.backups_dialog import CHECKED_COLUMN, BackupsDialog
from companion.ui.transfer.common import Pickers
from tests.ui.transfer.transfer_helpers import click, message_box, plain


def _dialog(qtbot: QtBot, session: Session, vaults: VaultService, **kw: object) -> BackupsDialog:
    locks: list[str] = []
    dialog = BackupsDialog(session, vaults, lambda: locks.append("lock"), **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_back_up_now_lists_a_checked_backup(
    qtbot: QtBot, session: Session, vaults: VaultService
) -> None:
    dialog = _dialog(qtbot, session, vaults)
    assert dialog.table.topLevelItemCount() == 0
    assert dialog.empty.isVisible()
    assert not dialog.restore_button.isEnabled()

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]
    assert dialog.progress.is_running()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    qtbot.waitUntil(dialog.checks_done, timeout=20000)

    assert not dialog.progress.is_running()
    assert dialog.table.topLevelItemCount() == 1
    item = dialog.table.topLevelItem(0)
    assert item is not None
    assert plain(item.text(1)) == "3 entries"
    assert item.text(CHECKED_COLUMN) == "Checked, good"
    assert "Backup made and checked" in dialog.message.text()
    assert dialog.restore_button.isEnabled()
    backups = vaults.list_backups(session.vault.folder)  # type: ignore[arg-type]
    assert len(backups) == 1
    assert backups[0].entries == 3


def test_a_damaged_backup_says_so_and_cannot_be_restored(
    qtbot: QtBot, session: Session, vaults: VaultService
) -> None:
    info = vaults.backup(session.vault)
    database = info.path / "journal.db"
    data = bytearray(database.read_bytes())
    data[5000] ^= 0xFF
    database.write_bytes(bytes(data))

    dialog = _dialog(qtbot, session, vaults)
    qtbot.waitUntil(dialog.checks_done, timeout=20000)
    item = dialog.table.topLevelItem(0)
    assert item is not None
    assert item.text(CHECKED_COLUMN) == "Damaged, do not use"
    assert not dialog.restore_button.isEnabled()


def test_second_copy_goes_to_the_chosen_folder(
    qtbot: QtBot, session: Session, vaults: VaultService, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    pickers = Pickers(folder=lambda _p, _t, _s: stick)
    dialog = _dialog(qtbot, session, vaults, pickers=pickers)
    dialog.second_button.click()
    assert str(stick) in dialog.second_label.text()
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert "A second copy is in" in dialog.message.text()
    assert any(stick.iterdir())


def test_restore_asks_first_then_locks_and_keeps_the_journal_aside(
    qtbot: QtBot, session: Session, vaults: VaultService, clock: FakeClock, passphrase: str
) -> None:
    folder = session.vault.folder
    assert folder is not None
    vaults.backup(session.vault)
    clock.advance(3600)
    session.save_entry(None, EntryDraft(text="Written after the backup"))
    locks: list[str] = []

    def lock() -> None:
        locks.append("lock")
        session.lock()

    dialog = BackupsDialog(session, vaults, lock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.checks_done, timeout=20000)

    dialog.restore_button.click()
    box = message_box("restoreConfirm")
    assert "not deleted" in box.informativeText()
    assert "kept aside" in box.informativeText()
    click(box, "no")
    assert locks == []
    assert session.is_unlocked()

    dialog.restore_button.click()
    started: list[object] = []
    dialog.restore_started.connect(started.append)
    click(message_box("restoreConfirm"), "yes")
    assert locks == ["lock"]
    assert not session.is_unlocked()
    restore = started[0]
    qtbot.addWidget(restore)
    qtbot.waitUntil(lambda: not restore.is_busy(), timeout=20000)  # type: ignore[attr-defined]
    text = plain(restore.message.text())  # type: ignore[attr-defined]
    assert "3 entries" in text
    assert "was not deleted" in text
    kept = restore.result_value.kept_aside  # type: ignore[attr-defined]
    assert kept is not None
    assert (kept / "journal.db").is_file()

    vault = vaults.unlock(folder, passphrase)
    try:
        count = count_records(vault.connection)
    finally:
        vault.lock()
    assert count == 3  # the entry written after the backup is in the kept-aside copy


def test_no_restore_when_the_journal_stays_open(
    qtbot: QtBot, session: Session, vaults: VaultService
) -> None:
    info = vaults.backup(session.vault)
    dialog = _dialog(qtbot, session, vaults)  # its lock_journal does not lock
    assert dialog.restore(info) is None
    assert "nothing was restored" in dialog.message.text()
    assert session.is_unlocked()


def test_the_restore_is_modal_over_the_screen_after_the_lock(
    qtbot: QtBot, session: Session, vaults: VaultService
) -> None:
    info = vaults.backup(session.vault)
    lock_screen = QWidget()
    qtbot.addWidget(lock_screen)
    lock_screen.show()
    dialog = BackupsDialog(session, vaults, session.lock, current_screen=lambda: lock_screen)
    qtbot.addWidget(dialog)
    dialog.show()
    restore = dialog.restore(info)
    assert restore is not None
    qtbot.addWidget(restore)
    assert restore.parentWidget() is lock_screen
    assert restore.windowModality() == Qt.WindowModality.WindowModal
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not restore.is_busy(), timeout=20000)
    assert restore.result_value is not None


def test_a_backup_gone_before_the_restore_changes_nothing(
    qtbot: QtBot, session: Session, vaults: VaultService, passphrase: str
) -> None:
    info = vaults.backup(session.vault)
    folder = session.vault.folder
    assert folder is not None
    dialog = BackupsDialog(session, vaults, session.lock)
    qtbot.addWidget(dialog)
    dialog.show()
    shutil.rmtree(info.path)  # rotation removed it meanwhile
    restore = dialog.restore(info)
    assert restore is not None
    qtbot.addWidget(restore)
    assert not restore.is_busy()
    assert "no longer there" in restore.message.text()
    assert restore.close_button.isEnabled()
    vault = vaults.unlock(folder, passphrase)
    try:
        assert count_records(vault.connection) == 3
    finally:
        vault.lock()
