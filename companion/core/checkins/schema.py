"""The check-in's tables, registered as :data:`CHECKINS_SCHEMA`.

Version 1:

* ``checkin_action``: the person's list, seeded with the default actions. ``builtin`` is
  the default's stable key (NULL for the person's own), ``label_key`` the case-folded
  label that keeps labels unique, ``active`` 0 hides an action but keeps its history.
* ``checkin_tick``: one row per action done on a day. ``day`` is the person's own
  calendar date (ISO text), like the journal's ``local_date``, so insights can join them.
  No row means "not ticked" — there is no record of anything missed.
"""

from __future__ import annotations

import sqlcipher3

from companion.core.checkins.models import DEFAULT_ACTIONS, label_key
from companion.core.vault.migrations import FeatureSchema, Step, run_script

_V1 = """
CREATE TABLE checkin_action (
    id        INTEGER PRIMARY KEY,
    builtin   TEXT UNIQUE,
    label     TEXT NOT NULL,
    label_key TEXT NOT NULL UNIQUE,
    position  INTEGER NOT NULL,
    active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE TABLE checkin_tick (
    day       TEXT NOT NULL,
    action_id INTEGER NOT NULL REFERENCES checkin_action (id) ON DELETE CASCADE,
    PRIMARY KEY (day, action_id)
) WITHOUT ROWID;
CREATE INDEX checkin_tick_by_action ON checkin_tick (action_id, day);
"""


def _to_v1(conn: sqlcipher3.Connection) -> None:
    run_script(conn, _V1)
    conn.executemany(
        "INSERT INTO checkin_action (builtin, label, label_key, position, active)"
        " VALUES (?, ?, ?, ?, 1)",
        [(a.key, a.label, label_key(a.label), pos) for pos, a in enumerate(DEFAULT_ACTIONS)],
    )


# STEPS[n] upgrades the check-in from version n to n + 1.
STEPS: tuple[Step, ...] = (_to_v1,)

CHECKINS_SCHEMA = FeatureSchema("checkins", STEPS)
