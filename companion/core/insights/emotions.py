"""How often each emotion was named, and the mood of the entries that named it."""

from __future__ import annotations

from dataclasses import dataclass

from companion.core.insights.table import Column, Table


@dataclass(frozen=True)
class EmotionCount:
    """One emotion in the range.

    Attributes:
        name: The emotion as stored (built-in ones are English keys the UI translates).
        entries: Live entries that name it.
        share: ``entries`` / all live entries in the range (0-1).
        average_mood: Mean mood of those entries that have a mood, else ``None``.
    """

    name: str
    entries: int
    share: float
    average_mood: float | None


@dataclass(frozen=True)
class EmotionFrequencies:
    total_entries: int
    emotions: tuple[EmotionCount, ...]  # most named first, then by name

    def table(self) -> Table:
        return Table(
            "Emotions",
            (
                Column("emotion", "Emotion"),
                Column("entries", "Entries", True),
                Column("percent", "Share of entries (%)", True),
                Column("average_mood", "Average mood", True),
            ),
            tuple((e.name, e.entries, e.share * 100, e.average_mood) for e in self.emotions),
        )


def emotion_frequencies(total: int, counts: list[tuple[str, int, int, int]]) -> EmotionFrequencies:
    """Build the frequencies from ``(name, entries, sum of moods, entries with a mood)``."""
    found = [
        EmotionCount(
            name, n, n / total if total else 0.0, mood_sum / with_mood if with_mood else None
        )
        for name, n, mood_sum, with_mood in counts
        if n > 0
    ]
    found.sort(key=lambda e: (-e.entries, e.name.casefold()))
    return EmotionFrequencies(total, tuple(found))
