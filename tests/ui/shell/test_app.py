"""CompanionApp: first run -> recovery code -> main window; lock, idle lock, titles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.errors import StorageFull, VaultLocked
from companion.core.features import FEATURE_SCHEMAS
from companion.core.journal.models import EntryDraft
from companion.core.paths import resolve_paths
from companion.core.vault.crypto import KdfParams
from companion.core.vault.service import VaultService
from companion.ui.journal.main_window import MainWindow
from companion.ui.preferences.preferences_dialog import PreferencesDialog
from companion.ui.shell.crash import crash_report
from companion.ui.shell.ops import wait_for_background_tasks
from companion.ui.vault.change_passphrase_dialog import ChangePassphraseDialog
from companion.ui.vault.first_run import FirstRunWindow
from companion.ui.vault.lock_screen import LockScreen
from companion.ui.vault.recovery_code_dialog import RecoveryCodeDialog

ALLOWED_TITLES = {"Companion", "Companion — Locked"}


@pytest.fixture
def app(
    qapp: QApplication, data_dir: Path, clock: FakeClock, kdf: KdfParams
) -> Iterator[CompanionApp]:
    companion = CompanionApp(
        resolve_paths(data_dir), clock, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS)
    )
    yield companion
    wait_for_background_tasks()
    companion.shutdown()
    QApplication.processEvents()


def create_journal(qtbot, app: CompanionApp, passphrase: str) -> RecoveryCodeDialog:
    app.start()
    window = app.windows.current_window()
    assert isinstance(window, FirstRunWindow)
    qtbot.keyClicks(window.passphrase.edit, passphrase)
    qtbot.keyClicks(window.confirm.edit, passphrase)
    qtbot.mouseClick(window.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.windows.screen == "recovery_code", timeout=20000)
    dialog = app.windows.current_window()
    assert isinstance(dialog, RecoveryCodeDialog)
    return dialog


def continue_past_code(qtbot, dialog: RecoveryCodeDialog) -> None:
    qtbot.mouseClick(dialog.confirm_box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)


def test_first_run_to_main_window(qtbot, app: CompanionApp, passphrase: str) -> None:
    assert app.windows.screen == ""
    dialog = create_journal(qtbot, app, passphrase)
    assert app.session.is_unlocked()
    assert len(dialog.code()) >= 20
    continue_past_code(qtbot, dialog)
    assert app.windows.screen == "main"
    window = app.windows.current_window()
    assert isinstance(window, MainWindow)
    assert window.isVisible()
    assert window.windowTitle() == "Companion"


def test_ctrl_l_locks_and_unlock_returns(qtbot, app: CompanionApp, passphrase: str) -> None:
    continue_past_code(qtbot, create_journal(qtbot, app, passphrase))
    window = app.windows.current_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(app.session.locked, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert app.windows.screen == "locked"
    assert not app.session.is_unlocked()
    lock = app.windows.current_window()
    assert isinstance(lock, LockScreen)
    assert lock.windowTitle() == "Companion — Locked"
    assert not window.isVisible()
    qtbot.keyClicks(lock.passphrase.edit, passphrase)
    qtbot.keyClick(lock.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.windows.screen == "main", timeout=20000)
    assert app.session.is_unlocked()


def test_idle_lock_after_preference_minutes(
    qtbot, app: CompanionApp, clock: FakeClock, passphrase: str
) -> None:
    app.prefs.update(auto_lock_minutes=2)
    continue_past_code(qtbot, create_journal(qtbot, app, passphrase))
    window = app.windows.current_window()
    prefs = app.windows.open_preferences()  # a dialog that must close on lock too
    clock.advance(100)
    qtbot.keyClicks(window, "x")  # input resets the count
    clock.advance(100)
    assert not app.idle.check()
    assert app.windows.screen == "main"
    clock.advance(21)
    assert app.idle.check()
    assert app.windows.screen == "locked"
    assert not app.session.is_unlocked()
    assert not prefs.isVisible()
    assert app.windows.dialogs() == []


def test_start_shows_lock_screen_when_vault_exists(
    qtbot, qapp, data_dir: Path, clock: FakeClock, kdf: KdfParams, passphrase: str
) -> None:
    first = CompanionApp(
        resolve_paths(data_dir), clock, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS)
    )
    create_journal(qtbot, first, passphrase)
    first.shutdown()
    again = CompanionApp(
        resolve_paths(data_dir), clock, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS)
    )
    try:
        again.start()
        assert again.windows.screen == "locked"
        assert isinstance(again.windows.current_window(), LockScreen)
    finally:
        again.shutdown()


def test_dialogs_from_main_window(qtbot, app: CompanionApp, passphrase: str) -> None:
    continue_past_code(qtbot, create_journal(qtbot, app, passphrase))
    main = app.windows.current_window()
    assert isinstance(main, MainWindow)
    main.change_passphrase_requested.emit()
    change = app.windows.dialogs()[-1]
    assert isinstance(change, ChangePassphraseDialog)
    assert change.help_button.isVisible()
    qtbot.keyClicks(change.old.edit, "wrong old passphrase")
    qtbot.keyClicks(change.new.edit, "a new passphrase here")
    qtbot.keyClicks(change.confirm.edit, "a new passphrase here")
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not change.is_busy(), timeout=20000)
    assert "isn't your current passphrase" in change.message.text()
    change.old.clear()
    qtbot.keyClicks(change.old.edit, passphrase)
    with qtbot.waitSignal(change.finished, timeout=20000):
        qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    assert change.result() == QDialog.DialogCode.Accepted

    main.preferences_requested.emit()
    prefs = app.windows.dialogs()[-1]
    assert isinstance(prefs, PreferencesDialog)
    prefs.theme.setCurrentIndex(prefs.theme.findData("dark"))
    prefs.auto_lock.setValue(9)
    prefs.country.setCurrentIndex(prefs.country.findData("NZ"))
    qtbot.mouseClick(prefs.save_button, Qt.MouseButton.LeftButton)
    assert app.prefs.prefs.theme == "dark"
    assert app.prefs.prefs.auto_lock_minutes == 9
    assert app.prefs.prefs.country == "NZ"
    assert QApplication.instance().property("companionDark") is True

    # The new passphrase is the one that opens the journal now.
    app.windows.lock()
    lock = app.windows.current_window()
    qtbot.keyClicks(lock.passphrase.edit, "a new passphrase here")
    qtbot.keyClick(lock.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.windows.screen == "main", timeout=20000)


def test_closing_main_window_locks(qtbot, app: CompanionApp, passphrase: str) -> None:
    continue_past_code(qtbot, create_journal(qtbot, app, passphrase))
    app.windows.current_window().close()
    assert not app.session.is_unlocked()


def test_titles_never_carry_entry_text(qtbot, app: CompanionApp, passphrase: str) -> None:
    continue_past_code(qtbot, create_journal(qtbot, app, passphrase))
    app.session.save_entry(None, EntryDraft(text="TITLE-CANARY"))
    main = app.windows.current_window()
    main.setWindowTitle("TITLE-CANARY")
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            assert "TITLE-CANARY" not in widget.windowTitle()
    assert main.windowTitle() in ALLOWED_TITLES


def test_crash_report_leaves_out_message_and_locals() -> None:
    secret = "ENTRY-TEXT-CANARY"
    try:
        raise ValueError(secret)
    except ValueError as exc:
        report = crash_report(type(exc), exc.__traceback__)
    assert "ValueError" in report
    assert "test_app.py" in report
    assert secret not in report.replace("raise ValueError(secret)", "")


def test_idle_never_loses_the_recovery_code(
    qtbot, app: CompanionApp, clock: FakeClock, passphrase: str
) -> None:
    dialog = create_journal(qtbot, app, passphrase)
    clock.advance(3600)
    assert not app.idle.check()
    assert app.windows.current_window() is dialog
    continue_past_code(qtbot, dialog)
    assert app.idle.is_active()


def test_closing_main_window_keeps_typed_text(qtbot, app: CompanionApp, passphrase: str) -> None:
    continue_past_code(qtbot, create_journal(qtbot, app, passphrase))
    main = app.windows.current_window()
    assert isinstance(main, MainWindow)
    main.new_entry()
    qtbot.keyClicks(main.editor.text_edit, "typed just before closing")
    journal = app.session.journal
    main.close()
    assert not app.session.is_unlocked()
    del journal
    app.shutdown()
    from companion.core.journal import Journal

    vault = app.vaults.unlock(app.paths.vault_dir, passphrase)
    try:
        texts = [e.text for e in Journal(vault.connection, app.clock).timeline()]
    finally:
        vault.lock()
    assert texts == ["typed just before closing"]


def test_unreadable_preferences_are_mentioned_calmly(
    qtbot, qapp, data_dir: Path, clock: FakeClock, kdf: KdfParams
) -> None:
    (data_dir / "preferences.json").write_text("{broken", encoding="utf-8")
    companion = CompanionApp(
        resolve_paths(data_dir), clock, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS)
    )
    try:
        companion.start()
        window = companion.windows.current_window()
        assert isinstance(window, FirstRunWindow)
        assert window.notice.isVisibleTo(window)
        assert "defaults" in window.notice.text()
        assert companion.prefs.prefs.auto_lock_minutes == 5
    finally:
        companion.shutdown()


def test_lock_without_a_journal_does_nothing(qtbot, app: CompanionApp) -> None:
    app.start()
    app.windows.lock()
    assert app.windows.screen == "first_run"


def test_unlock_finishing_after_shutdown_opens_nothing(
    qtbot, qapp, data_dir: Path, clock: FakeClock, kdf: KdfParams, existing_vault, passphrase: str
) -> None:
    companion = CompanionApp(
        resolve_paths(data_dir), clock, vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS)
    )
    companion.start()
    lock = companion.windows.current_window()
    assert isinstance(lock, LockScreen)
    opened: list[object] = []
    lock.unlocked.connect(opened.append)
    qtbot.keyClicks(lock.passphrase.edit, passphrase)
    qtbot.keyClick(lock.passphrase.edit, Qt.Key.Key_Return)
    assert lock.is_busy()
    wait_for_background_tasks()  # the key is derived; its result is queued
    companion.shutdown()  # the person quit meanwhile
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    QApplication.processEvents()
    assert not companion.session.is_unlocked()
    assert companion.windows.main_window is None
    assert companion.windows.screen != "main"
    vault = opened[0]
    with pytest.raises(VaultLocked):
        vault.connection  # type: ignore[attr-defined]  # noqa: B018


def _answer_unsaved_question(button_text: str, seen: list[str]) -> None:
    """Press ``button_text`` in the "couldn't be saved" question once it is open."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "lockUnsavedConfirm" and widget.isVisible():
            seen.append(widget.objectName())
            for button in widget.findChildren(QPushButton):
                if button.text() == button_text:
                    button.click()
                    return
    QTimer.singleShot(20, lambda: _answer_unsaved_question(button_text, seen))


def _disk_full(app: CompanionApp) -> None:
    def refuse(entry_id: int | None, draft: EntryDraft) -> object:
        raise StorageFull()

    app.session.save_entry = refuse  # type: ignore[method-assign]


def _close_with_unsavable_text(
    qtbot, app: CompanionApp, passphrase: str, answer: str
) -> MainWindow:
    """Type into a new entry, fill the disk, close the window and answer the question."""
    continue_past_code(qtbot, create_journal(qtbot, app, passphrase))
    main = app.windows.current_window()
    assert isinstance(main, MainWindow)
    main.new_entry()
    qtbot.keyClicks(main.editor.text_edit, "words the full disk refused")
    _disk_full(app)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer_unsaved_question(answer, seen))
    main.close()
    assert seen == ["lockUnsavedConfirm"]
    return main


def test_closing_with_unsavable_text_asks_first(qtbot, app: CompanionApp, passphrase: str) -> None:
    main = _close_with_unsavable_text(qtbot, app, passphrase, "Keep writing")
    assert app.session.is_unlocked()
    assert main.isVisible()
    assert main.editor.text_edit.toPlainText() == "words the full disk refused"
    assert app.windows.screen == "main"


def test_closing_with_unsavable_text_can_still_close(
    qtbot, app: CompanionApp, passphrase: str
) -> None:
    _close_with_unsavable_text(qtbot, app, passphrase, "Lock anyway")
    assert not app.session.is_unlocked()


def test_idle_lock_with_unsavable_text_says_so_on_the_lock_screen(
    qtbot, app: CompanionApp, clock: FakeClock, passphrase: str
) -> None:
    app.prefs.update(auto_lock_minutes=1)
    continue_past_code(qtbot, create_journal(qtbot, app, passphrase))
    main = app.windows.current_window()
    assert isinstance(main, MainWindow)
    main.new_entry()
    qtbot.keyClicks(main.editor.text_edit, "not saved")
    _disk_full(app)
    clock.advance(61)
    assert app.idle.check()
    lock = app.windows.current_window()
    assert isinstance(lock, LockScreen)
    assert not lock.notice.isHidden()
    assert "couldn't be saved" in lock.notice.text()
    assert "not saved" not in lock.notice.text()  # never the words themselves


def test_idle_lock_after_a_normal_save_shows_no_note(
    qtbot, app: CompanionApp, clock: FakeClock, passphrase: str
) -> None:
    app.prefs.update(auto_lock_minutes=1)
    continue_past_code(qtbot, create_journal(qtbot, app, passphrase))
    main = app.windows.current_window()
    assert isinstance(main, MainWindow)
    main.new_entry()
    qtbot.keyClicks(main.editor.text_edit, "saved fine")
    clock.advance(61)
    assert app.idle.check()
    lock = app.windows.current_window()
    assert isinstance(lock, LockScreen)
    assert lock.notice.isHidden()


def test_a_journal_in_a_network_folder_gets_a_calm_warning(
    qtbot, app: CompanionApp, passphrase: str, monkeypatch
) -> None:
    """security.md: on SMB/NFS home folders locking is unreliable: detect, warn."""
    from companion.core.vault import vault as vault_module

    monkeypatch.setattr(vault_module, "is_network_filesystem", lambda _folder: True)
    continue_past_code(qtbot, create_journal(qtbot, app, passphrase))
    assert app.session.vault.on_network_filesystem
    notes = [d for d in app.windows.dialogs() if d.objectName() == "networkFolderNote"]
    assert len(notes) == 1
    assert "network folder" in notes[0].text()


def test_a_local_journal_gets_no_network_warning(qtbot, app: CompanionApp, passphrase: str) -> None:
    continue_past_code(qtbot, create_journal(qtbot, app, passphrase))
    assert not app.session.vault.on_network_filesystem
    assert [d for d in app.windows.dialogs() if d.objectName() == "networkFolderNote"] == []
