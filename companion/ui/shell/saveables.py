"""Everything that holds unsaved text registers here; lock, quit and quick exit save
through it (the idea of qutebrowser's ``SaveManager``).

An editor registers a *saver*: a function that writes what it holds into the vault and
says whether anything is still unsaved. The shell never needs to know which windows hold
text: before the journal locks (idle, Ctrl+L, closing, quitting, quick exit) it calls
:meth:`SaveRegistry.save_all` once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

Saver = Callable[[], bool]


@dataclass(frozen=True)
class Registration:
    """A handle for :meth:`SaveRegistry.unregister`."""

    name: str
    serial: int


class SaveRegistry:
    """Named savers, called in the order they registered."""

    def __init__(self) -> None:
        self._savers: dict[Registration, Saver] = {}
        self._serial = 0

    def register(self, name: str, saver: Saver) -> Registration:
        """Add ``saver`` (returns True when nothing is left unsaved) under ``name``."""
        self._serial += 1
        registration = Registration(name, self._serial)
        self._savers[registration] = saver
        return registration

    def unregister(self, registration: Registration) -> None:
        """Forget a saver (its editor is gone). Unknown handles are ignored."""
        self._savers.pop(registration, None)

    def names(self) -> list[str]:
        """The registered savers' names, in order (for tests and logs)."""
        return [registration.name for registration in self._savers]

    def save_all(self) -> bool:
        """Ask every saver to save now.

        Never raises: a saver that fails (or raises) counts as "not saved", and the
        others still run, so one broken editor cannot stop a lock.

        Returns:
            True when every saver reported nothing left unsaved.
        """
        all_saved = True
        for registration, saver in list(self._savers.items()):
            try:
                saved = saver()
            except Exception as exc:
                # The type only: an exception's message may quote what was written.
                log.error("saving %s failed: %s", registration.name, type(exc).__name__)
                saved = False
            all_saved = all_saved and saved
        return all_saved
