"""The journal's screens: main window, editor, timeline, calendar, search, trash."""
