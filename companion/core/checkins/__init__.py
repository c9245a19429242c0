"""The daily self-care check-in: chosen actions, ticked in seconds, summed up kindly.

- ``models``: CheckinAction, DayCheckin, DEFAULT_ACTIONS, DEFAULT_LABELS.
- ``schema``: CHECKINS_SCHEMA (registered in ``companion.core.features``).
- ``store``: CheckinStore(connection, clock): actions, add_action, rename_action,
  set_shown, set_order, delete_action, today, set_done, day, done_between.
- ``summary``: week_summary, weekly_summaries, care_run, describe_week, describe_run.
- ``reminders``: ReminderSchedule (next_due, due, clock_times, to_json), make_schedule,
  schedule_from_clock_times (the preferences' ``checkin_reminders``), schedule_from_json.
- ``errors``: InvalidCheckin, ActionNotFound.
"""

from __future__ import annotations

from companion.core.checkins.models import CheckinAction, DayCheckin
from companion.core.checkins.store import CheckinStore

__all__ = ["CheckinAction", "CheckinStore", "DayCheckin"]
