"""Entries as whole records (with uid, rev and history): read in bulk, keep revs current.

Used by the journal itself (every save keeps the entry's rev current) and by exports,
imports and merges, which read and write whole records.
"""

# SQL here is assembled only from constants in this module and "?" placeholders.
# ruff: noqa: S608

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence
from typing import Any

import sqlcipher3

from companion.core.journal.models import EntryRecord, Mood
from companion.core.journal.revisions import content_rev, pushed, split_history
from companion.core.journal.rows import from_us, split_names

RECORD_COLUMNS = (
    "e.id, e.uid, e.created_us, e.created_offset, e.edited_us, e.edited_offset,"
    " e.deleted_us, e.deleted_offset, e.mood, t.title, t.body, t.tags_text,"
    " t.emotions_text, e.rev, e.history, e.created_zone"
)
RECORD_FROM = "entry AS e JOIN entry_text AS t ON t.id = e.id"


def refresh_rev(conn: sqlcipher3.Connection, entry_id: int) -> str:
    """Recompute an entry's rev from its stored content; a changed rev goes to history.

    Call inside the write transaction, after the entry's rows are written.
    """
    row = conn.execute(
        "SELECT e.created_us, e.created_offset, e.deleted_us, e.mood, t.title, t.body,"
        " t.tags_text, t.emotions_text, e.rev, e.history"
        f" FROM {RECORD_FROM} WHERE e.id = ?",
        (entry_id,),
    ).fetchone()
    created_us, offset, deleted, mood, title, body, tags, emotions, old_rev, history = row
    rev = content_rev(
        title=title,
        body=body,
        mood=mood,
        tags_text=tags,
        emotions_text=emotions,
        created_us=created_us,
        created_offset=offset,
        in_trash=deleted is not None,
    )
    if rev != old_rev:
        conn.execute(
            "UPDATE entry SET rev = ?, history = ? WHERE id = ?",
            (rev, pushed(history or "", old_rev), entry_id),
        )
    return rev


def record_from_row(row: Sequence[Any]) -> EntryRecord:
    """An :class:`EntryRecord` from a row selected with :data:`RECORD_COLUMNS`."""
    (_id, uid, c_us, c_off, e_us, e_off, d_us, d_off, mood, title, body, tags, emotions,
     rev, history, zone) = row  # fmt: skip
    return EntryRecord(
        uid=uid,
        created_at=from_us(c_us, c_off),
        edited_at=from_us(e_us, e_off),
        text=body,
        title=title,
        mood=None if mood is None else Mood(mood),
        emotions=split_names(emotions),
        tags=split_names(tags),
        deleted_at=None if d_us is None else from_us(d_us, d_off or 0),
        rev=rev or "",
        history=tuple(split_history(history or "")),
        zone=zone,
    )


def _pages(
    conn: sqlcipher3.Connection, where: list[str], params: list[object], batch: int
) -> Iterator[EntryRecord]:
    """Keyset pages over (created_us, id) for one set of conditions."""
    last: tuple[int, int] | None = None
    while True:
        clauses, args = list(where), list(params)
        if last is not None:
            clauses.append("(e.created_us, e.id) > (?, ?)")
            args += list(last)
        rows = conn.execute(
            f"SELECT {RECORD_COLUMNS} FROM {RECORD_FROM} WHERE {' AND '.join(clauses)}"
            " ORDER BY e.created_us, e.id LIMIT ?",
            (*args, batch),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield record_from_row(row)
        last = (int(rows[-1][2]), int(rows[-1][0]))


def iter_records(
    conn: sqlcipher3.Connection,
    *,
    include_trash: bool = True,
    date_from: str | None = None,
    date_to: str | None = None,
    batch: int = 500,
) -> Iterator[EntryRecord]:
    """Every entry, oldest first (creation instant, then id), read a batch at a time.

    Memory stays flat however large the journal. Live entries are paged along the
    timeline index, whose condition (not in the trash) each page repeats so SQLite can
    use it; entries in the trash are paged the same way and the two streams merged. (One
    query over both had no index to follow: every page sorted the whole journal again.)

    Args:
        include_trash: Also entries in the trash.
        date_from: First local date (``YYYY-MM-DD``, inclusive), or None.
        date_to: Last local date (inclusive), or None.
    """
    where: list[str] = []
    params: list[object] = []
    if date_from is not None:
        where.append("e.local_date >= ?")
        params.append(date_from)
    if date_to is not None:
        where.append("e.local_date <= ?")
        params.append(date_to)
    live = _pages(conn, ["e.deleted_us IS NULL", *where], params, batch)
    if not include_trash:
        yield from live
        return
    trashed = _pages(conn, ["e.deleted_us IS NOT NULL", *where], params, batch)
    yield from heapq.merge(live, trashed, key=lambda r: (r.created_at, r.uid))


def count_records(conn: sqlcipher3.Connection, *, include_trash: bool = True) -> int:
    """How many entries :func:`iter_records` would yield without date limits."""
    sql = "SELECT count(*) FROM entry" + ("" if include_trash else " WHERE deleted_us IS NULL")
    return int(conn.execute(sql).fetchone()[0])
