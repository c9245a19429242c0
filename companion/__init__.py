"""Companion: a private self-care journal with offline crisis help."""

# No imports here, not even ``from __future__``: every module first imported after PySide6
# is loaded is checked by PySide6, slowly, until the help package makes that check fast
# (see companion/ui/help/pyside_imports.py).

__version__ = "0.1.0"
APP_NAME = "Companion"
APP_ID = "org.companionapp.Companion"
