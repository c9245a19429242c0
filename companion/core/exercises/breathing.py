"""Paced breathing as a pure timing model: patterns, the phase sequence, where we are now.

The screen animates it (a shape that grows while breathing in), offers a reduced-motion
variant, and gives distinct non-visual cues for "in" and "out"; this module only says
which phase it is, for how long, and how far through. Everything is a function of the
elapsed time, so a pacer that was paused, or whose timer fired late, never drifts.

Patterns are English data with stable ids (the UI translates the words).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from companion.core.exercises.errors import InvalidExercise

MIN_BREATH_SECONDS = 1.0  # shortest inhale or exhale
MAX_PHASE_SECONDS = 20.0  # longest single phase
MAX_SESSION_SECONDS = 60 * 60.0


class Phase(StrEnum):
    """The four parts of one breath. ``HOLD_OUT`` is the pause after breathing out."""

    INHALE = "inhale"
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"

    @property
    def cue(self) -> str:
        """The words shown and spoken for the phase (the UI translates them)."""
        return _CUES[self]

    @property
    def tone(self) -> str:
        """Which sound cue to play: ``"rising"``, ``"falling"`` or ``"none"``.

        Breathing in and breathing out have different sounds, so someone who cannot see
        the screen can follow; a hold is silence.
        """
        return {Phase.INHALE: "rising", Phase.EXHALE: "falling"}.get(self, "none")


_CUES = {
    Phase.INHALE: "Breathe in",
    Phase.HOLD_IN: "Hold",
    Phase.EXHALE: "Breathe out",
    Phase.HOLD_OUT: "Rest",
}
_ORDER = (Phase.INHALE, Phase.HOLD_IN, Phase.EXHALE, Phase.HOLD_OUT)


@dataclass(frozen=True)
class BreathingPattern:
    """Seconds for each part of one breath; holds may be 0 (then they are skipped).

    Build your own with :func:`custom_pattern`, which checks the numbers.
    """

    id: str
    name: str
    description: str
    inhale: float
    hold_in: float
    exhale: float
    hold_out: float

    def seconds(self, phase: Phase) -> float:
        """How long ``phase`` lasts in this pattern."""
        return float(getattr(self, phase.value))

    @property
    def cycle_seconds(self) -> float:
        """One whole breath."""
        return self.inhale + self.hold_in + self.exhale + self.hold_out

    @property
    def breaths_per_minute(self) -> float:
        """Breaths in a minute at this pace."""
        return 60.0 / self.cycle_seconds


BOX = BreathingPattern(
    "box",
    "Box breathing",
    "Breathe in, hold, breathe out and rest for four counts each, like tracing a square.",
    4, 4, 4, 4,
)  # fmt: skip
FOUR_SEVEN_EIGHT = BreathingPattern(
    "4-7-8",
    "4-7-8 breathing",
    "Breathe in for four, hold for seven, and let the breath out slowly for eight. "
    "If holding feels uncomfortable, try slow breathing instead.",
    4, 7, 8, 0,
)  # fmt: skip
SLOW = BreathingPattern(
    "slow",
    "Slow breathing",
    "Breathe in for five and out for five: about six gentle breaths a minute.",
    5, 0, 5, 0,
)  # fmt: skip
PATTERNS: tuple[BreathingPattern, ...] = (SLOW, BOX, FOUR_SEVEN_EIGHT)


def pattern(pattern_id: str) -> BreathingPattern:
    """A built-in pattern by id. Raises InvalidExercise for an unknown id."""
    for found in PATTERNS:
        if found.id == pattern_id:
            return found
    raise InvalidExercise("pattern", "no such pattern")


def custom_pattern(
    inhale: float, hold_in: float, exhale: float, hold_out: float, *, name: str = "My pace"
) -> BreathingPattern:
    """A pattern with the person's own timings, checked.

    Raises:
        InvalidExercise: Breathing in or out is under 1 s, a hold is negative, or any
            part is over 20 s (or not a finite number).
    """
    values = {"inhale": inhale, "hold_in": hold_in, "exhale": exhale, "hold_out": hold_out}
    for field, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidExercise(field, "must be a number of seconds")
        if not math.isfinite(value):
            raise InvalidExercise(field, "must be a finite number of seconds")
        low = MIN_BREATH_SECONDS if field in ("inhale", "exhale") else 0.0
        if not low <= value <= MAX_PHASE_SECONDS:
            raise InvalidExercise(field, f"must be between {low:g} and {MAX_PHASE_SECONDS:g} s")
    return BreathingPattern(
        "custom",
        name,
        "Your own pace.",
        float(inhale),
        float(hold_in),
        float(exhale),
        float(hold_out),
    )


def validate(found: BreathingPattern) -> BreathingPattern:
    """Check any pattern's timings (as :func:`custom_pattern` does). Returns it unchanged."""
    custom_pattern(found.inhale, found.hold_in, found.exhale, found.hold_out)
    return found


@dataclass(frozen=True)
class PhaseStep:
    """One phase in the sequence: which, from when (seconds since the start), how long."""

    phase: Phase
    start: float
    duration: float
    breath: int  # 0-based number of the breath this phase belongs to

    @property
    def end(self) -> float:
        return self.start + self.duration


def phases(found: BreathingPattern, breaths: int) -> Iterator[PhaseStep]:
    """The phases of ``breaths`` whole breaths, in order; holds of 0 s are left out.

    Raises:
        InvalidExercise: A bad pattern, or ``breaths`` not between 1 and an hour's worth.
    """
    validate(found)
    most = int(MAX_SESSION_SECONDS // found.cycle_seconds) or 1
    if isinstance(breaths, bool) or not isinstance(breaths, int) or not 1 <= breaths <= most:
        raise InvalidExercise("breaths", f"must be between 1 and {most}")
    start = 0.0
    for breath in range(breaths):
        for phase in _ORDER:
            seconds = found.seconds(phase)
            if seconds > 0:
                yield PhaseStep(phase, start, seconds, breath)
                start += seconds


def breaths_for(found: BreathingPattern, minutes: float) -> int:
    """Whole breaths that fit in about ``minutes`` (at least one)."""
    validate(found)
    if not math.isfinite(minutes) or minutes <= 0:
        raise InvalidExercise("minutes", "must be a positive number")
    seconds = min(minutes * 60.0, MAX_SESSION_SECONDS)
    return max(1, round(seconds / found.cycle_seconds))


@dataclass(frozen=True)
class PacerState:
    """Where a pacer is at one moment.

    Attributes:
        phase: The current phase.
        breath: 0-based number of the current breath.
        progress: 0.0 at the start of the phase to 1.0 at its end.
        remaining: Seconds left in this phase.
        size: How "full" the shape is, 0.0 (empty) to 1.0 (full): it grows while
            breathing in, stays full while holding in, shrinks while breathing out and
            stays empty while resting. A reduced-motion screen can show it as a number
            or a bar instead of a moving shape.
    """

    phase: Phase
    breath: int
    progress: float
    remaining: float
    size: float


def state_at(found: BreathingPattern, elapsed: float) -> PacerState:
    """The pacer's state ``elapsed`` seconds after it started (before 0 counts as 0)."""
    validate(found)
    elapsed = max(0.0, elapsed) if math.isfinite(elapsed) else 0.0
    breath, into = divmod(elapsed, found.cycle_seconds)
    for phase in _ORDER:
        seconds = found.seconds(phase)
        if seconds <= 0:
            continue
        if into < seconds:
            progress = into / seconds
            return PacerState(phase, int(breath), progress, seconds - into, _size(phase, progress))
        into -= seconds
    # Only reached through rounding at the very end of a breath: the next one begins.
    return PacerState(Phase.INHALE, int(breath) + 1, 0.0, found.inhale, 0.0)


def _size(phase: Phase, progress: float) -> float:
    if phase is Phase.INHALE:
        return progress
    if phase is Phase.EXHALE:
        return 1.0 - progress
    return 1.0 if phase is Phase.HOLD_IN else 0.0
