"""A pausable stopwatch over an injectable clock, so exercises never drift and tests
never sleep.

The exercises' timing models are functions of elapsed time; the screens only need
"how long has this been running, pauses left out".
"""

from __future__ import annotations

import time
from collections.abc import Callable

TimeSource = Callable[[], float]


class Stopwatch:
    """Elapsed running time in seconds, from ``time_source`` (monotonic by default)."""

    def __init__(self, time_source: TimeSource | None = None) -> None:
        self._now = time_source or time.monotonic
        self._banked = 0.0
        self._since: float | None = None

    @property
    def running(self) -> bool:
        """True between start/resume and pause/reset."""
        return self._since is not None

    def start(self) -> None:
        """Start from zero."""
        self._banked = 0.0
        self._since = self._now()

    def pause(self) -> None:
        """Stop counting, keeping the time so far."""
        if self._since is not None:
            self._banked += self._now() - self._since
            self._since = None

    def resume(self) -> None:
        """Count on from where it was paused."""
        if self._since is None:
            self._since = self._now()

    def reset(self) -> None:
        """Back to zero, stopped."""
        self._banked = 0.0
        self._since = None

    def jump_to(self, seconds: float) -> None:
        """Carry on as if ``seconds`` had passed (skipping a step)."""
        self._banked = max(0.0, seconds)
        if self._since is not None:
            self._since = self._now()

    def elapsed(self) -> float:
        """Seconds counted so far."""
        running = self._now() - self._since if self._since is not None else 0.0
        return self._banked + max(0.0, running)
