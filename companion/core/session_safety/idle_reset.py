"""Public mode's idle reset: a countdown, "I'm still here", then a wipe (no Qt here).

Timeline, with a 300 s reset and a 60 s warning::

    0 s ........ 240 s ............... 300 s
    ACTIVE       WARNING (60, 59 … 1)  RESET (fire once)

While ACTIVE, any input (key, click, scroll) starts the wait again. Once the warning is
on screen, only the "I'm still here" button does: a passer-by nudging the mouse must not
keep the previous person's session open. A computer that slept past the reset time wipes
at once when it wakes (the clock counts sleep, see :mod:`companion.core.clock`).

The UI calls :meth:`IdleReset.status` when :attr:`IdleStatus.next_check` elapses (a
single-shot timer), shows ``seconds_left`` during the warning, and wipes the session
when ``fire`` is true.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from companion.core.clock import Clock

DEFAULT_WARNING_SECONDS = 60


class IdlePhase(StrEnum):
    """Where the session is on the way to a reset."""

    ACTIVE = "active"
    WARNING = "warning"
    RESET = "reset"


@dataclass(frozen=True)
class IdleStatus:
    """What the screen should show now.

    Attributes:
        phase: Active, warning (countdown visible) or reset.
        seconds_left: Whole seconds until the reset, rounded up (0 once reset).
        fire: True exactly once: wipe the session and show the welcome screen now.
        next_check: Seconds until the status next changes (the warning starts, or the
            countdown ticks); ``None`` after the reset until :meth:`IdleReset.new_session`.
    """

    phase: IdlePhase
    seconds_left: int
    fire: bool = False
    next_check: float | None = None


class IdleReset:
    """The idle-reset countdown for one public computer.

    Args:
        clock: Time source (only ``monotonic`` is used).
        timeout_seconds: Time without use before the session is wiped.
        warning_seconds: How long the countdown is on screen before that; at most half
            of ``timeout_seconds``, so a short timeout still leaves time to work.
    """

    def __init__(
        self, clock: Clock, timeout_seconds: int, warning_seconds: int = DEFAULT_WARNING_SECONDS
    ) -> None:
        if timeout_seconds <= 0:
            raise ValueError("timeout_seconds must be positive")
        self._clock = clock
        self.timeout = float(timeout_seconds)
        self.warning = float(min(max(warning_seconds, 0), timeout_seconds / 2))
        self._last_use = clock.monotonic()
        self._fired = False

    def activity(self) -> IdleStatus:
        """Input arrived. Restarts the wait unless the countdown is already showing."""
        current = self.status()
        if current.phase is IdlePhase.ACTIVE:
            self._last_use = self._clock.monotonic()
            return self.status()
        return current

    def still_here(self) -> IdleStatus:
        """The person pressed "I'm still here": the wait starts again (not after a reset)."""
        current = self.status()
        if current.phase is IdlePhase.RESET:
            return current
        self._last_use = self._clock.monotonic()
        return self.status()

    def new_session(self) -> IdleStatus:
        """A new session began (after a reset or "End session"): start counting afresh."""
        self._fired = False
        self._last_use = self._clock.monotonic()
        return self.status()

    def status(self) -> IdleStatus:
        """The phase now; the first call at or past the timeout has ``fire`` set."""
        idle = self._clock.monotonic() - self._last_use
        left = self.timeout - idle
        if self._fired or left <= 0:
            fire = not self._fired
            self._fired = True
            return IdleStatus(IdlePhase.RESET, 0, fire=fire)
        seconds_left = math.ceil(left)
        if left > self.warning:
            return IdleStatus(IdlePhase.ACTIVE, seconds_left, next_check=left - self.warning)
        # Tick when the displayed whole number changes: at left = seconds_left - 1.
        tick = left - (seconds_left - 1)
        return IdleStatus(IdlePhase.WARNING, seconds_left, next_check=tick)
