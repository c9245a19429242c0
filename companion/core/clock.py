"""Injectable time, so tests never sleep and never depend on the wall clock."""

from __future__ import annotations

import sys
import time

from companion.core.datetime_types import UTC, datetime, timedelta, tzinfo


class Clock:
    """Where the core reads the time from: :class:`SystemClock`, or a :class:`FakeClock`
    in tests.

    A plain base class rather than a ``typing.Protocol``: building a protocol class
    takes about 0.3 ms, and this module is on the way to the help panel's first paint.
    """

    def now(self) -> datetime:
        """The current time, time-zone aware, in the local zone."""
        raise NotImplementedError

    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards."""
        raise NotImplementedError


def _suspend_aware_clock() -> int | None:
    """The clock id that keeps counting while the computer sleeps, where it is needed.

    ``time.monotonic`` stops during suspend on Linux and macOS, so an idle lock timed by
    it would leave the journal open after the lid is opened again. Linux has
    ``CLOCK_BOOTTIME``; on macOS ``CLOCK_MONOTONIC`` counts sleep (unlike the clock
    behind ``time.monotonic``). Windows' monotonic clock already counts sleep.
    """
    if sys.platform.startswith("linux"):
        return getattr(time, "CLOCK_BOOTTIME", None)
    if sys.platform == "darwin":
        return getattr(time, "CLOCK_MONOTONIC", None)
    return None


SUSPEND_AWARE_CLOCK = _suspend_aware_clock()


class SystemClock(Clock):
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC).astimezone()

    def monotonic(self) -> float:
        if SUSPEND_AWARE_CLOCK is not None:
            return time.clock_gettime(SUSPEND_AWARE_CLOCK)
        return time.monotonic()


class FakeClock(Clock):
    """A clock that only moves when told to."""

    def __init__(self, start: datetime | None = None, tz: tzinfo | None = None) -> None:
        base = start or datetime(2026, 1, 15, 9, 30, tzinfo=UTC)
        if base.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = base.astimezone(tz) if tz else base
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        """Move both clocks forward."""
        self._now = self._now + timedelta(seconds=seconds)
        self._mono += seconds


def local_datetime(clock: Clock, wall_time: datetime) -> datetime:
    """The aware moment for a wall-clock time typed by the person, in the clock's zone.

    The offset is the one in force on *that* date: a January time typed in July gets
    winter time. The system clock's ``now()`` carries a fixed offset (today's), so giving
    a past date that offset would move the entry by the daylight-saving difference.

    Args:
        clock: the clock whose zone applies.
        wall_time: a naive date and time as shown on screen.
    """
    naive = wall_time.replace(tzinfo=None)
    if isinstance(clock, SystemClock):
        return naive.astimezone()  # Python reads a naive time as the system's local time
    return naive.replace(tzinfo=clock.now().tzinfo)
