"""Auto-lock after a stretch without keyboard or mouse input.

The application's one :class:`~companion.ui.shell.input_watch.InputWatcher` records the
time of the last input; a coarse timer calls :meth:`IdleLock.check`. Time comes from the
injected clock so tests move a fake clock forward instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from companion.core.clock import Clock
from companion.ui.shell.input_watch import InputWatcher

DEFAULT_TICK_MS = 10_000


class IdleLock(QObject):
    """Emits ``idle_timeout`` once after ``minutes_provider()`` minutes without input.

    It only counts while active (the journal is unlocked); :meth:`set_active` starts
    and stops it.

    Args:
        watcher: The application's input watcher; one of its own is made (and
            installed by :meth:`install`) when none is given.
    """

    idle_timeout = Signal()

    def __init__(
        self,
        clock: Clock,
        minutes_provider: Callable[[], int],
        parent: QObject | None = None,
        tick_ms: int = DEFAULT_TICK_MS,
        *,
        watcher: InputWatcher | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = minutes_provider
        self._watcher = watcher or InputWatcher(clock, self)
        self._own_watcher = watcher is None
        self._since = clock.monotonic()
        self._active = False
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.check)

    def install(self, app: QCoreApplication) -> None:
        """Watch every input event of ``app`` (through the watcher)."""
        self._watcher.install(app)

    def uninstall(self) -> None:
        """Stop counting; stop watching if the watcher is this lock's own."""
        if self._own_watcher:
            self._watcher.uninstall()
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
        self._since = self._clock.monotonic()

    def idle_seconds(self, now: float | None = None) -> float:
        """Seconds since the last input (or since counting started, if later)."""
        last = max(self._since, self._watcher.last_input())
        return (self._clock.monotonic() if now is None else now) - last

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
