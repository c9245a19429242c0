"""CONTRACT STUB — the vault helper replaces the bodies; signatures are the contract.

A ``Vault`` is an open, unlocked, encrypted database plus the header that wraps its key.
Slow calls (``create``, ``unlock*``, ``change_passphrase``) run Argon2id and must be called
off the GUI thread by the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from companion.core.clock import Clock


@dataclass(frozen=True)
class RecoveryCode:
    """The recovery code shown once at creation, e.g. ``"K7Q2-9XHD-…"``."""

    text: str


def vault_exists(folder: Path) -> bool:
    """True when ``folder`` holds a vault header (first run shows the welcome otherwise)."""
    raise NotImplementedError


class Vault:
    """An unlocked vault. Create with :meth:`create`, :meth:`unlock`, ... never directly."""

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, *, clock: Clock | None = None
    ) -> tuple[Vault, RecoveryCode]:
        raise NotImplementedError

    @classmethod
    def unlock(cls, folder: Path, passphrase: str, *, clock: Clock | None = None) -> Vault:
        """Raises WrongPassphrase (database untouched), VaultNotFound, VaultDamaged."""
        raise NotImplementedError

    @classmethod
    def unlock_with_recovery_code(
        cls, folder: Path, code: str, new_passphrase: str, *, clock: Clock | None = None
    ) -> Vault:
        """Unlock with the recovery code and set a new passphrase in the same step."""
        raise NotImplementedError

    @classmethod
    def in_memory(cls, *, clock: Clock | None = None) -> Vault:
        """An encrypted in-memory vault under a random key (guest mode builds on it)."""
        raise NotImplementedError

    @property
    def connection(self) -> sqlcipher3.Connection:
        """The open SQLCipher connection (schema migrated). Raises VaultLocked after lock."""
        raise NotImplementedError

    def change_passphrase(self, old: str, new: str) -> None:
        raise NotImplementedError

    def lock(self) -> None:
        """Checkpoint (TRUNCATE), close, forget the key. Idempotent."""
        raise NotImplementedError
