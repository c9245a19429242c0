"""Adding a prompt or a filled template to an entry without touching what is written.

The editor always adds at the end: a template never replaces the person's words. These
pure helpers decide the blank line that goes before the new block and the Markdown of a
single prompt, so the rule is tested once, without a screen.
"""

from __future__ import annotations

_MAX_PROMPT = 500


def separator_before(existing: str) -> str:
    """What goes between ``existing`` text and a new block: nothing, a line end, or a
    blank line, so the block always starts a paragraph of its own."""
    if existing == "" or existing.endswith("\n\n"):
        return ""
    if existing.endswith("\n"):
        return "\n"
    return "\n\n"


def prompt_block(prompt: str) -> str:
    """A writing prompt as the start of a paragraph: ``*the prompt*`` then a blank line.

    Asterisks and underscores in the prompt (a translation may have one) are escaped so
    the emphasis stays closed; line ends become spaces.
    """
    words = " ".join(prompt.split())[:_MAX_PROMPT]
    if not words:
        return ""
    escaped = words.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    return f"*{escaped}*\n\n"


def appended(existing: str, block: str) -> str:
    """``existing`` with ``block`` added at the end (``existing`` is kept unchanged)."""
    if not block:
        return existing
    return existing + separator_before(existing) + block
