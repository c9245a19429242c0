"""Light Markdown to safe HTML, for showing entries (no external library).

Supported: ``#``-``######`` headings, ``**bold**``/``__bold__``, ``*italic*``/``_italic_``,
``-``/``*``/``+`` bullet lists, ``1.`` numbered lists, ```` `code` ```` spans, fenced
```` ``` ```` code blocks, and ``[text](url)`` links. Everything else is text.

Safety: every character that comes from the entry is HTML-escaped before any tag is
added, and the only tags ever emitted are the fixed ones below. A link is rendered as its
text followed by its address in brackets — never as an ``<a href>`` — so nothing in an
entry can become a clickable or loadable URL, a script, a style or an attribute.
"""

from __future__ import annotations

import re
from html import escape

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(.*)$")
_NUMBERED = re.compile(r"^[ \t]*\d{1,9}[.)][ \t]+(.*)$")
_FENCE = re.compile(r"^[ \t]*```")
# Inline rules run on *escaped* text, so their patterns never see a raw "<" or "&".
_CODE = re.compile(r"`([^`\n]+)`")
_LINK = re.compile(r"\[([^\[\]\n]+)\]\(([^()\s]+)\)")
# Emphasis spans are at most 200 characters: unbounded lazy matching made a pasted line of
# "**a **a …" quadratic (2.5 s for 20,000 characters); bounded, it stays linear.
_BOLD = re.compile(r"\*\*(?=\S)(.{1,200}?)(?<=\S)\*\*|__(?=\S)(.{1,200}?)(?<=\S)__")
_ITALIC = re.compile(r"\*(?=\S)(.{1,200}?)(?<=\S)\*|(?<![\w])_(?=\S)(.{1,200}?)(?<=\S)_(?![\w])")
# Private-use characters stand in for code spans while the other rules run, so "*" inside
# code stays literal. Any already in the text are dropped first (they render as nothing).
_SLOT_START, _SLOT_END = "\ue000", "\ue001"
_SLOT = re.compile(f"{_SLOT_START}(\\d+){_SLOT_END}")


def _inline(raw: str) -> str:
    """Escape one line of text, then apply the inline rules."""
    text = escape(raw.replace(_SLOT_START, "").replace(_SLOT_END, ""), quote=True)
    codes: list[str] = []

    def keep_code(match: re.Match[str]) -> str:
        codes.append(f"<code>{match.group(1)}</code>")
        return f"{_SLOT_START}{len(codes) - 1}{_SLOT_END}"

    text = _CODE.sub(keep_code, text)
    text = _LINK.sub(lambda m: f'{m.group(1)} <span class="link">({m.group(2)})</span>', text)
    text = _BOLD.sub(lambda m: f"<strong>{m.group(1) or m.group(2)}</strong>", text)
    text = _ITALIC.sub(lambda m: f"<em>{m.group(1) or m.group(2)}</em>", text)
    return _SLOT.sub(lambda m: codes[int(m.group(1))], text)


def markdown_to_html(text: str) -> str:
    """Render light Markdown as a safe HTML fragment.

    Args:
        text: The entry text, exactly as stored.

    Returns:
        HTML using only ``h1``-``h6``, ``p``, ``br``, ``strong``, ``em``, ``code``,
        ``pre``, ``ul``, ``ol``, ``li`` and ``span class="link"``; all entry text escaped.
    """
    out: list[str] = []
    paragraph: list[str] = []
    list_kind: str | None = None
    code_block: list[str] | None = None

    def close_paragraph() -> None:
        if paragraph:
            out.append("<p>" + "<br>".join(paragraph) + "</p>")
            paragraph.clear()

    def close_list() -> None:
        nonlocal list_kind
        if list_kind:
            out.append(f"</{list_kind}>")
            list_kind = None

    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if code_block is not None:
            if _FENCE.match(line):
                out.append("<pre><code>" + "\n".join(code_block) + "</code></pre>")
                code_block = None
            else:
                code_block.append(escape(line, quote=True))
            continue
        if _FENCE.match(line):
            close_paragraph()
            close_list()
            code_block = []
            continue
        heading = _HEADING.match(line)
        item = _BULLET.match(line) or _NUMBERED.match(line)
        if heading:
            close_paragraph()
            close_list()
            level = len(heading.group(1))
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif item:
            close_paragraph()
            kind = "ul" if item.re is _BULLET else "ol"
            if list_kind != kind:
                close_list()
                out.append(f"<{kind}>")
                list_kind = kind
            out.append(f"<li>{_inline(item.group(1))}</li>")
        elif not line.strip():
            close_paragraph()
            close_list()
        else:
            close_list()
            paragraph.append(_inline(line))
    if code_block is not None:  # an unclosed fence runs to the end
        out.append("<pre><code>" + "\n".join(code_block) + "</code></pre>")
    close_paragraph()
    close_list()
    return "\n".join(out)
