"""Markdown (CommonMark via markdown-it-py): what renders, and that entry text stays text."""

from __future__ import annotations

import gc
import re
import sys
import time
from types import FrameType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.journal.markdown import markdown_to_html, markdown_to_text, snippet_to_html

ALLOWED_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "strong", "em", "code", "pre"}
ALLOWED_TAGS |= {"ul", "ol", "li", "span", "blockquote", "hr"}


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
        ("1. one\n2. two", "<ol>\n<li>one</li>\n<li>two</li>\n</ol>"),
        # A diary keeps the writer's line breaks (CommonMark alone would join the lines).
        ("line\nnext\n\nnew", "<p>line<br>\nnext</p>\n<p>new</p>"),
        ("> a quote", "<blockquote>\n<p>a quote</p>\n</blockquote>"),
        (
            "[help](https://example.org/a?b=1&c=2)",
            '<p>help <span class="link">(https://example.org/a?b=1&amp;c=2)</span></p>',
        ),
        ("![a cat](https://x.example/cat.png)", '<p>a cat <span class="link">(https://x.example/cat.png)</span></p>'),
        ("```\n<b>*x*</b>\n```", "<pre><code>&lt;b&gt;*x*&lt;/b&gt;\n</code></pre>"),
        ("a < b & c > \"d\"", "<p>a &lt; b &amp; c &gt; &quot;d&quot;</p>"),
        ("", ""),
    ],
)  # fmt: skip
def test_rendering(text: str, html: str) -> None:
    assert markdown_to_html(text) == html


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "![x](https://tracker.example/pixel.gif)",
        "[x](javascript:alert(1))",
        '[x](" onmouseover="alert(1))',
        "<https://example.org>",
        "**<script>**",
        "`</code><script>`",
        "# <iframe src=//evil>",
        "- <style>body{}</style>",
        "\ue000\ue001<script>",
    ],
)
def test_markup_in_entries_stays_text(attack: str) -> None:
    html = markdown_to_html(attack)
    for bad in ("<script", "<img", "<iframe", "<style", "href"):
        assert bad not in html.lower()
    assert _only_our_tags(html)


def _tags(html: str) -> set[str]:
    return {m.lower() for m in re.findall(r"</?([a-zA-Z0-9]+)", html)}


_OUR_TAG = re.compile(
    r"</?(?:" + "|".join(sorted(ALLOWED_TAGS)) + r')(?: class="link"| start="\d+")?>'
)


def _only_our_tags(html: str) -> bool:
    """Every "<" starts one of the renderer's own tags, with no attribute but ours."""
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
        st.sampled_from(
            ["<script>", "**", "*", "_", "`", "[", "](", ")", "# ", "- ", "\n", "x", "!", ">"]
        ),
        max_size=40,
    )
)
def test_markdown_pieces_never_open_a_script_or_a_link(pieces: list[str]) -> None:
    html = markdown_to_html("".join(pieces))
    assert "<script" not in html.lower()
    assert "href" not in html
    assert _only_our_tags(html)


HOSTILE_PASTE = "**a "


def _lines_run(n: int) -> int:
    """How many Python lines rendering ``n`` hostile pieces executes: exact, run to run."""
    count = 0

    def tracer(_frame: FrameType, event: str, _arg: object) -> object:
        nonlocal count
        count += event == "line"
        return tracer

    markdown_to_html(HOSTILE_PASTE)  # build the parser outside the count
    sys.settrace(tracer)
    try:
        markdown_to_html(HOSTILE_PASTE * n)
    finally:
        sys.settrace(None)
    return count


def _cpu_seconds(n: int) -> float:
    """The least CPU time of five renders, with the cycle collector held off.

    CPU time, not wall time, so other processes on a busy CI machine do not count; the
    collector is off because a long test session's heap makes its pauses land at random.
    """
    gc.collect()
    gc.disable()
    try:
        runs = []
        for _ in range(5):
            started = time.process_time()
            markdown_to_html(HOSTILE_PASTE * n)
            runs.append(time.process_time() - started)
        return min(runs)
    finally:
        gc.enable()


def test_hostile_pastes_render_in_linear_time() -> None:
    # The old hand-written renderer went quadratic on "**a " pastes. Compare two sizes
    # (ratios, not time limits): 4x the input costs ~4x when linear and ~16x when not.
    # Lines executed catch a quadratic Python loop exactly; CPU time also catches one
    # hidden in C (rescanning the rest of the string), with room for timer noise.
    assert _lines_run(4000) < _lines_run(1000) * 5
    _cpu_seconds(500)  # warm up
    assert _cpu_seconds(8000) < _cpu_seconds(2000) * 10
    html = markdown_to_html("**a " * 5000)
    assert _only_our_tags(html)
    assert re.sub(r"<[^>]+>", "", html).count("a") == 5000


def test_plain_text_for_screen_readers_drops_the_syntax() -> None:
    text = "# Evening\n**Walked** by the [sea](https://x.example) and had `tea`.\n- calm"
    assert markdown_to_text(text) == "Evening Walked by the sea and had tea. calm"


def test_search_snippets_render_markdown_with_matches_in_bold() -> None:
    snippet = "…after a **long walk** by the sea…"
    start = snippet.index("walk")
    html = snippet_to_html(snippet, [(start, start + 4)])
    assert "**" not in html
    assert "<strong>long <b>walk</b></strong>" in html
    assert snippet_to_html("a <b>tag</b>", []) == "a &lt;b&gt;tag&lt;/b&gt;"
