"""Sample entries for the main-window tests and screenshots."""

from __future__ import annotations

from datetime import timedelta

from companion.core.journal.models import EntryDraft, Mood
from companion.ui.shell.session import Session

SAMPLES = (
    (
        0,
        8,
        "Morning walk",
        Mood.GOOD,
        ("calm", "hopeful"),
        ("outdoors", "moved my body"),
        "Walked by the river before work. The air was cold and **clear**.",
    ),
    (0, -1, None, Mood.OKAY, ("tired",), ("work",), "Long day. Glad it's over.\nTea, then bed."),
    (
        1,
        20,
        "Dinner with Sam",
        Mood.GREAT,
        ("loved", "grateful"),
        ("friends", "cooking"),
        "We cooked together and laughed a lot.",
    ),
    (
        3,
        15,
        None,
        Mood.BAD,
        ("anxious", "stressed"),
        ("work", "screen break"),
        "Deadline stress. Took a screen break and it helped a little.",
    ),
    (
        6,
        10,
        "A slow Sunday",
        Mood.AWFUL,
        ("sad", "lonely"),
        ("rested",),
        "Didn't want to get up. Called my sister in the evening.",
    ),
)


def add_samples(session: Session) -> list[int]:
    """Save the samples through the session (so its signals fire); returns their ids."""
    now = session.clock.now()
    ids = []
    for days_ago, hour, title, mood, emotions, tags, text in SAMPLES:
        when = now - timedelta(days=days_ago)
        if hour >= 0:
            when = when.replace(hour=hour, minute=15)
        draft = EntryDraft(
            text=text, title=title, mood=mood, emotions=emotions, tags=tags, created_at=when
        )
        ids.append(session.save_entry(None, draft).id)
    return ids
