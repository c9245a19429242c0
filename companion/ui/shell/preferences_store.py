"""Preferences as a Qt object: one place that loads, changes and saves them."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from companion.core.errors import CompanionError, PreferencesError
from companion.core.settings import Preferences, load_preferences, save_preferences

log = logging.getLogger(__name__)


class PreferencesStore(QObject):
    """Non-sensitive preferences (theme, auto-lock, country, language).

    ``path=None`` keeps them in memory only (guest mode writes nothing).
    """

    changed = Signal()

    def __init__(self, path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self.load_error: PreferencesError | None = None
        self.save_error: str | None = None
        self._guest_kept: tuple[Path | None, Preferences] | None = None
        if path is None:
            self._prefs = Preferences()
        else:
            self._prefs, self.load_error = load_preferences(path)
            if self.load_error is not None:
                log.warning("preferences not readable, using defaults")

    @property
    def persists(self) -> bool:
        """True when changes are written to the preferences file."""
        return self._path is not None

    def enter_guest(self, *, country: str | None = None) -> None:
        """Start a guest session: fresh defaults, and nothing written until it ends.

        The person's own preferences are set aside, not shown to the guest (the help
        country a journal's owner chose says something about them), and come back at
        :meth:`leave_guest`.
        """
        if self._guest_kept is None:
            self._guest_kept = (self._path, self._prefs)
        self._path = None
        keep_theme = self._prefs.theme  # how the screen looks is the computer's, not private
        self._prefs = Preferences(theme=keep_theme, country=country)
        self.changed.emit()

    def leave_guest(self) -> None:
        """End a guest session: the guest's choices go, the owner's come back."""
        if self._guest_kept is None:
            return
        (self._path, self._prefs), self._guest_kept = self._guest_kept, None
        self.changed.emit()

    @property
    def prefs(self) -> Preferences:
        """The current preferences."""
        return self._prefs

    def update(self, **changes: Any) -> None:
        """Change some fields, save atomically and emit ``changed``.

        A failed save (read-only or full disk on a shared computer) keeps the new values
        for this run and records ``save_error``; preferences are never worth a crash.
        """
        new = self._prefs.with_changes(**changes)
        if new == self._prefs:
            return
        self._prefs = new
        if self._path is not None:
            try:
                save_preferences(self._path, new)
                self.save_error = None
            except (OSError, CompanionError) as exc:
                self.save_error = type(exc).__name__
                log.warning("preferences not saved: %s", type(exc).__name__)
        self.changed.emit()
