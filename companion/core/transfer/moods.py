"""Mapping other apps' mood words onto the journal's five levels (1 awful ... 5 great).

Daylio lets people rename its five moods and add more (several labels can share one
level), so its CSV export carries words, not numbers. The importer suggests a level for
each word it finds (Daylio's own five names, then common words), shows the mapping, and
the person can change any of it before anything is imported. A word left without a level
imports as an entry without a mood: the words are kept, nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from companion.core.journal.models import Mood

DAYLIO_PREDEFINED = {1: "rad", 2: "good", 3: "meh", 4: "bad", 5: "awful"}

_WORDS: dict[int, tuple[str, ...]] = {
    5: ("rad", "great", "amazing", "awesome", "excellent", "fantastic", "wonderful",
        "super", "ecstatic", "joyful", "very happy", "best", "perfect"),
    4: ("good", "happy", "nice", "content", "pleasant", "well", "pretty good"),
    3: ("meh", "ok", "okay", "fine", "neutral", "so-so", "alright", "average", "normal"),
    2: ("bad", "sad", "down", "low", "not good", "unhappy", "stressed", "anxious", "irritable"),
    1: ("awful", "terrible", "horrible", "miserable", "worst", "very bad", "depressed",
        "hopeless"),
}  # fmt: skip
_SUGGESTIONS = {word: level for level, words in _WORDS.items() for word in words}


def label_key(label: str) -> str:
    """How labels are compared: case and surrounding spaces do not matter."""
    return " ".join(label.split()).casefold()


def suggest_level(label: str) -> int | None:
    """A likely level for a mood word, or None when there is no good guess."""
    key = label_key(label)
    if key in _SUGGESTIONS:
        return _SUGGESTIONS[key]
    for name in Mood:
        if key == name.name.casefold():
            return int(name)
    if key.isdigit() and 1 <= int(key) <= 5:
        return int(key)
    return None


def mapping_for(
    labels: Iterable[str],
    source_levels: Mapping[str, int | None],
    chosen: Mapping[str, int | None] | None = None,
) -> dict[str, int | None]:
    """The level for every label: the person's choice, else the source's, else a guess."""
    picked = {label_key(k): v for k, v in (chosen or {}).items()}
    result: dict[str, int | None] = {}
    for label in labels:
        key = label_key(label)
        if key in picked:
            result[label] = picked[key]
        elif source_levels.get(label) is not None:
            result[label] = source_levels[label]
        else:
            result[label] = suggest_level(label)
    return result


def parse_level(text: str) -> int | None:
    """``"4"``, ``"good"``, ``"none"`` -> 4, 4, None.

    Raises:
        ValueError: Not a level.
    """
    key = label_key(text)
    if key in ("none", "no mood", "-", ""):
        return None
    if key.isdigit() and 1 <= int(key) <= 5:
        return int(key)
    for mood in Mood:
        if key == mood.name.casefold():
            return int(mood)
    raise ValueError(f"not a mood level: {text!r} (use 1-5, awful..great, or none)")


def parse_assignments(items: Iterable[str]) -> dict[str, int | None]:
    """``["amazing=5", "so so=okay"]`` -> ``{"amazing": 5, "so so": 3}``.

    Raises:
        ValueError: An item without ``=`` or with a bad level.
    """
    result: dict[str, int | None] = {}
    for item in items:
        label, sep, level = item.rpartition("=")
        if not sep or not label.strip():
            raise ValueError(f"expected LABEL=LEVEL, got {item!r}")
        result[label.strip()] = parse_level(level)
    return result
