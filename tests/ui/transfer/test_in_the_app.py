"""End to end in the real app, as app.py wires it: the transfer commands in the journal
window's More menu, a backup, and a restore that locks through the window manager and
runs over the lock screen; afterwards the journal unlocks as it was at the backup."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.models import EntryDraft
from companion.core.paths import AppPaths, resolve_paths
from companion.core.vault import Vault
from companion.core.vault.crypto import TEST_KDF_PARAMS
from companion.core.vault.service import VaultService
from companion.ui.journal.main_window import MainWindow
from companion.ui.transfer.backups_dialog import BackupsDialog
from companion.ui.transfer.restore_dialog import RestoreDialog
from companion.ui.vault.lock_screen import LockScreen
from tests.ui.transfer.transfer_helpers import click, message_box

PASSPHRASE = "quiet river morning tea"


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    app_paths = resolve_paths(str(data_dir))
    vault, _code = Vault.create(
        app_paths.vault_dir,
        PASSPHRASE,
        schemas=FEATURE_SCHEMAS,
        kdf_params=TEST_KDF_PARAMS,
        allow_weak_for_tests=True,
    )
    vault.lock()
    return app_paths


@pytest.fixture
def companion(qapp: QApplication, paths: AppPaths) -> Iterator[CompanionApp]:
    clock = FakeClock(datetime(2026, 3, 4, 12, 0, tzinfo=UTC))
    app = CompanionApp(paths, clock, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS, clock))
    yield app
    app.shutdown()
    app.features.close_windows()
    QApplication.processEvents()


def _unlock(qtbot: QtBot, companion: CompanionApp) -> MainWindow:
    lock = companion.windows.current_window()
    assert isinstance(lock, LockScreen)
    lock.passphrase.edit.setText(PASSPHRASE)
    qtbot.keyClick(lock.passphrase.edit, Qt.Key.Key_Return)  # type: ignore[no-untyped-call]
    qtbot.waitUntil(lambda: companion.windows.screen == "main", timeout=20000)
    main = companion.windows.current_window()
    assert isinstance(main, MainWindow)
    return main


def test_back_up_then_restore_from_the_more_menu(qtbot: QtBot, companion: CompanionApp) -> None:
    companion.start()
    main = _unlock(qtbot, companion)
    companion.session.save_entry(None, EntryDraft(text="Before the backup"))
    action = main.findChild(QAction, "transferBackupsAction")
    assert action is not None
    assert action.text().replace("&", "") == "Backups…"
    for key in ("transferExportAction", "transferImportAction", "transferMergeAction"):
        assert main.findChild(QAction, key) is not None
    action.trigger()
    dialog = next(d for d in main.findChildren(BackupsDialog) if d.isVisible())
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    qtbot.waitUntil(dialog.checks_done, timeout=20000)
    assert dialog.table.topLevelItemCount() == 1

    companion.session.save_entry(None, EntryDraft(text="After the backup"))
    assert companion.session.journal.count() == 2
    dialog.restore_button.click()
    click(message_box("restoreConfirm"), "yes")
    assert companion.windows.screen == "locked"
    lock = companion.windows.current_window()
    restore = next(d for d in lock.findChildren(RestoreDialog))
    assert restore.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: restore.result_value is not None, timeout=20000)
    restore.close_button.click()

    _unlock(qtbot, companion)
    assert companion.session.journal.count() == 1  # as it was at the backup
