"""The daily self-care check-in of one open vault: :class:`CheckinStore`.

Ticking is one small write (one row in or out, one transaction): well under a frame on
a 100,000-entry vault (``benchmarks/insights_bench.py``), so the screen may call it on
the GUI thread as the box is clicked. Every write is all or nothing.
"""

# SQL here is built only from constants and "?" placeholders.
# ruff: noqa: S608

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date

import sqlcipher3

from companion.core.checkins.errors import ActionNotFound, InvalidCheckin
from companion.core.checkins.models import (
    MAX_ACTIONS,
    CheckinAction,
    DayCheckin,
    clean_label,
    label_key,
)
from companion.core.clock import Clock
from companion.core.vault.connection import storage_errors

_COLUMNS = "id, label, builtin, active, position"


class CheckinStore:
    """The person's check-in actions and what they ticked each day.

    Args:
        connection: The vault's keyed connection (schema migrated).
        clock: Today comes from here; days after today cannot be ticked.
    """

    def __init__(self, connection: sqlcipher3.Connection, clock: Clock) -> None:
        self._conn = connection
        self._clock = clock

    # ------------------------------------------------------------------ actions
    def actions(self, *, include_hidden: bool = False) -> list[CheckinAction]:
        """The actions in display order (hidden ones only when asked)."""
        where = "" if include_hidden else " WHERE active = 1"
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM checkin_action{where} ORDER BY position, id"
        ).fetchall()
        return [_action(row) for row in rows]

    def action(self, action_id: int) -> CheckinAction:
        """One action, shown or hidden. Raises ActionNotFound."""
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM checkin_action WHERE id = ?", (action_id,)
        ).fetchone()
        if row is None:
            raise ActionNotFound(action_id)
        return _action(row)

    def add_action(self, label: str) -> CheckinAction:
        """Add the person's own action at the end of the list.

        A hidden action with the same label is shown again (with its history) instead.

        Raises:
            InvalidCheckin: Empty or too long, already on the list, or the list is full.
        """
        cleaned = clean_label(label)
        with self._write() as conn:
            row = conn.execute(
                "SELECT id, active FROM checkin_action WHERE label_key = ?", (label_key(cleaned),)
            ).fetchone()
            if row is not None and row[1]:
                raise InvalidCheckin("label", "this action is already on the list")
            if row is not None:
                conn.execute("UPDATE checkin_action SET active = 1 WHERE id = ?", (row[0],))
                action_id = int(row[0])
            else:
                count = conn.execute("SELECT count(*) FROM checkin_action").fetchone()[0]
                if count >= MAX_ACTIONS:
                    raise InvalidCheckin("label", f"at most {MAX_ACTIONS} actions")
                action_id = int(
                    conn.execute(
                        "INSERT INTO checkin_action (label, label_key, position, active)"
                        " VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1"
                        " FROM checkin_action), 1)",
                        (cleaned, label_key(cleaned)),
                    ).lastrowid
                )
        return self.action(action_id)

    def rename_action(self, action_id: int, label: str) -> CheckinAction:
        """Change an action's words; its history stays.

        Raises:
            ActionNotFound: No such action.
            InvalidCheckin: Bad label, or another action already has it.
        """
        cleaned = clean_label(label)
        self.action(action_id)
        with self._write() as conn:
            clash = conn.execute(
                "SELECT 1 FROM checkin_action WHERE label_key = ? AND id != ?",
                (label_key(cleaned), action_id),
            ).fetchone()
            if clash:
                raise InvalidCheckin("label", "another action already has this name")
            conn.execute(
                "UPDATE checkin_action SET label = ?, label_key = ? WHERE id = ?",
                (cleaned, label_key(cleaned), action_id),
            )
        return self.action(action_id)

    def set_shown(self, action_id: int, shown: bool) -> CheckinAction:
        """Show or hide an action in the daily list (hiding keeps what was ticked)."""
        self.action(action_id)
        with self._write() as conn:
            conn.execute(
                "UPDATE checkin_action SET active = ? WHERE id = ?", (int(bool(shown)), action_id)
            )
        return self.action(action_id)

    def set_order(self, action_ids: Sequence[int]) -> None:
        """Display order: ``action_ids`` first, in order, then the rest as they were.

        Raises:
            ActionNotFound: An id is not an action.
        """
        with self._write() as conn:
            known = [
                int(r[0])
                for r in conn.execute("SELECT id FROM checkin_action ORDER BY position, id")
            ]
            missing = next((i for i in action_ids if i not in set(known)), None)
            if missing is not None:
                raise ActionNotFound(missing)
            first = list(dict.fromkeys(action_ids))
            order = first + [i for i in known if i not in set(first)]
            conn.executemany(
                "UPDATE checkin_action SET position = ? WHERE id = ?",
                [(pos, i) for pos, i in enumerate(order)],
            )

    def delete_action(self, action_id: int) -> None:
        """Delete an action and everything ticked for it, for good. Raises ActionNotFound."""
        self.action(action_id)
        with self._write() as conn:
            # Explicit, not only ON DELETE CASCADE: the ticks must go even with foreign keys off.
            conn.execute("DELETE FROM checkin_tick WHERE action_id = ?", (action_id,))
            conn.execute("DELETE FROM checkin_action WHERE id = ?", (action_id,))

    # -------------------------------------------------------------------- ticks
    def today(self) -> date:
        """The person's calendar day now (the clock's local date)."""
        return self._clock.now().date()

    def set_done(self, day: date, action_id: int, done: bool) -> None:
        """Tick (``done=True``) or untick an action for a day. Idempotent.

        Raises:
            InvalidCheckin: ``day`` is not a date, or is after today.
            ActionNotFound: No such action.
        """
        self._check_day(day)
        with self._write() as conn:
            if not conn.execute(
                "SELECT 1 FROM checkin_action WHERE id = ?", (action_id,)
            ).fetchone():
                raise ActionNotFound(action_id)
            if done:
                conn.execute(
                    "INSERT OR IGNORE INTO checkin_tick (day, action_id) VALUES (?, ?)",
                    (day.isoformat(), action_id),
                )
            else:
                conn.execute(
                    "DELETE FROM checkin_tick WHERE day = ? AND action_id = ?",
                    (day.isoformat(), action_id),
                )

    def day(self, day: date) -> DayCheckin:
        """What was ticked on ``day``."""
        rows = self._conn.execute(
            "SELECT action_id FROM checkin_tick WHERE day = ?", (_iso(day),)
        ).fetchall()
        return DayCheckin(day, frozenset(int(r[0]) for r in rows))

    def done_between(self, start: date, end: date) -> dict[date, frozenset[int]]:
        """Ticked actions per day from ``start`` to ``end`` (both included); days with none
        are left out."""
        if end < start:
            raise InvalidCheckin("end", "is before the start")
        found: dict[date, set[int]] = {}
        for day, action_id in self._conn.execute(
            "SELECT day, action_id FROM checkin_tick WHERE day BETWEEN ? AND ? ORDER BY day",
            (_iso(start), _iso(end)),
        ):
            found.setdefault(date.fromisoformat(day), set()).add(int(action_id))
        return {day: frozenset(ids) for day, ids in found.items()}

    # ------------------------------------------------------------------ helpers
    def _check_day(self, day: date) -> None:
        _iso(day)
        if day > self.today():
            raise InvalidCheckin("day", "is in the future")

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


def _iso(day: date) -> str:
    # datetime is a subclass of date; a time of day here would be a caller's mistake.
    if not isinstance(day, date) or hasattr(day, "hour"):
        raise InvalidCheckin("day", "must be a calendar date")
    return day.isoformat()


def _action(row: Sequence[object]) -> CheckinAction:
    action_id, label, builtin, active, position = row
    return CheckinAction(
        id=int(action_id),  # type: ignore[call-overload]
        label=str(label),
        builtin=None if builtin is None else str(builtin),
        active=bool(active),
        position=int(position),  # type: ignore[call-overload]
    )
