"""Markdown for entries and articles: CommonMark through ``markdown-it-py``, made safe.

What is rendered: CommonMark (headings, emphasis, lists, quotes, code, rules) with a line
break where the writer pressed Enter, as people expect of a diary.

Safety: raw HTML is off, so every ``<`` in an entry is shown as a ``<``. A link is
rendered as its text followed by its address in brackets, and an image as its
description and address — never as ``<a href>`` or ``<img src>`` — so nothing in an entry
can become a clickable or loadable URL, a script, a style or an attribute. The only tags
that can come out are the ones CommonMark's renderer emits for its own syntax.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from html import escape

from markdown_it import MarkdownIt
from markdown_it.token import Token

# Render rules are called as methods of markdown-it's renderer: (self, tokens, idx, ...).


# Private-use characters mark where search matches start and end while the snippet is
# rendered; they pass through markdown-it as ordinary characters.
_MATCH_START, _MATCH_END = "\ue000", "\ue001"


def _link_open(_renderer: object, tokens: Sequence[Token], idx: int, *_args: object) -> str:
    return ""


def _link_close(_renderer: object, tokens: Sequence[Token], idx: int, *_args: object) -> str:
    # The address goes after the link text, in brackets, as plain text.
    opener = next(
        (tokens[i] for i in range(idx - 1, -1, -1) if tokens[i].type == "link_open"), None
    )
    href = str(opener.attrGet("href") or "") if opener is not None else ""
    return f' <span class="link">({escape(href)})</span>' if href else ""


def _image(_renderer: object, tokens: Sequence[Token], idx: int, *_args: object) -> str:
    token = tokens[idx]
    alt = "".join(child.content for child in token.children or ())
    src = str(token.attrGet("src") or "")
    return f'{escape(alt)} <span class="link">({escape(src)})</span>'


def _fence(_renderer: object, tokens: Sequence[Token], idx: int, *_args: object) -> str:
    # The info string ("```python") would become a class attribute; entries set none.
    return f"<pre><code>{escape(tokens[idx].content, quote=False)}</code></pre>\n"


class _TextLinksMarkdown(MarkdownIt):
    """CommonMark whose links are all kept, because they are only ever shown as text."""

    def validateLink(self, url: str) -> bool:  # noqa: N802 - markdown-it's name
        # No check is needed for addresses that are never followed; keeping every link
        # as text also keeps "javascript:" ones visible as what they are.
        return True


@cache
def _parser() -> MarkdownIt:
    parser = _TextLinksMarkdown(
        "commonmark", {"html": False, "breaks": True, "linkify": False, "xhtmlOut": False}
    )
    parser.add_render_rule("link_open", _link_open)
    parser.add_render_rule("link_close", _link_close)
    parser.add_render_rule("image", _image)
    parser.add_render_rule("fence", _fence)
    return parser


def markdown_to_html(text: str) -> str:
    """Render Markdown as a safe HTML fragment.

    Args:
        text: The entry (or article) text, exactly as stored.

    Returns:
        HTML with every character of ``text`` escaped, links and images as text.
    """
    return str(_parser().render(text)).strip()


def markdown_to_text(text: str) -> str:
    """The words of ``text`` without Markdown syntax (for screen readers and one-liners)."""
    words: list[str] = []
    for token in _parser().parse(text):
        if token.type == "inline":
            words.append("".join(_inline_text(child) for child in token.children or ()))
        elif token.type in ("code_block", "fence"):
            words.append(token.content.strip())
    return " ".join(part for part in (" ".join(w.split()) for w in words) if part)


def _inline_text(token: Token) -> str:
    if token.type in ("text", "code_inline"):
        return token.content
    if token.type in ("softbreak", "hardbreak"):
        return " "
    if token.type == "image":
        return "".join(child.content for child in token.children or ())
    return ""


def snippet_to_html(snippet: str, matches: Sequence[tuple[int, int]]) -> str:
    """A one-line search snippet rendered as inline Markdown, each match in bold.

    Args:
        snippet: Plain snippet text (search markers already removed).
        matches: ``(start, end)`` character ranges to emphasise.

    Returns:
        Safe HTML: the snippet's own Markdown (``**bold**``) rendered rather than shown
        raw, and the matched words wrapped in ``<b>``.
    """
    clean = snippet.replace(_MATCH_START, "").replace(_MATCH_END, "")
    marked: list[str] = []
    pos = 0
    for start, end in sorted(matches):
        start, end = max(start, pos), min(end, len(clean))
        if start >= end:
            continue
        marked += [clean[pos:start], _MATCH_START, clean[start:end], _MATCH_END]
        pos = end
    marked.append(clean[pos:])
    rendered = str(_parser().renderInline("".join(marked)))
    return rendered.replace(_MATCH_START, "<b>").replace(_MATCH_END, "</b>")
