"""Progressive muscle relaxation: the script as data, and its timed sequence.

Tense one group of muscles gently for a few seconds, then let go and notice the
difference for longer. The screen reads the steps out or shows them one at a time; this
module says what to say and when.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from companion.core.exercises.errors import InvalidExercise

DEFAULT_TENSE_SECONDS = 5.0
DEFAULT_RELEASE_SECONDS = 15.0
MIN_TENSE, MAX_TENSE = 2.0, 15.0
MIN_RELEASE, MAX_RELEASE = 5.0, 60.0

INTRODUCTION = (
    "Find a comfortable position. You will gently tighten one group of muscles at a "
    "time, then let go. Tense only as much as feels comfortable, never to the point of "
    "pain, and skip any part of your body that is sore or injured."
)
CLOSING = (
    "Take a moment to notice how your body feels now. When you are ready, slowly move "
    "your fingers and toes, and open your eyes."
)


class Action(StrEnum):
    TENSE = "tense"
    RELEASE = "release"


@dataclass(frozen=True)
class MuscleGroup:
    """One group: its stable id, its name, and what to do to tense it."""

    id: str
    name: str
    tense: str


RELEASE_CUE = "Now let go. Notice how the muscles feel as they soften."

MUSCLE_GROUPS: tuple[MuscleGroup, ...] = (
    MuscleGroup("hands", "Hands", "Make gentle fists with both hands."),
    MuscleGroup("arms", "Upper arms", "Bend your elbows and tighten your upper arms."),
    MuscleGroup("shoulders", "Shoulders", "Lift your shoulders up towards your ears."),
    MuscleGroup("forehead", "Forehead", "Raise your eyebrows as high as is comfortable."),
    MuscleGroup("eyes", "Eyes and cheeks", "Close your eyes tightly and scrunch your cheeks."),
    MuscleGroup("jaw", "Mouth and jaw", "Press your lips together and gently clench your jaw."),
    MuscleGroup("neck", "Neck", "Gently press your head back against the chair or pillow."),
    MuscleGroup("chest", "Chest and back", "Breathe in and draw your shoulder blades together."),
    MuscleGroup("stomach", "Stomach", "Tighten your stomach muscles, as if bracing."),
    MuscleGroup("hips", "Hips and seat", "Squeeze the muscles of your seat together."),
    MuscleGroup("thighs", "Thighs", "Press your knees together and tighten your thighs."),
    MuscleGroup("calves", "Lower legs", "Point your toes up towards your face."),
    MuscleGroup("feet", "Feet", "Curl your toes downwards gently."),
)  # fmt: skip


@dataclass(frozen=True)
class RelaxationStep:
    """One timed instruction: tense or release one group."""

    group: MuscleGroup
    action: Action
    start: float
    duration: float
    text: str

    @property
    def end(self) -> float:
        return self.start + self.duration


def relaxation_steps(
    groups: tuple[MuscleGroup, ...] = MUSCLE_GROUPS,
    *,
    tense_seconds: float = DEFAULT_TENSE_SECONDS,
    release_seconds: float = DEFAULT_RELEASE_SECONDS,
) -> tuple[RelaxationStep, ...]:
    """The timed script: for each group, tense then release.

    Args:
        groups: Which groups, in order (a shorter session can leave some out).
        tense_seconds: 2-15 s of gentle tension.
        release_seconds: 5-60 s of letting go.

    Raises:
        InvalidExercise: No groups, or a duration out of range.
    """
    _check("tense_seconds", tense_seconds, MIN_TENSE, MAX_TENSE)
    _check("release_seconds", release_seconds, MIN_RELEASE, MAX_RELEASE)
    if not groups:
        raise InvalidExercise("groups", "choose at least one muscle group")
    steps: list[RelaxationStep] = []
    start = 0.0
    for group in groups:
        steps.append(RelaxationStep(group, Action.TENSE, start, tense_seconds, group.tense))
        start += tense_seconds
        steps.append(RelaxationStep(group, Action.RELEASE, start, release_seconds, RELEASE_CUE))
        start += release_seconds
    return tuple(steps)


def total_seconds(steps: tuple[RelaxationStep, ...]) -> float:
    """How long the whole script takes."""
    return steps[-1].end if steps else 0.0


def step_at(steps: tuple[RelaxationStep, ...], elapsed: float) -> RelaxationStep | None:
    """The step running ``elapsed`` seconds in; ``None`` once the script has finished."""
    for step in steps:
        if elapsed < step.end:
            return step
    return None


def _check(field: str, value: float, low: float, high: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidExercise(field, "must be a number of seconds")
    if not low <= value <= high:
        raise InvalidExercise(field, f"must be between {low:g} and {high:g} s")
