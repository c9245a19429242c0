"""The journal's domain types. Plain data, no storage and no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum


class Mood(IntEnum):
    """A 5-point mood scale. The value is what is stored; never shown as a colour alone."""

    AWFUL = 1
    BAD = 2
    OKAY = 3
    GOOD = 4
    GREAT = 5

    @property
    def label(self) -> str:
        """The word shown beside the mood (the UI translates it)."""
        return self.name.capitalize()


class TagKind(IntEnum):
    """Tags are activities or self-care actions."""

    ACTIVITY = 1
    SELF_CARE = 2


@dataclass(frozen=True)
class Tag:
    """An activity or self-care tag. Built-in tags have ``builtin=True``."""

    id: int
    name: str
    kind: TagKind
    builtin: bool


@dataclass(frozen=True)
class EntryDraft:
    """What the editor hands to the journal to create or update an entry."""

    text: str = ""
    title: str | None = None
    mood: Mood | None = None
    emotions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    # When the moment happened; None means "now". Must be time-zone aware.
    created_at: datetime | None = None


@dataclass(frozen=True)
class Entry:
    """A saved journal entry. Times are time-zone aware."""

    id: int
    created_at: datetime
    edited_at: datetime
    text: str
    title: str | None = None
    mood: Mood | None = None
    emotions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    deleted_at: datetime | None = None
    # The stable id (32 hex characters) exports, imports and merges match entries by.
    uid: str = ""

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None


@dataclass(frozen=True)
class EntryRecord:
    """An entry as it travels between journals: everything, including its identity.

    Attributes:
        uid: Stable id (32 lowercase hex characters).
        created_at: When the moment happened (aware).
        edited_at: When it was last changed (aware).
        text: The words (Markdown).
        title: One line, or None.
        mood: 1-5 or None.
        emotions: Emotion names.
        tags: Tag names.
        deleted_at: When it went to the trash, or None.
        rev: Its revision ("" for a record from another app: computed when written).
        history: Earlier revisions, newest first.
        tag_kinds: Kinds for tags the journal may not have yet (name -> kind).
        zone: The IANA zone the entry was written in, when known ("Europe/Lisbon").
    """

    uid: str
    created_at: datetime
    edited_at: datetime
    text: str = ""
    title: str | None = None
    mood: Mood | None = None
    emotions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    deleted_at: datetime | None = None
    rev: str = ""
    history: tuple[str, ...] = ()
    tag_kinds: tuple[tuple[str, TagKind], ...] = ()
    zone: str | None = None


@dataclass(frozen=True)
class EntryFilter:
    """Filters shared by the timeline and search. Empty means 'everything'."""

    moods: frozenset[Mood] = field(default_factory=frozenset)
    tags: frozenset[str] = field(default_factory=frozenset)
    emotions: frozenset[str] = field(default_factory=frozenset)
    date_from: date | None = None  # inclusive, in the entry's own local date
    date_to: date | None = None  # inclusive


@dataclass(frozen=True)
class HighlightSpan:
    """A matched range inside a snippet (character offsets)."""

    start: int
    end: int


@dataclass(frozen=True)
class SearchHit:
    """One search result: the entry and a short snippet with the matches marked."""

    entry: Entry
    snippet: str
    highlights: tuple[HighlightSpan, ...]
