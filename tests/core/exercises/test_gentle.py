"""The gentle response: offered after a low mood, never otherwise, never stored."""

from __future__ import annotations

import pytest

from companion.core.exercises.catalogue import exercise
from companion.core.exercises.gentle import gentle_offer
from companion.core.journal.models import Mood


@pytest.mark.parametrize("mood", [Mood.AWFUL, Mood.BAD, 1, 2])
def test_a_low_mood_gets_help_and_an_exercise(mood: int) -> None:
    offer = gentle_offer(mood)
    assert offer is not None
    assert offer.offer_help
    assert exercise(offer.exercise_id) is not None
    assert "!" not in offer.message  # calm, never alarmed


@pytest.mark.parametrize("mood", [Mood.OKAY, Mood.GOOD, Mood.GREAT, None, 0, 6, True])
def test_any_other_mood_gets_nothing(mood: int | None) -> None:
    assert gentle_offer(mood) is None


def test_an_entry_in_the_trash_gets_nothing() -> None:
    assert gentle_offer(Mood.AWFUL, in_trash=True) is None
