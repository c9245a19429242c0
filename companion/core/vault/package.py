"""The encrypted single-file copy of a journal (``.companion``), and opening one.

"Export an encrypted copy" writes one file that holds everything needed to open the
journal elsewhere, and nothing readable without the passphrase or recovery code:

    <name>.companion  (a ZIP archive, stored, not compressed: the data is encrypted)
      companion-journal.json   numbers only: format, version, created, counts, SHA-256
      vault.header             the header (passphrase and recovery code of today)
      journal.db               the encrypted database, verified like a backup

It is made like a backup (``backup.py``: backup API, verify) in a private staging folder
inside the vault folder, then zipped to a temporary name next to the target, flushed and
renamed. Opening checks the archive strictly (exact member names, sizes, the SHA-256)
before anything is unpacked, and unpacks only into a private folder of ours.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from companion.core.errors import VaultDamaged, VaultExists
from companion.core.fsutil import fsync_dir
from companion.core.vault.backup import BackupPolicy, make_backup
from companion.core.vault.copying import file_sha256
from companion.core.vault.errors import NotAnExport
from companion.core.vault.header import MAX_HEADER_BYTES, VaultHeader, parse_header
from companion.core.vault.layout import (
    DATABASE_NAME,
    EXPORT_PREFIX,
    HEADER_NAME,
    create_private_folder,
)
from companion.core.vault.progress import CancelFn, ProgressFn
from companion.core.vault.protocol import OpenVault
from companion.core.vault.switch import STAGING_NAME, fsync_file, install_staged

EXPORT_SUFFIX = ".companion"
EXPORT_MANIFEST = "companion-journal.json"
EXPORT_FORMAT = "companion-journal-file"
EXPORT_VERSION = 1
_MEMBERS = {EXPORT_MANIFEST, HEADER_NAME, DATABASE_NAME}
_MAX_MANIFEST = 64 * 1024
_MAX_DATABASE = 64 * 1024**3  # far above any journal; a bound for a hostile archive


@dataclass(frozen=True)
class ExportInfo:
    """What an encrypted journal file says about itself (numbers only)."""

    path: Path
    created: datetime
    counts: dict[str, int]
    database_bytes: int
    sha256: str

    @property
    def entries(self) -> int | None:
        """The journal's entry count when the file was made."""
        return self.counts.get("journal.entries")


def export_encrypted(
    vault: OpenVault,
    target: Path,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
    overwrite: bool = False,
) -> ExportInfo:
    """Write the encrypted single-file copy of an open vault to ``target``.

    Raises:
        FileExistsError: ``target`` exists and ``overwrite`` is false.
        BackupFailed, Cancelled, StorageFull, VaultLocked: nothing is left at ``target``.
    """
    if target.exists() and not overwrite:
        raise FileExistsError(str(target))
    folder = vault.folder
    if folder is None:
        from companion.core.errors import VaultLocked

        raise VaultLocked
    staging_root = folder / f"{EXPORT_PREFIX}{secrets.token_hex(6)}"
    partial = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        info = make_backup(
            vault,
            reason="export",
            folder=staging_root,
            policy=BackupPolicy(keep_daily=1, keep_weekly=0),
            progress=progress,
            cancelled=cancelled,
        )
        manifest = {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "created": info.created.isoformat(),
            "counts": info.counts,
            "database_bytes": info.database_bytes,
            "sha256": info.sha256,
        }
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr(EXPORT_MANIFEST, json.dumps(manifest, indent=2, sort_keys=True))
            zf.write(info.path / HEADER_NAME, HEADER_NAME)
            zf.write(info.path / DATABASE_NAME, DATABASE_NAME)
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging_root, ignore_errors=True)
    return ExportInfo(target, info.created, info.counts, info.database_bytes, info.sha256)


def _int_map(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if type(v) is int}


def _manifest(zf: zipfile.ZipFile) -> dict[str, Any]:
    raw = zf.read(EXPORT_MANIFEST)
    doc = json.loads(raw.decode("utf-8"))
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise NotAnExport("not a Companion journal file")
    if doc.get("version") != EXPORT_VERSION:
        raise NotAnExport(f"journal file version {doc.get('version')!r} is not supported")
    return doc


def read_export(path: Path) -> tuple[ExportInfo, VaultHeader, bytes]:
    """Check an encrypted journal file without unpacking it.

    Returns:
        What it says about itself, its header, and the header's bytes.

    Raises:
        NotAnExport: Not a Companion journal file, or a damaged one.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            infos = {i.filename: i for i in zf.infolist()}
            if set(infos) != _MEMBERS:
                raise NotAnExport("unexpected contents")
            if infos[EXPORT_MANIFEST].file_size > _MAX_MANIFEST:
                raise NotAnExport("manifest too large")
            if infos[HEADER_NAME].file_size > MAX_HEADER_BYTES:
                raise NotAnExport("header too large")
            if infos[DATABASE_NAME].file_size > _MAX_DATABASE:
                raise NotAnExport("database too large")
            doc = _manifest(zf)
            header_bytes = zf.read(HEADER_NAME)
            header = parse_header(header_bytes)
    except NotAnExport:
        raise
    except VaultDamaged as exc:
        raise NotAnExport(f"header: {exc.reason}") from None
    except (OSError, zipfile.BadZipFile, ValueError, KeyError, RecursionError) as exc:
        raise NotAnExport(f"unreadable ({type(exc).__name__})") from None
    created = datetime.fromtimestamp(0, UTC)
    if isinstance(doc.get("created"), str):
        with contextlib.suppress(ValueError):
            created = datetime.fromisoformat(doc["created"])
    counts = doc.get("counts")
    size, digest = doc.get("database_bytes"), doc.get("sha256")
    info = ExportInfo(
        path=path,
        created=created,
        counts=_int_map(counts),
        database_bytes=size if type(size) is int else 0,
        sha256=digest if isinstance(digest, str) else "",
    )
    if info.database_bytes != infos[DATABASE_NAME].file_size or len(info.sha256) != 64:
        raise NotAnExport("manifest does not match the archive")
    return info, header, header_bytes


def unpack_export(path: Path, folder: Path) -> tuple[ExportInfo, VaultHeader]:
    """Unpack an encrypted journal file into ``folder`` (a new, private vault folder).

    The database is checked against the manifest's SHA-256 before the header is put
    next to it, so a half-unpacked or damaged copy is never a vault.

    Raises:
        NotAnExport: Not a journal file, damaged, or it does not match its manifest.
        VaultExists: ``folder`` already holds a vault.
        StorageFull: Nothing is left behind.
    """
    info, header, header_bytes = read_export(path)
    if (folder / HEADER_NAME).exists() or (folder / DATABASE_NAME).exists():
        raise VaultExists(str(folder))
    create_private_folder(folder)
    staging = folder / STAGING_NAME
    try:
        staging.unlink(missing_ok=True)
        fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with (
            os.fdopen(fd, "wb") as out,
            zipfile.ZipFile(path) as zf,
            zf.open(DATABASE_NAME) as member,
        ):
            shutil.copyfileobj(member, out, 1024 * 1024)
        if file_sha256(staging) != info.sha256:
            raise NotAnExport("the database does not match its manifest")
        install_staged(folder, staging, header_bytes, header)
    except zipfile.BadZipFile as exc:
        raise NotAnExport("damaged archive") from exc
    finally:
        staging.unlink(missing_ok=True)
    return info, header
