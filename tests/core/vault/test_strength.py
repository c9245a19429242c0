"""Passphrase rules and the strength estimate shown while typing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.errors import WeakPassphrase
from companion.core.vault.strength import (
    MIN_PASSPHRASE_LENGTH,
    SHORT_HINT,
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
    assert passphrase_strength("") == (0, SHORT_HINT)
    assert passphrase_strength("abc12") == (0, SHORT_HINT)


@pytest.mark.parametrize(
    "guessable",
    [
        "password",
        "password1",
        "Password123",
        "qwertyuiop",
        "12345678",
        "aaaaaaaaaaaa",
        "abcd1234",
        "Sunshine2024",
        "elephant",
    ],
)
def test_guessable_passphrases_score_low(guessable: str) -> None:
    score, hint = passphrase_strength(guessable)
    assert score <= 1, guessable
    assert hint


@pytest.mark.parametrize(
    "strong",
    ["correct horse battery staple river", "my cat likes warm tea at noon", "xk3#Qp9!zR-7vW"],
)
def test_varied_long_passphrases_score_high(strong: str) -> None:
    score, _hint = passphrase_strength(strong)
    assert score >= 3, strong


def test_more_words_never_lower_the_score() -> None:
    words = ["violet", "harbour", "pencil", "thunder", "meadow", "lantern"]
    scores = [passphrase_strength(" ".join(words[:n]))[0] for n in range(2, len(words) + 1)]
    assert scores == sorted(scores)
    assert scores[-1] > scores[0]


@settings(deadline=None)  # no timing in tests: the machine may be busy
@given(st.text(max_size=200))
def test_any_text_gives_a_score_and_a_hint(text: str) -> None:
    score, hint = passphrase_strength(text)
    assert 0 <= score <= 4
    assert isinstance(hint, str)
    assert hint
