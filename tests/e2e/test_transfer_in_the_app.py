"""End to end: the app itself wires the transfer features.

The journal window's More menu offers Backups, Export, Import and Merge; locking makes
the day's automatic backup (a quick exit does not wait for one); a guest's banner offers
"Save an encrypted copy…".
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.paths import AppPaths, resolve_paths
from companion.core.policy import Mode
from companion.core.vault import Vault
from companion.core.vault.crypto import TEST_KDF_PARAMS
from companion.core.vault.service import VaultService
from companion.ui.transfer.backups_dialog import BackupsDialog
from companion.ui.transfer.common import Pickers
from companion.ui.transfer.damage_dialog import DamageDialog
from companion.ui.transfer.open_file_dialog import OpenFromFileDialog
from companion.ui.transfer.save_copy_dialog import SaveCopyDialog
from companion.ui.vault.first_run import FirstRunWindow
from companion.ui.vault.lock_screen import LockScreen
from tests.app_driving import PASSPHRASE, make_locked_journal, unlock

NOON = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return make_locked_journal(data_dir)


@pytest.fixture
def companion(qapp: QApplication, paths: AppPaths) -> Iterator[CompanionApp]:
    clock = FakeClock(NOON)
    app = CompanionApp(paths, clock, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS, clock))
    yield app
    app.shutdown()
    QApplication.processEvents()


def test_more_menu_offers_the_transfer_commands(qtbot: QtBot, companion: CompanionApp) -> None:
    companion.start()
    main = unlock(qtbot, companion)
    for key in ("transferBackups", "transferExport", "transferImport", "transferMerge"):
        action = main.findChild(QAction, f"{key}Action")
        assert isinstance(action, QAction), key
        assert action.text().endswith("…")


def test_locking_makes_the_days_backup_and_quick_exit_does_not_wait(
    qtbot: QtBot, companion: CompanionApp, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))
    companion.start()
    main = unlock(qtbot, companion)
    assert companion.vaults.list_backups(paths.vault_dir) == []
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert companion.windows.screen == "locked"
    assert len(companion.vaults.list_backups(paths.vault_dir)) == 1

    clock = companion.clock
    assert isinstance(clock, FakeClock)
    clock.advance(2 * 86400)  # another backup would be due now
    unlock(qtbot, companion)
    companion.quick_exit.trigger()
    assert not companion.session.is_unlocked()
    assert len(companion.vaults.list_backups(paths.vault_dir)) == 1


def test_a_guest_can_save_an_encrypted_copy_from_the_banner(
    qtbot: QtBot, qapp: QApplication
) -> None:
    app = CompanionApp(
        None, FakeClock(NOON), vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS), mode=Mode.GUEST
    )
    try:
        app.start()
        banner = app.windows.banner
        assert banner is not None
        assert banner.save_button.isVisible()
        qtbot.mouseClick(banner.save_button, Qt.MouseButton.LeftButton)
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SaveCopyDialog)]
        assert len(dialogs) == 1
        assert dialogs[0].isVisible()
        dialogs[0].reject()
    finally:
        app.shutdown()
        QApplication.processEvents()


def _dialogs(kind: str) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == kind and w.isVisible()]


def test_the_lock_screen_opens_a_journal_from_a_file(
    qtbot: QtBot, companion: CompanionApp, tmp_path: Path
) -> None:
    companion.start()
    lock = companion.windows.current_window()
    assert isinstance(lock, LockScreen)
    assert lock.open_file_button.isVisible()
    qtbot.mouseClick(lock.open_file_button, Qt.MouseButton.LeftButton)
    dialogs = _dialogs("openFromFileDialog")
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert isinstance(dialog, OpenFromFileDialog)
    # The dialog proves the copy's passphrase and keeps this computer's journal aside
    # (its own tests); what the app does with the journal it hands over is shown here.
    other, _code = Vault.create(
        tmp_path / "copy",
        "another journal's words",
        schemas=FEATURE_SCHEMAS,
        kdf_params=TEST_KDF_PARAMS,
        allow_weak_for_tests=True,
    )
    dialog.opened.emit(other, None)
    assert companion.windows.screen == "main"
    assert companion.session.vault is other
    dialog.reject()


def test_damage_at_unlock_offers_the_newest_backup(
    qtbot: QtBot, companion: CompanionApp, paths: AppPaths
) -> None:
    companion.start()
    main = unlock(qtbot, companion)
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # backs up
    (paths.vault_dir / "journal.db").write_bytes(b"")  # a sync tool cut it to nothing
    lock = companion.windows.current_window()
    assert isinstance(lock, LockScreen)
    qtbot.keyClicks(lock.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(lock.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(_dialogs("damageDialog")), timeout=20000)
    dialog = _dialogs("damageDialog")[0]
    assert isinstance(dialog, DamageDialog)
    assert companion.windows.screen == "locked"
    assert lock.passphrase_message.isVisible()
    dialog.reject()


def test_first_run_offers_to_open_a_journal_from_a_file(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    app = CompanionApp(
        resolve_paths(str(tmp_path / "fresh")),
        FakeClock(NOON),
        vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS),
    )
    try:
        app.start()
        first = app.windows.current_window()
        assert isinstance(first, FirstRunWindow)
        assert first.open_file_button.isVisible()
        assert first.open_file_button.accessibleName()
    finally:
        app.shutdown()
        QApplication.processEvents()


def test_the_chosen_second_folder_is_remembered_and_gets_each_automatic_backup(
    qtbot: QtBot, companion: CompanionApp, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    companion.start()
    main = unlock(qtbot, companion)
    action = main.findChild(QAction, "transferBackupsAction")
    assert isinstance(action, QAction)
    action.trigger()
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, BackupsDialog) and w.isVisible()
    )
    # The system's folder dialog cannot run here: the test answers it instead.
    dialog._pickers = Pickers(folder=lambda _parent, _title, _start: stick)
    qtbot.mouseClick(dialog.second_button, Qt.MouseButton.LeftButton)
    assert companion.prefs.prefs.backup_copy_folder == str(stick)  # kept for next time
    dialog.reject()
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    backups = [p for p in stick.iterdir() if (p / "journal.db").is_file()]
    assert len(backups) == 1  # the lock's automatic backup went to the stick too
