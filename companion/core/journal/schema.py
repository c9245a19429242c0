"""The journal's tables and their migrations, registered as :data:`JOURNAL_SCHEMA`.

The vault runs the steps (see :mod:`companion.core.vault.migrations`), one transaction
each, after every open; a file written by a newer Companion is refused untouched.

Layout (version 1), and why:

* ``entry`` holds only the small, fixed-size facts of an entry (times, mood, trash mark).
  Timeline paging, filters and the join that drops trashed search hits read only these
  narrow rows, so they touch few pages — which matters twice over when every page has to
  be decrypted.
* ``entry_text`` holds the words (title, body, and the tag and emotion names joined with
  newlines), 1:1 with ``entry``. It is the external content of the FTS5 index
  ``entry_fts``, kept in step by triggers, so the index lives inside the encrypted file
  and never holds a second copy of the text.
* Times are the UTC instant in microseconds plus the UTC offset (and zone name) at
  creation; ``local_date`` is the entry's own calendar date, fixed when it is written, so
  travelling or a daylight-saving change never moves an entry to another day.
* ``tag``/``emotion`` with link tables carry the filters; ``name_key`` (the case-folded
  name) makes names unique without regard to case in every script.

Version 2 gives every entry a stable ``uid``, a ``rev`` naming its content and the
``history`` of its earlier revs (see ``revisions.py``): what exports, imports and merges
match entries by. Existing entries get a deterministic uid, so two copies of one journal
upgraded on two computers still agree on every entry's id.
"""

from __future__ import annotations

import sqlcipher3

from companion.core.journal.revisions import content_rev, migrated_uid
from companion.core.journal.vocabulary import BUILTIN_EMOTIONS, BUILTIN_TAGS, name_key
from companion.core.vault.migrations import FeatureSchema, Step, run_script

_V1 = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;

CREATE TABLE entry (
    id             INTEGER PRIMARY KEY,
    created_us     INTEGER NOT NULL,
    created_offset INTEGER NOT NULL,
    created_zone   TEXT,
    local_date     TEXT NOT NULL,
    edited_us      INTEGER NOT NULL,
    edited_offset  INTEGER NOT NULL,
    deleted_us     INTEGER,
    deleted_offset INTEGER,
    mood           INTEGER CHECK (mood BETWEEN 1 AND 5)
);
-- Partial indexes: the live journal is what the timeline, calendar and filters read.
CREATE INDEX entry_timeline ON entry (created_us, id) WHERE deleted_us IS NULL;
CREATE INDEX entry_day ON entry (local_date) WHERE deleted_us IS NULL;
CREATE INDEX entry_mood ON entry (mood, created_us) WHERE deleted_us IS NULL;
CREATE INDEX entry_trash ON entry (deleted_us) WHERE deleted_us IS NOT NULL;

CREATE TABLE entry_text (
    id            INTEGER PRIMARY KEY REFERENCES entry (id) ON DELETE CASCADE,
    title         TEXT,
    body          TEXT NOT NULL DEFAULT '',
    tags_text     TEXT NOT NULL DEFAULT '',
    emotions_text TEXT NOT NULL DEFAULT ''
);

CREATE TABLE tag (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    kind     INTEGER NOT NULL CHECK (kind IN (1, 2)),
    builtin  INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE entry_tag (
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tag (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (entry_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX entry_tag_by_tag ON entry_tag (tag_id, entry_id);

CREATE TABLE emotion (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    builtin  INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE entry_emotion (
    entry_id   INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    emotion_id INTEGER NOT NULL REFERENCES emotion (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (entry_id, emotion_id)
) WITHOUT ROWID;
CREATE INDEX entry_emotion_by_emotion ON entry_emotion (emotion_id, entry_id);

-- Prefix indexes for 2 and 3 characters: the last word of a query is matched as a
-- prefix while the user types, and short prefixes would otherwise scan many terms.
CREATE VIRTUAL TABLE entry_fts USING fts5 (
    title, body, tags_text, emotions_text,
    content = 'entry_text', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- A word in the title, a tag or an emotion says more about the entry than one in the body.
INSERT INTO entry_fts (entry_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 2.0, 2.0)');

CREATE TRIGGER entry_text_ai AFTER INSERT ON entry_text BEGIN
    INSERT INTO entry_fts (rowid, title, body, tags_text, emotions_text)
    VALUES (new.id, new.title, new.body, new.tags_text, new.emotions_text);
END;
CREATE TRIGGER entry_text_ad AFTER DELETE ON entry_text BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, title, body, tags_text, emotions_text)
    VALUES ('delete', old.id, old.title, old.body, old.tags_text, old.emotions_text);
END;
CREATE TRIGGER entry_text_au AFTER UPDATE ON entry_text BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, title, body, tags_text, emotions_text)
    VALUES ('delete', old.id, old.title, old.body, old.tags_text, old.emotions_text);
    INSERT INTO entry_fts (rowid, title, body, tags_text, emotions_text)
    VALUES (new.id, new.title, new.body, new.tags_text, new.emotions_text);
END;
"""


def _seed_vocabulary(conn: sqlcipher3.Connection) -> None:
    """Add any missing built-in tags and emotions (later versions may add more)."""
    conn.executemany(
        "INSERT OR IGNORE INTO emotion (name, name_key, builtin, position) VALUES (?, ?, 1, ?)",
        [(name, name_key(name), pos) for pos, name in enumerate(BUILTIN_EMOTIONS)],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO tag (name, name_key, kind, builtin, position)"
        " VALUES (?, ?, ?, 1, ?)",
        [(name, name_key(name), int(kind), pos) for pos, (name, kind) in enumerate(BUILTIN_TAGS)],
    )


def _to_v1(conn: sqlcipher3.Connection) -> None:
    run_script(conn, _V1)
    _seed_vocabulary(conn)
    # Companion 0.1 read the journal's version from user_version; keeping it in step
    # makes that version refuse a newer file instead of writing into it.
    conn.execute("PRAGMA user_version = 1")


def _to_v2(conn: sqlcipher3.Connection) -> None:
    conn.execute("ALTER TABLE entry ADD COLUMN uid TEXT")
    conn.execute("ALTER TABLE entry ADD COLUMN rev TEXT")
    conn.execute("ALTER TABLE entry ADD COLUMN history TEXT NOT NULL DEFAULT ''")
    rows = conn.execute(
        "SELECT e.id, e.created_us, e.created_offset, e.deleted_us, e.mood, t.title, t.body,"
        " t.tags_text, t.emotions_text FROM entry AS e JOIN entry_text AS t ON t.id = e.id"
    )
    updates = [
        (
            migrated_uid(eid, created_us),
            content_rev(
                title=title,
                body=body,
                mood=mood,
                tags_text=tags,
                emotions_text=emotions,
                created_us=created_us,
                created_offset=offset,
                in_trash=deleted is not None,
            ),
            eid,
        )
        for eid, created_us, offset, deleted, mood, title, body, tags, emotions in rows
    ]
    conn.executemany("UPDATE entry SET uid = ?, rev = ? WHERE id = ?", updates)
    conn.execute("CREATE UNIQUE INDEX entry_uid ON entry (uid)")
    conn.execute("PRAGMA user_version = 2")


def summary(conn: sqlcipher3.Connection) -> dict[str, int]:
    """What a backup's manifest shows: live entries and entries in the trash."""
    live, trash = conn.execute(
        "SELECT count(*) FILTER (WHERE deleted_us IS NULL),"
        " count(*) FILTER (WHERE deleted_us IS NOT NULL) FROM entry"
    ).fetchone()
    return {"entries": int(live), "trash": int(trash)}


def _legacy_version(conn: sqlcipher3.Connection) -> int:
    """The version of a file written before versions were recorded per feature.

    Companion 0.1 kept it in ``user_version``; without the ``entry`` table a number there
    says nothing (a database emptied by damage keeps its header fields).
    """
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > len(STEPS):
        return version  # written by a newer Companion: refused, never written into
    has_entries = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entry'"
    ).fetchone()
    return version if has_entries is not None else 0


# STEPS[n] upgrades the journal from version n to n + 1.
STEPS: tuple[Step, ...] = (_to_v1, _to_v2)
SCHEMA_VERSION = len(STEPS)

JOURNAL_SCHEMA = FeatureSchema("journal", STEPS, legacy_version=_legacy_version, summary=summary)
