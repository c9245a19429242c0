"""The daily self-care check-in screens.

- ``page.CheckinPage(session, clock, prefs, parent=None)``: today's list, the gentle
  weekly summary, "Choose actions…" and the reminder times.
- ``reminders.ReminderNotifier(prefs, clock, parent=None, …)``: a tray notification at
  the chosen times while the app runs (it needs no unlocked journal).
"""
