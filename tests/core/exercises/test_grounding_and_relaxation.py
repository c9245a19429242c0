"""5-4-3-2-1 grounding and progressive muscle relaxation, as data and timings."""

from __future__ import annotations

import pytest

from companion.core.exercises.catalogue import EXERCISES, ExerciseKind, exercise
from companion.core.exercises.errors import InvalidExercise
from companion.core.exercises.grounding import GROUNDING_STEPS, grounding_step
from companion.core.exercises.relaxation import (
    MUSCLE_GROUPS,
    Action,
    relaxation_steps,
    step_at,
    total_seconds,
)


def test_grounding_counts_down_from_five_through_the_senses() -> None:
    assert [s.count for s in GROUNDING_STEPS] == [5, 4, 3, 2, 1]
    assert [s.id for s in GROUNDING_STEPS] == ["see", "touch", "hear", "smell", "taste"]
    assert all(s.prompt and s.hint for s in GROUNDING_STEPS)
    assert grounding_step("hear") is GROUNDING_STEPS[2]
    assert grounding_step("nope") is None


def test_relaxation_tenses_then_releases_each_group_in_order() -> None:
    groups = MUSCLE_GROUPS[:2]
    steps = relaxation_steps(groups, tense_seconds=5, release_seconds=15)
    assert [(s.group.id, s.action, s.start, s.duration) for s in steps] == [
        ("hands", Action.TENSE, 0, 5),
        ("hands", Action.RELEASE, 5, 15),
        ("arms", Action.TENSE, 20, 5),
        ("arms", Action.RELEASE, 25, 15),
    ]
    assert total_seconds(steps) == 40
    assert step_at(steps, 0) == steps[0]
    assert step_at(steps, 19.9) == steps[1]
    assert step_at(steps, 24.9) == steps[2]
    assert step_at(steps, 25) == steps[3]
    assert step_at(steps, 40) is None


def test_the_full_script_covers_every_group_with_stable_ids() -> None:
    ids = [g.id for g in MUSCLE_GROUPS]
    assert len(ids) == len(set(ids)) >= 10
    steps = relaxation_steps()
    assert total_seconds(steps) == len(MUSCLE_GROUPS) * 20


@pytest.mark.parametrize(
    ("tense", "release"), [(1, 15), (16, 15), (5, 4), (5, 61), (float("nan"), 10)]
)
def test_relaxation_timings_are_checked(tense: float, release: float) -> None:
    with pytest.raises(InvalidExercise):
        relaxation_steps(tense_seconds=tense, release_seconds=release)
    with pytest.raises(InvalidExercise):
        relaxation_steps(())


def test_the_catalogue_lists_every_exercise_once() -> None:
    ids = [e.id for e in EXERCISES]
    assert len(ids) == len(set(ids))
    assert {"breathing.box", "breathing.4-7-8", "breathing.slow"} <= set(ids)
    assert {e.kind for e in EXERCISES} == set(ExerciseKind)
    pmr = exercise("relaxation.pmr")
    assert pmr is not None
    assert pmr.minutes == 5
    assert exercise("nothing") is None
