"""What importers produce: entries as found in a source, before mood mapping.

An importer turns a file into a :class:`ParsedSource`: one :class:`SourceEntry` per row
that could be read, one :class:`RowProblem` per row that could not, and the mood labels
it found. Nothing here touches the journal; ``importing.py`` maps moods, checks each
entry against the journal's rules and writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from companion.core.journal.models import TagKind
from companion.core.transfer.errors import RowProblem


@dataclass(frozen=True)
class SourceEntry:
    """One entry as a source has it.

    Attributes:
        where: Where it is in the source (for messages): ``"line 12"``, ``"entry 3"``.
        key: Stable within the source (its id, or its date and content): the same row
            always gets the same uid, so importing a file twice adds nothing.
        created_at: When it happened (aware).
        text: The words (Markdown).
        title: One line, or None.
        mood_label: The source's own mood word, mapped to a level at import.
        mood: A level 1-5 already known (numeric sources), else None.
        tags: Tag names.
        emotions: Emotion names.
        edited_at: Last change, when the source says.
        deleted_at: In the trash since (our own format only).
        uid: The entry's own id (our own format only; else derived from ``key``).
        rev: Its revision (our own format).
        history: Its earlier revisions (our own format).
        tag_kinds: Kinds of its tags (our own format; others: activities).
        zone: IANA zone it was written in, when known.
    """

    where: str
    key: str
    created_at: datetime
    text: str = ""
    title: str | None = None
    mood_label: str | None = None
    mood: int | None = None
    tags: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    edited_at: datetime | None = None
    deleted_at: datetime | None = None
    uid: str | None = None
    rev: str = ""
    history: tuple[str, ...] = ()
    tag_kinds: tuple[tuple[str, TagKind], ...] = ()
    zone: str | None = None


@dataclass
class ParsedSource:
    """Everything an importer read from one file.

    Attributes:
        format: The format's name (``"daylio-csv"``...).
        entries: The rows that could be read, in file order.
        problems: The rows that could not.
        mood_levels: Each mood label found, with the level the source itself gives it
            (``.daylio`` backups know their groups) or None (to be mapped).
    """

    format: str
    entries: list[SourceEntry] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    mood_levels: dict[str, int | None] = field(default_factory=dict)
