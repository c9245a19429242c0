"""Public mode's idle reset, driven by a fake clock."""

from __future__ import annotations

import pytest

from companion.core.clock import FakeClock
from companion.core.session_safety import IdlePhase, IdleReset


def test_active_then_warning_then_reset_once() -> None:
    clock = FakeClock()
    idle = IdleReset(clock, 300, 60)
    start = idle.status()
    assert start.phase is IdlePhase.ACTIVE
    assert start.seconds_left == 300
    assert start.next_check == pytest.approx(240)
    clock.advance(239.5)
    assert idle.status().phase is IdlePhase.ACTIVE
    clock.advance(0.5)
    warning = idle.status()
    assert warning.phase is IdlePhase.WARNING
    assert warning.seconds_left == 60
    assert warning.next_check == pytest.approx(1.0)
    clock.advance(59.5)
    last = idle.status()
    assert last.phase is IdlePhase.WARNING
    assert last.seconds_left == 1
    assert last.next_check == pytest.approx(0.5)
    clock.advance(0.5)
    fired = idle.status()
    assert fired.phase is IdlePhase.RESET
    assert fired.fire
    assert fired.seconds_left == 0
    assert fired.next_check is None
    again = idle.status()
    assert again.phase is IdlePhase.RESET
    assert not again.fire  # the wipe happens once


def test_the_countdown_ticks_on_whole_seconds() -> None:
    clock = FakeClock()
    idle = IdleReset(clock, 120, 30)
    clock.advance(90.25)
    status = idle.status()
    assert status.seconds_left == 30
    assert status.next_check == pytest.approx(0.75)
    clock.advance(status.next_check or 0)
    assert idle.status().seconds_left == 29


def test_activity_restarts_the_wait_before_the_warning() -> None:
    clock = FakeClock()
    idle = IdleReset(clock, 300, 60)
    clock.advance(200)
    restarted = idle.activity()
    assert restarted.phase is IdlePhase.ACTIVE
    assert restarted.seconds_left == 300
    clock.advance(239)
    assert idle.status().phase is IdlePhase.ACTIVE


def test_activity_during_the_warning_does_not_extend() -> None:
    # A passer-by nudging the mouse must not keep someone else's session open.
    clock = FakeClock()
    idle = IdleReset(clock, 300, 60)
    clock.advance(250)
    during = idle.activity()
    assert during.phase is IdlePhase.WARNING
    assert during.seconds_left == 50
    clock.advance(50)
    assert idle.status().fire


def test_still_here_extends_from_the_warning() -> None:
    clock = FakeClock()
    idle = IdleReset(clock, 300, 60)
    clock.advance(290)
    back = idle.still_here()
    assert back.phase is IdlePhase.ACTIVE
    assert back.seconds_left == 300
    clock.advance(299)
    assert not idle.status().fire


def test_nothing_revives_a_reset_session_but_a_new_one() -> None:
    clock = FakeClock()
    idle = IdleReset(clock, 300, 60)
    clock.advance(301)
    assert idle.status().fire
    assert idle.still_here().phase is IdlePhase.RESET
    assert idle.activity().phase is IdlePhase.RESET
    fresh = idle.new_session()
    assert fresh.phase is IdlePhase.ACTIVE
    assert fresh.seconds_left == 300
    clock.advance(300)
    assert idle.status().fire  # and the next one fires again


def test_a_computer_that_slept_past_the_time_wipes_at_once() -> None:
    clock = FakeClock()
    idle = IdleReset(clock, 300, 60)
    clock.advance(3600)
    status = idle.status()
    assert status.phase is IdlePhase.RESET
    assert status.fire


def test_the_warning_is_at_most_half_the_timeout() -> None:
    idle = IdleReset(FakeClock(), 60, 60)
    assert idle.warning == 30
    assert IdleReset(FakeClock(), 300, -5).warning == 0


def test_a_timeout_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        IdleReset(FakeClock(), 0)
