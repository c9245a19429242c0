"""End to end: empty data folder -> first run -> recovery code -> write -> lock -> unlock
-> the entry is there -> search finds it. Real widgets, real vault (tiny KDF params)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.paths import resolve_paths
from companion.core.vault.service import VaultService
from companion.ui.journal.main_window import MainWindow
from companion.ui.shell.ops import wait_for_background_tasks
from companion.ui.vault.first_run import FirstRunWindow
from companion.ui.vault.lock_screen import LockScreen
from companion.ui.vault.recovery_code_dialog import RecoveryCodeDialog

PASSPHRASE = "seven lanterns over the bay"
ENTRY = "Walked by the harbour with Sam, felt lighter afterwards"


def test_journal_flow(qtbot, qapp: QApplication, data_dir: Path, tmp_path: Path) -> None:
    clock = FakeClock()
    app = CompanionApp(
        resolve_paths(data_dir), clock, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS)
    )
    try:
        app.start()
        first = app.windows.current_window()
        assert isinstance(first, FirstRunWindow)
        qtbot.keyClicks(first.passphrase.edit, PASSPHRASE)
        qtbot.keyClicks(first.confirm.edit, PASSPHRASE)
        qtbot.keyClick(first.confirm.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: app.windows.screen == "recovery_code", timeout=20000)

        code_dialog = app.windows.current_window()
        assert isinstance(code_dialog, RecoveryCodeDialog)
        assert code_dialog.save_to_file(tmp_path / "usb" / "code.txt") is False  # no folder
        (tmp_path / "usb").mkdir()
        assert code_dialog.save_to_file(tmp_path / "usb" / "code.txt")
        qtbot.mouseClick(code_dialog.confirm_box, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(code_dialog.continue_button, Qt.MouseButton.LeftButton)
        assert app.windows.screen == "main"

        main = app.windows.current_window()
        assert isinstance(main, MainWindow)
        main.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
        qtbot.keyClick(main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(main.editor.text_edit, ENTRY)
        # Ctrl+L saves the open entry first, then locks.
        qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert app.windows.screen == "locked"
        assert not app.session.is_unlocked()

        # Nothing readable on disk while locked.
        for path in data_dir.rglob("*"):
            if path.is_file():
                assert b"harbour" not in path.read_bytes()

        lock = app.windows.current_window()
        assert isinstance(lock, LockScreen)
        qtbot.keyClicks(lock.passphrase.edit, "seven lanterns over the sea")
        qtbot.keyClick(lock.passphrase.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not lock.is_busy(), timeout=20000)
        assert app.windows.screen == "locked"
        lock.passphrase.clear()
        qtbot.keyClicks(lock.passphrase.edit, PASSPHRASE)
        qtbot.keyClick(lock.passphrase.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: app.windows.screen == "main", timeout=20000)

        main = app.windows.current_window()
        assert isinstance(main, MainWindow)
        entries = app.session.journal.timeline()
        assert [e.text for e in entries] == [ENTRY]
        assert main.timeline.timeline_model.entry_count() == 1

        qtbot.keyClicks(main.search_bar.query_edit, "harbour")
        main.search_bar.run_search()
        hits = main.search_bar.results.results_model.hits()
        assert [hit.entry.id for hit in hits] == [entries[0].id]
        assert main.windowTitle() == "Companion"
    finally:
        wait_for_background_tasks()
        app.shutdown()
