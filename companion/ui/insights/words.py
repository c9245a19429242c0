"""The insights' fixed words in the person's language.

The core gives English words with stable keys (mood labels, weekday names, parts of the
day, column titles); they are listed here with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` finds them, and looked up through :func:`word` where they are shown.
A test checks that every word the core can hand over is in this list.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from companion.ui.journal.vocabulary_words import shown_word
from companion.ui.shell.i18n import noop, translate

MOOD_WORDS: dict[int, str] = {
    1: noop(QT_TRANSLATE_NOOP("Insights", "Awful")),
    2: noop(QT_TRANSLATE_NOOP("Insights", "Bad")),
    3: noop(QT_TRANSLATE_NOOP("Insights", "Okay")),
    4: noop(QT_TRANSLATE_NOOP("Insights", "Good")),
    5: noop(QT_TRANSLATE_NOOP("Insights", "Great")),
}

WORDS: tuple[str, ...] = tuple(
    noop(w)
    for w in (
        # weekdays (GroupMood.label for mood by weekday)
        QT_TRANSLATE_NOOP("Insights", "Monday"),
        QT_TRANSLATE_NOOP("Insights", "Tuesday"),
        QT_TRANSLATE_NOOP("Insights", "Wednesday"),
        QT_TRANSLATE_NOOP("Insights", "Thursday"),
        QT_TRANSLATE_NOOP("Insights", "Friday"),
        QT_TRANSLATE_NOOP("Insights", "Saturday"),
        QT_TRANSLATE_NOOP("Insights", "Sunday"),
        # parts of the day (DayPart)
        QT_TRANSLATE_NOOP("Insights", "Night (midnight to 6)"),
        QT_TRANSLATE_NOOP("Insights", "Morning (6 to noon)"),
        QT_TRANSLATE_NOOP("Insights", "Afternoon (noon to 6)"),
        QT_TRANSLATE_NOOP("Insights", "Evening (6 to midnight)"),
        # kinds of correlation rows (Source)
        QT_TRANSLATE_NOOP("Insights", "Activity"),
        QT_TRANSLATE_NOOP("Insights", "Self-care"),
        QT_TRANSLATE_NOOP("Insights", "Check-in"),
        # column titles of the insights' tables
        QT_TRANSLATE_NOOP("Insights", "From"),
        QT_TRANSLATE_NOOP("Insights", "To"),
        QT_TRANSLATE_NOOP("Insights", "Average mood"),
        QT_TRANSLATE_NOOP("Insights", "Days with a mood"),
        QT_TRANSLATE_NOOP("Insights", "Entries with a mood"),
        QT_TRANSLATE_NOOP("Insights", "Day"),
        QT_TRANSLATE_NOOP("Insights", "Mood"),
        QT_TRANSLATE_NOOP("Insights", "When"),
        QT_TRANSLATE_NOOP("Insights", "Days"),
        QT_TRANSLATE_NOOP("Insights", "Entries"),
        QT_TRANSLATE_NOOP("Insights", "Activity or action"),
        QT_TRANSLATE_NOOP("Insights", "Kind"),
        QT_TRANSLATE_NOOP("Insights", "Average mood with"),
        QT_TRANSLATE_NOOP("Insights", "Days with"),
        QT_TRANSLATE_NOOP("Insights", "Average mood without"),
        QT_TRANSLATE_NOOP("Insights", "Days without"),
        QT_TRANSLATE_NOOP("Insights", "Difference"),
        QT_TRANSLATE_NOOP("Insights", "Emotion"),
        QT_TRANSLATE_NOOP("Insights", "Share of entries (%)"),
    )
)
_KNOWN = frozenset(WORDS) | frozenset(MOOD_WORDS.values())


def word(text: str) -> str:
    """A fixed English word from the core in the person's language.

    Other words are feeling and tag names: a built-in one is translated, and the
    person's own are returned as they wrote them.
    """
    return translate("Insights", text) if text in _KNOWN else shown_word(text)


def mood_word(level: int | None) -> str:
    """The word for a scale point 1-5 ("No mood" for none)."""
    if level is None:
        return translate("Insights", "No mood")
    return translate("Insights", MOOD_WORDS[min(max(int(level), 1), 5)])


def mood_ticks() -> tuple[tuple[float, str], ...]:
    """The value axis of mood charts: 1 Awful … 5 Great, in the person's language."""
    return tuple((float(level), mood_word(level)) for level in range(1, 6))
