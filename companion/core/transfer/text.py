"""Making other apps' text fit the journal's rules, without losing words.

Control characters the journal refuses become spaces; HTML (Daylio notes, Diarium) becomes
plain text with light Markdown (bold, italics, list items, paragraphs); titles become one
line; names longer than a tag may be are shortened. Nothing here runs any markup: HTML is
read with the standard parser, which never fetches or executes anything.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from companion.core.journal.vocabulary import MAX_TAG_LENGTH, MAX_TEXT_LENGTH, MAX_TITLE_LENGTH

_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_BLANK_LINES = re.compile(r"\n{3,}")
_SPACES = re.compile(r"\s+")


def clean_text(value: str, limit: int = MAX_TEXT_LENGTH) -> str:
    """Text with refused control characters turned into spaces, line ends as ``\\n``."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _FORBIDDEN.sub(" ", value)[:limit]


def clean_title(value: str | None) -> str | None:
    """A one-line title (line breaks become spaces), or None when blank."""
    if value is None:
        return None
    line = _SPACES.sub(" ", clean_text(value)).strip()
    return line[:MAX_TITLE_LENGTH] or None


def clean_name(value: str) -> str | None:
    """A tag or emotion name that fits (trimmed, one space between words), or None."""
    name = _SPACES.sub(" ", clean_text(value)).strip()
    return name[:MAX_TAG_LENGTH].strip() or None


def names(values: object) -> tuple[str, ...]:
    """Clean names from a list of anything (non-text items are skipped)."""
    if not isinstance(values, list | tuple):
        return ()
    found = []
    for value in values:
        if isinstance(value, str) and (name := clean_name(value)):
            found.append(name)
    return tuple(found)


class _Html(HTMLParser):
    _BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "tr"})

    def __init__(self, markdown: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0
        self._bold, self._italic = ("**", "_") if markdown else ("", "")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag in self._BLOCKS:
            self.out.append("\n\n")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in ("b", "strong"):
            self.out.append(self._bold)
        elif tag in ("i", "em"):
            self.out.append(self._italic)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.out.append("\n\n")
        elif tag in ("b", "strong"):
            self.out.append(self._bold)
        elif tag in ("i", "em"):
            self.out.append(self._italic)

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(data)


def html_to_text(value: str, *, markdown: bool = True) -> str:
    """Readable text from an HTML fragment (Daylio notes, Diarium entries).

    With ``markdown``, bold and italics become ``**``/``_`` (for entry text); without,
    they are dropped (for titles, which are plain).
    """
    if "<" not in value and "&" not in value:
        return clean_text(value).strip()
    parser = _Html(markdown)
    try:
        parser.feed(value)
        parser.close()
        text = "".join(parser.out)
    except (ValueError, AssertionError, RecursionError):
        text = html.unescape(re.sub(r"<[^>]*>", " ", value))
    text = "\n".join(line.rstrip() for line in clean_text(text).split("\n"))
    return _BLANK_LINES.sub("\n\n", text).strip()


def text_field(doc: dict[str, object], key: str) -> str:
    """``doc[key]`` when it is text, else ``""`` (sources put anything anywhere)."""
    value = doc.get(key)
    return value if isinstance(value, str) else ""


def optional_text(doc: dict[str, object], key: str) -> str | None:
    """``doc[key]`` when it is text, else None."""
    value = doc.get(key)
    return value if isinstance(value, str) else None


def as_list(value: object) -> list[object]:
    """``value`` when it is a list, else an empty list."""
    return value if isinstance(value, list) else []
