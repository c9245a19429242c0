"""CONTRACT STUB — the journal helper owns this file and replaces the body.

``migrate(conn)`` brings an open database to ``SCHEMA_VERSION`` (PRAGMA user_version),
one step per version, inside transactions. The vault calls it after every open.
"""

from __future__ import annotations

import sqlcipher3

SCHEMA_VERSION = 1


def migrate(conn: sqlcipher3.Connection) -> None:
    """Create or upgrade the schema. Raises UnsupportedVersion for a newer file."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == 0:
        conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.commit()
