"""Recovery codes: shape, randomness, and forgiving normalisation."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.vault.recovery import (
    ALPHABET,
    format_recovery_code,
    generate_recovery_code,
    looks_like_recovery_code,
    normalise_recovery_code,
)

CODE_SHAPE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$")


def test_generated_codes_have_the_display_shape_and_differ() -> None:
    codes = {generate_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert CODE_SHAPE.match(code), code
        assert normalise_recovery_code(code) == code.replace("-", "")


def test_typing_back_is_forgiving() -> None:
    code = "K7Q2M-9XHDA-10ABC-DEFGH-JKMNP"
    canonical = "K7Q2M9XHDA10ABCDEFGHJKMNP"
    variants = [
        code.lower(),
        code.replace("-", " "),
        code.replace("-", ""),
        "  " + code.replace("-", " - ") + "\n",
        code.replace("1", "I").replace("0", "O"),
        code.replace("1", "l").replace("0", "o"),
        code.replace("-", "\u2013"),  # an en dash from a word processor
    ]
    for variant in variants:
        assert normalise_recovery_code(variant) == canonical, variant
        assert looks_like_recovery_code(variant)


def test_malformed_codes_are_rejected() -> None:
    for text in [
        "",
        "K7Q2M",
        "K7Q2M-9XHDA-10ABC-DEFGH-JKMN",
        "K7Q2M-9XHDA-10ABC-DEFGH-JKMNPQ",
        "U7Q2M-9XHDA-10ABC-DEFGH-JKMNP",
        "K7Q2M-9XHDA-10ABC-DEFGH-JKMN!",
        "x" * 10_000,
    ]:
        assert normalise_recovery_code(text) is None, text
        assert not looks_like_recovery_code(text)


@settings(deadline=None)  # no timing in tests: the machine may be busy
@given(st.text(alphabet=ALPHABET, min_size=25, max_size=25))
def test_display_form_round_trips(symbols: str) -> None:
    assert normalise_recovery_code(format_recovery_code(symbols)) == symbols
    assert normalise_recovery_code(format_recovery_code(symbols).lower()) == symbols


@settings(deadline=None)  # no timing in tests: the machine may be busy
@given(st.text(max_size=300))
def test_normalise_never_raises(text: str) -> None:
    result = normalise_recovery_code(text)
    assert result is None or (len(result) == 25 and set(result) <= set(ALPHABET))
