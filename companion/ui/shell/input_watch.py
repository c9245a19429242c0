"""The one application-wide event filter: when was the last input, and who wants keys.

Qt calls a Python event filter for every event of the application, so there is exactly
one: it records the time of the last keyboard, mouse or touch input (the idle lock and
public mode's idle reset read it), hands key presses and releases to the listeners that
asked for them (quick exit), and tells listeners when a top-level window is shown or the
application loses focus. Each listener is a plain callable; none of them ever swallows an
event.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from companion.core.clock import Clock

log = logging.getLogger(__name__)

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)
_KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease})

KeyListener = Callable[[QKeyEvent], None]
WindowListener = Callable[[QWidget], None]


class InputWatcher(QObject):
    """Watches every input event of the application it is installed on."""

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last = clock.monotonic()
        self._installed_on: QCoreApplication | None = None
        self._key_listeners: list[KeyListener] = []
        self._shown_listeners: list[WindowListener] = []
        self._focus_lost_listeners: list[Callable[[], None]] = []

    def install(self, app: QCoreApplication) -> None:
        """Start watching ``app`` (once)."""
        if self._installed_on is None:
            app.installEventFilter(self)
            self._installed_on = app

    def uninstall(self) -> None:
        """Stop watching."""
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None

    @property
    def installed(self) -> bool:
        """True while the filter is installed."""
        return self._installed_on is not None

    def last_input(self) -> float:
        """Monotonic time of the last keyboard, mouse or touch input."""
        return self._last

    def touch(self) -> None:
        """Count now as input (a button pressed on the person's behalf)."""
        self._last = self._clock.monotonic()

    def on_key(self, listener: KeyListener) -> None:
        """Call ``listener`` with every key press and release, in any window."""
        self._key_listeners.append(listener)

    def on_window_shown(self, listener: WindowListener) -> None:
        """Call ``listener`` whenever a top-level window is shown."""
        self._shown_listeners.append(listener)

    def on_focus_lost(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` when the application stops being the active one."""
        self._focus_lost_listeners.append(listener)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self._last = self._clock.monotonic()
            # A key event reaches the filter once for each object on its way (the
            # platform window, the focused widget, then its parents if it is ignored);
            # listeners hear it once, where its delivery starts.
            if (
                kind in _KEYS
                and self._key_listeners
                and isinstance(event, QKeyEvent)
                and _is_key_target(watched)
            ):
                for key_listener in self._key_listeners:
                    key_listener(event)
        elif kind == QEvent.Type.Show and self._shown_listeners:
            if isinstance(watched, QWidget) and watched.isWindow():
                for shown_listener in self._shown_listeners:
                    shown_listener(watched)
        elif kind == QEvent.Type.ApplicationDeactivate:
            for focus_listener in self._focus_lost_listeners:
                focus_listener()
        return False


def _is_key_target(watched: QObject) -> bool:
    """True for the widget a key event is first delivered to."""
    if not isinstance(watched, QWidget):
        return False
    focus = QApplication.focusWidget()
    return watched is focus if focus is not None else watched.isWindow()
