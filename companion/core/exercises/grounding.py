"""The 5-4-3-2-1 grounding exercise, step by step, as data.

One sense at a time, counting down, to bring attention back to the room. No timing: the
person moves on when they are ready. English with stable ids; the UI translates.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GroundingStep:
    """One step: notice ``count`` things with one sense.

    Attributes:
        id: Stable id (``"see"``, ``"touch"``…).
        count: How many things to notice.
        prompt: The instruction.
        hint: A few gentle examples.
    """

    id: str
    count: int
    prompt: str
    hint: str


INTRODUCTION = (
    "This exercise gently brings your attention back to where you are. Go at your own "
    "pace; there is no wrong answer."
)
GROUNDING_STEPS: tuple[GroundingStep, ...] = (
    GroundingStep(
        "see",
        5,
        "Look around and notice five things you can see.",
        "The colour of a wall, a shadow, the shape of a cup, light from a window.",
    ),
    GroundingStep(
        "touch",
        4,
        "Notice four things you can feel.",
        "Your feet on the floor, the chair holding you, the fabric of your sleeve.",
    ),
    GroundingStep(
        "hear",
        3,
        "Listen for three things you can hear.",
        "A fan, traffic far away, your own breathing.",
    ),
    GroundingStep(
        "smell",
        2,
        "Notice two things you can smell.",
        "Soap on your hands, the air in the room. If nothing comes, think of a smell you like.",
    ),
    GroundingStep(
        "taste",
        1,
        "Notice one thing you can taste.",
        "A sip of water, or simply the taste in your mouth right now.",
    ),
)
CLOSING = (
    "Well done for taking this moment. Take one slow breath before you carry on. If you "
    "would like to talk to someone, help is one step away."
)


def grounding_step(step_id: str) -> GroundingStep | None:
    """A step by id, or ``None``."""
    return next((step for step in GROUNDING_STEPS if step.id == step_id), None)
