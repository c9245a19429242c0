"""The strength meter and the advice beside it agree (issue 13: four words were called
"fair" next to advice saying three words are enough)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from companion.ui.vault.passphrase_form import StrengthMeter, validate_new_passphrase


@pytest.mark.parametrize(
    "words", ["violet harbour pencil", "blue cat tree sun", "quiet river morning tea"]
)
def test_the_words_the_advice_suggests_are_called_strong(qtbot: QtBot, words: str) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.update_for("")
    assert "unrelated words" in meter.hint.text()  # the advice: a few unrelated words
    advice = validate_new_passphrase("short", "short")
    assert advice is not None
    assert "three unrelated words" in advice
    meter.update_for(words)
    assert meter.bar.value() >= 3
    assert meter.bar.format() in ("Strength: strong", "Strength: very strong")
    assert "fair" not in meter.hint.text().lower()
    assert "another word" not in meter.hint.text().lower()


def test_a_guessable_passphrase_is_named_kindly(qtbot: QtBot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.update_for("password1")
    assert meter.bar.value() <= 1
    assert "easy to guess" in meter.bar.format()
    assert "unrelated words" in meter.hint.text() or "another word" in meter.hint.text()
