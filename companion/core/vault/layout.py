"""Where a vault's files live, and the file-level steps of opening one."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Sequence
from pathlib import Path

import sqlcipher3

from companion.core.errors import VaultDamaged, VaultNotFound
from companion.core.fsutil import fsync_dir
from companion.core.vault.connection import (
    close_database,
    create_database,
    open_database,
    storage_errors,
)
from companion.core.vault.header import VaultHeader, read_header, write_header
from companion.core.vault.migrations import FeatureSchema, migrate

HEADER_NAME = "vault.header"
DATABASE_NAME = "journal.db"
# The database is built under this name and renamed only after the header is on disk, so
# a crash during creation never leaves a database without a header.
CREATING_NAME = ".journal.db.creating"


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


def open_migrated(
    path: Path, dek: bytearray, schemas: Sequence[FeatureSchema]
) -> sqlcipher3.Connection:
    """Open the database (checked before any write), then bring its features' tables up
    to date."""
    conn = open_database(path, dek)
    try:
        with storage_errors():
            migrate(conn, schemas)
    except BaseException:
        conn.close()
        raise
    return conn


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
) -> None:
    """Build the database under a temporary name, write the header, then rename.

    Crash before the header: the next create throws the half-built file away. Crash
    after it: the next unlock finishes the rename (:func:`finish_interrupted_creation`).
    """
    pending = folder / CREATING_NAME
    remove_quietly(pending, *sidecars(pending))  # left by a crash: no header, no data
    try:
        conn = create_database(pending, dek)
        try:
            with storage_errors():
                migrate(conn, schemas)
        finally:
            close_database(conn, checkpoint=True)
        write_header(folder / HEADER_NAME, header)
    except BaseException:
        remove_quietly(pending, *sidecars(pending))
        raise
    os.replace(pending, folder / DATABASE_NAME)
    fsync_dir(folder)
