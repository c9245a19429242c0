"""The light Markdown renderer: what it supports, and that entry text stays text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.journal.markdown import markdown_to_html

ALLOWED_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "strong", "em", "code", "pre"}
ALLOWED_TAGS |= {"ul", "ol", "li", "span"}


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("# Title", "<h1>Title</h1>"),
        ("### Three ###", "<h3>Three</h3>"),
        ("#no space", "<p>#no space</p>"),
        ("**bold** and __also__", "<p><strong>bold</strong> and <strong>also</strong></p>"),
        ("*it* and _it_", "<p><em>it</em> and <em>it</em></p>"),
        ("snake_case_name", "<p>snake_case_name</p>"),
        ("2 * 3 * 4", "<p>2 * 3 * 4</p>"),
        ("`a*b*c`", "<p><code>a*b*c</code></p>"),
        ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"),
        ("1. one\n2) two", "<ol>\n<li>one</li>\n<li>two</li>\n</ol>"),
        ("line\nnext\n\nnew", "<p>line<br>next</p>\n<p>new</p>"),
        (
            "[help](https://example.org/a?b=1&c=2)",
            '<p>help <span class="link">(https://example.org/a?b=1&amp;c=2)</span></p>',
        ),
        ("```\n<b>*x*</b>\n```", "<pre><code>&lt;b&gt;*x*&lt;/b&gt;</code></pre>"),
        ("a < b & c > \"d\" 'e'", "<p>a &lt; b &amp; c &gt; &quot;d&quot; &#x27;e&#x27;</p>"),
        ("", ""),
    ],
)
def test_rendering(text: str, html: str) -> None:
    assert markdown_to_html(text) == html


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        '[x](" onmouseover="alert(1))',
        "**<script>**",
        "`</code><script>`",
        "# <iframe src=//evil>",
        "- <style>body{}</style>",
        "\ue0000\ue001<script>",
    ],
)
def test_markup_in_entries_stays_text(attack: str) -> None:
    html = markdown_to_html(attack)
    for bad in ("<script", "<img", "<iframe", "<style", "href"):
        assert bad not in html.lower()
    assert _only_our_tags(html)


def _tags(html: str) -> set[str]:
    return {m.lower() for m in re.findall(r"</?([a-zA-Z0-9]+)", html)}


_OUR_TAG = re.compile(r"</?(?:" + "|".join(sorted(ALLOWED_TAGS)) + r')(?: class="link")?>')


def _only_our_tags(html: str) -> bool:
    """Every "<" starts one of the renderer's own tags, with no attribute but our class."""
    return all(_OUR_TAG.match(html, m.start()) for m in re.finditer("<", html))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_only_known_tags_and_no_raw_angle_brackets_from_input(text: str) -> None:
    html = markdown_to_html(text)
    assert _tags(html) <= ALLOWED_TAGS
    assert _only_our_tags(html)
    assert "<script" not in html.lower()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["<script>", "**", "*", "_", "`", "[", "](", ")", "# ", "- ", "\n", "x"]),
        max_size=40,
    )
)
def test_markdown_pieces_never_open_a_script(pieces: list[str]) -> None:
    html = markdown_to_html("".join(pieces))
    assert "<script" not in html.lower()
    assert _only_our_tags(html)


def test_emphasis_spans_are_bounded() -> None:
    # Longer spans stay plain text: the bound keeps rendering linear on hostile pastes.
    assert markdown_to_html("**" + "a" * 200 + "**") == "<p><strong>" + "a" * 200 + "</strong></p>"
    assert markdown_to_html("**" + "a" * 201 + "**") == "<p>**" + "a" * 201 + "**</p>"
    hostile = "**a " * 5000
    html = markdown_to_html(hostile)
    assert _only_our_tags(html)
    assert re.sub(r"<[^>]+>", "", html).count("a") == 5000
