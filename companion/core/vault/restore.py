"""Checking a backup, finding the newest good one, and putting one back in place.

Checking without the key compares the database copy with the SHA-256 its manifest
recorded (bit rot, a broken copy). With the passphrase (or recovery code) valid when the
backup was made, the check opens it read-only and runs the full page and structure
checks and compares every table's row count with the manifest.

Restoring works on a locked vault folder and keeps everything that was there: the
current database, header and WAL are kept aside (``kept-aside/<time>-before-restore/``)
before anything is replaced, then the backup's database is staged and the backup's
header switches to it (see ``switch.py``), so a crash at any point leaves either the old
journal or the restored one, never a mix. After a restore the journal opens with the
passphrase and recovery code that were valid when the backup was made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from companion.core.errors import VaultDamaged, WrongPassphrase
from companion.core.fsutil import atomic_write_bytes
from companion.core.vault.backup import BackupInfo, list_backups
from companion.core.vault.copying import file_sha256
from companion.core.vault.crypto import passphrase_bytes, wipe
from companion.core.vault.errors import BackupFailed, Damage, DatabaseDamaged
from companion.core.vault.header import (
    SLOT_PASSPHRASE,
    SLOT_RECOVERY,
    VaultHeader,
    read_header,
)
from companion.core.vault.keyslots import open_slot
from companion.core.vault.layout import DATABASE_NAME, HEADER_NAME, sidecars
from companion.core.vault.opening import check_files, verify_state
from companion.core.vault.progress import CancelFn, ProgressFn, Ticker
from companion.core.vault.recovery import normalise_recovery_code
from companion.core.vault.state import derive_mac_key
from companion.core.vault.switch import (
    aside_folder,
    copy_to_staging,
    discard_staging,
    finish_pending_switch,
    keep_copy,
    stage,
)
from companion.core.vault.verify import check_file


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did.

    Attributes:
        restored: The backup now in place.
        kept_aside: Where the files it replaced were kept (None if there were none).
    """

    restored: BackupInfo
    kept_aside: Path | None


def unwrap_with(header: VaultHeader, secret_text: str) -> bytearray:
    """The data key from the passphrase, or else the recovery code (caller wipes it).

    Raises:
        WrongPassphrase: Neither opens this header.
    """
    secret = passphrase_bytes(secret_text)
    try:
        return open_slot(secret, header.passphrase, header.vault_id, SLOT_PASSPHRASE)
    except WrongPassphrase:
        code = normalise_recovery_code(secret_text)
        if code is None:
            raise
        code_secret = bytearray(code.encode("ascii"))
        try:
            return open_slot(code_secret, header.recovery, header.vault_id, SLOT_RECOVERY)
        finally:
            wipe(code_secret)
    finally:
        wipe(secret)


def backup_problems(
    info: BackupInfo,
    secret: str | None = None,
    *,
    key: bytearray | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> list[str]:
    """What is wrong with a backup; an empty list means it verifies.

    Args:
        info: The backup.
        secret: Its passphrase or recovery code, for the full check (else only SHA-256).
        key: Its data key instead of ``secret`` (the vault that made it is open).

    Raises:
        WrongPassphrase: ``secret`` opens neither slot of the backup's header.
        Cancelled: Asked to stop.
    """
    ticker = Ticker(progress, cancelled)
    database = info.path / DATABASE_NAME
    try:
        header = read_header(info.path / HEADER_NAME)
    except (FileNotFoundError, VaultDamaged) as exc:
        return [f"header: {type(exc).__name__}"]
    try:
        check_files(database, header)
    except DatabaseDamaged as exc:
        return [f"database: {exc.reason}"]
    ticker.check()
    if info.sha256 and file_sha256(database) != info.sha256:
        return ["database: does not match its manifest"]
    if secret is None and key is None:
        return []
    own = key is None
    dek = unwrap_with(header, secret or "") if key is None else key
    try:
        mac_key = derive_mac_key(dek, header.vault_id)
        try:
            verify_state(header, mac_key)
        except VaultDamaged as exc:
            return [f"header: {exc.reason}"]
        finally:
            wipe(mac_key)
        problems = check_file(database, dek, ticker=ticker, stop=cancelled)
        if not problems and info.tables:
            from companion.core.vault.copying import table_counts
            from companion.core.vault.verify import immutable_connection

            with immutable_connection(database, dek) as conn:
                if table_counts(conn) != info.tables:
                    problems.append("database: row counts differ from the manifest")
        return problems
    finally:
        if own:
            wipe(dek)


def newest_good_backup(
    folder: Path,
    secret: str | None = None,
    *,
    cancelled: CancelFn | None = None,
) -> BackupInfo | None:
    """The newest backup in ``folder`` that verifies (see :func:`backup_problems`).

    Backups the secret does not open (made before a passphrase change) are checked
    without it, by their SHA-256 only.
    """
    for info in list_backups(folder):
        try:
            problems = backup_problems(info, secret, cancelled=cancelled)
        except WrongPassphrase:
            problems = backup_problems(info, None, cancelled=cancelled)
        if not problems:
            return info
    return None


def restore_backup(
    vault_folder: Path,
    info: BackupInfo,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    on_switched: Callable[[], None] | None = None,
) -> RestoreResult:
    """Put ``info`` back as the journal in ``vault_folder`` (which must not be open).

    Args:
        vault_folder: The vault folder (its current files, if any, are kept aside).
        info: The backup to restore.
        on_switched: Called right after the switch (tests use it to simulate a crash).

    Raises:
        BackupFailed: The backup does not match its manifest; nothing was changed.
        Cancelled: Nothing was changed.
        StorageFull: Nothing was changed.
    """
    ticker = Ticker(progress, cancelled)
    header_bytes = (info.path / HEADER_NAME).read_bytes()
    try:
        header = read_header(info.path / HEADER_NAME)
    except VaultDamaged as exc:
        raise BackupFailed(f"header: {exc.reason}") from exc
    problems = backup_problems(info, cancelled=cancelled)
    if problems:
        raise BackupFailed(problems[0])
    ticker.step(1, 4)
    vault_folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        staged = copy_to_staging(info.path / DATABASE_NAME, vault_folder)
        ticker.step(2, 4)
        stage(staged, vault_folder)
    except BaseException:
        discard_staging(vault_folder)
        raise
    database = vault_folder / DATABASE_NAME
    current = [database, vault_folder / HEADER_NAME, *sidecars(database)]
    kept: Path | None = None
    if any(path.exists() for path in current):
        kept = aside_folder(vault_folder, "before-restore")
        keep_copy(current, kept)
    ticker.report(3, 4)
    # The switch: from here on the backup's header names the staged database.
    try:
        atomic_write_bytes(vault_folder / HEADER_NAME, header_bytes)
    except BaseException:
        discard_staging(vault_folder)
        raise
    if on_switched is not None:
        on_switched()
    finish_pending_switch(vault_folder, header)
    ticker.report(4, 4)
    return RestoreResult(restored=info, kept_aside=kept)


__all__ = [
    "Damage",
    "RestoreResult",
    "backup_problems",
    "newest_good_backup",
    "restore_backup",
    "unwrap_with",
]
