"""Short writing prompts, one suggested per day, for when the page feels blank.

English data with stable ids (the UI translates). The prompt of the day depends only on
the date, so it is the same all day and on every screen, and nothing is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Prompt:
    id: str
    text: str


PROMPTS: tuple[Prompt, ...] = (
    Prompt("small_good", "What is one small thing that went all right today?"),
    Prompt("body", "How does your body feel right now, from head to toe?"),
    Prompt("on_mind", "What has been on your mind most today?"),
    Prompt("kind_words", "What would you say to a friend who had the day you had?"),
    Prompt("energy", "What gave you energy today, and what used it up?"),
    Prompt("someone", "Who did you think about today, and why?"),
    Prompt("proud", "What is something you handled today, even if it was hard?"),
    Prompt("need", "What do you need more of this week?"),
    Prompt("let_go", "Is there something you would like to put down for tonight?"),
    Prompt("noticed", "What did you notice today that you might usually miss?"),
    Prompt("comfort", "What brings you comfort when things are heavy?"),
    Prompt("tomorrow", "What would make tomorrow a little easier?"),
    Prompt("laugh", "When did you last laugh or smile, and what was it about?"),
    Prompt("place", "Describe a place where you feel at ease."),
)


def prompt_for_day(day: date) -> Prompt:
    """The suggested prompt for ``day``: every prompt in turn, one a day."""
    return PROMPTS[day.toordinal() % len(PROMPTS)]
