"""Preferences: the store the app reads and the dialog that changes it."""
