"""Lock the journal when the desktop locks, the user switches away, or the computer sleeps.

Where the platform reports it:

- Linux: the session bus's screen-saver signals (``org.freedesktop.ScreenSaver`` and
  ``org.gnome.ScreenSaver`` ``ActiveChanged(true)``), and on the system bus logind's
  ``Lock`` for this session (desktops lock the screen on fast user switching too) and
  ``PrepareForSleep(true)``. Only signals with simple arguments are used: PySide's
  D-Bus bridge aborts the process on a dictionary it cannot unpack, so logind's
  ``PropertiesChanged`` is deliberately left alone. D-Bus is a local Unix socket, the
  same one Qt's accessibility bridge already uses; nothing here reaches the network.
- Windows: session notifications (``WM_WTSSESSION_CHANGE``: lock, console or remote
  disconnect) for each top-level window the app shows.
- macOS: not reported to Qt; the idle lock still applies.

Every source is optional: a desktop without any of them simply has the idle lock.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import SLOT, QAbstractNativeEventFilter, QByteArray, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)
LOGIND = "org.freedesktop.login1"

# Windows: WM_WTSSESSION_CHANGE and the reasons that mean "someone else may sit here".
WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
LOCKING_REASONS = frozenset({WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOCK})


def _slot(signature: str) -> bytes:
    """``QtCore.SLOT(signature)``. The binding takes the ``str`` that ``SLOT`` returns,
    although PySide's type stub for ``QDBusConnection.connect`` says bytes."""
    return cast(bytes, SLOT(signature))


def logind_session_path(session_id: str | None) -> str | None:
    """logind's object path for ``session_id`` (``$XDG_SESSION_ID``), as systemd
    escapes it: each byte outside ``[A-Za-z0-9]`` becomes ``_`` and two hex digits."""
    if not session_id:
        return None
    escaped = "".join(
        ch if ch.isascii() and ch.isalnum() else "".join(f"_{b:02x}" for b in ch.encode())
        for ch in session_id
    )
    return f"/org/freedesktop/login1/session/{escaped}"


def is_locking_session_change(message: int, reason: int) -> bool:
    """True for a Windows session-change message that should lock the journal."""
    return message == WM_WTSSESSION_CHANGE and reason in LOCKING_REASONS


class ScreenLockWatcher(QObject):
    """Emits ``desktop_locked(reason)`` when the desktop locks or the user goes away.

    Args:
        session_bus / system_bus: The D-Bus connections to listen on (tests pass private
            ones); by default the desktop's own, when there are any.
        session_id: This login session's id (default: ``$XDG_SESSION_ID``).
        logind_service: Whose logind signals count: logind's own bus name, so that no
            other program can lock the journal by imitating it (tests pass ``""``).
    """

    desktop_locked = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: object | None = None,
        system_bus: object | None = None,
        session_id: str | None = None,
        logind_service: str = LOGIND,
    ) -> None:
        super().__init__(parent)
        self._session_bus = session_bus
        self._system_bus = system_bus
        self._session_path = logind_session_path(
            session_id if session_id is not None else os.environ.get("XDG_SESSION_ID")
        )
        self._logind = logind_service
        self._win_filter: _SessionChangeFilter | None = None
        self._registered: set[int] = set()
        self.sources: list[str] = []

    def start(self) -> list[str]:
        """Listen wherever the platform allows; returns the sources in use."""
        if sys.platform == "win32":
            self._start_windows()
        elif sys.platform.startswith("linux") or self._session_bus is not None:
            self._start_dbus()
        log.info("screen lock sources: %s", ", ".join(self.sources) or "none")
        return list(self.sources)

    # --- Linux ---------------------------------------------------------------------------

    def _start_dbus(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        session = self._session_bus
        if session is None and os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            session = QDBusConnection.sessionBus()
        if isinstance(session, QDBusConnection) and session.isConnected():
            for interface, path in SCREEN_SAVERS:
                if session.connect(
                    "", path, interface, "ActiveChanged", self, _slot("_screen_saver(bool)")
                ):
                    self.sources.append(interface)
        system = self._system_bus
        if system is None and os.path.exists("/run/systemd/system"):
            system = QDBusConnection.systemBus()
        if isinstance(system, QDBusConnection) and system.isConnected():
            if self._session_path is not None:
                path = self._session_path
                if system.connect(
                    self._logind, path, f"{LOGIND}.Session", "Lock", self, _slot("_logind_lock()")
                ):
                    self.sources.append("logind Lock")
            if system.connect(
                self._logind,
                "/org/freedesktop/login1",
                f"{LOGIND}.Manager",
                "PrepareForSleep",
                self,
                _slot("_sleep(bool)"),
            ):
                self.sources.append("logind sleep")

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.desktop_locked.emit("screen saver")

    @Slot()
    def _logind_lock(self) -> None:
        self.desktop_locked.emit("session locked")

    @Slot(bool)
    def _sleep(self, going: bool) -> None:
        if going:
            self.desktop_locked.emit("sleep")

    # --- Windows -------------------------------------------------------------------------

    def _start_windows(self) -> None:
        app = QApplication.instance()
        if app is None:
            return
        self._win_filter = _SessionChangeFilter(lambda: self.desktop_locked.emit("session"))
        app.installNativeEventFilter(self._win_filter)
        self.sources.append("WTS session notifications")

    def watch_window(self, window: QWidget) -> None:
        """Ask Windows to report session changes to ``window`` (once per window)."""
        if self._win_filter is None or sys.platform != "win32":
            return
        handle = int(window.winId())
        if handle in self._registered:
            return
        windll = getattr(ctypes, "windll", None)
        if windll is None:
            return
        try:
            if windll.wtsapi32.WTSRegisterSessionNotification(handle, 0):  # this session
                self._registered.add(handle)
        except (AttributeError, OSError):
            log.info("session notifications unavailable")


class _SessionChangeFilter(QAbstractNativeEventFilter):
    """Reads ``WM_WTSSESSION_CHANGE`` from the native message stream (Windows only)."""

    def __init__(self, on_lock: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        if QByteArray(event_type).data() == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if is_locking_session_change(int(msg.message), int(msg.wParam or 0)):
                self._on_lock()
        return False, 0
