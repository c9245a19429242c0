"""Encrypted, verified backups of an open vault, their list, and their rotation.

A backup is a folder ``backups/<UTC time>-<reason>/`` holding a copy of the database
(``journal.db``, same data key), the header that opens it (``vault.header``: the
passphrase and recovery code valid when it was made) and ``backup.json``, a manifest
with numbers only (time, reason, row counts, the features' summary counts such as
``journal.entries``, size and SHA-256 of the database file). A backup folder is itself a
vault folder: it opens like the journal did on the day it was made.

It is built under ``backups/.incomplete-<time>/`` (see ``copying.py``: backup API,
verify, flush) and renamed into place only when complete, so nothing ever sits under a
backup's name unverified. An optional second folder (a USB stick) gets a copy, checked
against the manifest's SHA-256. Rotation keeps the newest backup of each of the last 7
days that have one and of each of the last 4 weeks, the newest backup made before an
upgrade of the tables, and always the two newest backups of all.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from companion.core.errors import CompanionError, StorageFull, VaultLocked
from companion.core.fsutil import atomic_write_bytes, fsync_dir
from companion.core.vault.connection import is_storage_full
from companion.core.vault.copying import (
    copy_database,
    copy_main_file,
    file_sha256,
    table_counts,
    verify_copy,
)
from companion.core.vault.errors import BackupFailed, BackupNotFound
from companion.core.vault.header import encode_header
from companion.core.vault.layout import DATABASE_NAME, HEADER_NAME, create_private_folder
from companion.core.vault.migrations import FeatureSchema, summarize
from companion.core.vault.progress import CancelFn, ProgressFn, Ticker
from companion.core.vault.protocol import OpenVault
from companion.core.vault.state import file_salt_and_page1, read_counter, seal_state
from companion.core.vault.switch import fsync_file
from companion.core.vault.verify import immutable_connection

log = logging.getLogger(__name__)
BACKUPS_DIR = "backups"
MANIFEST_NAME = "backup.json"
MANIFEST_FORMAT = "companion-backup"
MANIFEST_VERSION = 1
MAX_MANIFEST_BYTES = 64 * 1024
INCOMPLETE_PREFIX = ".incomplete-"
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupPolicy:
    """How many backups rotation keeps, and an optional second place for each one."""

    keep_daily: int = 7
    keep_weekly: int = 4
    second_folder: Path | None = None


@dataclass(frozen=True)
class BackupInfo:
    """One backup, as its manifest describes it.

    Attributes:
        path: The backup's folder (a vault folder: ``journal.db`` + ``vault.header``).
        created: When it was made (UTC).
        reason: ``"daily"``, ``"manual"``, ``"upgrade"``, ...
        counts: The features' summary counts, e.g. ``{"journal.entries": 120}``.
        tables: Row count of every table (what verification compares).
        database_bytes: Size of the database copy.
        sha256: Of the database copy, to check it without the key.
        second_copy: Where the second copy went, when one was made.
        second_copy_error: Why a wanted second copy failed (the backup itself is fine).
    """

    path: Path
    created: datetime
    reason: str
    counts: dict[str, int] = field(default_factory=dict)
    tables: dict[str, int] = field(default_factory=dict)
    database_bytes: int = 0
    sha256: str = ""
    second_copy: Path | None = None
    second_copy_error: str | None = None

    @property
    def name(self) -> str:
        """The folder name (unique, sortable by time)."""
        return self.path.name

    @property
    def entries(self) -> int | None:
        """The journal's entry count when the backup was made (None if not recorded)."""
        return self.counts.get("journal.entries")


def backups_folder(vault_folder: Path) -> Path:
    """Where a vault's backups go by default."""
    return vault_folder / BACKUPS_DIR


def _manifest(info: BackupInfo, vault_id: bytes) -> bytes:
    doc = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "created": info.created.isoformat(),
        "reason": info.reason,
        "vault_id": vault_id.hex(),
        "counts": info.counts,
        "tables": info.tables,
        "database_bytes": info.database_bytes,
        "sha256": info.sha256,
    }
    return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _int_map(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if type(v) is int and isinstance(k, str)}


def read_backup(path: Path) -> BackupInfo:
    """Describe the backup in ``path`` (manifest problems fall back to the folder name).

    Raises:
        BackupNotFound: ``path`` holds no backup (no database or no header).
    """
    if not (path / DATABASE_NAME).is_file() or not (path / HEADER_NAME).is_file():
        raise BackupNotFound(path.name)
    doc: Any = {}
    try:
        with open(path / MANIFEST_NAME, "rb") as handle:
            raw = handle.read(MAX_MANIFEST_BYTES + 1)
        if len(raw) <= MAX_MANIFEST_BYTES:
            doc = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        doc = {}
    if not isinstance(doc, dict) or doc.get("format") != MANIFEST_FORMAT:
        doc = {}
    created = _created_from_name(path.name)
    text = doc.get("created")
    if isinstance(text, str):
        try:
            parsed = datetime.fromisoformat(text)
            created = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except ValueError:
            pass
    size, digest = doc.get("database_bytes"), doc.get("sha256")
    reason = doc.get("reason")
    return BackupInfo(
        path=path,
        created=created,
        reason=reason if isinstance(reason, str) else path.name.partition("-")[2] or "unknown",
        counts=_int_map(doc.get("counts")),
        tables=_int_map(doc.get("tables")),
        database_bytes=size if type(size) is int else 0,
        sha256=digest if isinstance(digest, str) else "",
    )


def _created_from_name(name: str) -> datetime:
    try:
        return datetime.strptime(name.partition("-")[0], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromtimestamp(0, UTC)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every complete backup in a backups folder, newest first (missing folder: none)."""
    if not folder.is_dir():
        return []
    infos = []
    for path in folder.iterdir():
        if path.name.startswith(".") or not path.is_dir():
            continue
        try:
            infos.append(read_backup(path))
        except BackupNotFound:
            continue
    return sorted(infos, key=lambda i: (i.created, i.name), reverse=True)


def choose_kept(infos: Sequence[BackupInfo], policy: BackupPolicy) -> set[str]:
    """Names rotation keeps (see the module docstring); pure, so it is easy to test."""
    ordered = sorted(infos, key=lambda i: (i.created, i.name), reverse=True)
    kept: set[str] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    for info in ordered:
        local = info.created.astimezone()
        day, week = local.date(), local.isocalendar()[:2]
        if day not in days and len(days) < policy.keep_daily:
            days.add(day)
            kept.add(info.name)
        if week not in weeks and len(weeks) < policy.keep_weekly:
            weeks.add(week)
            kept.add(info.name)
    # The two newest always stay, so a newest backup that turns out damaged (bit rot on a
    # failing disk) still leaves one to restore.
    kept.update(info.name for info in ordered[:2])
    upgrades = [i for i in ordered if i.reason == "upgrade"]
    if upgrades:
        kept.add(upgrades[0].name)
    return kept


def rotate(folder: Path, policy: BackupPolicy) -> list[str]:
    """Delete the backups rotation does not keep; returns their names."""
    infos = list_backups(folder)
    kept = choose_kept(infos, policy)
    removed = []
    for info in infos:
        if info.name not in kept:
            shutil.rmtree(info.path, ignore_errors=True)
            removed.append(info.name)
    for leftover in folder.glob(f"{INCOMPLETE_PREFIX}*") if folder.is_dir() else []:
        shutil.rmtree(leftover, ignore_errors=True)  # a backup a crash cut short
    if removed:
        fsync_dir(folder)
    return removed


def is_due(folder: Path, now: datetime) -> bool:
    """True when no backup was made on ``now``'s local day (automatic backups: daily)."""
    today = now.astimezone().date()
    return not any(i.created.astimezone().date() == today for i in list_backups(folder))


def make_backup(
    vault: OpenVault,
    *,
    reason: str = "manual",
    folder: Path | None = None,
    policy: BackupPolicy | None = None,
    schemas: Sequence[FeatureSchema] | None = None,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> BackupInfo:
    """Back up an open vault (see the module docstring). Slow: run it off the GUI thread.

    Raises:
        BackupFailed: The copy did not verify; nothing was kept.
        Cancelled: Nothing was kept.
        StorageFull: Nothing was kept.
        VaultLocked: The vault is locked (or in memory: there is nothing to back up).
    """
    ticker = Ticker(progress, cancelled)
    if vault.is_locked or vault.folder is None or vault._dek is None:
        raise VaultLocked
    if vault._mac_key is None or vault.header is None:
        raise VaultLocked
    target_root = folder or backups_folder(vault.folder)
    policy = policy or BackupPolicy()
    created = now or datetime.now(UTC)
    create_private_folder(target_root)
    staging = target_root / f"{INCOMPLETE_PREFIX}{created.strftime(_STAMP)}-{os.getpid()}"
    try:
        create_private_folder(staging)
        database = staging / DATABASE_NAME
        counts, copied = _copy(vault, database, ticker)
        summary = summarize(vault.connection, vault._schemas if schemas is None else schemas)
        digest = verify_copy(database, vault._dek, counts, ticker, digest=copied)
        salt, page1 = file_salt_and_page1(database)
        with immutable_connection(database, vault._dek) as copy:
            counter = read_counter(copy)  # the copy's own: the vault may have moved on
        header = vault.header.with_database(
            seal_state(vault._mac_key, vault.header.vault_id, salt, page1, counter)
        )
        atomic_write_bytes(staging / HEADER_NAME, encode_header(header))
        info = BackupInfo(
            path=_free_name(target_root, f"{created.strftime(_STAMP)}-{_safe(reason)}"),
            created=created,
            reason=_safe(reason),
            counts=summary,
            tables=counts,
            database_bytes=database.stat().st_size,
            sha256=digest,
        )
        atomic_write_bytes(staging / MANIFEST_NAME, _manifest(info, header.vault_id))
        fsync_dir(staging)
        os.replace(staging, info.path)
        fsync_dir(target_root)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError) and is_storage_full(exc):
            raise StorageFull(type(exc).__name__) from exc
        if isinstance(exc, OSError):
            raise BackupFailed(f"{type(exc).__name__} while writing") from exc
        raise
    rotate(target_root, policy)
    if policy.second_folder is not None:
        info = _second_copy(info, policy)
    return info


def _copy(vault: OpenVault, target: Path, ticker: Ticker) -> tuple[dict[str, int], str | None]:
    """The database into ``target`` (see ``copying.py``).

    Returns:
        The rows the copy must hold, and its SHA-256 when the copy computed it.
    """
    assert vault._dek is not None
    assert vault.folder is not None
    if vault._damaged:
        raise BackupFailed("the journal was found damaged; back up nothing from it")
    if vault._network:
        return copy_database(vault.connection, target, vault._dek, ticker), None
    with vault._guard:
        try:
            vault.checkpoint()
        except (CompanionError, OSError, sqlcipher3.Error) as exc:
            # The header could not record a checkpoint (a read-only folder, a full
            # disk): copy through SQLite instead, which reads the WAL as it is.
            log.warning("backup: no checkpoint (%s); copying page by page", type(exc).__name__)
            return copy_database(vault.connection, target, vault._dek, ticker), None
        # Counting reads the live journal while the copy reads the file: both at once.
        # Nothing else touches the connection meanwhile: this thread holds the guard.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="count") as pool:
            counting = pool.submit(table_counts, vault.connection)
            digest = copy_main_file(vault.folder / DATABASE_NAME, target, ticker)
            counts = counting.result()
    return counts, digest


def _free_name(folder: Path, name: str) -> Path:
    """``folder / name``, or ``name-2``, ``name-3``... when two backups share a time."""
    candidate, number = folder / name, 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{name}-{number}"
    return candidate


def _safe(reason: str) -> str:
    cleaned = "".join(ch for ch in reason.lower() if ch.isalnum())[:20]
    return cleaned or "manual"


def _second_copy(info: BackupInfo, policy: BackupPolicy) -> BackupInfo:
    """Copy a finished backup to the second folder; failures are reported, not raised."""
    assert policy.second_folder is not None
    root = policy.second_folder
    staging = root / f"{INCOMPLETE_PREFIX}{info.name}"
    try:
        create_private_folder(root)
        shutil.rmtree(staging, ignore_errors=True)
        create_private_folder(staging)
        for name in (DATABASE_NAME, HEADER_NAME, MANIFEST_NAME):
            shutil.copyfile(info.path / name, staging / name)
            os.chmod(staging / name, 0o600)
            fsync_file(staging / name)
        if file_sha256(staging / DATABASE_NAME) != info.sha256:
            raise BackupFailed("the second copy does not match")
        fsync_dir(staging)
        os.replace(staging, root / info.name)
        fsync_dir(root)
        rotate(root, policy)
    except (OSError, CompanionError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        return _replace(info, second_copy_error=type(exc).__name__)
    return _replace(info, second_copy=root / info.name)


def _replace(info: BackupInfo, **changes: Any) -> BackupInfo:
    return replace(info, **changes)
