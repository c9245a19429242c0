"""The shell: windows and navigation, the session, slow work, idle lock, crash path,
messages, theme and translation."""
