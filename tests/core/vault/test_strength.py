"""Passphrase rules and the strength estimate shown while typing (zxcvbn underneath)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.errors import WeakPassphrase
from companion.core.vault.strength import (
    MIN_PASSPHRASE_LENGTH,
    StrengthHint,
    check_passphrase,
    passphrase_strength,
)


def test_minimum_length_rule() -> None:
    assert MIN_PASSPHRASE_LENGTH == 8
    with pytest.raises(WeakPassphrase):
        check_passphrase("seven!!")
    with pytest.raises(WeakPassphrase):
        check_passphrase(" " * 12)
    check_passphrase("eight ok")


def test_short_text_scores_zero_with_the_length_hint() -> None:
    assert passphrase_strength("") == (0, StrengthHint.TOO_SHORT)
    assert passphrase_strength("abc12") == (0, StrengthHint.TOO_SHORT)
    assert passphrase_strength("         ") == (0, StrengthHint.TOO_SHORT)


@pytest.mark.parametrize(
    "guessable",
    ["password", "password1", "Password123", "qwertyuiop", "12345678", "aaaaaaaaaaaa",
     "abcd1234", "elephant", "companion1", "myjournal"],
)  # fmt: skip
def test_guessable_passphrases_score_low(guessable: str) -> None:
    score, hint = passphrase_strength(guessable)
    assert score <= 1, guessable
    assert hint in (StrengthHint.EASY_TO_GUESS, StrengthHint.ADD_A_WORD)


@pytest.mark.parametrize(
    "strong",
    ["correct horse battery staple river", "my cat likes warm tea at noon", "xk3#Qp9!zR-7vW"],
)
def test_varied_long_passphrases_score_high(strong: str) -> None:
    assert passphrase_strength(strong).score >= 3, strong


def test_three_or_four_unrelated_words_are_strong_as_the_advice_says() -> None:
    # The first-run advice says a few unrelated words make a good passphrase; the meter
    # must agree (the old hand-written estimate called four words only "fair").
    for words in ("violet harbour pencil", "blue cat tree sun", "quiet river morning tea"):
        assert passphrase_strength(words).score >= 3, words


def test_more_words_never_lower_the_score() -> None:
    words = ["violet", "harbour", "pencil", "thunder", "meadow", "lantern"]
    scores = [passphrase_strength(" ".join(words[:n])).score for n in range(2, len(words) + 1)]
    assert scores == sorted(scores)
    assert scores[-1] > scores[0]


def test_very_long_passphrases_are_judged_not_refused() -> None:
    long_one = " ".join(["harbour lantern meadow"] * 10)  # beyond zxcvbn's 72 characters
    assert passphrase_strength(long_one).score >= 3


@settings(deadline=None)  # no timing in tests: the machine may be busy
@given(st.text(max_size=200))
def test_any_text_gives_a_score_and_a_hint(text: str) -> None:
    score, hint = passphrase_strength(text)
    assert 0 <= score <= 4
    assert isinstance(hint, StrengthHint)
