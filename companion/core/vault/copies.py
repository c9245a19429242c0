"""Opening another copy of a journal (a backup, an encrypted export) to read from it.

Merging reads a journal that may have been written by an older Companion, so it must be
migrated before it can be read the way this version reads. The copy is therefore never
opened in place: it is copied (still encrypted) into a private scratch folder inside the
vault folder, opened there like any vault (every check of ``opening.py``), migrated, read,
and the scratch folder is deleted afterwards. The source is never written.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

from companion.core.vault.crypto import wipe
from companion.core.vault.errors import NotAnExport
from companion.core.vault.layout import (
    DATABASE_NAME,
    HEADER_NAME,
    SCRATCH_PREFIX,
    create_private_folder,
    load_header,
)
from companion.core.vault.migrations import FeatureSchema
from companion.core.vault.package import unpack_export
from companion.core.vault.restore import unwrap_with
from companion.core.vault.switch import fsync_file
from companion.core.vault.vault import Vault


def _copy_folder(source: Path, target: Path) -> None:
    """Copy a vault folder's header, database and WAL (a backup has no WAL)."""
    if not (source / HEADER_NAME).is_file() or not (source / DATABASE_NAME).is_file():
        raise NotAnExport("no journal in this folder")
    create_private_folder(target)
    for name in (HEADER_NAME, DATABASE_NAME, f"{DATABASE_NAME}-wal"):
        if (source / name).is_file():
            shutil.copyfile(source / name, target / name)
            fsync_file(target / name)


@contextlib.contextmanager
def open_copy(
    source: Path,
    secret: str,
    *,
    scratch_parent: Path,
    schemas: Sequence[FeatureSchema],
) -> Iterator[Vault]:
    """A migrated, unlocked vault over a scratch copy of ``source``; deleted afterwards.

    Args:
        source: A ``.companion`` file, or a folder holding a journal (a backup).
        secret: Its passphrase or recovery code.
        scratch_parent: A private folder for the scratch copy (the vault folder).
        schemas: The features to migrate.

    Raises:
        NotAnExport: Not a journal file or folder.
        WrongPassphrase: ``secret`` opens neither of its slots.
        VaultDamaged, UnsupportedVersion, StorageFull.
    """
    scratch = scratch_parent / f"{SCRATCH_PREFIX}{secrets.token_hex(6)}"
    vault: Vault | None = None
    try:
        if source.is_file():
            unpack_export(source, scratch)
        elif source.is_dir():
            _copy_folder(source, scratch)
        else:
            raise NotAnExport("not found")
        header = load_header(scratch)
        dek = unwrap_with(header, secret)
        try:
            vault = Vault._open(scratch, header, dek, schemas, backup_before_upgrade=False)
        finally:
            wipe(dek)
        yield vault
    finally:
        if vault is not None:
            vault.lock()
        shutil.rmtree(scratch, ignore_errors=True)
