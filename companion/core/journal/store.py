"""The journal: entries, trash, timeline, calendar, search and vocabulary.

The journal reads and writes entries through an open vault connection (see
``companion/core/journal/schema.py`` for the layout). Every method is fast (milliseconds on a
100,000-entry journal, see ``benchmarks/journal_bench.py``) and may be called on the GUI
thread. Every write is one transaction: it is all saved or, on any failure, not at all.
"""

# SQL here is assembled only from constants in this package and "?" placeholders; every
# value, including all user input, travels as a bound parameter.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime

import sqlcipher3

from companion.core.clock import Clock
from companion.core.errors import EntryNotFound, InvalidEntry, StorageFull
from companion.core.journal.models import Entry, EntryDraft, EntryFilter, SearchHit, Tag, TagKind
from companion.core.journal.query import (
    FilterSql,
    check_filter,
    filter_sql,
    match_expression,
    parse_snippet,
    plain_snippet,
)
from companion.core.journal.records import refresh_rev
from companion.core.journal.revisions import new_uid
from companion.core.journal.rows import (
    ENTRY_COLUMNS,
    ENTRY_FROM,
    Prepared,
    entry_from_row,
    offset_seconds,
    prepare,
    to_us,
    zone_name,
)
from companion.core.journal.search import search_ids, snippets
from companion.core.journal.vocabulary import clean_name, name_key

MAX_PAGE = 500
CACHE_KIB = 32 * 1024
_SQLITE_FULL = 13


class Journal:
    """Entries and everything about them, over one open vault connection.

    Args:
        connection: A keyed SQLCipher connection whose schema is migrated (the vault's).
        clock: Where "now" comes from (creation and edit times, the trash date).
    """

    def __init__(self, connection: sqlcipher3.Connection, clock: Clock) -> None:
        self._conn = connection
        self._clock = clock
        # Every page read from an encrypted file is decrypted and its HMAC checked, unless
        # it is still in SQLite's page cache. With SQLite's stock 2 MiB cache, searching a
        # 100,000-entry journal took 3x as long encrypted as plain; with 32 MiB the two
        # are level (benchmarks/journal_bench.py). The cache only ever holds pages of the
        # open vault, in this process's memory, and is freed when the vault locks.
        connection.execute(f"PRAGMA cache_size = {-CACHE_KIB}")

    # ----------------------------------------------------------------- entries
    def create(self, draft: EntryDraft) -> Entry:
        """Save a new entry. ``draft.created_at`` None means now.

        Raises:
            InvalidEntry: A field failed validation; nothing was written.
            StorageFull: The disk is full; nothing was written.
        """
        now = self._now()
        ready = self._prepare(draft)
        created = ready.created_at or now
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO entry (created_us, created_offset, created_zone, local_date,"
                " edited_us, edited_offset, mood, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    to_us(created),
                    offset_seconds(created),
                    zone_name(created),
                    created.date().isoformat(),
                    to_us(now),
                    offset_seconds(now),
                    ready.mood,
                    new_uid(),
                ),
            )
            entry_id = int(cursor.lastrowid)
            conn.execute(
                "INSERT INTO entry_text (id, title, body, tags_text, emotions_text)"
                " VALUES (?, ?, ?, ?, ?)",
                (entry_id, ready.title, ready.text, ready.tags_text, ready.emotions_text),
            )
            self._link(conn, entry_id, ready)
            refresh_rev(conn, entry_id)
        return self.get(entry_id)

    def update(self, entry_id: int, draft: EntryDraft) -> Entry:
        """Replace an entry's content. ``draft.created_at`` None keeps the original time.

        Raises:
            EntryNotFound: No such entry.
            InvalidEntry: A field failed validation, or the entry is in the trash.
        """
        old = self.get(entry_id)
        if old.in_trash:
            raise InvalidEntry("id", "the entry is in the trash; restore it first")
        now = self._now()
        ready = self._prepare(draft)
        with self._write() as conn:
            if ready.created_at is not None:
                created = ready.created_at
                conn.execute(
                    "UPDATE entry SET created_us = ?, created_offset = ?, created_zone = ?,"
                    " local_date = ? WHERE id = ?",
                    (
                        to_us(created),
                        offset_seconds(created),
                        zone_name(created),
                        created.date().isoformat(),
                        entry_id,
                    ),
                )
            conn.execute(
                "UPDATE entry SET edited_us = ?, edited_offset = ?, mood = ? WHERE id = ?",
                (to_us(now), offset_seconds(now), ready.mood, entry_id),
            )
            conn.execute(
                "UPDATE entry_text SET title = ?, body = ?, tags_text = ?, emotions_text = ?"
                " WHERE id = ?",
                (ready.title, ready.text, ready.tags_text, ready.emotions_text, entry_id),
            )
            conn.execute("DELETE FROM entry_tag WHERE entry_id = ?", (entry_id,))
            conn.execute("DELETE FROM entry_emotion WHERE entry_id = ?", (entry_id,))
            self._link(conn, entry_id, ready)
            refresh_rev(conn, entry_id)
        return self.get(entry_id)

    def get(self, entry_id: int) -> Entry:
        """One entry, in the trash or not. Raises EntryNotFound."""
        row = self._conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM {ENTRY_FROM} WHERE e.id = ?", (entry_id,)
        ).fetchone()
        if row is None:
            raise EntryNotFound(entry_id)
        return entry_from_row(row)

    def get_by_uid(self, uid: str) -> Entry:
        """One entry by its stable id. Raises EntryNotFound (with id 0)."""
        row = self._conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM {ENTRY_FROM} WHERE e.uid = ?", (uid,)
        ).fetchone()
        if row is None:
            raise EntryNotFound(0)
        return entry_from_row(row)

    def delete(self, entry_id: int) -> None:
        """Move an entry to the trash (idempotent). Raises EntryNotFound."""
        now = self._now()
        with self._write() as conn:
            done = conn.execute(
                "UPDATE entry SET deleted_us = ?, deleted_offset = ?"
                " WHERE id = ? AND deleted_us IS NULL",
                (to_us(now), offset_seconds(now), entry_id),
            ).rowcount
            if done:
                refresh_rev(conn, entry_id)
        if not done:
            self.get(entry_id)  # raises EntryNotFound when it does not exist at all

    def restore(self, entry_id: int) -> Entry:
        """Bring an entry back from the trash (idempotent). Raises EntryNotFound."""
        with self._write() as conn:
            done = conn.execute(
                "UPDATE entry SET deleted_us = NULL, deleted_offset = NULL"
                " WHERE id = ? AND deleted_us IS NOT NULL",
                (entry_id,),
            ).rowcount
            if done:
                refresh_rev(conn, entry_id)
        return self.get(entry_id)

    def trash(self) -> list[Entry]:
        """Entries in the trash, most recently deleted first."""
        rows = self._conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM {ENTRY_FROM} WHERE e.deleted_us IS NOT NULL"
            " ORDER BY e.deleted_us DESC, e.id DESC"
        ).fetchall()
        return [entry_from_row(row) for row in rows]

    def empty_trash(self) -> int:
        """Delete every entry in the trash for good. Returns how many were deleted."""
        return self._purge("SELECT id FROM entry WHERE deleted_us IS NOT NULL", ())

    def delete_forever(self, entry_id: int) -> None:
        """Delete one entry in the trash for good.

        Raises:
            EntryNotFound: No such entry.
            InvalidEntry: The entry is not in the trash (delete it first).
        """
        if not self.get(entry_id).in_trash:
            raise InvalidEntry("id", "only entries in the trash can be deleted for good")
        self._purge("SELECT id FROM entry WHERE id = ? AND deleted_us IS NOT NULL", (entry_id,))

    # ----------------------------------------------------------------- reading
    def timeline(
        self, flt: EntryFilter | None = None, *, limit: int = 50, before_id: int | None = None
    ) -> list[Entry]:
        """Live entries, newest first (by creation instant, then id).

        Args:
            flt: Optional filters. Within one kind the choices widen (any of the chosen
                moods, any of the chosen tags, any of the chosen emotions); across kinds
                they narrow (a chosen mood AND a chosen tag). Dates are the entries' own
                local dates, both ends included. Unknown tag or emotion names match
                nothing.
            limit: Page size, 1 to :data:`MAX_PAGE`.
            before_id: The last entry of the previous page; the page starts after it.
                Keyset paging: each page costs the same however deep it is.

        Raises:
            EntryNotFound: ``before_id`` does not exist (it was deleted for good).
        """
        fsql = self._filter(flt)
        if fsql.impossible:
            return []
        where, params = fsql.where, list(fsql.params)
        if before_id is not None:
            row = self._conn.execute(
                "SELECT created_us FROM entry WHERE id = ?", (before_id,)
            ).fetchone()
            if row is None:
                raise EntryNotFound(before_id)
            where += " AND (e.created_us, e.id) < (?, ?)"
            params += [row[0], before_id]
        return self._newest(where, params, _check_limit(limit), 0)

    def days_with_entries(self, year: int, month: int) -> dict[date, int]:
        """How many live entries each day of a month has, by the entries' own local date."""
        if not 1 <= month <= 12 or not 1 <= year <= 9999:
            raise InvalidEntry("month", "no such month")
        first = date(year, month, 1)
        rows = self._conn.execute(
            "SELECT local_date, count(*) FROM entry WHERE deleted_us IS NULL"
            " AND local_date >= ? AND local_date < ? GROUP BY local_date",
            (first.isoformat(), f"{year:04d}-{month:02d}-32"),
        ).fetchall()
        return {date.fromisoformat(day): int(n) for day, n in rows}

    def count(self, flt: EntryFilter | None = None) -> int:
        """How many live entries there are (matching ``flt`` when given)."""
        fsql = self._filter(flt)
        if fsql.impossible:
            return 0
        row = self._conn.execute(
            f"SELECT count(*) FROM entry AS e WHERE {fsql.where}", fsql.params
        ).fetchone()
        return int(row[0])

    def search(
        self, query: str, flt: EntryFilter | None = None, *, limit: int = 50, offset: int = 0
    ) -> list[SearchHit]:
        """Full-text search over title, text, tags and emotions, combined with filters.

        Any string is safe: words are quoted, "phrases in quotes" match as phrases and the
        last word matches as a prefix. A query without words gives the filtered timeline.
        Results are ordered by relevance, then newest first (for a very common word, by
        relevance among the most recent matches, see ``searching.RANK_WINDOW``). The
        trash is never searched.

        Args:
            query: What the user typed.
            flt: Optional filters.
            limit: Page size, 1 to :data:`MAX_PAGE`.
            offset: Results to skip (for "more results").
        """
        if not isinstance(query, str):
            raise InvalidEntry("query", "must be text")
        if offset < 0:
            raise InvalidEntry("offset", "must not be negative")
        expression = match_expression(query)
        fsql = self._filter(flt)
        if fsql.impossible:
            return []
        if expression is None:
            return self._plain_hits(fsql, _check_limit(limit), offset)
        ids = search_ids(self._conn, expression, fsql, _check_limit(limit), offset)
        if not ids:
            return []
        marked = snippets(self._conn, expression, ids)
        entries = self._entries_by_id(ids)
        hits = []
        for entry_id in ids:
            text, spans = parse_snippet(marked.get(entry_id, ""))
            hits.append(SearchHit(entries[entry_id], text, spans))
        return hits

    # -------------------------------------------------------------- vocabulary
    def emotions(self) -> list[str]:
        """The emotion names, in display order."""
        rows = self._conn.execute("SELECT name FROM emotion ORDER BY position, id")
        return [str(row[0]) for row in rows]

    def tags(self, kind: TagKind | None = None) -> list[Tag]:
        """The tags (built-in and the user's own), in display order."""
        sql = "SELECT id, name, kind, builtin FROM tag"
        params: tuple[object, ...] = ()
        if kind is not None:
            sql += " WHERE kind = ?"
            params = (int(_check_kind(kind)),)
        rows = self._conn.execute(sql + " ORDER BY position, id", params).fetchall()
        return [Tag(int(i), str(n), TagKind(k), bool(b)) for i, n, k, b in rows]

    def add_tag(self, name: str, kind: TagKind) -> Tag:
        """Add the user's own tag at the end of the list.

        The name is trimmed (inner spaces collapsed); names are unique whatever the case.

        Raises:
            InvalidEntry: Empty, too long, an unknown kind, or the name already exists.
        """
        kind = _check_kind(kind)
        cleaned = clean_name("name", name)
        with self._write() as conn:
            if conn.execute(
                "SELECT 1 FROM tag WHERE name_key = ?", (name_key(cleaned),)
            ).fetchone():
                raise InvalidEntry("name", "a tag with this name already exists")
            cursor = conn.execute(
                "INSERT INTO tag (name, name_key, kind, builtin, position)"
                " VALUES (?, ?, ?, 0, (SELECT coalesce(max(position), -1) + 1 FROM tag))",
                (cleaned, name_key(cleaned), int(kind)),
            )
        return Tag(int(cursor.lastrowid), cleaned, kind, False)

    def set_tags_seq(self, names: Sequence[str]) -> None:
        """Set the display order of tags: ``names`` first, in order, then the rest.

        Raises:
            InvalidEntry: A name is not a tag.
        """
        keys = [name_key(clean_name("tags", n)) for n in names]
        with self._write() as conn:
            known = {
                k: i for i, k in conn.execute("SELECT id, name_key FROM tag ORDER BY position, id")
            }
            if any(k not in known for k in keys):
                raise InvalidEntry("tags", "unknown tag")
            order = list(dict.fromkeys(keys)) + [k for k in known if k not in set(keys)]
            conn.executemany(
                "UPDATE tag SET position = ? WHERE id = ?",
                [(pos, known[k]) for pos, k in enumerate(order)],
            )

    # ---------------------------------------------------------------- helpers
    def _now(self) -> datetime:
        now = self._clock.now()
        if now.tzinfo is None or now.utcoffset() is None:
            raise InvalidEntry("clock", "the clock gave a time without a time zone")
        return now

    def _prepare(self, draft: EntryDraft) -> Prepared:
        tag_rows = self._conn.execute("SELECT id, name, name_key FROM tag").fetchall()
        emotion_rows = self._conn.execute("SELECT id, name, name_key FROM emotion").fetchall()
        return prepare(draft, tag_rows, emotion_rows)

    @staticmethod
    def _link(conn: sqlcipher3.Connection, entry_id: int, ready: Prepared) -> None:
        conn.executemany(
            "INSERT INTO entry_tag (entry_id, tag_id, position) VALUES (?, ?, ?)",
            [(entry_id, tag_id, pos) for pos, tag_id in enumerate(ready.tag_ids)],
        )
        conn.executemany(
            "INSERT INTO entry_emotion (entry_id, emotion_id, position) VALUES (?, ?, ?)",
            [(entry_id, emotion_id, pos) for pos, emotion_id in enumerate(ready.emotion_ids)],
        )

    def _filter(self, flt: EntryFilter | None) -> FilterSql:
        flt = flt or EntryFilter()
        check_filter(flt)
        return filter_sql(
            flt,
            self._ids("tag", flt.tags) if flt.tags else None,
            self._ids("emotion", flt.emotions) if flt.emotions else None,
        )

    def _ids(self, table: str, names: frozenset[str]) -> list[int]:
        keys = sorted({name_key(" ".join(str(n).split())) for n in names})
        marks = ", ".join("?" * len(keys))
        rows = self._conn.execute(
            f"SELECT id FROM {table} WHERE name_key IN ({marks})", keys
        ).fetchall()
        return [int(row[0]) for row in rows]

    def _entries_by_id(self, ids: list[int]) -> dict[int, Entry]:
        marks = ", ".join("?" * len(ids))
        rows = self._conn.execute(
            f"SELECT {ENTRY_COLUMNS} FROM {ENTRY_FROM} WHERE e.id IN ({marks})", ids
        ).fetchall()
        return {int(row[0]): entry_from_row(row) for row in rows}

    def _newest(self, where: str, params: Sequence[object], limit: int, offset: int) -> list[Entry]:
        # Two steps on purpose: choose the page on the narrow ``entry`` rows and indexes
        # first, then read the text of just those entries. Joining the text before the
        # LIMIT made SQLite read (and decrypt) the text of every matching entry.
        ids = [
            int(row[0])
            for row in self._conn.execute(
                f"SELECT e.id FROM entry AS e WHERE {where}"
                " ORDER BY e.created_us DESC, e.id DESC LIMIT ? OFFSET ?",
                (*params, limit, offset),
            )
        ]
        if not ids:
            return []
        entries = self._entries_by_id(ids)
        return [entries[i] for i in ids]

    def _plain_hits(self, fsql: FilterSql, limit: int, offset: int) -> list[SearchHit]:
        entries = self._newest(fsql.where, fsql.params, limit, offset)
        return [SearchHit(e, plain_snippet(e.title, e.text), ()) for e in entries]

    def _purge(self, select_ids: str, params: tuple[object, ...]) -> int:
        with self._write() as conn:
            ids = [int(row[0]) for row in conn.execute(select_ids, params).fetchall()]
            # FTS5 normally only marks a deleted entry's words as gone and keeps them in
            # the index until a later merge. "Delete forever" must mean it, even for
            # someone who later learns the passphrase, so these deletes use FTS5's
            # secure-delete mode. It is switched on for this transaction only: on every
            # edit it cost 60-250 ms on a 100,000-entry journal (benchmarks/journal_bench.py).
            conn.execute("INSERT INTO entry_fts (entry_fts, rank) VALUES ('secure-delete', 1)")
            for table, column in (
                ("entry_tag", "entry_id"),
                ("entry_emotion", "entry_id"),
                ("entry_text", "id"),
                ("entry", "id"),
            ):
                # Explicit deletes, not only ON DELETE CASCADE: the text must go even on a
                # connection where foreign keys were left off.
                conn.executemany(f"DELETE FROM {table} WHERE {column} = ?", [(i,) for i in ids])
            conn.execute("INSERT INTO entry_fts (entry_fts, rank) VALUES ('secure-delete', 0)")
        return len(ids)

    @contextmanager
    def _write(self) -> Iterator[sqlcipher3.Connection]:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.commit()
        except sqlcipher3.DatabaseError as exc:
            _rollback(conn)
            if _is_full(exc):
                raise StorageFull() from exc
            raise
        except BaseException:
            _rollback(conn)
            raise


def _rollback(conn: sqlcipher3.Connection) -> None:
    # The original error is the one worth reporting.
    with suppress(sqlcipher3.DatabaseError):
        conn.rollback()


def _is_full(exc: sqlcipher3.DatabaseError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == _SQLITE_FULL
    return "full" in str(exc).lower()


def _check_limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
        raise InvalidEntry("limit", f"must be between 1 and {MAX_PAGE}")
    return limit


def _check_kind(kind: TagKind | int) -> TagKind:
    if isinstance(kind, bool) or not isinstance(kind, int) or kind not in (1, 2):
        raise InvalidEntry("kind", "unknown tag kind")
    return TagKind(kind)
