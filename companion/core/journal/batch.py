"""Writing whole records in one transaction: what imports and merges build on.

:func:`write_records` opens one ``BEGIN IMMEDIATE`` transaction and hands out a
:class:`RecordWriter`; everything it writes is committed together when the block ends,
or rolled back if anything fails (a bad record, a full disk, a cancel). Records are
validated with the same rules as the editor's drafts (:func:`check_record`); tags and
emotions the journal does not know yet are added to its vocabulary.
"""

# SQL here is assembled only from constants in this module and "?" placeholders.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace

import sqlcipher3

from companion.core.errors import InvalidEntry, StorageFull
from companion.core.journal.models import EntryRecord, Mood, TagKind
from companion.core.journal.records import refresh_rev
from companion.core.journal.revisions import UID_PATTERN
from companion.core.journal.rows import (
    NAME_SEPARATOR,
    check_moment,
    offset_seconds,
    to_us,
    zone_name,
)
from companion.core.journal.vocabulary import (
    MAX_TEXT_LENGTH,
    MAX_TITLE_LENGTH,
    check_text,
    clean_name,
    name_key,
)

_MAX_ZONE = 64


def check_record(record: EntryRecord) -> EntryRecord:
    """Validate a record like a draft (text, title, names, times, mood, uid).

    Returns:
        The record with names cleaned and repeats dropped, a blank title as None.

    Raises:
        InvalidEntry: The field and the reason; nothing is written.
    """
    if not isinstance(record.uid, str) or not UID_PATTERN.match(record.uid):
        raise InvalidEntry("uid", "must be 32 lowercase hex characters")
    check_moment("created_at", record.created_at)
    check_moment("edited_at", record.edited_at)
    if record.deleted_at is not None:
        check_moment("deleted_at", record.deleted_at)
    check_text("text", record.text, MAX_TEXT_LENGTH)
    title = record.title
    if title is not None:
        check_text("title", title, MAX_TITLE_LENGTH)
        if "\n" in title or "\r" in title:
            raise InvalidEntry("title", "must be one line")
        title = title if title.strip() else None
    mood = record.mood
    if mood is not None and (isinstance(mood, bool) or int(mood) not in range(1, 6)):
        raise InvalidEntry("mood", "unknown mood value")
    zone = record.zone
    if zone is not None and (not isinstance(zone, str) or len(zone) > _MAX_ZONE):
        zone = None
    return replace(
        record,
        title=title,
        mood=None if mood is None else Mood(int(mood)),
        tags=_unique("tags", record.tags),
        emotions=_unique("emotions", record.emotions),
        zone=zone,
    )


def _unique(field: str, names: tuple[str, ...]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for raw in names:
        cleaned = clean_name(field, raw)
        seen.setdefault(name_key(cleaned), cleaned)
    return tuple(seen.values())


class RecordWriter:
    """Adds and replaces records inside the transaction of :func:`write_records`."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn
        self._tags = {
            str(key): (int(i), str(name))
            for i, name, key in conn.execute("SELECT id, name, name_key FROM tag")
        }
        self._emotions = {
            str(key): (int(i), str(name))
            for i, name, key in conn.execute("SELECT id, name, name_key FROM emotion")
        }

    def find(self, uid: str) -> tuple[int, EntryRecord] | None:
        """The local entry with this uid: its row id and record, or None."""
        from companion.core.journal.records import RECORD_COLUMNS, RECORD_FROM, record_from_row

        row = self._conn.execute(
            f"SELECT {RECORD_COLUMNS} FROM {RECORD_FROM} WHERE e.uid = ?", (uid,)
        ).fetchone()
        return None if row is None else (int(row[0]), record_from_row(row))

    def all_revs(self) -> set[str]:
        """Every entry's current rev (for finding content already here)."""
        return {str(r[0]) for r in self._conn.execute("SELECT rev FROM entry") if r[0]}

    def has(self, uid: str) -> bool:
        """True when an entry with this uid exists."""
        return (
            self._conn.execute("SELECT 1 FROM entry WHERE uid = ?", (uid,)).fetchone() is not None
        )

    def _tag(self, name: str, kind: TagKind) -> tuple[int, str]:
        key = name_key(name)
        if key not in self._tags:
            cursor = self._conn.execute(
                "INSERT INTO tag (name, name_key, kind, builtin, position)"
                " VALUES (?, ?, ?, 0, (SELECT coalesce(max(position), -1) + 1 FROM tag))",
                (name, key, int(kind)),
            )
            self._tags[key] = (int(cursor.lastrowid), name)
        return self._tags[key]

    def _emotion(self, name: str) -> tuple[int, str]:
        key = name_key(name)
        if key not in self._emotions:
            cursor = self._conn.execute(
                "INSERT INTO emotion (name, name_key, builtin, position)"
                " VALUES (?, ?, 0, (SELECT coalesce(max(position), -1) + 1 FROM emotion))",
                (name, key),
            )
            self._emotions[key] = (int(cursor.lastrowid), name)
        return self._emotions[key]

    def _names(self, record: EntryRecord) -> tuple[list[int], str, list[int], str]:
        kinds = {name_key(n): k for n, k in record.tag_kinds}
        tags = [self._tag(n, kinds.get(name_key(n), TagKind.ACTIVITY)) for n in record.tags]
        emotions = [self._emotion(n) for n in record.emotions]
        return (
            [i for i, _ in tags],
            NAME_SEPARATOR.join(n for _, n in tags),
            [i for i, _ in emotions],
            NAME_SEPARATOR.join(n for _, n in emotions),
        )

    def add(self, record: EntryRecord) -> int:
        """Insert a checked record as a new entry; returns its row id."""
        tag_ids, tags_text, emotion_ids, emotions_text = self._names(record)
        created, edited, deleted = record.created_at, record.edited_at, record.deleted_at
        cursor = self._conn.execute(
            "INSERT INTO entry (created_us, created_offset, created_zone, local_date,"
            " edited_us, edited_offset, deleted_us, deleted_offset, mood, uid, rev, history)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                to_us(created),
                offset_seconds(created),
                record.zone or zone_name(created),
                created.date().isoformat(),
                to_us(edited),
                offset_seconds(edited),
                None if deleted is None else to_us(deleted),
                None if deleted is None else offset_seconds(deleted),
                None if record.mood is None else int(record.mood),
                record.uid,
                record.rev or None,
                " ".join(record.history),
            ),
        )
        entry_id = int(cursor.lastrowid)
        self._conn.execute(
            "INSERT INTO entry_text (id, title, body, tags_text, emotions_text)"
            " VALUES (?, ?, ?, ?, ?)",
            (entry_id, record.title, record.text, tags_text, emotions_text),
        )
        self._link(entry_id, tag_ids, emotion_ids)
        refresh_rev(self._conn, entry_id)
        return entry_id

    def replace(self, entry_id: int, record: EntryRecord) -> None:
        """Overwrite an entry with a checked record (same row id, the record's uid)."""
        tag_ids, tags_text, emotion_ids, emotions_text = self._names(record)
        created, edited, deleted = record.created_at, record.edited_at, record.deleted_at
        self._conn.execute(
            "UPDATE entry SET created_us = ?, created_offset = ?, created_zone = ?,"
            " local_date = ?, edited_us = ?, edited_offset = ?, deleted_us = ?,"
            " deleted_offset = ?, mood = ?, rev = ?, history = ? WHERE id = ?",
            (
                to_us(created),
                offset_seconds(created),
                record.zone or zone_name(created),
                created.date().isoformat(),
                to_us(edited),
                offset_seconds(edited),
                None if deleted is None else to_us(deleted),
                None if deleted is None else offset_seconds(deleted),
                None if record.mood is None else int(record.mood),
                record.rev or None,
                " ".join(record.history),
                entry_id,
            ),
        )
        self._conn.execute(
            "UPDATE entry_text SET title = ?, body = ?, tags_text = ?, emotions_text = ?"
            " WHERE id = ?",
            (record.title, record.text, tags_text, emotions_text, entry_id),
        )
        self._conn.execute("DELETE FROM entry_tag WHERE entry_id = ?", (entry_id,))
        self._conn.execute("DELETE FROM entry_emotion WHERE entry_id = ?", (entry_id,))
        self._link(entry_id, tag_ids, emotion_ids)
        refresh_rev(self._conn, entry_id)

    def _link(self, entry_id: int, tag_ids: list[int], emotion_ids: list[int]) -> None:
        self._conn.executemany(
            "INSERT INTO entry_tag (entry_id, tag_id, position) VALUES (?, ?, ?)",
            [(entry_id, tag_id, pos) for pos, tag_id in enumerate(tag_ids)],
        )
        self._conn.executemany(
            "INSERT INTO entry_emotion (entry_id, emotion_id, position) VALUES (?, ?, ?)",
            [(entry_id, emotion_id, pos) for pos, emotion_id in enumerate(emotion_ids)],
        )


@contextmanager
def write_records(conn: sqlcipher3.Connection) -> Iterator[RecordWriter]:
    """One transaction for many records: all of them are saved, or none.

    Raises:
        StorageFull: The disk filled up; nothing was saved.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield RecordWriter(conn)
        conn.commit()
    except sqlcipher3.DatabaseError as exc:
        with suppress(sqlcipher3.DatabaseError):
            conn.rollback()
        code = getattr(exc, "sqlite_errorcode", None)
        if (isinstance(code, int) and code & 0xFF == 13) or "full" in str(exc).lower():
            raise StorageFull() from exc
        raise
    except BaseException:
        with suppress(sqlcipher3.DatabaseError):
            conn.rollback()
        raise


def tag_kinds(conn: sqlcipher3.Connection) -> dict[str, TagKind]:
    """Every tag's kind by its name (for records that carry tags to another journal)."""
    return {str(name): TagKind(kind) for name, kind in conn.execute("SELECT name, kind FROM tag")}
