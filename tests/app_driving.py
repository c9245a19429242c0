"""Driving the real app in tests as a person would: a locked journal on disk, and
unlocking it by typing the passphrase on the lock screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.app import CompanionApp
from companion.core.features import FEATURE_SCHEMAS
from companion.core.paths import AppPaths, resolve_paths
from companion.core.vault import Vault
from companion.core.vault.crypto import TEST_KDF_PARAMS
from companion.ui.journal.main_window import MainWindow
from companion.ui.vault.lock_screen import LockScreen

PASSPHRASE = "quiet river morning tea"


def make_locked_journal(data_dir: Path) -> AppPaths:
    """An empty journal in ``data_dir`` (tiny KDF costs), locked again."""
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


def unlock(qtbot: QtBot, companion: CompanionApp) -> MainWindow:
    """Type the passphrase on the lock screen and wait for the journal window, active."""
    lock = companion.windows.current_window()
    assert isinstance(lock, LockScreen)
    qtbot.keyClicks(lock.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(lock.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: companion.windows.screen == "main", timeout=20000)
    main = companion.windows.current_window()
    assert isinstance(main, MainWindow)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main
