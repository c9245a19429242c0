"""The unlocked journal as the UI sees it: one object, with signals.

Views never poll: they read through :attr:`Session.journal` and refresh when
``entries_changed`` / ``entry_saved`` / ``locked`` / ``unlocked`` fire. Every write goes
through the session so those signals are never forgotten.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from companion.core.clock import Clock
from companion.core.errors import VaultLocked
from companion.core.journal import Journal
from companion.core.journal.models import Entry, EntryDraft
from companion.core.vault import Vault

log = logging.getLogger(__name__)


class Session(QObject):
    """Holds the open vault and its journal between unlock and lock."""

    unlocked = Signal()
    locked = Signal()
    entries_changed = Signal()
    entry_saved = Signal(int)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._vault: Vault | None = None
        self._journal: Journal | None = None

    @property
    def clock(self) -> Clock:
        """The clock the journal uses (views show "today" with it)."""
        return self._clock

    def attach(self, vault: Vault) -> None:
        """Take ownership of a freshly unlocked or created vault and emit ``unlocked``.

        Args:
            vault: an unlocked vault; the session locks it on :meth:`lock`.
        """
        if self._vault is not None and self._vault is not vault:
            # Never keep two vaults open: the old one is locked first.
            self._close_vault()
        self._vault = vault
        self._journal = Journal(vault.connection, self._clock)
        log.info("session unlocked")
        self.unlocked.emit()

    @property
    def vault(self) -> Vault:
        """The open vault (the change-passphrase dialog needs it).

        Raises:
            VaultLocked: when no vault is open.
        """
        if self._vault is None:
            raise VaultLocked()
        return self._vault

    @property
    def journal(self) -> Journal:
        """The open journal.

        Raises:
            VaultLocked: when the session is locked.
        """
        if self._journal is None:
            raise VaultLocked()
        return self._journal

    def reconnect(self) -> None:
        """The vault's connection was replaced (a re-key): read the journal through the
        new one, and let every view reload."""
        if self._vault is None:
            return
        self._journal = Journal(self._vault.connection, self._clock)
        self.entries_changed.emit()

    def is_unlocked(self) -> bool:
        """True between :meth:`attach` and :meth:`lock`."""
        return self._journal is not None

    def lock(self) -> None:
        """Close the vault, forget the journal and emit ``locked``. Idempotent."""
        if self._vault is None:
            return
        self._close_vault()
        log.info("session locked")
        self.locked.emit()

    def _close_vault(self) -> None:
        vault, self._vault, self._journal = self._vault, None, None
        if vault is not None:
            try:
                vault.lock()
            except Exception as exc:  # locking must always leave the session locked
                log.warning("vault.lock failed: %s", type(exc).__name__)

    # --- writes: each one emits, so every view stays current -------------------------

    def save_entry(self, entry_id: int | None, draft: EntryDraft) -> Entry:
        """Create (``entry_id is None``) or update an entry.

        Raises:
            StorageFull: nothing was saved; the caller keeps the text on screen.
            VaultLocked: the session is locked.
        """
        journal = self.journal
        entry = journal.create(draft) if entry_id is None else journal.update(entry_id, draft)
        self.entry_saved.emit(entry.id)
        self.entries_changed.emit()
        return entry

    def delete_entry(self, entry_id: int) -> None:
        """Move an entry to the trash."""
        self.journal.delete(entry_id)
        self.entries_changed.emit()

    def restore_entry(self, entry_id: int) -> Entry:
        """Bring an entry back from the trash."""
        entry = self.journal.restore(entry_id)
        self.entries_changed.emit()
        return entry

    def empty_trash(self) -> int:
        """Delete everything in the trash for good; returns how many entries went."""
        count = self.journal.empty_trash()
        self.entries_changed.emit()
        return count
