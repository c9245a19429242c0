"""More -> "Make a new recovery code…": passphrase first, new code shown at once, old one
retired; locking closes it and says so if the new code was never kept."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.errors import WrongPassphrase
from companion.core.features import FEATURE_SCHEMAS
from companion.core.paths import resolve_paths
from companion.core.vault import Vault
from companion.core.vault.crypto import KdfParams
from companion.core.vault.service import VaultService
from companion.ui.journal.main_window import MainWindow
from companion.ui.shell.ops import wait_for_background_tasks
from companion.ui.vault.first_run import FirstRunWindow
from companion.ui.vault.lock_screen import LockScreen
from companion.ui.vault.new_recovery_code_dialog import NewRecoveryCodeDialog
from companion.ui.vault.recovery_code_dialog import RecoveryCodeDialog

NEW_PASSPHRASE = "a passphrase set by the code"


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


def open_journal(qtbot, app: CompanionApp, passphrase: str) -> tuple[MainWindow, str]:
    """First run through to the journal window; returns it and the first recovery code."""
    app.start()
    first = app.windows.current_window()
    assert isinstance(first, FirstRunWindow)
    qtbot.keyClicks(first.passphrase.edit, passphrase)
    qtbot.keyClicks(first.confirm.edit, passphrase)
    qtbot.mouseClick(first.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.windows.screen == "recovery_code", timeout=20000)
    shown = app.windows.current_window()
    assert isinstance(shown, RecoveryCodeDialog)
    code = shown.code()
    shown.confirm_box.setChecked(True)
    shown.continue_button.click()
    main = app.windows.current_window()
    assert isinstance(main, MainWindow)
    return main, code


def code_unlocks(folder: Path, code: str, kdf: KdfParams) -> bool:
    """Try a recovery code on the locked journal (success sets another passphrase)."""
    try:
        vault = Vault.unlock_with_recovery_code(
            folder,
            code,
            NEW_PASSPHRASE,
            schemas=FEATURE_SCHEMAS,
            kdf_params=kdf,
            allow_weak_for_tests=True,
        )
    except WrongPassphrase:
        return False
    vault.lock()
    return True


def submit(qtbot, dialog: NewRecoveryCodeDialog, passphrase: str) -> None:
    qtbot.keyClicks(dialog.passphrase.edit, passphrase)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)


def shown_codes(app: CompanionApp) -> list[RecoveryCodeDialog]:
    return [d for d in app.windows.dialogs() if isinstance(d, RecoveryCodeDialog)]


def spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def test_wrong_passphrase_is_kind_and_keeps_the_old_code(
    qtbot, app: CompanionApp, passphrase: str, kdf: KdfParams
) -> None:
    main, old_code = open_journal(qtbot, app, passphrase)
    main.new_recovery_code_requested.emit()
    dialog = app.windows.dialogs()[-1]
    assert isinstance(dialog, NewRecoveryCodeDialog)
    dialog.submit()  # nothing typed yet
    assert dialog.message.text() == "Please type your passphrase."
    submit(qtbot, dialog, "not my passphrase at all")
    assert dialog.message.isVisible()
    assert "isn't your passphrase" in dialog.message.text()
    assert "current recovery code still works" in dialog.message.text()
    assert dialog.isVisible()
    assert shown_codes(app) == []
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert app.windows.dialogs() == []
    app.windows.lock()
    assert code_unlocks(app.paths.vault_dir, old_code, kdf)


def test_right_passphrase_shows_a_new_code_and_retires_the_old(
    qtbot, app: CompanionApp, passphrase: str, kdf: KdfParams
) -> None:
    _main, old_code = open_journal(qtbot, app, passphrase)
    dialog = app.windows.open_new_recovery_code()
    submit(qtbot, dialog, passphrase)
    assert dialog not in app.windows.dialogs()  # it made way for the code
    codes = shown_codes(app)
    assert len(codes) == 1
    shown = codes[0]
    assert shown.isVisible()
    new_code = shown.code()
    assert len(new_code) >= 20
    assert new_code != old_code
    assert shown.code_label.text() == new_code
    assert shown.explanation.text().startswith("Your old recovery code no longer works.")
    title = shown.findChild(QLabel, "screenTitle")
    assert title is not None
    assert title.text() == "Your new recovery code"
    assert shown.help_button.isVisible()
    # Closing before keeping the code is refused, as at first run.
    shown.reject()
    assert shown.isVisible()
    shown.confirm_box.setChecked(True)
    qtbot.mouseClick(shown.continue_button, Qt.MouseButton.LeftButton)
    assert app.windows.dialogs() == []
    assert app.windows.screen == "main"  # just closes: the journal was there all along
    app.windows.lock()
    lock = app.windows.current_window()
    assert isinstance(lock, LockScreen)
    assert not lock.notice.isVisible()  # the code was kept: nothing to say
    assert not code_unlocks(app.paths.vault_dir, old_code, kdf)
    assert code_unlocks(app.paths.vault_dir, new_code, kdf)


def test_the_menu_reaches_it_by_keyboard(qtbot, app: CompanionApp, passphrase: str) -> None:
    main, _code = open_journal(qtbot, app, passphrase)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    menu = main.menu_button.menu()
    assert main.new_recovery_code_action in menu.actions()
    assert main.new_recovery_code_action.text().replace("&", "") == "Make a new recovery code…"

    def choose() -> None:
        # The menu runs its own event loop: press "n", its mnemonic, once it is open.
        qtbot.waitUntil(menu.isVisible)
        qtbot.keyClick(menu, Qt.Key.Key_N)

    main.menu_button.setFocus(Qt.FocusReason.TabFocusReason)
    QTimer.singleShot(0, choose)
    qtbot.keyClick(main.menu_button, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: any(isinstance(d, NewRecoveryCodeDialog) for d in app.windows.dialogs())
    )
    dialog = app.windows.dialogs()[-1]
    assert dialog.isVisible()
    assert dialog.parentWidget() is main
    assert dialog.isModal()


def test_every_control_is_named_and_reachable_and_help_is_there(
    qtbot,
    app: CompanionApp,
    passphrase: str,
    controls_of: Callable[[QWidget], list[QWidget]],
) -> None:
    _main, _code = open_journal(qtbot, app, passphrase)
    dialog = app.windows.open_new_recovery_code()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.help_button.isVisible()
    assert dialog.help_button.text() == "Get help now (F1)"
    controls = controls_of(dialog)
    assert len(controls) >= 4
    assert [type(w).__name__ for w in controls if not spoken_name(w).strip()] == []
    assert spoken_name(dialog.make_button) == "Make a new recovery code"
    expected = set(map(id, controls))
    seen: set[int] = set()
    for _ in range(len(expected) * 2 + 4):
        focused = QApplication.focusWidget()
        if focused is not None:
            seen.add(id(focused))
        qtbot.keyClick(focused or dialog, Qt.Key.Key_Tab)
    assert [spoken_name(w) for w in controls if id(w) not in seen] == []


def test_lock_closes_the_passphrase_step_and_changes_nothing(
    qtbot, app: CompanionApp, passphrase: str, kdf: KdfParams
) -> None:
    _main, old_code = open_journal(qtbot, app, passphrase)
    dialog = app.windows.open_new_recovery_code()
    qtbot.keyClicks(dialog.passphrase.edit, passphrase)
    app.windows.lock()
    assert app.windows.dialogs() == []
    assert not dialog.isVisible()
    lock = app.windows.current_window()
    assert isinstance(lock, LockScreen)
    assert not lock.notice.isVisible()
    assert code_unlocks(app.paths.vault_dir, old_code, kdf)


def test_idle_lock_closes_an_unkept_new_code_and_says_so(
    qtbot, app: CompanionApp, clock: FakeClock, passphrase: str, kdf: KdfParams
) -> None:
    _main, _old = open_journal(qtbot, app, passphrase)
    dialog = app.windows.open_new_recovery_code()
    submit(qtbot, dialog, passphrase)
    (shown,) = shown_codes(app)
    new_code = shown.code()
    clock.advance(3600)
    assert app.idle.check()  # the journal is open behind it, so idle lock still applies
    assert app.windows.screen == "locked"
    assert app.windows.dialogs() == []
    assert not shown.isVisible()
    lock = app.windows.current_window()
    assert isinstance(lock, LockScreen)
    assert lock.notice.isVisible()
    assert "new recovery code" in lock.notice.text()
    assert "passphrase still opens it" in lock.notice.text()
    assert code_unlocks(app.paths.vault_dir, new_code, kdf)  # it was in place all along


def test_lock_while_the_code_is_being_made_is_not_silent(
    qtbot, app: CompanionApp, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _main, _old = open_journal(qtbot, app, passphrase)
    vault = app.session.vault
    release = threading.Event()
    real = vault.replace_recovery_code

    def held(secret: str, **kwargs: object):
        release.wait(20)
        return real(secret, **kwargs)  # the vault is locked by now: VaultLocked

    monkeypatch.setattr(vault, "replace_recovery_code", held)
    dialog = app.windows.open_new_recovery_code()
    qtbot.keyClicks(dialog.passphrase.edit, passphrase)
    dialog.submit()
    assert dialog.is_busy()
    app.windows.lock()
    release.set()
    assert wait_for_background_tasks()
    QApplication.processEvents()
    assert shown_codes(app) == []
    lock = app.windows.current_window()
    assert isinstance(lock, LockScreen)
    assert "new recovery code" in lock.notice.text()
