"""Composition root: paths -> preferences -> QApplication -> help -> screens.

Nothing else builds windows or owns the vault. ``CompanionApp`` moves between the four
screens (first run, recovery code, main window, lock screen) and locks on request, on
idle and on exit.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from companion.core.assets import asset_path
from companion.core.clock import Clock, SystemClock
from companion.core.paths import AppPaths, resolve_paths
from companion.core.policy import Policy, load_effective_policy
from companion.core.resources.packs import PackLocations, discover_packs
from companion.core.vault import RecoveryCode, Vault, vault_exists
from companion.core.vault.crypto import KdfParams
from companion.ui.help.access import HelpAccess
from companion.ui.journal.main_window import MainWindow
from companion.ui.preferences.preferences_dialog import PreferencesDialog
from companion.ui.preferences.preferences_store import PreferencesStore
from companion.ui.shell.crash import APP_NAME, disable_core_dumps, install_crash_handler
from companion.ui.shell.idle import IdleLock
from companion.ui.shell.messages import UNSAVED_AT_LOCK, message_for
from companion.ui.shell.session import Session
from companion.ui.shell.theme import apply_theme
from companion.ui.vault.change_passphrase_dialog import ChangePassphraseDialog
from companion.ui.vault.first_run import FirstRunWindow
from companion.ui.vault.lock_screen import LockScreen
from companion.ui.vault.new_recovery_code_dialog import (
    NewRecoveryCodeDialog,
    new_code_dialog,
    unsaved_code_notice,
)
from companion.ui.vault.recovery_code_dialog import RecoveryCodeDialog

log = logging.getLogger("companion")

DESKTOP_FILE_NAME = "org.companionapp.Companion"


class CompanionApp(QObject):
    """Owns the session, preferences, help and whichever screen is showing.

    Args:
        paths: where the vault and preferences live.
        clock: time source (a FakeClock in tests).
        kdf_params: tiny Argon2id parameters, for tests and screenshots only.
    """

    screen_changed = Signal(str)  # "first_run", "recovery_code", "main", "locked"

    def __init__(
        self,
        paths: AppPaths,
        clock: Clock | None = None,
        *,
        kdf_params: KdfParams | None = None,
        policy: Policy | None = None,
    ) -> None:
        super().__init__()
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            raise RuntimeError("create a QApplication before CompanionApp")
        self._qapp = app
        self.paths = paths.ensure()
        self.clock: Clock = clock or SystemClock()
        self._kdf_params = kdf_params
        self.policy = policy or Policy()
        self.prefs = PreferencesStore(paths.preferences_file, self)
        self.help = HelpAccess(
            lambda: self.prefs.prefs.country,
            lambda code: self.prefs.update(country=code),
            self,
            clock=self.clock,
            default_country=self.policy.default_country,
            pack_paths=_policy_packs(self.policy),
        )
        self.help.install(app)
        self.session = Session(self.clock, self)
        self.idle = IdleLock(self.clock, lambda: self.prefs.prefs.auto_lock_minutes, self)
        self.idle.install(app)
        self.idle.idle_timeout.connect(self.lock)
        self.session.unlocked.connect(lambda: self.idle.set_active(True))
        self.session.locked.connect(lambda: self.idle.set_active(False))
        self.prefs.changed.connect(self._apply_theme)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

        self.screen = ""
        self._window: QWidget | None = None
        self.main_window: MainWindow | None = None
        self._dialogs: list[QDialog] = []
        self._shutting_down = False
        # A new recovery code was made but the lock closed it before it was kept.
        self._code_unkept = False

    # --- screens ------------------------------------------------------------------------

    def start(self) -> None:
        """Show the lock screen if a journal exists, the welcome screen otherwise."""
        screen: FirstRunWindow | LockScreen
        if vault_exists(self.paths.vault_dir):
            screen = self.show_lock_screen()
        else:
            screen = self.show_first_run()
        if self.prefs.load_error is not None:
            screen.show_notice(message_for(self.prefs.load_error))

    def current_window(self) -> QWidget:
        """The visible top-level screen."""
        if self._window is None:
            raise RuntimeError("CompanionApp.start() has not been called")
        return self._window

    def _show(self, window: QWidget, screen: str) -> None:
        old, self._window = self._window, window
        self.screen = screen
        window.show()
        if QGuiApplication.platformName() != "offscreen":  # nothing to raise there
            window.raise_()
        window.activateWindow()
        if old is not None and old is not window:
            old.hide()
            old.deleteLater()
        self.screen_changed.emit(screen)

    def show_first_run(self) -> FirstRunWindow:
        """The welcome and create-passphrase screen."""
        window = FirstRunWindow(self.paths.vault_dir, self.help, self.clock, self._kdf_params)
        window.created.connect(self._vault_created)
        self._show(window, "first_run")
        return window

    def _vault_created(self, vault: Vault, code: RecoveryCode) -> None:
        if self._refuse_late(vault):
            return
        self.session.attach(vault)
        self.show_recovery_code(code.text)

    def show_recovery_code(self, code: str) -> RecoveryCodeDialog:
        """The one-time recovery code screen; Continue leads to the journal."""
        dialog = RecoveryCodeDialog(code, self.help)
        dialog.accepted.connect(self.show_main_window)
        self._show(dialog, "recovery_code")
        # The code is shown only once and no entry is on screen yet: an idle lock here
        # would lose it for good, so the idle clock waits for the journal window.
        self.idle.set_active(False)
        return dialog

    def show_main_window(self) -> MainWindow:
        """The journal. Needs an unlocked session."""
        window = MainWindow(self.session, self.help, self.prefs, self.clock)
        window.lock_requested.connect(self.lock)
        window.change_passphrase_requested.connect(self.open_change_passphrase)
        window.new_recovery_code_requested.connect(self.open_new_recovery_code)
        window.preferences_requested.connect(self.open_preferences)
        window.installEventFilter(self)
        self.main_window = window
        self._code_unkept = False  # told already, or the window was closed instead
        self._show(window, "main")
        self.idle.set_active(self.session.is_unlocked())
        if self.session.is_unlocked() and self.session.vault.on_network_filesystem:
            self._warn_network_folder()
        return window

    def _warn_network_folder(self) -> None:
        # security.md: file locking is unreliable on network shares (SMB/NFS home
        # folders in libraries). The vault already uses a rollback journal there; the
        # person should know that two computers must not have it open at once.
        note = QMessageBox(
            QMessageBox.Icon.Information,
            APP_NAME,
            QCoreApplication.translate("Messages", "Your journal is in a network folder."),
            QMessageBox.StandardButton.Ok,
            self.main_window,
        )
        note.setObjectName("networkFolderNote")
        note.setInformativeText(
            QCoreApplication.translate(
                "Messages",
                "Companion works there. Lock or close it here before opening it on another "
                "computer, so that changes from one never overwrite the other.",
            )
        )
        self._track(note)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The person closed the journal window: lock at once. The app quits when the
        # last window (perhaps the help panel) closes.
        if (
            watched is self.main_window
            and event.type() == QEvent.Type.Close
            and not self._shutting_down
        ):
            # Runs before the window's own closeEvent. A save that failed (a full disk)
            # would be dropped by the lock, so the person is asked, as for Ctrl+L.
            if not self.main_window.ready_to_leave():
                event.ignore()
                return True
            self.idle.set_active(False)
            self._close_dialogs()
            self.main_window = None
            self._window = None
            self.session.lock()
        return False

    def show_lock_screen(self) -> LockScreen:
        """The lock screen (also what a locked journal falls back to)."""
        window = LockScreen(self.paths.vault_dir, self.help, self.clock, self._kdf_params)
        window.unlocked.connect(self._unlocked)
        self._show(window, "locked")
        window.passphrase.select_all()
        return window

    def _unlocked(self, vault: Vault) -> None:
        if self._refuse_late(vault):
            return
        self.session.attach(vault)
        self.show_main_window()

    def _refuse_late(self, vault: Vault) -> bool:
        """Lock a vault whose key derivation finished after quitting began.

        Attaching it would open the journal in a window nobody sees, with an unlocked
        session that nothing would ever lock again.
        """
        if not self._shutting_down:
            return False
        log.info("unlock finished after shutdown; locked again")
        vault.lock()
        return True

    # --- dialogs ------------------------------------------------------------------------

    def _track(self, dialog: QDialog) -> QDialog:
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        dialog.deleteLater()

    def open_change_passphrase(self) -> ChangePassphraseDialog:
        """Open the change-passphrase dialog over the main window (window-modal)."""
        dialog = ChangePassphraseDialog(
            self.session, self.help, self.main_window, kdf_params=self._kdf_params
        )
        dialog.accepted.connect(self._passphrase_changed)
        self._track(dialog)
        return dialog

    def _passphrase_changed(self) -> None:
        # The dialog simply closed on success, which left people unsure it had worked.
        if self.main_window is None:
            return
        note = QMessageBox(
            QMessageBox.Icon.Information,
            APP_NAME,
            QCoreApplication.translate("Messages", "Your passphrase is changed."),
            QMessageBox.StandardButton.Ok,
            self.main_window,
        )
        note.setObjectName("passphraseChangedNote")
        note.setInformativeText(
            QCoreApplication.translate(
                "Messages",
                "Use the new one next time you unlock. Your recovery code still works.",
            )
        )
        self._track(note)

    def open_new_recovery_code(self) -> NewRecoveryCodeDialog:
        """Ask for the passphrase, replace the recovery code, then show the new one."""
        dialog = NewRecoveryCodeDialog(
            self.session, self.help, self.main_window, kdf_params=self._kdf_params
        )
        dialog.code_made.connect(self._show_new_recovery_code)
        # Closed by a lock while the code was being made: it may have been replaced unseen.
        dialog.finished.connect(lambda _r: self._note_code_unkept(dialog.is_busy()))
        self._track(dialog)
        return dialog

    def _show_new_recovery_code(self, code: str) -> None:
        if self.main_window is None:
            self._code_unkept = True
            return
        # The journal is open behind it, so an idle lock may close this (unlike at first
        # run); the lock screen then says so, and the passphrase can make another code.
        dialog = new_code_dialog(code, self.help, self.main_window)
        dialog.finished.connect(
            lambda _r: self._note_code_unkept(not dialog.confirm_box.isChecked())
        )
        self._track(dialog)

    def _note_code_unkept(self, unkept: bool) -> None:
        if unkept and not self._shutting_down:
            self._code_unkept = True

    def open_preferences(self) -> PreferencesDialog:
        """Open the preferences dialog."""
        dialog = PreferencesDialog(self.prefs, self.help, self._window)
        self._track(dialog)
        return dialog

    def dialogs(self) -> list[QDialog]:
        """Dialogs the shell opened that are still open (tests use this)."""
        return list(self._dialogs)

    # --- locking ------------------------------------------------------------------------

    def lock(self) -> None:
        """Lock now: close the journal and every window showing it; show the lock screen.

        The help panel stays open: help is never behind a lock.
        """
        if not self.session.is_unlocked():
            return  # nothing open: first run, lock screen, or locked already
        main, self.main_window = self.main_window, None
        saved = True
        if main is not None:
            # Keep what was typed: save into the vault before it closes. save_now()
            # reports failures itself; anything it raises must not stop the lock.
            try:
                saved = main.save_now()
            except Exception as exc:
                saved = False
                # The type only: an exception's message may quote what was written.
                log.error("saving before lock failed: %s", type(exc).__name__)
        self._close_dialogs()
        self.session.lock()
        if not self._shutting_down:
            lock_screen = self.show_lock_screen()  # before the main window goes: never zero
            notices = [unsaved_code_notice()] if self._code_unkept else []
            if not saved:
                # An idle lock cannot ask first (Ctrl+L and closing do): say it afterwards.
                notices.insert(0, QCoreApplication.translate("Messages", str(UNSAVED_AT_LOCK)))
            if notices:
                lock_screen.show_notice("\n\n".join(notices))
        self._code_unkept = False
        if main is not None:
            main.removeEventFilter(self)
            main.hide()
            main.deleteLater()

    def _close_dialogs(self) -> None:
        keep = self.help.panel()
        for dialog in list(self._dialogs):
            dialog.done(QDialog.DialogCode.Rejected)
        # Any other dialog (the main window's own) may hold entry text: close it too.
        # done() also ends a nested exec() loop, so nothing keeps running behind the lock.
        for widget in self._qapp.topLevelWidgets():
            if widget is keep or widget is self._window:
                continue
            if keep is not None and keep.isAncestorOf(widget):
                continue
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)

    def shutdown(self) -> None:
        """Lock and close everything (on quit, and at the end of tests)."""
        self._shutting_down = True
        self.idle.uninstall()
        self.help.uninstall()
        if self.main_window is not None:
            with contextlib.suppress(Exception):
                self.main_window.save_now()
            self.main_window.removeEventFilter(self)
        self._close_dialogs()
        self.main_window = None
        self.session.lock()
        if self._window is not None:
            self._window.hide()
            self._window.deleteLater()
            self._window = None
        panel = self.help.panel()
        if panel is not None:
            panel.close()

    def _apply_theme(self) -> None:
        apply_theme(self._qapp, self.prefs.prefs.theme)

    def _system_scheme_changed(self, _scheme: object) -> None:
        if self.prefs.prefs.theme == "system":
            self._apply_theme()


# --- process setup -----------------------------------------------------------------------


def _set_app_icon(app: QApplication) -> None:
    try:
        icon_file = asset_path("icons", "companion.svg")
    except FileNotFoundError:
        return
    if icon_file.is_file():
        app.setWindowIcon(QIcon(str(icon_file)))


def _policy_packs(policy: Policy) -> tuple[Path, ...]:
    """The pack files the policy names (a file, or every ``*.json`` in a folder)."""
    if policy.resource_pack is None:
        return ()
    return tuple(discover_packs(PackLocations(explicit=(policy.resource_pack,))))


def load_policy_for_run() -> Policy:
    """The machine's policy; each unusable setting is logged for the administrator."""
    policy, problems = load_effective_policy()
    for problem in problems:
        log.warning("policy %s: %s", policy.source, problem)
    return policy


def quit_on_terminate(app: QApplication) -> None:
    """Quit through the normal path (save, lock, checkpoint) on SIGTERM and SIGHUP.

    Logging out or shutting down sends SIGTERM; Python's default ends the process at once,
    losing whatever still waited on the autosave timer. Python runs signal handlers only
    between bytecodes, so a short timer keeps the interpreter looking in while Qt's event
    loop sleeps.
    """
    import signal

    def request_quit(_signum: int, _frame: object) -> None:
        app.quit()

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, request_quit)
    tick = QTimer(app)
    tick.timeout.connect(lambda: None)
    tick.start(250)


def set_windows_app_id() -> None:
    """Group the taskbar button with the Start-menu shortcut (Windows only).

    Neither the MSI nor the NSIS setup can stamp the id on the shortcut, so the running
    program sets it, before any window exists.
    """
    if sys.platform != "win32":
        return
    import ctypes

    windll = getattr(ctypes, "windll", None)  # only exists on Windows
    if windll is not None:
        with contextlib.suppress(AttributeError, OSError):
            windll.shell32.SetCurrentProcessExplicitAppUserModelID(DESKTOP_FILE_NAME)


def run_app(data_dir: str | None) -> int:
    """Start Companion's window and run until the last window closes.

    Args:
        data_dir: keep all data and preferences under this folder (``--data-dir``).

    Returns:
        The process exit code.
    """
    disable_core_dumps()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    paths = resolve_paths(data_dir)
    set_windows_app_id()
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    _set_app_icon(app)
    install_crash_handler()
    companion = CompanionApp(paths, policy=load_policy_for_run())
    apply_theme(app, companion.prefs.prefs.theme)
    app.aboutToQuit.connect(companion.shutdown)
    quit_on_terminate(app)
    companion.start()
    return int(app.exec())
