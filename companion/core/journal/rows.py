"""Between drafts, stored rows and entries: validation and the time representation.

Times are stored as the UTC instant in microseconds plus the UTC offset in seconds at that
moment, and read back as datetimes in that same fixed offset. So an entry written at
23:30 in Lisbon still shows 23:30 and stays on its own day after the user moves to Tokyo.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from companion.core.errors import InvalidEntry
from companion.core.journal.models import Entry, EntryDraft, Mood
from companion.core.journal.vocabulary import (
    MAX_TEXT_LENGTH,
    MAX_TITLE_LENGTH,
    check_text,
    clean_name,
    name_key,
)

ENTRY_COLUMNS = (
    "e.id, e.created_us, e.created_offset, e.edited_us, e.edited_offset, e.deleted_us,"
    " e.deleted_offset, e.mood, t.title, t.body, t.tags_text, t.emotions_text, e.uid"
)
ENTRY_FROM = "entry AS e JOIN entry_text AS t ON t.id = e.id"

# Tag and emotion names cannot contain line breaks (clean_name collapses white space), so
# a newline separates them in the stored text the search index reads.
NAME_SEPARATOR = "\n"

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Wide enough for any diary, narrow enough that converting between zones cannot overflow.
_MIN_YEAR, _MAX_YEAR = 1000, 9000
_MOODS = {int(m): m for m in Mood}


def to_us(moment: datetime) -> int:
    """Microseconds since the Unix epoch for an aware datetime."""
    return (moment - _EPOCH) // timedelta(microseconds=1)


def from_us(micros: int, offset_seconds: int) -> datetime:
    """The aware datetime for a stored instant, in the stored fixed UTC offset."""
    zone = timezone(timedelta(seconds=offset_seconds))
    return (_EPOCH + timedelta(microseconds=micros)).astimezone(zone)


def offset_seconds(moment: datetime) -> int:
    """The UTC offset of an aware datetime, in whole seconds."""
    offset = moment.utcoffset()
    if offset is None:
        raise InvalidEntry("created_at", "needs a time zone")
    return int(offset.total_seconds())


def zone_name(moment: datetime) -> str | None:
    """The IANA key when there is one (it says where the user was), else the abbreviation."""
    if isinstance(moment.tzinfo, ZoneInfo):
        return moment.tzinfo.key
    return moment.tzname()


def split_names(text: str) -> tuple[str, ...]:
    """The names stored in a ``tags_text``/``emotions_text`` column."""
    return tuple(text.split(NAME_SEPARATOR)) if text else ()


def entry_from_row(row: Sequence[Any]) -> Entry:
    """Build an :class:`Entry` from a row selected with :data:`ENTRY_COLUMNS`."""
    (eid, c_us, c_off, e_us, e_off, d_us, d_off, mood, title, body, tags, emotions, uid) = row
    return Entry(
        id=int(eid),
        created_at=from_us(c_us, c_off),
        edited_at=from_us(e_us, e_off),
        text=body,
        title=title,
        mood=None if mood is None else Mood(mood),
        emotions=split_names(emotions),
        tags=split_names(tags),
        deleted_at=None if d_us is None else from_us(d_us, d_off or 0),
        uid=uid or "",
    )


@dataclass(frozen=True)
class Prepared:
    """A validated draft, ready to write."""

    text: str
    title: str | None
    mood: int | None
    created_at: datetime | None
    tag_ids: tuple[int, ...]
    tags_text: str
    emotion_ids: tuple[int, ...]
    emotions_text: str


def check_moment(field: str, value: object) -> datetime:
    """An aware datetime in a sane range, or InvalidEntry."""
    if not isinstance(value, datetime):
        raise InvalidEntry(field, "must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidEntry(field, "needs a time zone")
    offset = value.utcoffset()
    assert offset is not None
    if offset % timedelta(seconds=1):
        raise InvalidEntry(field, "time zone offset must be whole seconds")
    if not _MIN_YEAR <= value.year <= _MAX_YEAR:
        raise InvalidEntry(field, "out of range")
    return value


def _check_mood(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or int(value) not in _MOODS:
        raise InvalidEntry("mood", "unknown mood value")
    return int(value)


def _resolve(
    field: str, names: object, rows: Sequence[Sequence[Any]]
) -> tuple[tuple[int, ...], str]:
    """Map draft names to (ids, stored text) through the vocabulary rows (id, name, key)."""
    if isinstance(names, str) or not isinstance(names, (tuple, list)):
        raise InvalidEntry(field, "must be a list of names")
    by_key = {str(key): (int(i), str(name)) for i, name, key in rows}
    ids: list[int] = []
    canonical: list[str] = []
    for raw in names:
        key = name_key(clean_name(field, raw))
        if key not in by_key:
            raise InvalidEntry(field, "unknown name")
        item_id, name = by_key[key]
        if item_id not in ids:  # the same name twice counts once
            ids.append(item_id)
            canonical.append(name)
    return tuple(ids), NAME_SEPARATOR.join(canonical)


def prepare(
    draft: EntryDraft,
    tag_rows: Sequence[Sequence[Any]],
    emotion_rows: Sequence[Sequence[Any]],
) -> Prepared:
    """Validate a draft against the vocabulary. Raises InvalidEntry, writes nothing."""
    if not isinstance(draft, EntryDraft):
        raise InvalidEntry("draft", "must be an EntryDraft")
    text = check_text("text", draft.text, MAX_TEXT_LENGTH)
    title = draft.title
    if title is not None:
        title = check_text("title", title, MAX_TITLE_LENGTH)
        if "\n" in title or "\r" in title:
            raise InvalidEntry("title", "must be one line")
        # A title of only spaces is no title: the timeline would show an empty heading.
        title = title if title.strip() else None
    created = None if draft.created_at is None else check_moment("created_at", draft.created_at)
    tag_ids, tags_text = _resolve("tags", draft.tags, tag_rows)
    emotion_ids, emotions_text = _resolve("emotions", draft.emotions, emotion_rows)
    return Prepared(
        text=text,
        title=title,
        mood=_check_mood(draft.mood),
        created_at=created,
        tag_ids=tag_ids,
        tags_text=tags_text,
        emotion_ids=emotion_ids,
        emotions_text=emotions_text,
    )
