"""Shift pressed three times on its own: every rule, with a clock moved by hand."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from companion.core.clock import FakeClock
from companion.core.session_safety import (
    ANNOUNCEMENT_TEXT,
    Announcement,
    QuickExitProgress,
    ShiftTripleDetector,
)


def _shift(detector: ShiftTripleDetector) -> QuickExitProgress:
    detector.key_down(shift=True)
    return detector.key_up(shift=True)


def _other(detector: ShiftTripleDetector) -> QuickExitProgress:
    progress = detector.key_down(shift=False)
    detector.key_up(shift=False)
    return progress


def test_three_lone_presses_trigger_with_progress_and_announcements() -> None:
    clock = FakeClock()
    detector = ShiftTripleDetector(clock)
    first = _shift(detector)
    assert (first.presses, first.triggered, first.changed) == (1, False, True)
    assert first.indicators == (True, False, False)
    assert first.announcement is Announcement.TWO_MORE
    assert first.text == "Shift pressed. Press it two more times to leave quickly."
    assert first.expires_at == clock.monotonic() + 5.0
    clock.advance(1)
    second = _shift(detector)
    assert second.presses == 2
    assert second.indicators == (True, True, False)
    assert second.announcement is Announcement.ONE_MORE
    clock.advance(1)
    third = _shift(detector)
    assert third.triggered
    assert third.presses == 3
    assert third.indicators == (True, True, True)
    assert third.announcement is Announcement.TRIGGERED
    # Afterwards the count starts from nothing.
    assert detector.progress.presses == 0
    assert not _shift(detector).triggered


def test_the_press_counts_on_release_not_on_press() -> None:
    detector = ShiftTripleDetector(FakeClock())
    down = detector.key_down(shift=True)
    assert down.presses == 0
    assert down.announcement is Announcement.NONE
    assert detector.key_up(shift=True).presses == 1


def test_shift_used_with_another_key_does_not_count() -> None:
    detector = ShiftTripleDetector(FakeClock())
    detector.key_down(shift=True)
    detector.key_down(shift=False)  # Shift+A: a capital letter
    detector.key_up(shift=False)
    assert detector.key_up(shift=True).presses == 0


def test_shift_with_a_modifier_does_not_count() -> None:
    detector = ShiftTripleDetector(FakeClock())
    detector.key_down(shift=True, other_modifiers=True)  # Ctrl held, then Shift
    assert detector.key_up(shift=True).presses == 0
    detector.key_down(shift=True)
    assert detector.key_up(shift=True, other_modifiers=True).presses == 0  # Ctrl came in


def test_any_other_key_resets_the_count() -> None:
    detector = ShiftTripleDetector(FakeClock())
    _shift(detector)
    _shift(detector)
    reset = _other(detector)
    assert reset.presses == 0
    assert reset.changed
    assert reset.announcement is Announcement.NONE
    assert _shift(detector).presses == 1


def test_a_held_other_key_repeating_also_resets() -> None:
    detector = ShiftTripleDetector(FakeClock())
    _shift(detector)
    assert detector.key_down(shift=False, auto_repeat=True).presses == 0


def test_more_than_five_seconds_between_presses_starts_again() -> None:
    clock = FakeClock()
    detector = ShiftTripleDetector(clock)
    _shift(detector)
    clock.advance(5.0)
    assert _shift(detector).presses == 2  # exactly five seconds is still in time
    clock.advance(5.01)
    late = _shift(detector)
    assert late.presses == 1
    assert not late.triggered
    assert late.announcement is Announcement.TWO_MORE


def test_the_gap_is_between_presses_not_from_the_first() -> None:
    clock = FakeClock()
    detector = ShiftTripleDetector(clock)
    _shift(detector)
    clock.advance(4.5)
    _shift(detector)
    clock.advance(4.5)
    assert _shift(detector).triggered  # nine seconds in all, never five between


def test_expiry_clears_the_indicators_and_says_so() -> None:
    clock = FakeClock()
    detector = ShiftTripleDetector(clock)
    first = _shift(detector)
    assert first.expires_at is not None
    clock.advance(4.9)
    early = detector.expire()
    assert early.presses == 1
    assert not early.changed
    assert early.announcement is Announcement.NONE
    clock.advance(0.1)
    lapsed = detector.expire()
    assert lapsed.presses == 0
    assert lapsed.changed
    assert lapsed.announcement is Announcement.TIMED_OUT
    assert lapsed.expires_at is None
    assert ANNOUNCEMENT_TEXT[Announcement.TIMED_OUT]
    assert detector.expire().announcement is Announcement.NONE  # said once


def test_key_repeat_while_shift_is_held_is_one_press() -> None:
    detector = ShiftTripleDetector(FakeClock())
    detector.key_down(shift=True)
    for _ in range(10):
        detector.key_down(shift=True, auto_repeat=True)
    assert detector.key_up(shift=True).presses == 1


def test_a_release_without_a_press_seen_does_not_count() -> None:
    # Shift went down before the window had focus: we cannot know it was on its own.
    detector = ShiftTripleDetector(FakeClock())
    assert detector.key_up(shift=True).presses == 0


def test_a_synthetic_release_from_key_repeat_does_not_count() -> None:
    detector = ShiftTripleDetector(FakeClock())
    detector.key_down(shift=True)
    assert detector.key_up(shift=True, auto_repeat=True).presses == 0
    assert detector.key_up(shift=True).presses == 1


def test_both_shift_keys_held_together_are_one_press() -> None:
    detector = ShiftTripleDetector(FakeClock())
    detector.key_down(shift=True)  # left
    detector.key_down(shift=True)  # right, while left is held
    assert detector.key_up(shift=True).presses == 1
    assert detector.key_up(shift=True).presses == 1  # the second release is not a press


def test_losing_focus_resets() -> None:
    detector = ShiftTripleDetector(FakeClock())
    _shift(detector)
    detector.key_down(shift=True)
    reset = detector.reset()
    assert reset.presses == 0
    assert reset.changed
    assert detector.key_up(shift=True).presses == 0  # the hold before the reset is void


def test_other_key_releases_change_nothing() -> None:
    detector = ShiftTripleDetector(FakeClock())
    _shift(detector)
    assert detector.key_up(shift=False).presses == 1


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["down", "up"]),
            st.booleans(),
            st.booleans(),
            st.booleans(),
            st.floats(min_value=0, max_value=8),
        ),
        max_size=40,
    )
)
def test_any_sequence_keeps_progress_in_range(
    events: list[tuple[str, bool, bool, bool, float]],
) -> None:
    clock = FakeClock()
    detector = ShiftTripleDetector(clock)
    for kind, shift, modifiers, repeat, wait in events:
        clock.advance(wait)
        method = detector.key_down if kind == "down" else detector.key_up
        progress = method(shift=shift, other_modifiers=modifiers, auto_repeat=repeat)
        assert 0 <= progress.presses <= 3
        assert progress.triggered == (progress.presses == 3)
        assert len(progress.indicators) == 3
        if not shift and kind == "down":
            assert progress.presses == 0  # any other key resets
