"""Passphrase rules and a gentle strength estimate for the UI (no external library).

The estimate is a rough guess at guessing difficulty: length times character variety,
minus credit for well-known patterns (common passwords, keyboard rows, runs, repeats,
years). It is guidance, not a gate: the only hard rule is :data:`MIN_PASSPHRASE_LENGTH`.
"""

from __future__ import annotations

import math
import re
import unicodedata

from companion.core.errors import WeakPassphrase

MIN_PASSPHRASE_LENGTH = 8

_COMMON = frozenset(
    {
        "password", "passw0rd", "p@ssw0rd", "123456", "12345678", "123456789", "1234567890",
        "qwerty", "qwertyuiop", "azerty", "letmein", "iloveyou", "admin", "welcome",
        "monkey", "dragon", "abc123", "football", "baseball", "sunshine", "princess",
        "trustno1", "master", "shadow", "superman", "batman", "starwars", "whatever",
        "freedom", "secret", "changeme", "computer", "internet", "library", "companion",
        "journal", "diary", "mydiary", "iloveu", "loveyou", "hello", "login", "default",
    }
)  # fmt: skip
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "azertyuiop",
    "qwertzuiop",
)
_YEAR = re.compile(r"(19|20)\d\d")
_WORD = re.compile(r"[^\W\d_]{3,}")

HINTS = (
    "This would be easy to guess. A few unrelated words make a strong, memorable passphrase.",
    "A good start. Adding another word or two would make it much stronger.",
    "Fair. One more word, or a less common one, would help.",
    "Strong. Keep it somewhere only you can find.",
    "Very strong. Keep it somewhere only you can find.",
)
SHORT_HINT = "Please use at least 8 characters. A short sentence works well."


def check_passphrase(text: str) -> None:
    """Apply the hard rules to a new passphrase.

    Raises:
        WeakPassphrase: Fewer than 8 characters, or only spaces.
    """
    normalised = unicodedata.normalize("NFC", text)
    if len(normalised) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(f"use at least {MIN_PASSPHRASE_LENGTH} characters")
    if not normalised.strip():
        raise WeakPassphrase("use more than spaces")


def _charset_size(text: str) -> int:
    size = 0
    if any(ch.islower() and ch.isascii() for ch in text):
        size += 26
    if any(ch.isupper() and ch.isascii() for ch in text):
        size += 26
    if any(ch.isdigit() and ch.isascii() for ch in text):
        size += 10
    if any(ch == " " for ch in text):
        size += 1
    if any(ch.isascii() and not ch.isalnum() and ch != " " for ch in text):
        size += 33
    if any(not ch.isascii() for ch in text):
        size += 100
    return max(size, 1)


def _pattern_length(lowered: str) -> int:
    """How many characters are covered by guessable patterns."""
    covered = [False] * len(lowered)

    def mark(start: int, end: int) -> None:
        for i in range(start, end):
            covered[i] = True

    for word in _COMMON:
        for match in re.finditer(re.escape(word), lowered):
            mark(match.start(), match.end())
    sources = [*_SEQUENCES, *(seq[::-1] for seq in _SEQUENCES)]
    start = 0
    while start < len(lowered):
        end = start + 1
        while end < len(lowered) and any(lowered[start : end + 1] in src for src in sources):
            end += 1
        if end - start >= 4:  # runs like "abcd", "4321" or "asdf"
            mark(start, end)
            start = end
        else:
            start += 1
    for match in re.finditer(r"(.)\1{2,}", lowered):
        mark(match.start(), match.end())
    for match in _YEAR.finditer(lowered):
        mark(match.start(), match.end())
    return sum(covered)


def estimate_bits(text: str) -> float:
    """A rough estimate of the guessing entropy of ``text`` in bits."""
    normalised = unicodedata.normalize("NFC", text)
    if not normalised:
        return 0.0
    lowered = normalised.lower()
    per_char = math.log2(_charset_size(normalised))
    patterned = _pattern_length(lowered)
    # Pattern characters add almost nothing; the rest count fully.
    bits = (len(normalised) - patterned) * per_char + patterned * 0.5
    distinct = len(set(lowered))
    if distinct <= 3:
        bits = min(bits, distinct * per_char + 4)
    words = _WORD.findall(lowered)
    word_chars = sum(len(word) for word in words)
    if words and word_chars >= 0.6 * len(normalised):
        # Mostly words: an attacker guesses whole words (~13 bits each for a common
        # vocabulary), not letters, so credit the words and the few characters around them.
        rest = len(normalised) - word_chars - lowered.count(" ")
        bits = min(bits, 13.0 * len(words) + 3.5 * rest)
    return bits


def passphrase_strength(text: str) -> tuple[int, str]:
    """Score a passphrase from 0 (easy to guess) to 4 (very strong), with a kind hint.

    Pure function, cheap enough to call on every keystroke.

    Returns:
        ``(score, hint)`` where ``hint`` is one short, plain sentence.
    """
    if len(unicodedata.normalize("NFC", text)) < MIN_PASSPHRASE_LENGTH or not text.strip():
        return 0, SHORT_HINT
    bits = estimate_bits(text)
    if unicodedata.normalize("NFC", text).lower().strip() in _COMMON:
        bits = min(bits, 10.0)
    thresholds = (30.0, 45.0, 60.0, 80.0)
    score = sum(1 for limit in thresholds if bits >= limit)
    return score, HINTS[score]
