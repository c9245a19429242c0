"""Companion: a private self-care journal with offline crisis help."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Companion"
APP_ID = "org.companionapp.Companion"
