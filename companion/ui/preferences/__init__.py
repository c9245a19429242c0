"""Preferences: the dialog that changes them (the store itself lives in the shell)."""
