"""One object that opens vaults the same way everywhere: :class:`VaultService`.

The app builds it once, with the features' schemas and the key-derivation settings, and
hands it to every screen that creates, unlocks or re-keys a vault. Tests build one with
tiny Argon2id costs; screens never see (or pass along) such test-only parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from companion.core.clock import Clock, SystemClock
from companion.core.vault.backup import (
    BackupInfo,
    BackupPolicy,
    backups_folder,
    is_due,
    list_backups,
    make_backup,
)
from companion.core.vault.check import CheckReport, check_vault
from companion.core.vault.copies import open_copy
from companion.core.vault.crypto import TEST_KDF_PARAMS, KdfParams
from companion.core.vault.migrations import FeatureSchema
from companion.core.vault.package import ExportInfo, export_encrypted, read_export, unpack_export
from companion.core.vault.progress import CancelFn, ProgressFn
from companion.core.vault.restore import (
    RestoreResult,
    backup_problems,
    newest_good_backup,
    restore_backup,
)
from companion.core.vault.vault import RecoveryCode, Vault, vault_exists


@dataclass(frozen=True)
class VaultService:
    """How this program opens vaults.

    Attributes:
        schemas: The features whose tables every vault holds (migrated on open).
        clock: Source of creation times.
        kdf_params: Fixed Argon2id costs instead of calibrating (tests, screenshots).
        allow_weak_for_tests: Permit ``kdf_params`` below the RFC 9106 floor.
        backup_policy: Rotation (7 daily, 4 weekly) and an optional second folder.
    """

    schemas: Sequence[FeatureSchema] = ()
    clock: Clock = field(default_factory=SystemClock)
    kdf_params: KdfParams | None = None
    allow_weak_for_tests: bool = False
    backup_policy: BackupPolicy = field(default_factory=BackupPolicy)

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

    # -- keeping the journal safe (all slow: run them off the GUI thread) -----------------

    def verify(
        self, vault: Vault, *, progress: ProgressFn | None = None, cancelled: CancelFn | None = None
    ) -> None:
        """The full page and structure check in the background (see :meth:`Vault.verify`)."""
        vault.verify(progress=progress, cancelled=cancelled)

    def backup(
        self,
        vault: Vault,
        *,
        reason: str = "manual",
        policy: BackupPolicy | None = None,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> BackupInfo:
        """Make a verified, encrypted backup now (``backups/`` in the vault folder).

        Raises:
            BackupFailed, Cancelled, StorageFull, VaultLocked.
        """
        return make_backup(
            vault,
            reason=reason,
            policy=policy or self.backup_policy,
            now=self.clock.now(),
            progress=progress,
            cancelled=cancelled,
        )

    def backup_if_due(
        self,
        vault: Vault,
        *,
        policy: BackupPolicy | None = None,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> BackupInfo | None:
        """The automatic backup: call on lock and on exit; at most one a day.

        Returns:
            The new backup, or None when today already has one (or the vault is in
            memory: guest sessions keep nothing).
        """
        if vault.is_memory or vault.folder is None:
            return None
        if not is_due(backups_folder(vault.folder), self.clock.now()):
            return None
        return self.backup(
            vault, reason="daily", policy=policy, progress=progress, cancelled=cancelled
        )

    def list_backups(self, folder: Path) -> list[BackupInfo]:
        """The backups of the vault in ``folder``, newest first (date, entries, size)."""
        return list_backups(backups_folder(folder))

    def check_backup(
        self,
        backup: BackupInfo,
        secret: str | None = None,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> list[str]:
        """Problems with one backup (empty: it verifies). Without ``secret``: SHA-256 only.

        Raises:
            WrongPassphrase: ``secret`` does not open this backup (made before a change).
        """
        return backup_problems(backup, secret, progress=progress, cancelled=cancelled)

    def newest_good_backup(self, folder: Path, secret: str | None = None) -> BackupInfo | None:
        """The newest backup that verifies: what to offer when the journal is damaged."""
        return newest_good_backup(backups_folder(folder), secret)

    def restore(
        self,
        folder: Path,
        backup: BackupInfo,
        *,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> RestoreResult:
        """Put a backup back in place (the vault must be locked); current files kept aside.

        Afterwards the journal opens with the passphrase and recovery code that were
        valid when the backup was made.

        Raises:
            BackupFailed, Cancelled, StorageFull (nothing changed in each case).
        """
        return restore_backup(folder, backup, progress=progress, cancelled=cancelled)

    def rekey(
        self,
        vault: Vault,
        passphrase: str,
        *,
        new_passphrase: str | None = None,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> RecoveryCode:
        """ "Lock out old copies too": re-encrypt under a new key (see :meth:`Vault.rekey`).

        Returns the new recovery code, to show once. Rebuild the Journal afterwards.
        """
        return vault.rekey(
            passphrase,
            new_passphrase=new_passphrase,
            kdf_params=self.kdf_params,
            allow_weak_for_tests=self.allow_weak_for_tests,
            progress=progress,
            cancelled=cancelled,
        )

    def export_encrypted(
        self,
        vault: Vault,
        target: Path,
        *,
        overwrite: bool = False,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> ExportInfo:
        """Write the encrypted single-file copy (``.companion``) of the open journal."""
        return export_encrypted(
            vault, target, overwrite=overwrite, progress=progress, cancelled=cancelled
        )

    def describe_file(self, path: Path) -> ExportInfo:
        """What an encrypted journal file says about itself (raises NotAnExport)."""
        return read_export(path)[0]

    def install_from_file(self, path: Path, folder: Path) -> ExportInfo:
        """ "Open a journal from a file…": make ``path`` the journal in ``folder``.

        ``folder`` must not hold a journal yet; then unlock it with the file's passphrase.

        Raises:
            NotAnExport, VaultExists, StorageFull.
        """
        return unpack_export(path, folder)[0]

    def open_copy(
        self, source: Path, secret: str, *, scratch_parent: Path
    ) -> AbstractContextManager[Vault]:
        """A migrated, unlocked scratch copy of a backup folder or ``.companion`` file.

        For merging: the source is never written; the copy is deleted afterwards.
        """
        return open_copy(source, secret, scratch_parent=scratch_parent, schemas=self.schemas)

    def check(
        self,
        folder: Path,
        secret: str,
        *,
        full_backups: bool = False,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> CheckReport:
        """Check the journal and its backups completely, writing nothing."""
        return check_vault(
            folder,
            secret,
            schemas=self.schemas,
            full_backups=full_backups,
            progress=progress,
            cancelled=cancelled,
        )
