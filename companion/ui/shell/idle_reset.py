"""Public mode's idle reset on screen: the countdown, "I'm still here", then the wipe.

The rules live in :class:`companion.core.session_safety.idle_reset.IdleReset`; this
object only feeds it the application's input (through the one
:class:`~companion.ui.shell.input_watch.InputWatcher`), ticks a timer, and reports what
the session banner should show and when the session must be wiped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from companion.core.clock import Clock
from companion.core.session_safety.idle_reset import IdlePhase, IdleReset
from companion.ui.shell.input_watch import InputWatcher

TICK_MS = 1000


class IdleResetTimer(QObject):
    """Counts a public session's idle time while it runs.

    Signals:
        countdown(int): Seconds left, once a second while the warning shows; ``-1``
            when the warning goes away ("I'm still here").
        reset_due(): Once: wipe the session and show the welcome screen now.

    Args:
        clock: Time source (a FakeClock in tests).
        watcher: The application's input watcher.
        timeout_seconds: The policy's ``idle_reset_seconds``.
        tick_ms: How often to look (tests call :meth:`check` directly).
    """

    countdown = Signal(int)
    reset_due = Signal()

    def __init__(
        self,
        clock: Clock,
        watcher: InputWatcher,
        timeout_seconds: int,
        parent: QObject | None = None,
        *,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(parent)
        self._watcher = watcher
        self._reset = IdleReset(clock, timeout_seconds)
        self._seen_input = watcher.last_input()
        self._warning_shown = False
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.check)

    @property
    def running(self) -> bool:
        """True while a session is being counted."""
        return self.timer.isActive()

    def start(self) -> None:
        """A public session began: count from now."""
        self._reset.new_session()
        self._seen_input = self._watcher.last_input()
        self._set_warning(None)
        self.timer.start()

    def stop(self) -> None:
        """The session ended some other way ("End session", quick exit)."""
        self.timer.stop()
        self._set_warning(None)

    def still_here(self) -> None:
        """The person pressed "I'm still here"."""
        self._reset.still_here()
        self._set_warning(None)

    def check(self) -> None:
        """Look at the time and the last input; update the countdown or reset."""
        if not self.timer.isActive():
            return
        last = self._watcher.last_input()
        if last != self._seen_input:
            self._seen_input = last
            # Input counts only before the countdown shows: a passer-by nudging the
            # mouse must not keep someone else's session open (core rule). The status
            # it returns is the one to act on: the core reports a reset only once.
            status = self._reset.activity()
        else:
            status = self._reset.status()
        if status.fire:
            self.stop()
            self.reset_due.emit()
        elif status.phase is IdlePhase.WARNING:
            self._set_warning(status.seconds_left)
        else:
            self._set_warning(None)

    def _set_warning(self, seconds_left: int | None) -> None:
        if seconds_left is None:
            if self._warning_shown:
                self._warning_shown = False
                self.countdown.emit(-1)
            return
        self._warning_shown = True
        self.countdown.emit(seconds_left)
