"""Every exercise, for the list on the exercises screen and in the help panel."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from companion.core.exercises.breathing import PATTERNS
from companion.core.exercises.grounding import GROUNDING_STEPS
from companion.core.exercises.relaxation import relaxation_steps, total_seconds


class ExerciseKind(StrEnum):
    BREATHING = "breathing"
    GROUNDING = "grounding"
    RELAXATION = "relaxation"


@dataclass(frozen=True)
class ExerciseInfo:
    """One exercise: a stable id (``"breathing.box"``), words, and about how long it takes."""

    id: str
    kind: ExerciseKind
    title: str
    summary: str
    minutes: int


def _exercises() -> tuple[ExerciseInfo, ...]:
    found = [
        ExerciseInfo(f"breathing.{p.id}", ExerciseKind.BREATHING, p.name, p.description, 2)
        for p in PATTERNS
    ]
    found.append(
        ExerciseInfo(
            "grounding.54321",
            ExerciseKind.GROUNDING,
            "5-4-3-2-1 grounding",
            "Notice what you can see, feel, hear, smell and taste, "
            f"{len(GROUNDING_STEPS)} senses, one at a time.",
            3,
        )
    )
    found.append(
        ExerciseInfo(
            "relaxation.pmr",
            ExerciseKind.RELAXATION,
            "Progressive muscle relaxation",
            "Gently tense and release one part of your body at a time.",
            math.ceil(total_seconds(relaxation_steps()) / 60),
        )
    )
    return tuple(found)


EXERCISES: tuple[ExerciseInfo, ...] = _exercises()


def exercise(exercise_id: str) -> ExerciseInfo | None:
    """An exercise by id, or ``None``."""
    return next((e for e in EXERCISES if e.id == exercise_id), None)
