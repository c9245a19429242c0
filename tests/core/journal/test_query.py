"""The pure search helpers: MATCH expressions, snippet markers, plain snippets."""

from __future__ import annotations

import pytest

from companion.core.journal.models import HighlightSpan
from companion.core.journal.query import match_expression, parse_snippet, plain_snippet


@pytest.mark.parametrize(
    ("query", "expression"),
    [
        ("walk", '"walk"*'),
        ("walk ", '"walk"'),
        ("a", '"a"'),  # one letter: no prefix, it would match nearly everything
        ("long walk", '"long" "walk"*'),
        ('"long walk"', '"long walk"'),
        ('"long wa', '"long wa"*'),
        ('say "hi there" now', '"say" "hi there" "now"*'),
        ("NEAR(a b)", '"NEAR(a" "b)"*'),
        ('he said ""', '"he" "said"'),
        ('quote"inside', '"quote" "inside"*'),
        ("col:umn ^start", '"col:umn" "^start"*'),
        ("!!! ???", None),
        ("", None),
        ("   ", None),
        ("nul\x00byte", '"nul" "byte"*'),
        # unicode61 does not index emoji (they separate words), so they are dropped.
        ("émoji 🌱 ok", '"émoji" "ok"*'),
    ],
)
def test_match_expression(query: str, expression: str | None) -> None:
    assert match_expression(query) == expression


def test_parse_snippet() -> None:
    text, spans = parse_snippet("a \x02walk\x03 by the \x02river\x03…")
    assert text == "a walk by the river…"
    assert spans == (HighlightSpan(2, 6), HighlightSpan(14, 19))
    assert [text[s.start : s.end] for s in spans] == ["walk", "river"]


def test_parse_snippet_puts_the_snippet_on_one_line() -> None:
    text, spans = parse_snippet("calm\n\x02grateful\x03\r\n\tok")
    assert text == "calm grateful   ok"
    assert [text[s.start : s.end] for s in spans] == ["grateful"]


def test_parse_snippet_tolerates_unbalanced_markers() -> None:
    assert parse_snippet("\x02open") == ("open", (HighlightSpan(0, 4),))
    assert parse_snippet("close\x03") == ("close", ())


def test_plain_snippet_is_one_line_and_short() -> None:
    body = "First line\n\nsecond " + "word " * 100
    snippet = plain_snippet(None, body)
    assert "\n" not in snippet
    assert snippet.startswith("First line second")
    assert snippet.endswith("…")
    assert len(snippet) <= 161
    assert plain_snippet("Title only", "") == "Title only"
