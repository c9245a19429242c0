"""The gentle response: after an entry with a low mood, offer help and an exercise.

A pure rule. Nothing about it is stored (not that it was shown, not that it was
dismissed), it is never a pop-up, and the person can turn it off — that preference, and
how the line looks (calm colours, dismissible, F1 for help), belong to the screen.
"""

from __future__ import annotations

from dataclasses import dataclass

# The journal's 5-point scale: 1 Awful, 2 Bad, 3 Okay, 4 Good, 5 Great. Plain ints so the
# help panel can use this module without importing the journal.
LOW_MOODS = frozenset({1, 2})

MESSAGE = (
    "That sounds like a hard moment. If it would help, support is here whenever you "
    "want it, or you could try a few slow breaths."
)


@dataclass(frozen=True)
class GentleOffer:
    """What the calm line under a saved entry offers.

    Attributes:
        message: The words (English; the UI translates).
        offer_help: Show the way to the help panel (F1).
        exercise_id: The exercise to offer (see ``catalogue``).
    """

    message: str
    offer_help: bool
    exercise_id: str


def gentle_offer(mood: int | None, *, in_trash: bool = False) -> GentleOffer | None:
    """The offer for a just-saved entry, or ``None`` when there is nothing to offer.

    Args:
        mood: The entry's mood value (1-5), or ``None`` when it has none.
        in_trash: True for an entry in the trash: never respond to those.

    Returns:
        An offer for a mood of Awful or Bad; ``None`` otherwise.
    """
    if in_trash or mood is None or isinstance(mood, bool) or int(mood) not in LOW_MOODS:
        return None
    return GentleOffer(MESSAGE, offer_help=True, exercise_id="breathing.slow")
