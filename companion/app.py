"""Composition root: argv -> paths -> policy -> QApplication -> services -> windows.

:class:`CompanionApp` builds every long-lived part once and wires their signals; it holds
no behaviour of its own. Moving between screens, dialogs and locking live in
:class:`~companion.ui.shell.window_manager.WindowManager`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from companion import APP_ID, APP_NAME
from companion.core.clock import Clock, SystemClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.paths import AppPaths
from companion.core.policy import (
    LaunchFlags,
    Mode,
    Policy,
    load_effective_policy,
    plan_this_run,
)
from companion.core.resources.packs import PackLocations, discover_packs
from companion.core.vault.connection import enable_memory_security
from companion.core.vault.service import VaultService
from companion.ui.checkins.reminders import ReminderNotifier
from companion.ui.feature_set import FeatureContext, FeatureSet
from companion.ui.help.access import HelpAccess
from companion.ui.shell.background_check import BackgroundCheck
from companion.ui.shell.crash import disable_core_dumps, install_crash_handler
from companion.ui.shell.font_warmup import start_font_warmup
from companion.ui.shell.idle import IdleLock
from companion.ui.shell.idle_reset import IdleResetTimer
from companion.ui.shell.input_watch import InputWatcher
from companion.ui.shell.language import choose_interface_language
from companion.ui.shell.platform_prefs import PlatformPrefsWatcher, effective_high_contrast
from companion.ui.shell.preferences_store import PreferencesStore
from companion.ui.shell.process import quit_on_terminate, set_app_icon, set_windows_app_id
from companion.ui.shell.quick_exit import QuickExit
from companion.ui.shell.saveables import SaveRegistry
from companion.ui.shell.screen_lock import ScreenLockWatcher
from companion.ui.shell.session import Session
from companion.ui.shell.theme import apply_theme
from companion.ui.shell.window_manager import WindowManager
from companion.ui.shell.window_roles import install_window_roles
from companion.ui.transfer.backups_dialog import SecondFolder
from companion.ui.transfer.commands import (
    back_up_if_due,
    guest_save_copy,
    offer_restore_after_damage,
    open_journal_file,
    transfer_commands,
)

log = logging.getLogger("companion")


class CompanionApp(QObject):
    """Builds and owns the long-lived parts: preferences, help, session, idle lock,
    the save registry and the window manager.

    Args:
        paths: Where the vault and preferences live; ``None`` keeps nothing anywhere
            (guest and public sessions).
        clock: Time source (a FakeClock in tests).
        vaults: How vaults are opened; tests pass one with tiny Argon2id costs.
        policy: The administrator's policy (defaults when there is none).
        mode: Personal, portable, guest or public (see ``core.policy.modes``).
        explanation: Why this mode and these folders, one line each (shown in About).
    """

    def __init__(
        self,
        paths: AppPaths | None,
        clock: Clock | None = None,
        *,
        vaults: VaultService | None = None,
        policy: Policy | None = None,
        mode: Mode = Mode.PERSONAL,
        explanation: Sequence[str] = (),
    ) -> None:
        super().__init__()
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            raise RuntimeError("create a QApplication before CompanionApp")
        self._qapp = app
        install_window_roles()  # screen readers hear each screen as a window
        self.paths = paths.ensure() if paths is not None else None
        self.mode = mode if paths is not None else max_privacy(mode)
        self.clock: Clock = clock or SystemClock()
        self.vaults = vaults or VaultService(schemas=FEATURE_SCHEMAS, clock=self.clock)
        self.policy = policy or Policy()
        self.prefs = PreferencesStore(paths.preferences_file if paths is not None else None, self)
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
        self.saveables = SaveRegistry()
        self.input = InputWatcher(self.clock, self)
        self.input.install(app)
        self.idle = IdleLock(
            self.clock, lambda: self.prefs.prefs.auto_lock_minutes, self, watcher=self.input
        )
        self.idle_reset = (
            IdleResetTimer(self.clock, self.input, self.policy.idle_reset_seconds, self)
            if self.mode is Mode.PUBLIC
            else None
        )
        self.quick_exit = QuickExit(self.clock, self.input, self.policy.quick_exit, self)
        self.windows = WindowManager(
            paths=self.paths,
            vaults=self.vaults,
            session=self.session,
            help_access=self.help,
            prefs=self.prefs,
            idle=self.idle,
            saveables=self.saveables,
            clock=self.clock,
            mode=self.mode,
            policy=self.policy,
            idle_reset=self.idle_reset,
            run_explanation=explanation,
            parent=self,
        )
        self.features = FeatureSet(
            FeatureContext(
                session=self.session,
                clock=self.clock,
                saveables=self.saveables,
                prefs=self.prefs,
                help_access=self.help,
                data_dir=self.paths.data_dir if self.paths is not None else None,
                country=lambda: self.prefs.prefs.country or self.policy.default_country,
            )
        )
        transfer = transfer_commands(
            self.session,
            self.vaults,
            self.policy,
            self.clock,
            self.windows.lock,
            current_screen=self.windows.current_window,
            second_folder=SecondFolder(self._backup_copy_folder, self._remember_copy_folder),
        )
        self.windows.add_features(self.features.pages(), [*transfer, *self.features.commands()])
        self.windows.offer_save_copy(guest_save_copy(self.session, self.vaults))
        self.windows.before_each_lock(
            lambda: back_up_if_due(self.vaults, self.session, self._backup_copy_folder())
        )
        if self.paths is not None:
            folder = self.paths.vault_dir
            self.windows.offer_open_file(
                lambda parent, opened: open_journal_file(parent, self.vaults, folder, opened)
            )
            self.windows.offer_damage_help(
                lambda parent, exc: offer_restore_after_damage(parent, self.vaults, folder, exc)
            )
        self.features.install_help_links()
        self.windows.screen_changed.connect(self._screen_changed)
        self.reminders = ReminderNotifier(self.prefs, self.clock, self)
        self.reminders.activated.connect(self._open_checkin)
        self.idle.idle_timeout.connect(self.windows.lock)
        self.background_check = BackgroundCheck(self.session, self.vaults, self)
        self.background_check.damage_found.connect(self.windows.journal_damaged)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.desktop_locked.connect(self.windows.lock_for_desktop)
        self.input.on_window_shown(self.screen_lock.watch_window)
        self.quick_exit.triggered.connect(self.features.close_windows)
        self.quick_exit.triggered.connect(self.windows.quick_exit)
        self.session.unlocked.connect(lambda: self.idle.set_active(True))
        self.session.locked.connect(lambda: self.idle.set_active(False))
        self.prefs.changed.connect(self.apply_theme)
        # Paddings follow the text size: a new system font size re-applies the theme.
        self._qapp.fontChanged.connect(self.apply_theme)
        self._watching_font = True
        # The desktop's colour scheme and contrast (and, from Qt 6.12, motion) preference.
        self.platform = PlatformPrefsWatcher(self)
        self.platform.changed.connect(self.apply_theme)

    def start(self) -> None:
        """Show the first screen; listen for the desktop locking once it is up (the D-Bus
        connections are not worth delaying the first paint for)."""
        self.windows.start()
        QTimer.singleShot(0, self, self.screen_lock.start)

    def shutdown(self) -> None:
        """Save, lock and close everything (on quit, and at the end of tests)."""
        self.reminders.stop()
        if self._watching_font:  # shutdown may run twice (tests, then aboutToQuit)
            self._watching_font = False
            self._qapp.fontChanged.disconnect(self.apply_theme)
        self.input.uninstall()
        self.idle.uninstall()
        self.help.uninstall()
        self.windows.shutdown()
        panel = self.help.panel()
        if panel is not None:
            panel.close()

    def _screen_changed(self, screen: str) -> None:
        window = self.windows.main_window
        if screen == "main" and window is not None:
            self.features.attach_to_journal_window(window)

    def _open_checkin(self) -> None:
        """A reminder was clicked: the check-in page if the journal is open."""
        window = self.windows.main_window
        if window is not None:
            window.page("checkins")
            window.raise_()
            window.activateWindow()

    def _backup_copy_folder(self) -> Path | None:
        chosen = self.prefs.prefs.backup_copy_folder
        return Path(chosen) if chosen else None

    def _remember_copy_folder(self, folder: Path) -> None:
        self.prefs.update(backup_copy_folder=str(folder))

    def apply_theme(self, *_args: object) -> None:
        """Light, dark or system, with high contrast when chosen."""
        prefs = self.prefs.prefs
        contrast = effective_high_contrast(prefs.high_contrast)
        apply_theme(self._qapp, prefs.theme, high_contrast=contrast)


def max_privacy(mode: Mode) -> Mode:
    """The mode when there is nowhere to keep files: guest, unless public already."""
    return mode if mode in (Mode.GUEST, Mode.PUBLIC) else Mode.GUEST


# --- process setup -----------------------------------------------------------------------


def _policy_packs(policy: Policy) -> tuple[Path, ...]:
    """The pack files the policy names (a file, or every ``*.json`` in a folder)."""
    if policy.local_resources is None:
        return ()
    return tuple(discover_packs(PackLocations(explicit=(policy.local_resources,))))


def load_policy_for_run() -> Policy:
    """The machine's policy; each unusable setting is logged for the administrator."""
    policy, problems = load_effective_policy()
    for problem in problems:
        log.warning("policy %s: %s", policy.source, problem)
    return policy


def run_app(data_dir: str | None, *, guest: bool = False) -> int:
    """Start Companion's window and run until the last window closes.

    Args:
        data_dir: keep all data and preferences under this folder (``--data-dir``).
        guest: a guest session that keeps nothing (``--guest``).

    Returns:
        The process exit code.
    """
    disable_core_dumps()
    # Fonts are read on another core while the policy is read and the window is built.
    start_font_warmup()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    plan = plan_this_run(LaunchFlags(guest=guest, data_dir=data_dir), load_policy_for_run())
    if plan.mode in (Mode.GUEST, Mode.PUBLIC):
        # Before any vault opens: freed memory is wiped, so nothing a guest wrote
        # lingers in this process's RAM after the session ends.
        enable_memory_security()
    for line in plan.explain():
        log.info("%s", line)
    set_windows_app_id()
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
    QGuiApplication.setDesktopFileName(APP_ID)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    set_app_icon(app)
    install_crash_handler()
    prefs_file = plan.paths.preferences_file if plan.paths is not None else None
    language = choose_interface_language(app, prefs_file, plan.policy.ui_language)
    log.info("interface language: %s", language)
    companion = CompanionApp(
        plan.paths, policy=plan.policy, mode=plan.mode, explanation=plan.explain()
    )
    companion.apply_theme()
    app.aboutToQuit.connect(companion.shutdown)
    quit_on_terminate(app)
    companion.start()
    return int(app.exec())
