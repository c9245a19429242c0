"""The clipboard: journal text Companion copied goes again after 30 seconds, and at lock;
everything Companion put there goes at quick exit and at the end of a guest session.

The decisions (what is ours, what is due) are the Qt-free
:class:`~companion.core.session_safety.clipboard.ClipboardGuard`'s; this module applies
them to ``QClipboard``, for the clipboard and, on X11, the primary selection.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from companion.core.clock import Clock
from companion.core.session_safety.clipboard import ClipboardGuard, ClipKind, ClipOccasion

_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)


def forget_our_clipboard() -> None:
    """Clear the clipboard (and selection) if what is there was put there by Companion.

    Whatever another program put there since is never touched.
    """
    clipboard = QGuiApplication.clipboard()
    if clipboard.ownsClipboard():
        clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection() and clipboard.ownsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


class JournalClipboard(QObject):
    """Watches copies made in one window (the journal) and takes them off again.

    A copy counts as journal text when the keyboard focus was inside ``window`` as the
    clipboard changed. It is cleared after :data:`JOURNAL_CLEAR_SECONDS` if the clipboard
    still holds it, and at :meth:`forget` (the journal locked).
    """

    def __init__(self, clock: Clock, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._guards = {mode: ClipboardGuard(clock) for mode in _MODES}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_due)
        QGuiApplication.clipboard().changed.connect(self._changed)

    def _changed(self, mode: QClipboard.Mode) -> None:
        focus = QApplication.focusWidget()
        if focus is None or not (focus is self._window or self._window.isAncestorOf(focus)):
            return  # someone else's copy (a helpline number, another program): not ours
        text = QGuiApplication.clipboard().text(mode)
        if not text:
            return
        wait = self._guards[mode].copied(text, ClipKind.JOURNAL_TEXT)
        if wait is not None:
            self._timer.start(int(wait * 1000) + 50)

    def clear_due(self) -> None:
        """Clear each copy whose 30 seconds are up, if it is still on the clipboard."""
        clipboard = QGuiApplication.clipboard()
        for mode, guard in self._guards.items():
            if guard.due(clipboard.text(mode)):
                clipboard.clear(mode)

    def forget(self, occasion: ClipOccasion = ClipOccasion.LOCK) -> None:
        """Clear journal text this window copied, if it is still there (lock, quit)."""
        clipboard = QGuiApplication.clipboard()
        for mode, guard in self._guards.items():
            if guard.clear_on(occasion, clipboard.text(mode)):
                clipboard.clear(mode)
        self._timer.stop()
