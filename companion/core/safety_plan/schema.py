"""The safety plan's tables, registered as :data:`SAFETY_PLAN_SCHEMA`.

Version 1:

* ``safety_plan`` has one row (``id = 1``) once the plan has been saved: when it was.
* ``safety_plan_item`` holds the person's lines, keyed by step and position. The step is
  the stable id of :class:`~companion.core.safety_plan.models.PlanStep`; a step this
  program does not know (from a later version) is never written by it and is skipped
  on reading.

Everything lives inside the encrypted vault. The optional plain-text copy for the help
panel is a separate, opt-in file (see ``plaintext.py``).
"""

from __future__ import annotations

import sqlcipher3

from companion.core.vault.migrations import FeatureSchema, Step, run_script

_V1 = """
CREATE TABLE safety_plan (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    updated_at TEXT NOT NULL
);
CREATE TABLE safety_plan_item (
    step       TEXT NOT NULL,
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    detail     TEXT,
    service_id TEXT,
    PRIMARY KEY (step, position)
) WITHOUT ROWID;
"""


def _to_v1(conn: sqlcipher3.Connection) -> None:
    run_script(conn, _V1)


# STEPS[n] upgrades the safety plan from version n to n + 1.
STEPS: tuple[Step, ...] = (_to_v1,)

SAFETY_PLAN_SCHEMA = FeatureSchema("safety_plan", STEPS)
