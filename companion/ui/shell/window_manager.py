"""Which screen is showing, the dialogs over it, and locking: :class:`WindowManager`.

There is always exactly one top-level screen: first run, the recovery code, the journal
or the lock screen (the help panel lives beside them and is never closed by a lock).
Moving between them, opening the vault's dialogs, saying what happened, and locking —
saving everything through the :class:`SaveRegistry` first — all happen here; the app
only builds the parts and hands them over.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from companion import APP_NAME
from companion.core.policy import Mode, Policy
from companion.core.policy.cli import describe_policy
from companion.ui.journal.main_window import MainWindow
from companion.ui.preferences.preferences_dialog import PreferencesDialog
from companion.ui.shell.clipboard import forget_our_clipboard
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import UNSAVED_AT_LOCK, message_for, show_message
from companion.ui.shell.neutral_screen import NeutralScreen
from companion.ui.shell.pages import MenuCommand, PageSpec
from companion.ui.shell.quick_exit_note import QuickExitNote
from companion.ui.shell.session_banner import SessionBanner
from companion.ui.vault.change_passphrase_dialog import ChangePassphraseDialog
from companion.ui.vault.first_run import FirstRunWindow
from companion.ui.vault.guest_welcome import GuestWelcome
from companion.ui.vault.lock_out_dialog import LockOutCopiesDialog
from companion.ui.vault.lock_screen import LockScreen
from companion.ui.vault.new_recovery_code_dialog import (
    NewRecoveryCodeDialog,
    new_code_dialog,
    unsaved_code_notice,
)
from companion.ui.vault.recovery_code_dialog import RecoveryCodeDialog

if TYPE_CHECKING:
    from companion.core.clock import Clock
    from companion.core.paths import AppPaths
    from companion.core.vault import RecoveryCode, Vault
    from companion.core.vault.service import VaultService
    from companion.ui.help.access import HelpAccess
    from companion.ui.shell.idle import IdleLock
    from companion.ui.shell.idle_reset import IdleResetTimer
    from companion.ui.shell.preferences_store import PreferencesStore
    from companion.ui.shell.saveables import SaveRegistry
    from companion.ui.shell.session import Session

log = logging.getLogger(__name__)


class WindowManager(QObject):
    """Shows one screen at a time, tracks the dialogs over it, and locks."""

    screen_changed = Signal(str)  # "first_run", "recovery_code", "main", "locked"

    def __init__(
        self,
        *,
        paths: AppPaths | None,
        vaults: VaultService,
        session: Session,
        help_access: HelpAccess,
        prefs: PreferencesStore,
        idle: IdleLock,
        saveables: SaveRegistry,
        clock: Clock,
        mode: Mode = Mode.PERSONAL,
        policy: Policy | None = None,
        idle_reset: IdleResetTimer | None = None,
        run_explanation: Sequence[str] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._idle_reset = idle_reset
        self._run_explanation = tuple(run_explanation)
        self._quick_exit_on = (policy or Policy()).quick_exit.enabled
        if idle_reset is not None:
            idle_reset.countdown.connect(self._show_countdown)
            idle_reset.reset_due.connect(lambda: self.end_session(ask=False))
        self._paths = paths
        self._vaults = vaults
        self._session = session
        self._help = help_access
        self._prefs = prefs
        self._idle = idle
        self._saveables = saveables
        self._clock = clock
        self.mode = mode
        self._policy = policy or Policy()
        self._pages: Sequence[PageSpec] = ()
        self._commands: Sequence[MenuCommand] = ()
        self._save_copy: Callable[[QWidget], None] | None = None
        self._lock_tasks: list[Callable[[], object]] = []
        self._open_file: Callable[[QWidget, Callable[[Vault], None]], object] | None = None
        self._damage_help: Callable[[QWidget, BaseException], object] | None = None
        self.banner: SessionBanner | None = None
        self.screen = ""
        self._window: QWidget | None = None
        self.main_window: MainWindow | None = None
        # Where the journal window last stood, so unlocking brings it back at its size
        # rather than at the lock screen's.
        self._main_place: QRect | None = None
        self._dialogs: list[QDialog] = []
        self._shutting_down = False
        # A new recovery code was made but the lock closed it before it was kept.
        self._code_unkept = False

    # --- screens ------------------------------------------------------------------------

    def add_features(
        self, pages: Sequence[PageSpec] = (), commands: Sequence[MenuCommand] = ()
    ) -> None:
        """The pages and menu commands every journal window shows (set once by the app)."""
        self._pages, self._commands = tuple(pages), tuple(commands)

    def before_each_lock(self, task: Callable[[], object]) -> None:
        """Run ``task`` with the journal still open whenever it is locked or the app quits
        (the automatic backup); never on a quick exit or the end of a guest session,
        which must not wait."""
        self._lock_tasks.append(task)

    def _before_lock(self) -> None:
        if not self._session.is_unlocked() or self.in_guest_session:
            return
        for task in self._lock_tasks:
            try:
                task()
            except Exception as exc:  # locking goes ahead whatever a task does
                log.warning("before-lock task failed: %s", type(exc).__name__)

    def offer_open_file(
        self, open_file: Callable[[QWidget, Callable[[Vault], None]], object]
    ) -> None:
        """What "Open a journal from a file…" does (set by the app): it gets the screen
        and what to do with the journal once it is open."""
        self._open_file = open_file

    def offer_damage_help(self, offer: Callable[[QWidget, BaseException], object]) -> None:
        """What the lock screen does after an unlock fails (damage: offer a backup)."""
        self._damage_help = offer

    def _wire_open_file(self, window: FirstRunWindow | LockScreen) -> None:
        open_file = self._open_file
        window.open_file_button.setVisible(open_file is not None)
        if open_file is not None:
            window.open_file_requested.connect(lambda: open_file(window, self._unlocked))

    def offer_save_copy(self, save: Callable[[QWidget], None]) -> None:
        """What "Save an encrypted copy…" does in a guest session (set by the app)."""
        self._save_copy = save

    @property
    def in_guest_session(self) -> bool:
        """True while the open journal is a guest session's (in memory, kept nowhere)."""
        return self._session.is_unlocked() and self._session.vault.is_memory

    def start(self) -> None:
        """The first screen: the guest welcome in public mode, straight into a guest
        session with ``--guest``, else the lock screen or the welcome screen."""
        if self.mode is Mode.PUBLIC:
            self.show_guest_welcome()
            return
        if self.mode is Mode.GUEST or self._paths is None:
            self.start_guest_session()
            return
        screen: FirstRunWindow | LockScreen
        if self._vaults.exists(self._vault_dir()):
            screen = self.show_lock_screen()
        else:
            screen = self.show_first_run()
        if self._prefs.load_error is not None:
            screen.show_notice(message_for(self._prefs.load_error))

    def current_window(self) -> QWidget:
        """The visible top-level screen."""
        if self._window is None:
            raise RuntimeError("WindowManager.start() has not been called")
        return self._window

    def _show(self, window: QWidget, screen: str, *, keep_place: bool = False) -> None:
        old, self._window = self._window, window
        if self.screen == "main" and old is not None and old.isVisible():
            self._main_place = old.geometry()
        self.screen = screen
        if keep_place and old is not None and old.isVisible():
            # Locking and unlocking replace the window; the new one takes the old one's
            # place, so the journal does not jump about the screen.
            window.setGeometry(self._place_for(window, screen, old.geometry()))
        window.show()
        if QGuiApplication.platformName() != "offscreen":  # nothing to raise there
            window.raise_()
        window.activateWindow()
        if old is not None and old is not window:
            old.hide()
            old.deleteLater()
        self.screen_changed.emit(screen)

    def _place_for(self, window: QWidget, screen: str, old: QRect) -> QRect:
        """Where ``window`` stands when it replaces a window at ``old``.

        The lock screen simply takes the journal's place. The journal comes back where it
        last stood; the first time, it opens at the lock screen's corner but at its own
        size (the lock screen is small: the journal opened cramped after every start).
        """
        if screen != "main":
            return old
        if self._main_place is not None:
            place = QRect(self._main_place)
        else:
            place = QRect(old.topLeft(), old.size().expandedTo(window.size()))
        display = window.screen() or QGuiApplication.primaryScreen()
        if display is None:
            return place
        room = display.availableGeometry()
        place.setSize(place.size().boundedTo(room.size()))
        place.moveLeft(max(room.left(), min(place.left(), room.right() + 1 - place.width())))
        place.moveTop(max(room.top(), min(place.top(), room.bottom() + 1 - place.height())))
        return place

    def _vault_dir(self) -> Path:
        if self._paths is None:
            raise RuntimeError("a guest or public session keeps no journal on disk")
        return self._paths.vault_dir

    def show_first_run(self) -> FirstRunWindow:
        """The welcome and create-passphrase screen."""
        window = FirstRunWindow(self._vaults, self._vault_dir(), self._help)
        window.created.connect(self._vault_created)
        window.guest_requested.connect(self.start_guest_session)
        self._wire_open_file(window)
        self._show(window, "first_run")
        return window

    def _vault_created(self, vault: Vault, code: RecoveryCode) -> None:
        if self._refuse_late(vault):
            return
        self._session.attach(vault)
        self.show_recovery_code(code.text)

    def show_recovery_code(self, code: str) -> RecoveryCodeDialog:
        """The one-time recovery code screen; Continue leads to the journal."""
        dialog = RecoveryCodeDialog(code, self._help)
        dialog.accepted.connect(self.show_main_window)
        self._show(dialog, "recovery_code")
        # The code is shown only once and no entry is on screen yet: an idle lock here
        # would lose it for good, so the idle clock waits for the journal window.
        self._idle.set_active(False)
        return dialog

    def show_main_window(self, *, keep_place: bool = False) -> MainWindow:
        """The journal. Needs an unlocked session."""
        window = MainWindow(
            self._session,
            self._help,
            self._prefs,
            self._clock,
            self._saveables,
            pages=self._pages,
            commands=self._commands,
            about_details=self.about_details,
        )
        window.lock_requested.connect(self.lock)
        window.change_passphrase_requested.connect(self.open_change_passphrase)
        window.new_recovery_code_requested.connect(self.open_new_recovery_code)
        window.lock_out_requested.connect(self.open_lock_out_copies)
        window.preferences_requested.connect(self.open_preferences)
        window.installEventFilter(self)
        self.main_window = window
        self._code_unkept = False  # told already, or the window was closed instead
        if self.in_guest_session:
            self.banner = SessionBanner(
                public=self.mode is Mode.PUBLIC, can_save_copy=self._save_copy is not None
            )
            self.banner.end_requested.connect(self.end_session)
            self.banner.save_copy_requested.connect(self.save_guest_copy)
            if self._idle_reset is not None:
                self.banner.still_here.connect(self._idle_reset.still_here)
            window.show_session_banner(self.banner)
        if self._quick_exit_on and not self._prefs.prefs.quick_exit_explained:
            note = QuickExitNote()
            note.dismissed.connect(lambda: self._prefs.update(quick_exit_explained=True))
            window.add_top_bar(note)
        self._show(window, "main", keep_place=keep_place)
        # A guest journal cannot be unlocked again: it is ended, never locked by idleness.
        self._idle.set_active(self._session.is_unlocked() and not self.in_guest_session)
        if self._session.is_unlocked() and self._session.vault.on_network_filesystem:
            self._warn_network_folder()
        return window

    def _warn_network_folder(self) -> None:
        # security.md: file locking is unreliable on network shares (SMB/NFS home
        # folders in libraries). The vault already uses a rollback journal there; the
        # person should know that two computers must not have it open at once.
        note = show_message(
            self.main_window,
            translate("Shell", "Your journal is in a network folder."),
            details=translate(
                "Shell",
                "Companion works there. Lock or close it here before opening it on another "
                "computer, so that changes from one never overwrite the other.",
            ),
            name="networkFolderNote",
        )
        self._track(note)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The person closed the journal window: lock at once. The app quits when the
        # last window (perhaps the help panel) closes.
        if (
            watched is self.main_window
            and event.type() == QEvent.Type.Close
            and not self._shutting_down
        ):
            if self.in_guest_session:
                # Closing a guest journal ends it: ask first when it holds entries
                # (with "Save a copy first…"), then erase it as "End session" does.
                event.ignore()
                if self._confirm_end():
                    self.end_session(ask=False)
                return True
            # Runs before the window's own closeEvent. A save that failed (a full disk)
            # would be dropped by the lock, so the person is asked, as for Ctrl+L.
            if not self.main_window.ready_to_leave():
                event.ignore()
                return True
            self._idle.set_active(False)
            self._close_dialogs()
            self.main_window = None
            self._window = None
            self._before_lock()
            self._session.lock()
        return False

    def show_lock_screen(self, *, keep_place: bool = False) -> LockScreen:
        """The lock screen (also what a locked journal falls back to)."""
        window = LockScreen(self._vaults, self._vault_dir(), self._help)
        window.unlocked.connect(self._unlocked)
        window.guest_requested.connect(lambda: self.show_guest_welcome(can_go_back=True))
        self._wire_open_file(window)
        if self._damage_help is not None:
            help_with = self._damage_help
            window.unlock_failed.connect(lambda exc: help_with(window, exc))
        self._show(window, "locked", keep_place=keep_place)
        window.passphrase.select_all()
        return window

    def _unlocked(self, vault: Vault) -> None:
        if self._refuse_late(vault):
            return
        self._session.attach(vault)
        self.show_main_window(keep_place=True)

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

    # --- guest and public sessions -------------------------------------------------------

    def show_guest_welcome(self, *, can_go_back: bool = False) -> GuestWelcome:
        """What a guest session is, and the button that starts one."""
        window = GuestWelcome(self._help, public=self.mode is Mode.PUBLIC, can_go_back=can_go_back)
        window.start_requested.connect(self.start_guest_session)
        window.back_requested.connect(self._back_from_guest_welcome)
        self._show(window, "guest_welcome", keep_place=True)
        return window

    def _back_from_guest_welcome(self) -> None:
        if self._paths is not None and self._vaults.exists(self._paths.vault_dir):
            self.show_lock_screen(keep_place=True)
        else:
            self.show_first_run()

    def start_guest_session(self) -> MainWindow:
        """Open an encrypted journal that lives in memory only; write nothing anywhere."""
        # Public mode: the help country goes back to the administrator's default for
        # each person; a guest on someone's computer starts from plain defaults.
        self._prefs.enter_guest(country=self._policy.default_country)
        self._session.attach(self._vaults.in_memory())
        log.info("guest session started")
        window = self.show_main_window(keep_place=True)
        if self.mode is Mode.PUBLIC and self._idle_reset is not None:
            self._idle_reset.start()
        return window

    def _show_countdown(self, seconds_left: int) -> None:
        if self.banner is not None:
            self.banner.show_countdown(seconds_left if seconds_left >= 0 else None)

    def save_guest_copy(self) -> None:
        """ "Save an encrypted copy…": the app's export of the guest journal."""
        if self._save_copy is not None and self.main_window is not None:
            self._save_copy(self.main_window)

    def _confirm_end(self) -> bool:
        """Ask before a guest session with entries is erased; True to go ahead."""
        if not self.in_guest_session or self._session.journal.count() == 0:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            translate("Shell", "End this session and erase what you wrote?"),
            QMessageBox.StandardButton.NoButton,
            self.main_window,
        )
        box.setObjectName("endSessionConfirm")
        box.setInformativeText(
            translate(
                "Shell",
                "Nothing from this session is kept on this computer. To keep your entries, "
                "save an encrypted copy first.",
            )
        )
        end = box.addButton(translate("Shell", "End and erase"), QMessageBox.ButtonRole.AcceptRole)
        save = None
        if self._save_copy is not None:
            save = box.addButton(
                translate("Shell", "Save a copy first…"), QMessageBox.ButtonRole.ActionRole
            )
        keep = box.addButton(translate("Shell", "Keep writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if save is not None and box.clickedButton() is save:
            self.save_guest_copy()
            return False
        return box.clickedButton() is end

    def end_session(self, *, ask: bool = True) -> None:
        """End a guest or public session: erase it and go back to where it began.

        Args:
            ask: Ask first when the session holds entries (not for an idle reset or a
                quick exit, which must not wait for anyone).
        """
        if not self.in_guest_session:
            return
        if ask and not self._confirm_end():
            return
        self._wipe_guest_session()
        log.info("guest session ended")
        if self.mode is Mode.GUEST:
            quit_app = QApplication.instance()
            if quit_app is not None:
                quit_app.quit()
            return
        if self.mode is Mode.PUBLIC:
            self.show_guest_welcome()
        else:
            self._back_from_guest_welcome()

    def _wipe_guest_session(self) -> None:
        if self._idle_reset is not None:
            self._idle_reset.stop()
        main, self.main_window = self.main_window, None
        self._close_dialogs()
        # Each person starts from a closed help panel on the default country.
        panel = self._help.panel()
        if panel is not None:
            panel.close()
        self._session.lock()  # an in-memory vault closed is gone
        forget_our_clipboard()
        self._prefs.leave_guest()
        self.banner = None
        if main is not None:
            main.removeEventFilter(self)
            main.hide()
            main.deleteLater()

    # --- quick exit -----------------------------------------------------------------------

    def quick_exit(self) -> None:
        """Hide every window now, then lock (a guest session: erase), clear what we put
        on the clipboard, and quit or leave a neutral screen, as the policy says."""
        app = QApplication.instance()
        windows = app.topLevelWidgets() if isinstance(app, QApplication) else []
        for window in windows:
            window.hide()  # first, in this event-loop turn: nothing stays on screen
        log.info("quick exit")
        self._shutting_down = True
        if self.in_guest_session:
            self._wipe_guest_session()
        else:
            self._saveables.save_all()
            self._close_dialogs()
            self._session.lock()
        forget_our_clipboard()
        if self._policy.quick_exit.after == "neutral_screen":
            self.neutral = NeutralScreen()
            self.neutral.show()
        elif isinstance(app, QApplication):
            app.quit()

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

    def dialogs(self) -> list[QDialog]:
        """Dialogs the shell opened that are still open (tests use this)."""
        return list(self._dialogs)

    def open_change_passphrase(self) -> ChangePassphraseDialog:
        """Open the change-passphrase dialog over the journal (window-modal)."""
        dialog = ChangePassphraseDialog(self._session, self._vaults, self._help, self.main_window)
        dialog.accepted.connect(self._passphrase_changed)
        self._track(dialog)
        return dialog

    def _passphrase_changed(self) -> None:
        # The dialog simply closed on success, which left people unsure it had worked.
        if self.main_window is None:
            return
        note = show_message(
            self.main_window,
            translate("Shell", "Your passphrase is changed."),
            details=translate(
                "Shell",
                "Use the new one next time you unlock. Your recovery code still works. "
                "An old copy of your journal's key file still opens it with the old "
                "passphrase: to stop that, choose More, then Lock out old copies.",
            ),
            name="passphraseChangedNote",
        )
        self._track(note)

    def open_new_recovery_code(self) -> NewRecoveryCodeDialog:
        """Ask for the passphrase, replace the recovery code, then show the new one."""
        dialog = NewRecoveryCodeDialog(self._session, self._vaults, self._help, self.main_window)
        dialog.code_made.connect(self._show_new_recovery_code)
        # Closed by a lock while the code was being made: it may have been replaced unseen.
        dialog.finished.connect(lambda _r: self._note_code_unkept(dialog.is_busy()))
        self._track(dialog)
        return dialog

    def open_lock_out_copies(self) -> LockOutCopiesDialog:
        """Re-encrypt under a new key (what is being written is saved first), then show
        the new recovery code."""
        self._saveables.save_all()
        dialog = LockOutCopiesDialog(self._session, self._vaults, self._help, self.main_window)
        dialog.code_made.connect(self._show_new_recovery_code)
        dialog.finished.connect(lambda _r: self._note_code_unkept(dialog.is_busy()))
        self._track(dialog)
        return dialog

    def _show_new_recovery_code(self, code: str) -> None:
        if self.main_window is None:
            self._code_unkept = True
            return
        # The journal is open behind it, so an idle lock may close this (unlike at first
        # run); the lock screen then says so, and the passphrase can make another code.
        dialog = new_code_dialog(code, self._help, self.main_window)
        dialog.finished.connect(
            lambda _r: self._note_code_unkept(not dialog.confirm_box.isChecked())
        )
        self._track(dialog)

    def _note_code_unkept(self, unkept: bool) -> None:
        if unkept and not self._shutting_down:
            self._code_unkept = True

    def open_preferences(self) -> PreferencesDialog:
        """Open the preferences dialog."""
        dialog = PreferencesDialog(self._prefs, self._help, self._window, policy=self._policy)
        self._track(dialog)
        return dialog

    # --- locking ------------------------------------------------------------------------

    def journal_damaged(self, error: BaseException) -> None:
        """The background check found damage in the open journal: lock it (the core
        already copied the files aside and writes nothing more into them), then offer
        the newest good backup over the lock screen."""
        if not self._session.is_unlocked():
            return
        self.lock()
        window = self.current_window()
        if self._damage_help is not None and window is not None:
            self._damage_help(window, error)

    def about_details(self) -> list[str]:
        """What About says about this computer: the mode and why, and the policy in force
        with anything in its file that could not be used (for the administrator)."""
        lines = list(self._run_explanation) or [
            translate("Shell", "Mode: {mode}.").format(mode=self.mode.value)
        ]
        policy = self._policy
        if policy.source is not None:
            lines.append(
                translate(
                    "Shell", "Settings managed by your organisation ({path}): {summary}"
                ).format(path=policy.source, summary=", ".join(describe_policy(policy)))
            )
        if policy.problems:
            lines.append(
                translate("Shell", "Not used from the policy file (the safest setting applies):")
            )
            lines += [f"• {problem}" for problem in policy.problems]
        return lines

    def lock_for_desktop(self, reason: str) -> None:
        """The desktop locked, switched user or went to sleep: lock the journal too.

        A guest journal is not locked (it cannot be unlocked again, so locking would
        erase it); the desktop's own lock covers it, and the idle reset still runs.
        """
        if self.in_guest_session:
            return
        log.info("locking: %s", reason)
        self.lock()

    def lock(self) -> None:
        """Lock now: save, close the journal and every window showing it, show the lock
        screen where the journal was.

        The help panel stays open: help is never behind a lock.
        """
        if not self._session.is_unlocked():
            return  # nothing open: first run, lock screen, or locked already
        main, self.main_window = self.main_window, None
        # Keep what was typed: everything that holds text saves into the vault before it
        # closes. save_all() never raises and says whether anything stayed unsaved.
        saved = self._saveables.save_all()
        self._close_dialogs()
        self._before_lock()
        self._session.lock()
        if not self._shutting_down:
            lock_screen = self.show_lock_screen(keep_place=True)  # before the journal goes
            notices = [unsaved_code_notice()] if self._code_unkept else []
            if not saved:
                # An idle lock cannot ask first (Ctrl+L and closing do): say it afterwards.
                notices.insert(0, UNSAVED_AT_LOCK.translated())
            if notices:
                lock_screen.show_notice("\n\n".join(notices))
        self._code_unkept = False
        if main is not None:
            main.removeEventFilter(self)
            main.hide()
            main.deleteLater()

    def _close_dialogs(self) -> None:
        keep = self._help.panel()
        for dialog in list(self._dialogs):
            dialog.done(QDialog.DialogCode.Rejected)
        # Any other dialog (the main window's own) may hold entry text: close it too.
        # done() also ends a nested exec() loop, so nothing keeps running behind the lock.
        app = QApplication.instance()
        widgets = app.topLevelWidgets() if isinstance(app, QApplication) else []
        for widget in widgets:
            if widget is keep or widget is self._window:
                continue
            if keep is not None and keep.isAncestorOf(widget):
                continue
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)

    def shutdown(self) -> None:
        """Save, lock and close every screen (on quit, and at the end of tests)."""
        self._shutting_down = True
        self._saveables.save_all()
        if self.main_window is not None:
            self.main_window.removeEventFilter(self)
        self._close_dialogs()
        self.main_window = None
        self._before_lock()
        self._session.lock()
        if self._window is not None:
            self._window.hide()
            self._window.deleteLater()
            self._window = None
