"""The system clock's idle time keeps counting while the computer sleeps.

``time.monotonic`` stops during suspend on Linux (and macOS): a laptop closed for an hour
came back with the journal open, because the idle lock saw almost no time pass.
"""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from companion.core import clock as clock_module
from companion.core.clock import SystemClock


def test_monotonic_counts_time_asleep(monkeypatch: pytest.MonkeyPatch) -> None:
    if clock_module.SUSPEND_AWARE_CLOCK is None:
        pytest.skip("this platform's monotonic clock already counts sleep")  # Windows
    awake = iter([100.0, 100.0])
    with_sleep = iter([5000.0, 8600.0])  # an hour asleep between the two readings
    monkeypatch.setattr(time, "monotonic", lambda: next(awake))
    real_gettime = time.clock_gettime

    def fake_gettime(which: int) -> float:
        if which == clock_module.SUSPEND_AWARE_CLOCK:
            return next(with_sleep)
        return real_gettime(which)

    monkeypatch.setattr(time, "clock_gettime", fake_gettime)
    system = SystemClock()
    first = system.monotonic()
    assert system.monotonic() - first == 3600.0


def test_monotonic_never_goes_backwards() -> None:
    system = SystemClock()
    readings = [system.monotonic() for _ in range(1000)]
    assert readings == sorted(readings)


def test_now_is_aware() -> None:
    now = SystemClock().now()
    assert isinstance(now, datetime)
    assert now.utcoffset() is not None
