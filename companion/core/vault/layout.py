"""Where a vault's files live, and the file-level steps of opening one."""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Sequence
from pathlib import Path

from companion.core.errors import VaultDamaged, VaultNotFound
from companion.core.fsutil import PRIVATE_DIR_MODE, fsync_dir
from companion.core.vault.connection import (
    close_database,
    create_database,
    storage_errors,
)
from companion.core.vault.crypto import wipe
from companion.core.vault.header import VaultHeader, read_header, write_header
from companion.core.vault.migrations import FeatureSchema, migrate
from companion.core.vault.state import (
    derive_mac_key,
    file_salt_and_page1,
    seal_state,
    write_counter,
)

HEADER_NAME = "vault.header"
DATABASE_NAME = "journal.db"
# The database is built under this name and renamed only after the header is on disk, so
# a crash during creation never leaves a database without a header.
CREATING_NAME = ".journal.db.creating"
# Encrypted copies read by a merge, and exports being built (see copies.py, package.py).
SCRATCH_PREFIX = ".scratch-"
EXPORT_PREFIX = ".export-"


def vault_exists(folder: Path) -> bool:
    """True when ``folder`` holds a vault header (first run shows the welcome otherwise)."""
    return (folder / HEADER_NAME).is_file()


def vault_files(folder: Path) -> tuple[Path, Path]:
    """``(header, database)`` paths of the vault in ``folder``; backups need both."""
    return folder / HEADER_NAME, folder / DATABASE_NAME


def load_header(folder: Path) -> VaultHeader:
    """Read the header; no header is "not found", unless a database shows it was lost."""
    header_path, db_path = vault_files(folder)
    try:
        return read_header(header_path)
    except FileNotFoundError:
        if db_path.exists():
            raise VaultDamaged("header", "missing") from None
        raise VaultNotFound(str(folder)) from None


def remove_quietly(*paths: Path) -> None:
    """Delete files that may not exist."""
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def sidecars(path: Path) -> list[Path]:
    """SQLite's companion files for a database path."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def finish_interrupted_creation(folder: Path) -> None:
    """A crash after the header was written but before the rename: finish the rename."""
    pending, final = folder / CREATING_NAME, folder / DATABASE_NAME
    if not final.exists() and pending.is_file():
        os.replace(pending, final)
        fsync_dir(folder)


def create_private_folder(folder: Path) -> Path:
    """Make ``folder`` (and missing parents) with mode 0700, leaving existing ones alone.

    A folder that already exists keeps its permissions: it may be a shared folder the user
    chose on purpose (``--data-dir``), and changing it would surprise everyone who uses it.
    Only the folders made here, and the vault's own files, are private.
    """
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for path in reversed(missing):
        path.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
        if os.name == "posix":
            os.chmod(path, PRIVATE_DIR_MODE)  # mkdir's mode is filtered by the umask
    return folder


def remove_stale_temp_files(folder: Path, *, older_than: float = 60.0) -> list[str]:
    """Delete header temp files left by a killed save (never a fresh one: it may be live).

    ``atomic_write_bytes`` writes ``.vault.header.<random>.tmp`` and renames it; a kill
    between the two leaves the temp file, which holds nothing the header does not.
    """
    removed = []
    now = time.time()
    for path in folder.glob(f".{HEADER_NAME}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime >= older_than:
                path.unlink()
                removed.append(path.name)
    return removed


def write_new_vault(
    folder: Path, header: VaultHeader, dek: bytearray, schemas: Sequence[FeatureSchema]
) -> VaultHeader:
    """Build the database under a temporary name, write the header, then rename.

    Crash before the header: the next create throws the half-built file away. Crash
    after it: the next unlock finishes the rename (:func:`finish_interrupted_creation`).

    Returns:
        The header as written: ``header`` with its record of the new database.
    """
    pending = folder / CREATING_NAME
    remove_quietly(pending, *sidecars(pending))  # left by a crash: no header, no data
    mac_key = derive_mac_key(dek, header.vault_id)
    try:
        conn = create_database(pending, dek)
        try:
            with storage_errors():
                migrate(conn, schemas)
                write_counter(conn, 1)
        finally:
            close_database(conn, checkpoint=True)
        salt, page1 = file_salt_and_page1(pending)
        header = header.with_database(seal_state(mac_key, header.vault_id, salt, page1, 1))
        write_header(folder / HEADER_NAME, header)
    except BaseException:
        remove_quietly(pending, *sidecars(pending))
        raise
    finally:
        wipe(mac_key)
    os.replace(pending, folder / DATABASE_NAME)
    fsync_dir(folder)
    return header


def remove_stale_scratch(folder: Path) -> None:
    """Delete scratch copies and half-built exports a crash left (encrypted, but useless).

    Called once the vault is unlocked: no other program can be using them then.
    """
    for pattern in (f"{SCRATCH_PREFIX}*", f"{EXPORT_PREFIX}*"):
        for path in folder.glob(pattern):
            shutil.rmtree(path, ignore_errors=True)
