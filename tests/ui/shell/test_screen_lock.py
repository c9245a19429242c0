"""The journal locks when the desktop does: real D-Bus signals on a private bus.

A private ``dbus-daemon`` stands in for the desktop's buses (``.ci/run`` installs the
``dbus`` package); ``dbus-send`` plays the screen saver and logind.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.app import CompanionApp
from companion.core.clock import FakeClock
from companion.core.features import FEATURE_SCHEMAS
from companion.core.paths import resolve_paths
from companion.core.policy import Mode
from companion.core.vault import Vault
from companion.core.vault.crypto import TEST_KDF_PARAMS
from companion.core.vault.service import VaultService
from companion.ui.journal.main_window import MainWindow
from companion.ui.shell.screen_lock import (
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    ScreenLockWatcher,
    is_locking_session_change,
    logind_session_path,
)
from companion.ui.vault.lock_screen import LockScreen

PASSPHRASE = "quiet river morning tea"


def test_logind_paths_are_escaped_as_systemd_does() -> None:
    assert logind_session_path("c2") == "/org/freedesktop/login1/session/c2"
    assert logind_session_path("3-a") == "/org/freedesktop/login1/session/3_2da"
    assert logind_session_path("") is None
    assert logind_session_path(None) is None


def test_windows_session_changes_that_lock() -> None:
    assert is_locking_session_change(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert is_locking_session_change(WM_WTSSESSION_CHANGE, 0x2)  # console disconnect
    assert not is_locking_session_change(WM_WTSSESSION_CHANGE, 0x8)  # unlock
    assert not is_locking_session_change(0x0010, WTS_SESSION_LOCK)


@pytest.fixture
def private_bus(qapp: QApplication) -> Iterator[tuple[str, QDBusConnection]]:
    daemon = shutil.which("dbus-daemon")
    assert daemon is not None, "dbus-daemon is needed (Debian package dbus; .ci/run installs it)"
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    bus = QDBusConnection.connectToBus(address, f"companion-test-{process.pid}")
    assert bus.isConnected()
    yield address, bus
    QDBusConnection.disconnectFromBus(f"companion-test-{process.pid}")
    process.terminate()
    process.wait(timeout=10)
    process.stdout.close()


def send(address: str, path: str, member: str, *args: str) -> None:
    subprocess.run(
        ["dbus-send", f"--bus={address}", "--type=signal", path, member, *args],
        check=True,
        timeout=10,
    )


def watcher_on(bus: QDBusConnection) -> ScreenLockWatcher:
    watcher = ScreenLockWatcher(session_bus=bus, system_bus=bus, session_id="c2", logind_service="")
    assert watcher.start() == [
        "org.freedesktop.ScreenSaver",
        "org.gnome.ScreenSaver",
        "logind Lock",
        "logind sleep",
    ]
    return watcher


def test_each_desktop_signal_that_means_away(
    qtbot: QtBot, private_bus: tuple[str, QDBusConnection]
) -> None:
    address, bus = private_bus
    watcher = watcher_on(bus)
    seen: list[str] = []
    watcher.desktop_locked.connect(seen.append)
    ss = "org.freedesktop.ScreenSaver"
    send(address, "/org/freedesktop/ScreenSaver", f"{ss}.ActiveChanged", "boolean:false")
    send(address, "/org/freedesktop/ScreenSaver", f"{ss}.ActiveChanged", "string:odd")
    send(address, "/org/freedesktop/login1/session/c9", "org.freedesktop.login1.Session.Lock")
    send(address, "/org/freedesktop/ScreenSaver", f"{ss}.ActiveChanged", "boolean:true")
    qtbot.waitUntil(lambda: seen == ["screen saver"], timeout=5000)
    send(address, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "boolean:true")
    send(address, "/org/freedesktop/login1/session/c2", "org.freedesktop.login1.Session.Lock")
    send(
        address,
        "/org/freedesktop/login1",
        "org.freedesktop.login1.Manager.PrepareForSleep",
        "boolean:true",
    )
    qtbot.waitUntil(lambda: len(seen) == 4, timeout=5000)
    # Nothing else arrived: not the other session's lock, not "screen saver off".
    assert seen == ["screen saver", "screen saver", "session locked", "sleep"]


def _app(paths_root: Path, mode: Mode = Mode.PERSONAL) -> CompanionApp:
    paths = resolve_paths(str(paths_root)) if mode is Mode.PERSONAL else None
    return CompanionApp(
        paths,
        FakeClock(datetime(2026, 3, 4, 12, 0, tzinfo=UTC)),
        vaults=VaultService.fast_for_tests(FEATURE_SCHEMAS),
        mode=mode,
    )


def test_the_journal_locks_in_place_when_the_desktop_locks(
    qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    vault, _code = Vault.create(
        resolve_paths(str(data_dir)).vault_dir,
        PASSPHRASE,
        schemas=FEATURE_SCHEMAS,
        kdf_params=TEST_KDF_PARAMS,
        allow_weak_for_tests=True,
    )
    vault.lock()
    app = _app(data_dir)
    try:
        app.start()
        lock = app.windows.current_window()
        assert isinstance(lock, LockScreen)
        qtbot.keyClicks(lock.passphrase.edit, PASSPHRASE)
        qtbot.keyClick(lock.passphrase.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: app.windows.screen == "main", timeout=20000)
        main = app.windows.current_window()
        assert isinstance(main, MainWindow)
        main.move(140, 90)
        place = main.geometry()
        app.screen_lock.desktop_locked.emit("screen saver")
        assert not app.session.is_unlocked()
        lock = app.windows.current_window()
        assert isinstance(lock, LockScreen)
        assert lock.geometry().topLeft() == place.topLeft()
    finally:
        app.shutdown()
        QApplication.processEvents()


def test_a_guest_session_is_not_erased_by_the_desktop_locking(
    qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    app = _app(data_dir, Mode.GUEST)
    try:
        app.start()
        assert isinstance(app.windows.current_window(), MainWindow)
        app.screen_lock.desktop_locked.emit("screen saver")
        assert app.session.is_unlocked()
        assert isinstance(app.windows.current_window(), MainWindow)
    finally:
        app.shutdown()
        QApplication.processEvents()


def test_unlocking_brings_the_journal_back_at_its_own_size_and_place(
    qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    """The journal took the small lock screen's size at every start, cramped, and lost
    the size it was given whenever it was locked and unlocked."""
    vault, _code = Vault.create(
        resolve_paths(str(data_dir)).vault_dir,
        PASSPHRASE,
        schemas=FEATURE_SCHEMAS,
        kdf_params=TEST_KDF_PARAMS,
        allow_weak_for_tests=True,
    )
    vault.lock()
    app = _app(data_dir)

    def unlock() -> MainWindow:
        lock = app.windows.current_window()
        assert isinstance(lock, LockScreen)
        qtbot.keyClicks(lock.passphrase.edit, PASSPHRASE)
        qtbot.keyClick(lock.passphrase.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: app.windows.screen == "main", timeout=20000)
        main = app.windows.current_window()
        assert isinstance(main, MainWindow)
        return main

    try:
        app.start()
        lock = app.windows.current_window()
        assert isinstance(lock, LockScreen)
        lock.resize(420, 380)
        lock.move(30, 20)
        corner = lock.geometry().topLeft()
        main = unlock()
        assert main.geometry().topLeft() == corner  # where the lock screen stood
        assert main.width() > 420  # but at the journal's own size
        assert main.height() > 380
        main.setGeometry(60, 40, 700, 500)
        place = main.geometry()
        app.windows.lock()
        lock = app.windows.current_window()
        assert isinstance(lock, LockScreen)
        assert lock.geometry() == place  # the lock screen takes the journal's place
        lock.resize(450, 400)  # someone makes it smaller meanwhile
        assert unlock().geometry() == place
    finally:
        app.shutdown()
        QApplication.processEvents()
