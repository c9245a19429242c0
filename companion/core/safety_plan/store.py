"""Read and save the safety plan inside the vault: :class:`SafetyPlanStore`.

Every save is one transaction: the whole plan is saved, or (on any failure) none of it.
The plan is small (at most a few hundred short lines), so saving rewrites it whole; that
keeps the order the person chose without any bookkeeping.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime

import sqlcipher3

from companion.core.clock import Clock
from companion.core.safety_plan.errors import InvalidSafetyPlan
from companion.core.safety_plan.models import PlanItem, PlanStep, SafetyPlan, make_plan
from companion.core.vault.connection import storage_errors


class SafetyPlanStore:
    """The safety plan of one open vault.

    Args:
        connection: The vault's keyed connection (schema migrated).
        clock: Where the "last updated" time comes from.
    """

    def __init__(self, connection: sqlcipher3.Connection, clock: Clock) -> None:
        self._conn = connection
        self._clock = clock

    def load(self) -> SafetyPlan:
        """The saved plan (an empty plan when nothing has been saved yet)."""
        known = {step.value for step in PlanStep}
        lines: dict[PlanStep, list[PlanItem]] = {}
        rows = self._conn.execute(
            "SELECT step, text, detail, service_id FROM safety_plan_item ORDER BY step, position"
        )
        for step, text, detail, service_id in rows:
            if step in known:
                lines.setdefault(PlanStep(step), []).append(PlanItem(text, detail, service_id))
        row = self._conn.execute("SELECT updated_at FROM safety_plan WHERE id = 1").fetchone()
        updated = datetime.fromisoformat(row[0]) if row else None
        ordered = {step: tuple(lines[step]) for step in PlanStep if step in lines}
        return SafetyPlan(ordered, updated)

    def save(self, plan: SafetyPlan) -> SafetyPlan:
        """Replace the saved plan with ``plan`` (its lines are checked first).

        Returns:
            The plan as saved, with its new ``updated_at``.

        Raises:
            InvalidSafetyPlan: A line failed validation; nothing was written.
            StorageFull: The disk is full; nothing was written.
        """
        checked = make_plan(plan.items)
        now = self._now()
        with self._write() as conn:
            conn.execute("DELETE FROM safety_plan_item")
            conn.executemany(
                "INSERT INTO safety_plan_item (step, position, text, detail, service_id)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (step.value, position, item.text, item.detail, item.service_id)
                    for step, items in checked.items.items()
                    for position, item in enumerate(items)
                ],
            )
            conn.execute(
                "INSERT OR REPLACE INTO safety_plan (id, updated_at) VALUES (1, ?)",
                (now.isoformat(),),
            )
        return SafetyPlan(checked.items, now)

    def save_step(self, step: PlanStep, lines: Iterable[PlanItem]) -> SafetyPlan:
        """Replace the lines of one step and keep the others. Returns the saved plan."""
        return self.save(self.load().with_step(step, lines))

    def clear(self) -> None:
        """Delete the whole plan for good (secure delete is on for the vault)."""
        with self._write() as conn:
            conn.execute("DELETE FROM safety_plan_item")
            conn.execute("DELETE FROM safety_plan")

    def _now(self) -> datetime:
        now = self._clock.now()
        if now.utcoffset() is None:
            raise InvalidSafetyPlan("clock", "the clock gave a time without a time zone")
        return now

    @contextmanager
    def _write(self) -> Iterator[sqlcipher3.Connection]:
        conn = self._conn
        with storage_errors():
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.commit()
            except BaseException:
                with suppress(sqlcipher3.Error):  # the first error is the one to report
                    conn.rollback()
                raise
