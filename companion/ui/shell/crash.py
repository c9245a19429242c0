"""The one calm path for unexpected errors, and keeping journal text out of crash dumps.

Whatever goes wrong, the person sees one kind, non-blocking note, and the log gets the
exception's type and code frames only: its message and local variables might hold
something they wrote.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from companion import APP_NAME
from companion.ui.shell.i18n import translate
from companion.ui.shell.messages import UNEXPECTED

log = logging.getLogger("companion.crash")


def disable_core_dumps() -> None:
    """Keep the key and entries out of crash dumps (Linux; best effort elsewhere)."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_dumpable = 4
            libc.prctl(pr_set_dumpable, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def crash_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """What gets logged for an unexpected error: the type and the code frames only.

    The exception's message and local variables are left out: either might hold
    something the person wrote.
    """
    frames = traceback.format_list(traceback.extract_tb(tb))
    return f"{exc_type.__module__}.{exc_type.__qualname__}\n" + "".join(frames)


def install_crash_handler() -> None:
    """One calm path for every unexpected exception in the GUI."""

    def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("unexpected error: %s", crash_report(exc_type, tb))
        # A failure while showing the note must not re-enter this hook: it is logged.
        with contextlib.suppress(Exception):
            show_crash_message()

    sys.excepthook = handle


def show_crash_message() -> QMessageBox | None:
    """The calm, non-blocking note shown after an unexpected error (one at a time)."""
    if QApplication.instance() is None:
        return None
    for box in _CRASH_BOXES:
        if box.isVisible():
            return box
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, "")
    box.setText(UNEXPECTED.translated())
    box.setInformativeText(
        translate(
            "Shell", "You can keep going. If it happens again, restarting Companion may help."
        )
    )
    box.setObjectName("crashMessage")
    box.finished.connect(lambda _r: _CRASH_BOXES.remove(box) if box in _CRASH_BOXES else None)
    _CRASH_BOXES.append(box)
    box.open()  # not exec(): a nested event loop inside an excepthook can recurse
    return box


_CRASH_BOXES: list[QMessageBox] = []
