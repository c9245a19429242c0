"""The vault: an unlocked, encrypted database plus the header that wraps its key.

A ``Vault`` is an open SQLCipher connection (schema migrated) keyed with a random data key
(DEK). The DEK is stored only wrapped, in the header, once under the passphrase and once
under the recovery code (see ``header.py``). Slow calls (``create``, ``unlock*``,
``change_passphrase``) run Argon2id and must be called off the GUI thread by the UI; the
connection may then be used from another thread, one thread at a time.

Files in a vault folder (0700): :data:`DATABASE_NAME` and :data:`HEADER_NAME` (both
0600). Both are needed: losing the header loses the journal.

Tests pass ``kdf_params=TEST_KDF_PARAMS, allow_weak_for_tests=True`` to skip the
calibrated (about half a second) key derivation; production code passes neither.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import sqlcipher3

from companion.core.clock import Clock, SystemClock
from companion.core.errors import (
    CompanionError,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
)
from companion.core.fsutil import ensure_private_dir, make_private
from companion.core.vault.connection import (
    close_database,
    integrity_problems,
    open_memory_database,
)
from companion.core.vault.crypto import (
    KdfParams,
    calibrate_kdf,
    check_params,
    new_data_key,
    passphrase_bytes,
    wipe,
)
from companion.core.vault.header import (
    HEADER_VERSION,
    SLOT_PASSPHRASE,
    SLOT_RECOVERY,
    VAULT_ID_BYTES,
    VaultHeader,
    write_header,
)
from companion.core.vault.keyslots import make_slot, open_slot, rewrap_params, upgrade_target
from companion.core.vault.layout import (
    DATABASE_NAME,
    HEADER_NAME,
    finish_interrupted_creation,
    load_header,
    open_migrated,
    remove_stale_temp_files,
    vault_exists,
    vault_files,
    write_new_vault,
)
from companion.core.vault.migrations import FeatureSchema, migrate
from companion.core.vault.netfs import is_network_filesystem
from companion.core.vault.recovery import generate_recovery_code, normalise_recovery_code
from companion.core.vault.strength import check_passphrase

__all__ = [
    "DATABASE_NAME",
    "HEADER_NAME",
    "RecoveryCode",
    "Vault",
    "vault_exists",
    "vault_files",
]

_TOKEN = object()


@dataclass(frozen=True)
class RecoveryCode:
    """The recovery code shown once at creation, e.g. ``"K7Q2M-9XHDA-…"`` (25 symbols)."""

    text: str = field(repr=False)  # never in logs or tracebacks


class Vault:
    """An unlocked vault. Create with :meth:`create`, :meth:`unlock`, ... never directly."""

    def __init__(
        self,
        token: object,
        conn: sqlcipher3.Connection,
        folder: Path | None,
        header: VaultHeader | None,
    ) -> None:
        if token is not _TOKEN:
            raise TypeError("use Vault.create, Vault.unlock or Vault.in_memory")
        self._conn: sqlcipher3.Connection | None = conn
        self._folder = folder
        self._header = header
        self._network = folder is not None and is_network_filesystem(folder)

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        schemas: Sequence[FeatureSchema] = (),
        clock: Clock | None = None,
        kdf_params: KdfParams | None = None,
        allow_weak_for_tests: bool = False,
    ) -> tuple[Vault, RecoveryCode]:
        """Create a new vault in ``folder`` (made 0700 if needed) and open it.

        Args:
            folder: Where the vault lives; must not already hold a vault.
            passphrase: At least 8 characters.
            clock: Source of the creation time.
            kdf_params: Fixed Argon2id parameters instead of calibrating (~0.5 s).
            allow_weak_for_tests: Permit ``kdf_params`` below the RFC 9106 floor.

        Returns:
            The open vault and the recovery code, to show the user exactly once.

        Raises:
            WeakPassphrase, VaultExists, StorageFull.
        """
        check_passphrase(passphrase)
        if kdf_params is not None:
            params = check_params(kdf_params, allow_weak_for_tests=allow_weak_for_tests)
        else:
            params = calibrate_kdf()
        ensure_private_dir(folder)
        header_path, db_path = vault_files(folder)
        if header_path.exists() or db_path.exists():
            raise VaultExists(str(folder))
        code = generate_recovery_code()
        vault_id = os.urandom(VAULT_ID_BYTES)
        dek = new_data_key()
        secret = passphrase_bytes(passphrase)
        code_secret = bytearray((normalise_recovery_code(code) or "").encode("ascii"))
        try:
            header = VaultHeader(
                version=HEADER_VERSION,
                vault_id=vault_id,
                created=(clock or SystemClock()).now().isoformat(),
                passphrase=make_slot(secret, dek, params, vault_id, SLOT_PASSPHRASE),
                recovery=make_slot(code_secret, dek, params, vault_id, SLOT_RECOVERY),
            )
            write_new_vault(folder, header, dek, schemas)
            vault = cls(_TOKEN, open_migrated(db_path, dek, schemas), folder, header)
        finally:
            for buf in (dek, secret, code_secret):
                wipe(buf)
        return vault, RecoveryCode(code)

    @classmethod
    def unlock(
        cls,
        folder: Path,
        passphrase: str,
        *,
        schemas: Sequence[FeatureSchema] = (),
        clock: Clock | None = None,
        kdf_params: KdfParams | None = None,
        allow_weak_for_tests: bool = False,
    ) -> Vault:
        """Unlock with the passphrase. Retries are unlimited; nothing is ever locked out.

        A wrong passphrase is detected by the GCM tag before the database is opened, so
        no file is touched. After a successful unlock the key is re-wrapped with stronger
        Argon2id parameters when ``kdf_params`` (tests) or this machine's calibration asks
        for more than the header records, and a header in an older format (no checksum)
        is rewritten, atomically, in the current one. Both are best effort: if the write
        fails the vault still opens and the next unlock tries again.

        Raises:
            WrongPassphrase: Database untouched.
            VaultNotFound: No header and no database in ``folder``.
            VaultDamaged: Header or database failed a check; nothing was written.
            VaultInUse: Another program holds a lock on the database right now.
            UnsupportedVersion: Written by a newer Companion.
        """
        del clock  # accepted for symmetry; unlocking records no time
        if kdf_params is not None:
            check_params(kdf_params, allow_weak_for_tests=allow_weak_for_tests)
        header = load_header(folder)
        secret = passphrase_bytes(passphrase)
        try:
            started = time.perf_counter()
            dek = open_slot(secret, header.passphrase, header.vault_id, SLOT_PASSPHRASE)
            elapsed = time.perf_counter() - started
            try:
                finish_interrupted_creation(folder)
                vault = cls(
                    _TOKEN, open_migrated(folder / DATABASE_NAME, dek, schemas), folder, header
                )
                try:
                    remove_stale_temp_files(folder)
                    with contextlib.suppress(OSError):  # repairs, never reasons to fail
                        make_private(folder / HEADER_NAME)
                        os.chmod(folder, 0o700)
                    target = upgrade_target(
                        header.passphrase.kdf, elapsed, kdf_params, allow_weak_for_tests
                    )
                    if target is not None:
                        vault._rewrap_passphrase(secret, dek, target, optional=True)
                    vault._upgrade_header_format()
                except BaseException:
                    vault.lock()
                    raise
            finally:
                wipe(dek)
        finally:
            wipe(secret)
        return vault

    @classmethod
    def unlock_with_recovery_code(
        cls,
        folder: Path,
        code: str,
        new_passphrase: str,
        *,
        schemas: Sequence[FeatureSchema] = (),
        clock: Clock | None = None,
        kdf_params: KdfParams | None = None,
        allow_weak_for_tests: bool = False,
    ) -> Vault:
        """Unlock with the recovery code and set a new passphrase in the same step.

        The code is read forgivingly (case, spaces, dashes, I/L/O look-alikes). The
        header is replaced atomically only after the database has proved healthy; the
        recovery code keeps working afterwards.

        Raises:
            WeakPassphrase: Checked first, before any slow work.
            WrongPassphrase: The code is malformed or does not unwrap the key.
            VaultNotFound, VaultDamaged, VaultInUse, UnsupportedVersion, StorageFull.
        """
        del clock
        check_passphrase(new_passphrase)
        if kdf_params is not None:
            check_params(kdf_params, allow_weak_for_tests=allow_weak_for_tests)
        header = load_header(folder)
        normalised = normalise_recovery_code(code)
        if normalised is None:
            raise WrongPassphrase
        code_secret = bytearray(normalised.encode("ascii"))
        secret = passphrase_bytes(new_passphrase)
        try:
            dek = open_slot(code_secret, header.recovery, header.vault_id, SLOT_RECOVERY)
            try:
                finish_interrupted_creation(folder)
                vault = cls(
                    _TOKEN, open_migrated(folder / DATABASE_NAME, dek, schemas), folder, header
                )
                params = rewrap_params(header.passphrase.kdf, kdf_params, allow_weak_for_tests)
                try:
                    vault._rewrap_passphrase(secret, dek, params, optional=False)
                except BaseException:
                    vault.lock()
                    raise
            finally:
                wipe(dek)
        finally:
            wipe(code_secret)
            wipe(secret)
        return vault

    @classmethod
    def in_memory(
        cls, *, schemas: Sequence[FeatureSchema] = (), clock: Clock | None = None
    ) -> Vault:
        """An encrypted in-memory vault under a random key (guest mode builds on it).

        Nothing is written to disk: no header, no database file, temp store in memory.
        """
        del clock
        conn = open_memory_database()
        try:
            migrate(conn, schemas)
        except BaseException:
            conn.close()
            raise
        return cls(_TOKEN, conn, None, None)

    # -- state ---------------------------------------------------------------------------

    @property
    def connection(self) -> sqlcipher3.Connection:
        """The open SQLCipher connection (schema migrated). Raises VaultLocked after lock."""
        if self._conn is None:
            raise VaultLocked
        return self._conn

    @property
    def is_locked(self) -> bool:
        """True after :meth:`lock`."""
        return self._conn is None

    @property
    def is_memory(self) -> bool:
        """True for a guest-mode, in-memory vault."""
        return self._folder is None

    @property
    def folder(self) -> Path | None:
        """The vault folder, or None in memory."""
        return self._folder

    @property
    def kdf_params(self) -> KdfParams | None:
        """Argon2id parameters of the passphrase slot (None in memory)."""
        return None if self._header is None else self._header.passphrase.kdf

    @property
    def on_network_filesystem(self) -> bool:
        """True when the folder looks like a network share (rollback journal, not WAL)."""
        return self._network

    # -- changes -------------------------------------------------------------------------

    def _rewrap_passphrase(
        self, secret: bytearray, dek: bytearray, params: KdfParams, *, optional: bool
    ) -> None:
        """Wrap ``dek`` under ``secret`` in a fresh slot and atomically replace the header."""
        if self._header is None or self._folder is None:
            raise ValueError("an in-memory vault has no passphrase")
        slot = make_slot(secret, dek, params, self._header.vault_id, SLOT_PASSPHRASE)
        header = self._header.with_passphrase_slot(slot)
        try:
            write_header(self._folder / HEADER_NAME, header)
        except (CompanionError, OSError):
            if not optional:
                raise
            return  # a KDF upgrade can wait for the next unlock
        self._header = header

    def _upgrade_header_format(self) -> None:
        """Rewrite an older-format header in the current format (same slots, same keys)."""
        if self._header is None or self._folder is None or not self._header.needs_upgrade:
            return
        header = self._header.upgraded()
        try:
            write_header(self._folder / HEADER_NAME, header)
        except (CompanionError, OSError):
            return  # the old header still opens the vault; try again next time
        self._header = header

    def change_passphrase(
        self,
        old: str,
        new: str,
        *,
        kdf_params: KdfParams | None = None,
        allow_weak_for_tests: bool = False,
    ) -> None:
        """Re-wrap the same data key under ``new``: constant time whatever the journal size.

        The header is replaced atomically, so after a crash at any point exactly one of
        ``old`` and ``new`` opens the vault.

        Raises:
            VaultLocked: The vault is locked.
            WeakPassphrase: ``new`` breaks the rules (checked first).
            WrongPassphrase: ``old`` is not the current passphrase.
            VaultDamaged: The header changed under us or is unreadable.
            StorageFull: Nothing changed.
            ValueError: In-memory vaults have no passphrase.
        """
        folder = self._require_folder()
        check_passphrase(new)
        if kdf_params is not None:
            check_params(kdf_params, allow_weak_for_tests=allow_weak_for_tests)
        current = self._reload_header(folder)
        old_secret, new_secret = passphrase_bytes(old), passphrase_bytes(new)
        try:
            dek = open_slot(old_secret, current.passphrase, current.vault_id, SLOT_PASSPHRASE)
            try:
                params = rewrap_params(current.passphrase.kdf, kdf_params, allow_weak_for_tests)
                self._rewrap_passphrase(new_secret, dek, params, optional=False)
            finally:
                wipe(dek)
        finally:
            wipe(old_secret)
            wipe(new_secret)

    def replace_recovery_code(
        self,
        passphrase: str,
        *,
        kdf_params: KdfParams | None = None,
        allow_weak_for_tests: bool = False,
    ) -> RecoveryCode:
        """Make a new recovery code (the old one stops working), proven by the passphrase.

        For "I lost my recovery code": show the new code exactly once, as at creation.

        Raises:
            VaultLocked, WrongPassphrase, VaultDamaged, StorageFull; ValueError in memory.
        """
        folder = self._require_folder()
        if kdf_params is not None:
            check_params(kdf_params, allow_weak_for_tests=allow_weak_for_tests)
        current = self._reload_header(folder)
        secret = passphrase_bytes(passphrase)
        code = generate_recovery_code()
        code_secret = bytearray((normalise_recovery_code(code) or "").encode("ascii"))
        try:
            dek = open_slot(secret, current.passphrase, current.vault_id, SLOT_PASSPHRASE)
            try:
                params = rewrap_params(current.recovery.kdf, kdf_params, allow_weak_for_tests)
                slot = make_slot(code_secret, dek, params, current.vault_id, SLOT_RECOVERY)
            finally:
                wipe(dek)
        finally:
            wipe(secret)
            wipe(code_secret)
        header = current.with_recovery_slot(slot)
        write_header(folder / HEADER_NAME, header)
        self._header = header
        return RecoveryCode(code)

    def _require_folder(self) -> Path:
        self.connection  # noqa: B018 - raises VaultLocked when locked
        if self._folder is None or self._header is None:
            raise ValueError("an in-memory vault has no passphrase")
        return self._folder

    def _reload_header(self, folder: Path) -> VaultHeader:
        """The header as on disk now, refusing one that belongs to another vault."""
        current = load_header(folder)
        if self._header is None or current.vault_id != self._header.vault_id:
            raise VaultDamaged("header", "replaced while the vault was open")
        self._header = current
        return current

    def check_integrity(self) -> list[str]:
        """Run ``cipher_integrity_check`` and ``integrity_check``; empty list = healthy."""
        return integrity_problems(self.connection)

    def lock(self) -> None:
        """Checkpoint (TRUNCATE), close, forget the key. Idempotent."""
        conn, self._conn = self._conn, None
        if conn is not None:
            close_database(conn, checkpoint=not self.is_memory)

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.lock()
