"""Passphrase rules and a gentle strength estimate, from ``zxcvbn``.

zxcvbn is the estimator KeePassXC and password managers use: it counts how many guesses
an attacker who knows common passwords, words, names, keyboard patterns, dates and
repeats would need. Its own advice is English and sometimes blunt, so it is not shown:
the estimate maps to a :class:`StrengthHint`, and the UI words each hint kindly (and
translates it). The estimate is guidance, not a gate: the only hard rule is
:data:`MIN_PASSPHRASE_LENGTH`.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import NamedTuple

from zxcvbn import zxcvbn

from companion.core.errors import WeakPassphrase

MIN_PASSPHRASE_LENGTH = 8
# zxcvbn refuses longer input; a longer passphrase is judged by its two ends, each of
# which is a lower bound on the whole.
_ZXCVBN_MAX = 72
# Words an attacker who knows this program would try first.
_APP_WORDS = ("companion", "journal", "diary", "mood", "passphrase", "library")


class StrengthHint(StrEnum):
    """Which piece of advice fits; the UI words each one."""

    TOO_SHORT = "too-short"
    EASY_TO_GUESS = "easy-to-guess"
    ADD_A_WORD = "add-a-word"
    FAIR = "fair"
    STRONG = "strong"
    VERY_STRONG = "very-strong"


_BY_SCORE = (
    StrengthHint.EASY_TO_GUESS,
    StrengthHint.ADD_A_WORD,
    StrengthHint.FAIR,
    StrengthHint.STRONG,
    StrengthHint.VERY_STRONG,
)


class Strength(NamedTuple):
    """A score from 0 (easy to guess) to 4 (very strong) and the advice that fits."""

    score: int
    hint: StrengthHint


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


def _score(text: str) -> int:
    parts = {text[:_ZXCVBN_MAX], text[-_ZXCVBN_MAX:]}
    return max(int(zxcvbn(part, user_inputs=_APP_WORDS)["score"]) for part in parts)


def passphrase_strength(text: str) -> Strength:
    """Score a passphrase from 0 to 4, with the advice that fits.

    A few milliseconds: cheap enough to call on every keystroke.
    """
    normalised = unicodedata.normalize("NFC", text)
    if len(normalised) < MIN_PASSPHRASE_LENGTH or not normalised.strip():
        return Strength(0, StrengthHint.TOO_SHORT)
    score = _score(normalised)
    return Strength(score, _BY_SCORE[score])
