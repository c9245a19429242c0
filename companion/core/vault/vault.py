"""The vault: an unlocked, encrypted database plus the header that wraps its key.

A ``Vault`` is an open SQLCipher connection (schema migrated) keyed with a random data key
(DEK). The DEK is stored only wrapped, in the header, once under the passphrase and once
under the recovery code (see ``header.py``). Slow calls (``create``, ``unlock*``,
``change_passphrase``) run Argon2id and must be called off the GUI thread by the UI; the
connection may then be used from another thread, one thread at a time.

Files in a vault folder (0700): :data:`DATABASE_NAME` and :data:`HEADER_NAME` (both
0600). Both are needed: losing the header loses the journal. Backups live in
``backups/``, files set aside by a restore or a damage report in ``kept-aside/``.

Unlocking checks the files before anything is written (``opening.py``), then advances the
commit counter in the WAL and records it in the header ("sealing"); every checkpoint,
including the one at lock, is recorded there too (``state.py``). The full page check is
not part of unlocking: :meth:`Vault.verify` runs it in the background and every backup
runs it on the copy.

Tests pass ``kdf_params=TEST_KDF_PARAMS, allow_weak_for_tests=True`` to skip the
calibrated (about half a second) key derivation; production code passes neither.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import sqlcipher3

from companion.core.clock import Clock, SystemClock
from companion.core.errors import (
    CompanionError,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    WrongPassphrase,
)
from companion.core.fsutil import make_private
from companion.core.vault.backup import make_backup
from companion.core.vault.connection import (
    close_database,
    close_keeping_wal,
    integrity_problems,
    open_memory_database,
    storage_errors,
)
from companion.core.vault.crypto import (
    KdfParams,
    calibrate_kdf,
    check_params,
    new_data_key,
    passphrase_bytes,
    wipe,
)
from companion.core.vault.errors import Damage, DatabaseDamaged
from companion.core.vault.header import (
    HEADER_VERSION,
    SLOT_PASSPHRASE,
    SLOT_RECOVERY,
    VAULT_ID_BYTES,
    VaultHeader,
    read_header,
    write_header,
)
from companion.core.vault.keyslots import make_slot, open_slot, rewrap_params, upgrade_target
from companion.core.vault.layout import (
    DATABASE_NAME,
    HEADER_NAME,
    create_private_folder,
    finish_interrupted_creation,
    load_header,
    remove_stale_scratch,
    remove_stale_temp_files,
    vault_exists,
    vault_files,
    write_new_vault,
)
from companion.core.vault.migrations import FeatureSchema, migrate, pending_steps, stored_versions
from companion.core.vault.netfs import is_network_filesystem
from companion.core.vault.opening import check_pair, open_checked, verify_state
from companion.core.vault.progress import CancelFn, ProgressFn
from companion.core.vault.recovery import (
    RecoveryCode,
    generate_recovery_code,
    normalise_recovery_code,
)
from companion.core.vault.rekey import rekey_vault
from companion.core.vault.state import (
    derive_mac_key,
    file_salt_and_page1,
    read_counter,
    seal_state,
    write_counter,
)
from companion.core.vault.strength import check_passphrase
from companion.core.vault.switch import finish_pending_switch
from companion.core.vault.verify import verify_vault
from companion.core.vault.wal import last_committed_page1

__all__ = [
    "DATABASE_NAME",
    "HEADER_NAME",
    "RecoveryCode",
    "Vault",
    "vault_exists",
    "vault_files",
]

_TOKEN = object()
log = logging.getLogger(__name__)


class Vault:
    """An unlocked vault. Create with :meth:`create`, :meth:`unlock`, ... never directly."""

    def __init__(
        self,
        token: object,
        conn: sqlcipher3.Connection,
        folder: Path | None,
        header: VaultHeader | None,
        dek: bytearray | None = None,
        rewritten: frozenset[int] = frozenset(),
        schemas: Sequence[FeatureSchema] = (),
    ) -> None:
        if token is not _TOKEN:
            raise TypeError("use Vault.create, Vault.unlock or Vault.in_memory")
        self._conn: sqlcipher3.Connection | None = conn
        self._folder = folder
        self._header = header
        self._network = folder is not None and is_network_filesystem(folder)
        # Kept while unlocked (SQLCipher holds the same key in memory anyway): backups,
        # the background check and re-keying open other files with it. Wiped at lock.
        self._dek = dek
        self._mac_key = (
            None if dek is None or header is None else derive_mac_key(dek, header.vault_id)
        )
        # Pages the WAL held at unlock: a crash during a checkpoint may have torn them in
        # the main file, and the next checkpoint rewrites them (see connection.page_problems).
        self._rewritten = rewritten
        # Held while anything reads the main file behind the connection's back (the
        # background check, a backup) and by every checkpoint, which writes it.
        self._guard = threading.RLock()
        self._closing = threading.Event()
        self._damaged = False
        self._refused = False  # damage found while unlocking: close without writing
        self._schemas = tuple(schemas)

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
        """Create a new vault in ``folder`` (made 0700 if it is created here) and open it.

        An existing folder keeps its permissions: it may be one the user shares on
        purpose, and only the files inside are made private (0600).

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
        create_private_folder(folder)
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
            header = write_new_vault(folder, header, dek, schemas)
            vault = cls._open(folder, header, dek, schemas)
        finally:
            for buf in (dek, secret, code_secret):
                wipe(buf)
        return vault, RecoveryCode(code)

    @classmethod
    def _open(
        cls,
        folder: Path,
        header: VaultHeader,
        dek: bytearray,
        schemas: Sequence[FeatureSchema],
        *,
        backup_before_upgrade: bool = True,
    ) -> Vault:
        """Check, finish an interrupted switch, open, back up before a migration, migrate,
        seal. ``dek`` is copied; the caller wipes its own."""
        mac_key = derive_mac_key(dek, header.vault_id)
        try:
            verify_state(header, mac_key)
        finally:
            wipe(mac_key)
        finish_interrupted_creation(folder)
        finish_pending_switch(folder, header)
        conn, files = open_checked(folder / DATABASE_NAME, header, dek, schemas)
        vault = cls(
            _TOKEN,
            conn,
            folder,
            header,
            bytearray(dek),
            frozenset(files.wal.committed_pages),
            schemas,
        )
        try:
            try:
                vault._migrate(schemas, backup=backup_before_upgrade)
            except sqlcipher3.DatabaseError as exc:
                if not _is_corruption(exc):
                    raise
                # A page the quick checks did not read failed as the schema was read:
                # damage, reported as such; nothing more is written into the files.
                vault._refused = True  # closed as found: no checkpoint, no record
                raise DatabaseDamaged(Damage.PAGES, "read at unlock") from None
            vault._seal(optional=True)
        except BaseException:
            vault.lock()
            raise
        return vault

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
        no file is touched. Damage is detected before anything is written (see
        ``opening.py``): a cut-off database, one without Companion's tables, a damaged
        WAL, or a database older than its header or its own WAL. A journal whose tables
        need upgrading is backed up first (``backups/``). After a successful unlock the
        key is re-wrapped with stronger Argon2id parameters when ``kdf_params`` (tests)
        or this machine's calibration asks for more than the header records; that is
        best effort (the next unlock tries again).

        Raises:
            WrongPassphrase: Database untouched.
            VaultNotFound: No header and no database in ``folder``.
            VaultDamaged: Header or database failed a check; nothing was written
                (:class:`~companion.core.vault.errors.DatabaseDamaged` says what).
            VaultInUse: Another program holds a lock on the database right now.
            UnsupportedVersion: Written by a newer Companion.
            BackupFailed: The backup before an upgrade of the tables failed; nothing
                was upgraded.
        """
        del clock  # accepted for symmetry; unlocking records no time
        if kdf_params is not None:
            check_params(kdf_params, allow_weak_for_tests=allow_weak_for_tests)
        header = load_header(folder)
        check_pair(folder, header)
        secret = passphrase_bytes(passphrase)
        try:
            started = time.perf_counter()
            dek = open_slot(secret, header.passphrase, header.vault_id, SLOT_PASSPHRASE)
            elapsed = time.perf_counter() - started
            try:
                vault = cls._open(folder, header, dek, schemas)
                try:
                    remove_stale_temp_files(folder)
                    remove_stale_scratch(folder)
                    with contextlib.suppress(OSError):  # a repair, never a reason to fail
                        make_private(folder / HEADER_NAME)
                    target = upgrade_target(
                        header.passphrase.kdf, elapsed, kdf_params, allow_weak_for_tests
                    )
                    if target is not None:
                        vault._rewrap_passphrase(secret, dek, target, optional=True)
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
        check_pair(folder, header)
        normalised = normalise_recovery_code(code)
        if normalised is None:
            raise WrongPassphrase
        code_secret = bytearray(normalised.encode("ascii"))
        secret = passphrase_bytes(new_passphrase)
        try:
            dek = open_slot(code_secret, header.recovery, header.vault_id, SLOT_RECOVERY)
            try:
                vault = cls._open(folder, header, dek, schemas)
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
        return cls(_TOKEN, conn, None, None, schemas=schemas)

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
    def header(self) -> VaultHeader | None:
        """The header as last read or written (None in memory)."""
        return self._header

    @property
    def kdf_params(self) -> KdfParams | None:
        """Argon2id parameters of the passphrase slot (None in memory)."""
        return None if self._header is None else self._header.passphrase.kdf

    @property
    def on_network_filesystem(self) -> bool:
        """True when the folder looks like a network share (rollback journal, not WAL)."""
        return self._network

    @property
    def damaged(self) -> bool:
        """True once a check found damage while open: lock() then leaves the files as they are."""
        return self._damaged

    # -- sealing and checkpoints ---------------------------------------------------------

    def _migrate(self, schemas: Sequence[FeatureSchema], *, backup: bool) -> None:
        """Bring the tables up to date, after a backup when there is something to upgrade."""
        conn = self.connection
        if backup and pending_steps(conn, schemas) and stored_versions(conn, schemas):
            make_backup(self, reason="upgrade")
        with storage_errors():
            migrate(conn, schemas)

    def _record(self, counter: int, page1: bytes | None = None) -> None:
        """Write the header's record of the database: its salt, ``page1`` (default: the
        main file's first page as it is now) and ``counter``."""
        if self._folder is None or self._header is None or self._mac_key is None:
            return
        try:
            on_disk = read_header(self._folder / HEADER_NAME)
        except (CompanionError, OSError):
            on_disk = None
        if on_disk != self._header:
            # Replaced behind our back (a copy put in place by hand, another program):
            # never overwrite a header that is not the one this vault wrote.
            log.warning("vault: the header changed on disk; not recording the checkpoint")
            return
        salt, current = file_salt_and_page1(self._folder / DATABASE_NAME)
        state = seal_state(self._mac_key, self._header.vault_id, salt, page1 or current, counter)
        self._replace_header(self._header.with_database(state))

    def _seal(self, *, optional: bool) -> None:
        """Advance the commit counter (in the WAL) and then record it in the header.

        If the WAL is later lost, the database's counter is below the header's: that is
        how a missing WAL is told from a clean lock. Best effort at unlock (a full disk
        must not keep anyone from reading their journal): the header then keeps the
        previous counter, which still matches the database.
        """
        if self._header is None:
            return
        conn = self.connection
        recorded = 0 if self._header.database is None else self._header.database.commit
        counter = max(read_counter(conn), recorded) + 1
        try:
            with storage_errors():
                write_counter(conn, counter)
            self._record(counter)
        except (CompanionError, OSError, sqlcipher3.Error) as exc:
            if not optional:
                raise
            log.warning("vault: could not seal the session (%s)", type(exc).__name__)

    def _checkpoint_and_record(self, conn: sqlcipher3.Connection) -> None:
        """Fold the WAL into the main file (TRUNCATE), with the header never behind it.

        The first page the checkpoint will leave in the main file is known beforehand
        (the WAL's last committed copy of page 1), so the header records it *before* the
        checkpoint: a crash in between leaves a header naming a page the WAL still holds,
        which unlock accepts; and a header that cannot be written stops the checkpoint
        before anything changed. (Recorded afterwards, a failed write would leave a main
        file newer than the header next to the WAL of later saves: a false alarm.)
        """
        with self._guard:
            counter = read_counter(conn)
            state = None if self._header is None else self._header.database
            expected = None
            if self._folder is not None and not self._network:
                expected = last_committed_page1(self._folder / f"{DATABASE_NAME}-wal")
            if expected is not None and state is not None and expected != state.page1:
                self._record(counter, expected)
            with storage_errors():
                busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy is not None and busy[0]:
                raise VaultInUse
            self._rewritten = frozenset()
            state = None if self._header is None else self._header.database
            if self._folder is not None and state is not None:
                _salt, actual = file_salt_and_page1(self._folder / DATABASE_NAME)
                if actual == state.page1 and counter == state.commit:
                    return
            self._record(counter)  # a rollback journal (no WAL), or an older header

    def checkpoint(self) -> None:
        """Fold the WAL into the database now and start a new session marker.

        Call after large writes (an import, a merge) and now and then in a long session;
        :meth:`lock` does it too. Cheap when the WAL is small.

        Raises:
            VaultLocked, StorageFull, VaultInUse.
        """
        if self.is_memory or self._damaged:
            return
        conn = self.connection
        with self._guard:
            self._checkpoint_and_record(conn)
            self._seal(optional=False)

    def wal_bytes(self) -> int:
        """Current size of the WAL (0 in memory): a hint for when to :meth:`checkpoint`."""
        if self._folder is None:
            return 0
        try:
            return (self._folder / f"{DATABASE_NAME}-wal").stat().st_size
        except OSError:
            return 0

    # -- changes -------------------------------------------------------------------------

    def _replace_header(self, header: VaultHeader) -> None:
        """Atomically replace the header; the outcome is read back, so it is never unclear.

        If the write reports an error but the new header is on disk all the same (the
        rename happened, flushing the folder failed), that is success: afterwards the
        new header is in use. Any exception means the previous header is still the one
        on disk.
        """
        if self._folder is None:
            raise ValueError("an in-memory vault has no header")
        path = self._folder / HEADER_NAME
        try:
            write_header(path, header)
        except BaseException:
            try:
                on_disk = read_header(path)
            except (CompanionError, OSError):
                raise
            if on_disk != header:
                raise
            log.warning("vault: header written, but the folder could not be flushed")
        self._header = header

    def _rewrap_passphrase(
        self, secret: bytearray, dek: bytearray, params: KdfParams, *, optional: bool
    ) -> None:
        """Wrap ``dek`` under ``secret`` in a fresh slot and atomically replace the header."""
        if self._header is None or self._folder is None:
            raise ValueError("an in-memory vault has no passphrase")
        slot = make_slot(secret, dek, params, self._header.vault_id, SLOT_PASSPHRASE)
        header = self._header.with_passphrase_slot(slot)
        try:
            self._replace_header(header)
        except (CompanionError, OSError):
            if not optional:
                raise
            return  # a KDF upgrade can wait for the next unlock

    def change_passphrase(
        self,
        old: str,
        new: str,
        *,
        kdf_params: KdfParams | None = None,
        allow_weak_for_tests: bool = False,
    ) -> None:
        """Re-wrap the same data key under ``new``: constant time whatever the journal size.

        The header is replaced atomically and read back: when this returns, ``new``
        opens the vault and ``old`` does not; when it raises, ``old`` still does and
        ``new`` does not. A kill at any point leaves exactly one of them working. Copies
        of the old header (in a backup, a sync history) still open the journal with the
        old passphrase: :meth:`rekey` locks those out too.

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
        As with :meth:`change_passphrase`, an old header copy keeps the old code
        working on old copies; :meth:`rekey` makes a new code that locks those out.

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
        self._replace_header(current.with_recovery_slot(slot))
        return RecoveryCode(code)

    def rekey(
        self,
        passphrase: str,
        *,
        new_passphrase: str | None = None,
        kdf_params: KdfParams | None = None,
        allow_weak_for_tests: bool = False,
        progress: ProgressFn | None = None,
        cancelled: CancelFn | None = None,
    ) -> RecoveryCode:
        """Re-encrypt the journal under a new data key: old header copies stop working.

        For "lock out old copies too" (with a passphrase change, a new recovery code, or
        on its own). Takes about as long as a backup; crash-safe at every step (see
        ``rekey.py``). When this returns, ``new_passphrase`` (or ``passphrase`` when None)
        and the returned new recovery code open the journal; when it raises, the old
        passphrase and code still do. The connection is a new object afterwards: build
        a new ``Journal`` over :attr:`connection`.

        Raises:
            WeakPassphrase, WrongPassphrase, Cancelled (nothing changed), BackupFailed
            (the new copy did not verify; nothing changed), StorageFull, VaultLocked.
        """
        return rekey_vault(
            self,
            passphrase,
            new_passphrase=new_passphrase,
            kdf_params=kdf_params,
            allow_weak_for_tests=allow_weak_for_tests,
            progress=progress,
            cancelled=cancelled,
        )

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
        """Page (HMAC) and structure checks on this connection; empty list = healthy.

        Slow on a large journal (seconds at 100,000 entries) and it holds the connection
        while it runs: the app uses :meth:`verify`, which works on a connection of its
        own and can be cancelled.
        """
        return integrity_problems(self.connection, self._rewritten)

    def verify(
        self, *, progress: ProgressFn | None = None, cancelled: CancelFn | None = None
    ) -> None:
        """The full check (every page's HMAC, then the structure), in the background.

        Reads the main file through a connection of its own, so the journal stays usable
        while it runs (checkpoints wait for it). On damage the files are first copied
        aside (``kept-aside/``), the vault is marked damaged (lock will not write into
        the database) and :class:`DatabaseDamaged` is raised with ``kept_aside`` set.

        Raises:
            DatabaseDamaged: ``damage == Damage.PAGES``.
            Cancelled: ``cancelled()`` returned True, or the vault is being locked.
            VaultLocked: The vault is locked.
        """
        verify_vault(self, progress=progress, cancelled=cancelled)

    def lock(self) -> None:
        """Checkpoint (TRUNCATE), record it in the header, close, forget the key. Idempotent.

        A vault found damaged while open is closed without a checkpoint of ours (its
        files were already copied aside).
        """
        self._closing.set()
        with self._guard:
            conn, self._conn = self._conn, None
            if conn is None:
                return
            try:
                if not self.is_memory and not self._damaged and not self._refused:
                    try:
                        self._checkpoint_and_record(conn)
                    except (CompanionError, OSError, sqlcipher3.Error) as exc:
                        # The WAL stays and is replayed at the next unlock; nothing lost.
                        log.warning("vault: checkpoint at lock failed (%s)", type(exc).__name__)
            finally:
                # Found damaged while open, or while unlocking with commits in the WAL:
                # SQLite's own checkpoint as the last connection closes would fold the WAL
                # into the damaged file and delete it. (An empty WAL folds nothing; the
                # plain close then removes it, leaving the files as they were found.)
                keep_wal = self._damaged or (self._refused and bool(self._rewritten))
                if keep_wal and self._folder is not None and self._dek is not None:
                    close_keeping_wal(conn, self._folder / DATABASE_NAME, self._dek)
                else:
                    close_database(conn, checkpoint=False)
                for key in (self._dek, self._mac_key):
                    if key is not None:
                        wipe(key)
                self._dek = self._mac_key = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.lock()


def _is_corruption(exc: sqlcipher3.DatabaseError) -> bool:
    """True for SQLite's "malformed" and "not a database" (a page failed its check)."""
    if isinstance(exc, sqlcipher3.OperationalError):
        return False  # locked, busy, disk I/O: not damage
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text
