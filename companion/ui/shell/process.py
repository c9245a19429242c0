"""Process-wide set-up for the desktop app: icon, taskbar id, and quitting on SIGTERM.

Called once by :func:`companion.app.run_app` before the first window exists.
"""

from __future__ import annotations

import contextlib
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from companion import APP_ID
from companion.core.assets import asset_path


def set_app_icon(app: QApplication) -> None:
    """The window icon every window shares (the bundled SVG)."""
    try:
        icon_file = asset_path("icons", "companion.svg")
    except FileNotFoundError:
        return
    if icon_file.is_file():
        app.setWindowIcon(QIcon(str(icon_file)))


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
            windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)
