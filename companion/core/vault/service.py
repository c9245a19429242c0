"""One object that opens vaults the same way everywhere: :class:`VaultService`.

The app builds it once, with the features' schemas and the key-derivation settings, and
hands it to every screen that creates, unlocks or re-keys a vault. Tests build one with
tiny Argon2id costs; screens never see (or pass along) such test-only parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from companion.core.clock import Clock, SystemClock
from companion.core.vault.crypto import TEST_KDF_PARAMS, KdfParams
from companion.core.vault.migrations import FeatureSchema
from companion.core.vault.vault import RecoveryCode, Vault, vault_exists


@dataclass(frozen=True)
class VaultService:
    """How this program opens vaults.

    Attributes:
        schemas: The features whose tables every vault holds (migrated on open).
        clock: Source of creation times.
        kdf_params: Fixed Argon2id costs instead of calibrating (tests, screenshots).
        allow_weak_for_tests: Permit ``kdf_params`` below the RFC 9106 floor.
    """

    schemas: Sequence[FeatureSchema] = ()
    clock: Clock = field(default_factory=SystemClock)
    kdf_params: KdfParams | None = None
    allow_weak_for_tests: bool = False

    @classmethod
    def fast_for_tests(
        cls, schemas: Sequence[FeatureSchema], clock: Clock | None = None
    ) -> VaultService:
        """A service with tiny Argon2id costs: for tests and screenshots, never real vaults."""
        return cls(
            schemas=schemas,
            clock=clock or SystemClock(),
            kdf_params=TEST_KDF_PARAMS,
            allow_weak_for_tests=True,
        )

    def exists(self, folder: Path) -> bool:
        """True when ``folder`` holds a vault."""
        return vault_exists(folder)

    def create(self, folder: Path, passphrase: str) -> tuple[Vault, RecoveryCode]:
        """Create and open a new vault (see :meth:`Vault.create`). Slow: Argon2id."""
        return Vault.create(
            folder,
            passphrase,
            schemas=self.schemas,
            clock=self.clock,
            kdf_params=self.kdf_params,
            allow_weak_for_tests=self.allow_weak_for_tests,
        )

    def unlock(self, folder: Path, passphrase: str) -> Vault:
        """Unlock with the passphrase (see :meth:`Vault.unlock`). Slow: Argon2id."""
        return Vault.unlock(
            folder,
            passphrase,
            schemas=self.schemas,
            clock=self.clock,
            kdf_params=self.kdf_params,
            allow_weak_for_tests=self.allow_weak_for_tests,
        )

    def unlock_with_recovery_code(self, folder: Path, code: str, new_passphrase: str) -> Vault:
        """Unlock with the recovery code and set a new passphrase. Slow: Argon2id."""
        return Vault.unlock_with_recovery_code(
            folder,
            code,
            new_passphrase,
            schemas=self.schemas,
            clock=self.clock,
            kdf_params=self.kdf_params,
            allow_weak_for_tests=self.allow_weak_for_tests,
        )

    def in_memory(self) -> Vault:
        """An encrypted vault that lives only in memory (guest sessions)."""
        return Vault.in_memory(schemas=self.schemas, clock=self.clock)

    def change_passphrase(self, vault: Vault, old: str, new: str) -> None:
        """Re-wrap ``vault``'s key under ``new`` (constant time). Slow: Argon2id."""
        vault.change_passphrase(
            old, new, kdf_params=self.kdf_params, allow_weak_for_tests=self.allow_weak_for_tests
        )

    def replace_recovery_code(self, vault: Vault, passphrase: str) -> RecoveryCode:
        """Make a new recovery code for ``vault``; the old one stops working."""
        return vault.replace_recovery_code(
            passphrase, kdf_params=self.kdf_params, allow_weak_for_tests=self.allow_weak_for_tests
        )
