"""The built-in emotions and tags, and the rules every name and text must follow.

Pure functions only: the journal calls them before anything touches the database, so a bad
draft fails with :class:`InvalidEntry` and nothing is written.
"""

from __future__ import annotations

import re
import unicodedata

from companion.core.errors import InvalidEntry
from companion.core.journal.models import TagKind

# Common, plain-language emotion words, pleasant ones first. The UI translates them; the
# stored value is this English key so a change of language never changes old entries.
BUILTIN_EMOTIONS: tuple[str, ...] = (
    "calm",
    "content",
    "grateful",
    "hopeful",
    "proud",
    "excited",
    "loved",
    "relieved",
    "peaceful",
    "motivated",
    "nostalgic",
    "tired",
    "bored",
    "confused",
    "numb",
    "restless",
    "anxious",
    "stressed",
    "overwhelmed",
    "scared",
    "sad",
    "lonely",
    "disappointed",
    "guilty",
    "ashamed",
    "embarrassed",
    "jealous",
    "irritable",
    "frustrated",
    "angry",
)

_ACTIVITIES = (
    "work",
    "study",
    "exercise",
    "family",
    "friends",
    "outdoors",
    "reading",
    "music",
    "cooking",
    "chores",
    "gaming",
    "travel",
    "creative",
)
_SELF_CARE = (
    "slept well",
    "drank water",
    "ate a proper meal",
    "moved my body",
    "took medication",
    "time outside",
    "talked to someone",
    "rested",
    "screen break",
    "journaled",
    "breathing exercise",
)
# What a few built-in tags say on screen, where the stored word alone reads badly ("Did
# outdoors"). Display only: entries keep the stored key, so old entries, imports and
# exports are unchanged. The UI translates these phrases.
TAG_LABELS: dict[str, str] = {
    "outdoors": "spent time outdoors",
    "creative": "something creative",
    "ate a proper meal": "ate a good meal",
    "took medication": "took my medication",
}


def tag_label(name: str) -> str:
    """The words shown for tag ``name`` (the stored name itself for most tags)."""
    return TAG_LABELS.get(name, name)


BUILTIN_TAGS: tuple[tuple[str, TagKind], ...] = tuple(
    [(name, TagKind.ACTIVITY) for name in _ACTIVITIES]
    + [(name, TagKind.SELF_CARE) for name in _SELF_CARE]
)

MAX_TAG_LENGTH = 40
MAX_TITLE_LENGTH = 200
# About 200 pages of prose: far beyond a diary entry, small enough that one paste of a
# whole book cannot make every later search slow.
MAX_TEXT_LENGTH = 500_000

# NUL and the other C0 controls (except tab, newline, carriage return) are refused: they
# never come from typing, they break some exporters, and the search snippets use two of
# them (STX/ETX) as match markers. Lone surrogates cannot be stored as UTF-8 at all.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_SPACES = re.compile(r"\s+")


def check_text(field: str, value: str, max_length: int) -> str:
    """Validate free text and return it unchanged.

    Args:
        field: The draft field name reported in the error.
        value: The text to check.
        max_length: The largest allowed length in characters.

    Returns:
        ``value`` itself: text is stored exactly as typed.

    Raises:
        InvalidEntry: Not a string, too long, or containing control characters.
    """
    if not isinstance(value, str):
        raise InvalidEntry(field, "must be text")
    if len(value) > max_length:
        raise InvalidEntry(field, f"longer than {max_length} characters")
    if _FORBIDDEN.search(value):
        raise InvalidEntry(field, "contains control characters")
    return value


def clean_name(field: str, name: str) -> str:
    """Trim a tag or emotion name and collapse inner runs of white space.

    Raises:
        InvalidEntry: Empty after trimming, too long, or containing control characters.
    """
    if not isinstance(name, str):
        raise InvalidEntry(field, "must be text")
    # NFC so "é" typed two ways is one tag; inner spaces collapse so "slept  well" is
    # the same tag as "slept well".
    cleaned = _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip()
    if not cleaned:
        raise InvalidEntry(field, "is empty")
    if len(cleaned) > MAX_TAG_LENGTH:
        raise InvalidEntry(field, f"longer than {MAX_TAG_LENGTH} characters")
    if _FORBIDDEN.search(cleaned):
        raise InvalidEntry(field, "contains control characters")
    return cleaned


def name_key(name: str) -> str:
    """The case-insensitive identity of a cleaned name (full Unicode case folding)."""
    return name.casefold()
