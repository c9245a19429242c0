"""Paced breathing: the patterns' timings, the phase sequence and the pacer's state."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.exercises.breathing import (
    BOX,
    FOUR_SEVEN_EIGHT,
    PATTERNS,
    SLOW,
    Phase,
    breaths_for,
    custom_pattern,
    pattern,
    phases,
    state_at,
)
from companion.core.exercises.errors import InvalidExercise


def test_the_built_in_patterns_have_their_published_counts() -> None:
    assert (BOX.inhale, BOX.hold_in, BOX.exhale, BOX.hold_out) == (4, 4, 4, 4)
    assert (FOUR_SEVEN_EIGHT.inhale, FOUR_SEVEN_EIGHT.hold_in) == (4, 7)
    assert (FOUR_SEVEN_EIGHT.exhale, FOUR_SEVEN_EIGHT.hold_out) == (8, 0)
    assert SLOW.breaths_per_minute == 6.0
    assert BOX.cycle_seconds == 16
    assert BOX.breaths_per_minute == 3.75
    assert FOUR_SEVEN_EIGHT.cycle_seconds == 19
    assert {p.id for p in PATTERNS} == {"box", "4-7-8", "slow"}
    assert pattern("box") is BOX


def test_an_unknown_pattern_id_is_refused() -> None:
    with pytest.raises(InvalidExercise):
        pattern("fast")


def test_the_phase_sequence_skips_empty_holds_and_adds_up() -> None:
    steps = list(phases(FOUR_SEVEN_EIGHT, 2))
    assert [(s.phase, s.start, s.duration, s.breath) for s in steps] == [
        (Phase.INHALE, 0, 4, 0),
        (Phase.HOLD_IN, 4, 7, 0),
        (Phase.EXHALE, 11, 8, 0),
        (Phase.INHALE, 19, 4, 1),
        (Phase.HOLD_IN, 23, 7, 1),
        (Phase.EXHALE, 30, 8, 1),
    ]
    assert steps[-1].end == 2 * FOUR_SEVEN_EIGHT.cycle_seconds
    box = list(phases(BOX, 1))
    assert [s.phase for s in box] == [Phase.INHALE, Phase.HOLD_IN, Phase.EXHALE, Phase.HOLD_OUT]


@pytest.mark.parametrize("breaths", [0, -1, 10_000, True])
def test_a_silly_number_of_breaths_is_refused(breaths: int) -> None:
    with pytest.raises(InvalidExercise):
        list(phases(BOX, breaths))


def test_breaths_for_a_few_minutes() -> None:
    assert breaths_for(SLOW, 2) == 12  # 120 s / 10 s
    assert breaths_for(BOX, 1) == 4  # 60 / 16 = 3.75, rounded
    assert breaths_for(FOUR_SEVEN_EIGHT, 0.01) == 1


def test_the_pacer_state_by_hand() -> None:
    # Box: in 0-4, hold 4-8, out 8-12, rest 12-16.
    s = state_at(BOX, 2.0)
    assert (s.phase, s.breath, s.progress, s.remaining, s.size) == (Phase.INHALE, 0, 0.5, 2.0, 0.5)
    s = state_at(BOX, 5.0)
    assert (s.phase, s.size, s.remaining) == (Phase.HOLD_IN, 1.0, 3.0)
    s = state_at(BOX, 11.0)
    assert (s.phase, s.progress, s.size) == (Phase.EXHALE, 0.75, 0.25)
    s = state_at(BOX, 13.0)
    assert (s.phase, s.size) == (Phase.HOLD_OUT, 0.0)
    s = state_at(BOX, 16.0 * 3 + 1.0)
    assert (s.phase, s.breath, s.progress) == (Phase.INHALE, 3, 0.25)
    assert state_at(SLOW, -5).phase is Phase.INHALE
    assert state_at(SLOW, math.nan).progress == 0.0


def test_in_and_out_have_different_cues_and_sounds() -> None:
    assert Phase.INHALE.cue != Phase.EXHALE.cue
    assert Phase.INHALE.tone == "rising"
    assert Phase.EXHALE.tone == "falling"
    assert Phase.HOLD_IN.tone == Phase.HOLD_OUT.tone == "none"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ((0.5, 0, 4, 0), "inhale"),
        ((4, -1, 4, 0), "hold_in"),
        ((4, 0, 21, 0), "exhale"),
        ((4, 0, 4, math.inf), "hold_out"),
        ((4, 0, "4", 0), "exhale"),
    ],
)
def test_custom_timings_are_checked(values: tuple[float, float, float, float], field: str) -> None:
    with pytest.raises(InvalidExercise) as info:
        custom_pattern(*values)
    assert info.value.field == field


@given(
    inhale=st.floats(1, 20),
    hold_in=st.floats(0, 20),
    exhale=st.floats(1, 20),
    hold_out=st.floats(0, 20),
    elapsed=st.floats(0, 3600),
)
def test_the_pacer_is_always_somewhere_sensible(
    inhale: float, hold_in: float, exhale: float, hold_out: float, elapsed: float
) -> None:
    found = custom_pattern(inhale, hold_in, exhale, hold_out)
    state = state_at(found, elapsed)
    assert 0.0 <= state.progress <= 1.0
    assert 0.0 <= state.size <= 1.0
    assert 0.0 < state.remaining <= found.seconds(state.phase) or state.progress == 0.0
    assert state.breath >= 0
