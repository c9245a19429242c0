"""When to remind the person about the check-in: a pure schedule model.

The screen shows a tray notification while the app runs (off by default, no autostart);
this module only answers "is a reminder due now?". The schedule is a preference (times
of day, nothing from the journal), so it lives in the preferences file and works while the
vault is locked: :func:`schedule_from_clock_times` reads the preferences'
``checkin_reminders`` ("HH:MM" strings, none meaning off) and
:meth:`ReminderSchedule.clock_times` writes them; ``to_json``/``schedule_from_json`` are
a self-contained form with an explicit on/off switch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from companion.core.checkins.errors import InvalidCheckin

MAX_REMINDERS = 12  # as many as the preferences file keeps
DEFAULT_GRACE = timedelta(hours=1)


@dataclass(frozen=True)
class ReminderSchedule:
    """Reminder times of day. Build with :func:`make_schedule` (checked and sorted).

    Attributes:
        enabled: Reminders are on (off by default).
        times: Local times of day, whole minutes, sorted, no repeats.
    """

    enabled: bool = False
    times: tuple[time, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The stored form: ``{"enabled": bool, "times": ["08:30", ...]}``."""
        return {"enabled": self.enabled, "times": list(self.clock_times())}

    def clock_times(self) -> tuple[str, ...]:
        """The times as ``"HH:MM"`` strings (the preferences' ``checkin_reminders`` form)."""
        return tuple(t.strftime("%H:%M") for t in self.times)

    def next_due(self, after: datetime) -> datetime | None:
        """The first reminder strictly after ``after`` (aware, local), or ``None`` when off."""
        if not self.enabled or not self.times:
            return None
        _check_aware(after)
        for days in (0, 1):
            day = after.date() + timedelta(days=days)
            for moment in (datetime.combine(day, t, tzinfo=after.tzinfo) for t in self.times):
                if moment > after:
                    return moment
        return None  # unreachable: some time tomorrow is always later

    def due(
        self, since: datetime, now: datetime, *, grace: timedelta = DEFAULT_GRACE
    ) -> datetime | None:
        """The reminder to show now, if any: the latest time in ``(since, now]``.

        Several missed times (the computer slept) give one reminder, not a pile; a time
        more than ``grace`` ago is let go rather than shown late.

        Args:
            since: When the screen last asked (aware).
            now: Now (aware, local).
            grace: How late a reminder may still be shown.
        """
        if not self.enabled or not self.times:
            return None
        _check_aware(since)
        _check_aware(now)
        latest: datetime | None = None
        day = since.date()
        while day <= now.date():
            for t in self.times:
                moment = datetime.combine(day, t, tzinfo=now.tzinfo)
                if since < moment <= now:
                    latest = moment
            day += timedelta(days=1)
        if latest is None or now - latest > grace:
            return None
        return latest


def make_schedule(enabled: bool, times: Iterable[time]) -> ReminderSchedule:
    """A checked schedule: whole minutes, sorted, repeats removed.

    Raises:
        InvalidCheckin: A time is not a time of day, has a time zone, or there are more
            than :data:`MAX_REMINDERS`.
    """
    cleaned: set[time] = set()
    for value in times:
        if not isinstance(value, time):
            raise InvalidCheckin("times", "must be times of day")
        if value.tzinfo is not None:
            raise InvalidCheckin("times", "local times of day have no time zone")
        cleaned.add(time(value.hour, value.minute))
    if len(cleaned) > MAX_REMINDERS:
        raise InvalidCheckin("times", f"at most {MAX_REMINDERS} reminders a day")
    return ReminderSchedule(bool(enabled), tuple(sorted(cleaned)))


def schedule_from_json(value: object) -> ReminderSchedule:
    """Read the stored form leniently: anything unusable gives the default (off, no times).

    A preferences file may be old, hand-edited or damaged; reminders must never stop the
    program from starting.
    """
    if not isinstance(value, dict):
        return ReminderSchedule()
    enabled = value.get("enabled") is True
    times: list[time] = []
    raw = value.get("times")
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, str):
            continue
        try:
            found = time.fromisoformat(item)
        except ValueError:
            continue
        if found.tzinfo is not None:
            continue  # a time of day for "wherever I am" has no zone
        found = time(found.hour, found.minute)
        if found not in times:
            times.append(found)
    return make_schedule(enabled, times[:MAX_REMINDERS])


def schedule_from_clock_times(times: Iterable[str]) -> ReminderSchedule:
    """A schedule from ``"HH:MM"`` strings, on when there is at least one usable time.

    This reads the preferences' ``checkin_reminders`` (where no times means "off");
    unusable strings are left out.
    """
    found = schedule_from_json({"enabled": True, "times": list(times)})
    return found if found.times else ReminderSchedule()


def _check_aware(moment: datetime) -> None:
    if not isinstance(moment, datetime) or moment.utcoffset() is None:
        raise InvalidCheckin("time", "needs a time zone")
