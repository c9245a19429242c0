"""Copy the self-care features' tables (check-ins, safety plan) from one vault to another.

Entries travel through the merge (ids, revisions, tags); the other features' rows have
no history to reconcile, so a copy of a whole journal (a guest session's "Save an
encrypted copy…") takes them as they are. Both connections carry the same schema
version (the target is a fresh vault made by the same program).
"""

from __future__ import annotations

import sqlcipher3

#: Parents before children: rows are deleted in reverse order and inserted in this one.
FEATURE_TABLES: tuple[str, ...] = (
    "checkin_action",
    "checkin_tick",
    "safety_plan",
    "safety_plan_item",
)


def copy_feature_tables(source: sqlcipher3.Connection, target: sqlcipher3.Connection) -> int:
    """Replace the target's feature rows with the source's; return the rows copied.

    A fresh vault starts with default check-in actions: they are replaced, so the copy
    holds exactly what the person had.
    """
    present = {
        str(row[0]) for row in source.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    tables = [t for t in FEATURE_TABLES if t in present]
    copied = 0
    with target:
        for table in reversed(tables):
            target.execute(f"DELETE FROM {table}")  # noqa: S608 - names from the list above
        for table in tables:
            columns = [str(row[1]) for row in source.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(columns)
            marks = ", ".join("?" for _ in columns)
            rows = source.execute(f"SELECT {names} FROM {table}").fetchall()  # noqa: S608
            target.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)  # noqa: S608
            copied += len(rows)
    return copied
