"""The SQL side of full-text search: which entries, in what order, and their snippets.

Ranking costs about two microseconds per matching entry (bm25 reads each entry's column
sizes and positions), so a word found in 30,000 entries would take tens of milliseconds
to rank. Search therefore ranks by relevance only among the :data:`RANK_WINDOW` most
recently written matches; older matches follow, newest first. A word that common says
little about relevance anyway (its bm25 weight is close to zero), and for a diary the
recent entries are the likely target. Below the window — nearly every query — all
matches are ranked.
"""

from __future__ import annotations

# SQL here is assembled only from constants and "?" placeholders; every value, including
# the MATCH expression built from user input, travels as a bound parameter.
# ruff: noqa: S608
import sqlcipher3

from companion.core.journal.query import MARK_END, MARK_START, SNIPPET_TOKENS, FilterSql

RANK_WINDOW = 2000

_FROM = "entry_fts JOIN entry AS e ON e.id = entry_fts.rowid"


def rank_boundary(conn: sqlcipher3.Connection, expression: str) -> int | None:
    """The lowest id inside the ranking window, or None when every match fits in it."""
    row = conn.execute(
        "SELECT rowid FROM entry_fts WHERE entry_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        (expression, RANK_WINDOW - 1),
    ).fetchone()
    return None if row is None else int(row[0])


def search_ids(
    conn: sqlcipher3.Connection, expression: str, fsql: FilterSql, limit: int, offset: int
) -> list[int]:
    """Ids of one page of matches: by relevance (then newest) within the window, then
    the older matches newest first."""
    boundary = rank_boundary(conn, expression)
    window = "" if boundary is None else " AND entry_fts.rowid >= ?"
    window_params: tuple[object, ...] = () if boundary is None else (boundary,)
    ids = [
        int(row[0])
        for row in conn.execute(
            f"SELECT entry_fts.rowid FROM {_FROM} WHERE entry_fts MATCH ? AND {fsql.where}"
            f"{window} ORDER BY entry_fts.rank, e.created_us DESC, e.id DESC LIMIT ? OFFSET ?",
            (expression, *fsql.params, *window_params, limit, offset),
        )
    ]
    if boundary is None or len(ids) == limit:
        return ids
    if ids:
        ranked = offset + len(ids)
    else:
        ranked = int(
            conn.execute(
                f"SELECT count(*) FROM {_FROM} WHERE entry_fts MATCH ? AND {fsql.where}"
                " AND entry_fts.rowid >= ?",
                (expression, *fsql.params, boundary),
            ).fetchone()[0]
        )
    ids += [
        int(row[0])
        for row in conn.execute(
            f"SELECT entry_fts.rowid FROM {_FROM} WHERE entry_fts MATCH ? AND {fsql.where}"
            " AND entry_fts.rowid < ? ORDER BY entry_fts.rowid DESC LIMIT ? OFFSET ?",
            (expression, *fsql.params, boundary, limit - len(ids), max(0, offset - ranked)),
        )
    ]
    return ids


def snippets(conn: sqlcipher3.Connection, expression: str, ids: list[int]) -> dict[int, str]:
    """Marked snippets for a page of matches.

    snippet() reads the entry's text, so it runs only for the page. The page is fetched as
    one scan over its id range ("+rowid IN" keeps SQLite from turning the list into one
    lookup per id: each lookup would rebuild a prefix term's whole match list).
    """
    marks = ", ".join("?" * len(ids))
    rows = conn.execute(
        "SELECT rowid, snippet(entry_fts, -1, ?, ?, '…', ?) FROM entry_fts"
        f" WHERE entry_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN ({marks})",
        (MARK_START, MARK_END, SNIPPET_TOKENS, expression, min(ids), max(ids), *ids),
    ).fetchall()
    return {int(rowid): str(text or "") for rowid, text in rows}
