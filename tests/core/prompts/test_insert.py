"""Adding a prompt or a template never changes what is already written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from companion.core.prompts import appended, prompt_block, separator_before


def test_separator_starts_a_paragraph_of_its_own() -> None:
    assert separator_before("") == ""
    assert separator_before("words") == "\n\n"
    assert separator_before("words\n") == "\n"
    assert separator_before("words\n\n") == ""
    assert separator_before("  ") == "\n\n"


def test_appended_keeps_the_text_and_adds_after_a_blank_line() -> None:
    assert appended("", "## Situation\n\nAt work\n") == "## Situation\n\nAt work\n"
    assert appended("Morning.", "## A\n\nb\n") == "Morning.\n\n## A\n\nb\n"
    assert appended("Morning.\n", "x") == "Morning.\n\nx"
    assert appended("Morning.", "") == "Morning."


@given(st.text(), st.text(min_size=1))
def test_appended_never_loses_a_character(existing: str, block: str) -> None:
    result = appended(existing, block)
    assert result.startswith(existing)
    assert result.endswith(block)
    assert len(result) - len(existing) - len(block) <= 2


def test_prompt_block_is_an_emphasised_paragraph() -> None:
    assert prompt_block("What went well today?") == "*What went well today?*\n\n"
    assert prompt_block("  two\nlines  ") == "*two lines*\n\n"
    assert prompt_block("a *star* and_under") == "*a \\*star\\* and\\_under*\n\n"
    assert prompt_block("   ") == ""
