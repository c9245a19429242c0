"""The safety plan: its steps (as data) and the person's own lines under each.

The structure follows the Safety Planning Intervention of Barbara Stanley and Gregory K.
Brown (see :data:`ATTRIBUTION`): six steps to work through in order when things get hard,
plus what makes life worth living. The titles and guidance here are Companion's own
words. They are English data with stable ids; the UI translates them.

Pure data, no storage and no Qt: the help panel imports this module to show a plan
without unlocking anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from companion.core.safety_plan.errors import InvalidSafetyPlan

ATTRIBUTION = (
    "The steps of this plan are adapted from the Safety Planning Intervention by "
    "Barbara Stanley and Gregory K. Brown (Stanley & Brown, 2012, Cognitive and "
    "Behavioral Practice 19(2), 256–264). The wording is Companion's own."
)

MAX_ITEMS_PER_STEP = 30
MAX_TEXT_LENGTH = 1000
MAX_DETAIL_LENGTH = 300
MAX_SERVICE_ID_LENGTH = 200

# The C0 controls other than tab, newline and carriage return never come from typing and
# would break the plain-text copy; lone surrogates cannot be stored as UTF-8.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


class PlanStep(StrEnum):
    """The parts of the plan, in order. The value is what is stored: never rename one."""

    WARNING_SIGNS = "warning_signs"
    ON_MY_OWN = "on_my_own"
    DISTRACTIONS = "distractions"
    ASK_FOR_HELP = "ask_for_help"
    PROFESSIONALS = "professionals"
    SAFER_SURROUNDINGS = "safer_surroundings"
    REASONS_TO_LIVE = "reasons_to_live"


@dataclass(frozen=True)
class StepInfo:
    """What the screen shows for one step.

    Attributes:
        step: The step's stable id.
        number: 1 to 6 for the numbered steps; ``None`` for what is worth living for,
            which sits beside the steps rather than among them.
        title: A short heading in the person's voice.
        guidance: One kind sentence on what to write.
        example: A short example line, shown as a placeholder.
    """

    step: PlanStep
    number: int | None
    title: str
    guidance: str
    example: str


STEPS: tuple[StepInfo, ...] = (
    StepInfo(
        PlanStep.WARNING_SIGNS,
        1,
        "Signs that a hard time is starting",
        "The thoughts, feelings, moments or habits that tell you things are getting "
        "harder, so you can notice them early.",
        "I stop answering messages",
    ),
    StepInfo(
        PlanStep.ON_MY_OWN,
        2,
        "Things I can do on my own",
        "Small things that have helped you feel a little steadier before, that you can "
        "do without anyone else.",
        "A slow walk round the block",
    ),
    StepInfo(
        PlanStep.DISTRACTIONS,
        3,
        "People and places that take my mind off things",
        "Company or places that give you a break from hard thoughts; you do not have to "
        "talk about how you feel there.",
        "The library café",
    ),
    StepInfo(
        PlanStep.ASK_FOR_HELP,
        4,
        "People I can ask for help",
        "People you trust enough to tell that you are struggling, and how to reach them.",
        "My cousin Sam",
    ),
    StepInfo(
        PlanStep.PROFESSIONALS,
        5,
        "Professionals and services I can contact",
        "Your doctor or counsellor, a crisis line, and the emergency number, with the "
        "numbers ready to use.",
        "My doctor's surgery",
    ),
    StepInfo(
        PlanStep.SAFER_SURROUNDINGS,
        6,
        "Making my surroundings safer",
        "Ways to put time and distance between you and anything you could use to hurt "
        "yourself, with help from someone if that is easier.",
        "Ask someone I trust to look after my medicines for a while",
    ),
    StepInfo(
        PlanStep.REASONS_TO_LIVE,
        None,
        "What is worth living for",
        "The people, things and hopes that matter to you, even on the hardest days.",
        "Seeing my niece grow up",
    ),
)
STEP_INFO: Mapping[PlanStep, StepInfo] = {info.step: info for info in STEPS}


@dataclass(frozen=True)
class PlanItem:
    """One line of the plan, in the person's own words.

    Attributes:
        text: What they wrote (a sign, an idea, a name, a place…).
        detail: How to reach them or where it is: a number, an address, a time.
        service_id: The help-directory service this line came from, if any; the screen
            can then offer its current call, text and web buttons.
    """

    text: str
    detail: str | None = None
    service_id: str | None = None


@dataclass(frozen=True)
class SafetyPlan:
    """The whole plan: a list of lines for each step (steps without lines are empty).

    Attributes:
        items: Lines per step; missing steps have none. Build with :meth:`with_step`
            or :func:`make_plan` so the lines are checked.
        updated_at: When it was last saved (``None`` until then).
    """

    items: Mapping[PlanStep, tuple[PlanItem, ...]] = field(default_factory=dict)
    updated_at: datetime | None = None

    def lines(self, step: PlanStep) -> tuple[PlanItem, ...]:
        """The lines under ``step``, in the person's order."""
        return self.items.get(step, ())

    @property
    def is_empty(self) -> bool:
        """True when nothing has been written anywhere."""
        return not any(self.items.values())

    def with_step(self, step: PlanStep, lines: Iterable[PlanItem]) -> SafetyPlan:
        """A copy with the lines of ``step`` replaced (checked and trimmed).

        Raises:
            InvalidSafetyPlan: A line is empty, too long or has control characters.
        """
        items = dict(self.items)
        items[PlanStep(step)] = clean_items(step, lines)
        return SafetyPlan(items, self.updated_at)


def make_plan(
    items: Mapping[PlanStep, Iterable[PlanItem]], updated_at: datetime | None = None
) -> SafetyPlan:
    """A checked plan from lines per step.

    Raises:
        InvalidSafetyPlan: Some line failed validation.
    """
    return SafetyPlan(
        {PlanStep(s): clean_items(s, lines) for s, lines in items.items()}, updated_at
    )


def clean_items(step: PlanStep, lines: Iterable[PlanItem]) -> tuple[PlanItem, ...]:
    """Check and trim the lines of one step; blank lines are dropped.

    Raises:
        InvalidSafetyPlan: Too many lines, a line too long, or control characters.
    """
    step = PlanStep(step)
    cleaned: list[PlanItem] = []
    for index, item in enumerate(lines):
        where = f"{step.value}[{index}]"
        if not isinstance(item, PlanItem):
            raise InvalidSafetyPlan(where, "is not a plan line")
        text = _clean(f"{where}.text", item.text, MAX_TEXT_LENGTH)
        detail = _clean(f"{where}.detail", item.detail or "", MAX_DETAIL_LENGTH)
        service = _clean(f"{where}.service_id", item.service_id or "", MAX_SERVICE_ID_LENGTH)
        if not text and not detail:
            continue  # an empty row left in the editor is not a line
        cleaned.append(PlanItem(text, detail or None, service or None))
    if len(cleaned) > MAX_ITEMS_PER_STEP:
        raise InvalidSafetyPlan(step.value, f"more than {MAX_ITEMS_PER_STEP} lines")
    return tuple(cleaned)


def _clean(where: str, value: str, limit: int) -> str:
    if not isinstance(value, str):
        raise InvalidSafetyPlan(where, "must be text")
    if _FORBIDDEN.search(value):
        raise InvalidSafetyPlan(where, "contains control characters")
    value = value.strip()
    if len(value) > limit:
        raise InvalidSafetyPlan(where, f"longer than {limit} characters")
    return value
