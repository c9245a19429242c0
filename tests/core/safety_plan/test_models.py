"""The plan's steps as data, and the checks every line goes through."""

from __future__ import annotations

import pytest

from companion.core.safety_plan.errors import InvalidSafetyPlan
from companion.core.safety_plan.models import (
    ATTRIBUTION,
    MAX_ITEMS_PER_STEP,
    MAX_TEXT_LENGTH,
    STEP_INFO,
    STEPS,
    PlanItem,
    PlanStep,
    SafetyPlan,
    make_plan,
)


def test_six_numbered_steps_in_order_then_what_is_worth_living_for() -> None:
    assert [info.number for info in STEPS] == [1, 2, 3, 4, 5, 6, None]
    assert [info.step for info in STEPS] == list(PlanStep)
    assert STEPS[-1].step is PlanStep.REASONS_TO_LIVE
    assert set(STEP_INFO) == set(PlanStep)


def test_every_step_has_a_title_one_sentence_of_guidance_and_an_example() -> None:
    titles = [info.title for info in STEPS]
    assert len(set(titles)) == len(titles)
    for info in STEPS:
        assert info.title
        assert info.example
        # One sentence: it ends with a full stop and has no other sentence end inside.
        assert info.guidance.endswith(".")
        assert ". " not in info.guidance[:-1]


def test_the_attribution_names_the_intervention_and_its_authors() -> None:
    assert "Safety Planning Intervention" in ATTRIBUTION
    assert "Stanley" in ATTRIBUTION
    assert "Brown" in ATTRIBUTION
    assert "own" in ATTRIBUTION  # the wording is ours


def test_lines_are_trimmed_and_blank_rows_dropped() -> None:
    plan = SafetyPlan().with_step(
        PlanStep.ON_MY_OWN,
        [PlanItem("  a walk  "), PlanItem("   "), PlanItem("", detail="  "), PlanItem("tea", " ")],
    )
    assert plan.lines(PlanStep.ON_MY_OWN) == (PlanItem("a walk"), PlanItem("tea"))
    assert plan.lines(PlanStep.WARNING_SIGNS) == ()
    assert not plan.is_empty
    assert SafetyPlan().is_empty


@pytest.mark.parametrize(
    ("item", "field"),
    [
        (PlanItem("x" * (MAX_TEXT_LENGTH + 1)), "on_my_own[0].text"),
        (PlanItem("bell\x07"), "on_my_own[0].text"),
        (PlanItem("ok", detail="\x00"), "on_my_own[0].detail"),
    ],
)
def test_a_bad_line_is_refused_with_its_place(item: PlanItem, field: str) -> None:
    with pytest.raises(InvalidSafetyPlan) as info:
        make_plan({PlanStep.ON_MY_OWN: [item]})
    assert info.value.field == field


def test_too_many_lines_in_one_step_are_refused() -> None:
    lines = [PlanItem(f"line {n}") for n in range(MAX_ITEMS_PER_STEP + 1)]
    with pytest.raises(InvalidSafetyPlan):
        make_plan({PlanStep.DISTRACTIONS: lines})
