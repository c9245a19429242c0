"""Auto-lock after a stretch without keyboard or mouse input.

An application-wide event filter records the time of the last input; a coarse timer
calls :meth:`IdleLock.check`. Time comes from the injected clock so tests move a fake
clock forward instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from companion.core.clock import Clock

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
DEFAULT_TICK_MS = 10_000


class IdleLock(QObject):
    """Emits ``idle_timeout`` once after ``minutes_provider()`` minutes without input.

    It only counts while active (the journal is unlocked); :meth:`set_active` starts
    and stops it.
    """

    idle_timeout = Signal()

    def __init__(
        self,
        clock: Clock,
        minutes_provider: Callable[[], int],
        parent: QObject | None = None,
        tick_ms: int = DEFAULT_TICK_MS,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = minutes_provider
        self._last = clock.monotonic()
        self._active = False
        self._installed_on: QCoreApplication | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.check)

    def install(self, app: QCoreApplication) -> None:
        """Watch every input event of ``app``."""
        if self._installed_on is None:
            app.installEventFilter(self)
            self._installed_on = app

    def uninstall(self) -> None:
        """Stop watching (the app shell calls this on shutdown)."""
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None
        self.set_active(False)

    def set_active(self, active: bool) -> None:
        """Start counting from now (True) or stop (False)."""
        self._active = active
        self.touch()
        if active:
            self.timer.start()
        else:
            self.timer.stop()

    def is_active(self) -> bool:
        """True while counting."""
        return self._active

    def touch(self) -> None:
        """Record activity now."""
        self._last = self._clock.monotonic()

    def idle_seconds(self, now: float | None = None) -> float:
        """Seconds since the last input."""
        return (self._clock.monotonic() if now is None else now) - self._last

    def check(self, now: float | None = None) -> bool:
        """Emit ``idle_timeout`` (and stop) if the limit has passed; True when it did.

        Args:
            now: a monotonic time to judge by; defaults to the clock.
        """
        if not self._active:
            return False
        if self.idle_seconds(now) < self._minutes() * 60:
            return False
        self.set_active(False)
        self.idle_timeout.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _ACTIVITY:
            self._last = self._clock.monotonic()
        return False
