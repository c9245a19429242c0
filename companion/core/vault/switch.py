"""Replacing a vault's database with another one, crash-safe: re-key and restore.

A new database is first built (or copied) under :data:`STAGING_NAME`, verified, flushed
and renamed to :data:`PENDING_NAME`. Then the header is replaced atomically by one that
names the new database's salt (see ``state.py``): **that replace is the switch**. Last,
the pending file is renamed over ``journal.db``. A crash before the switch leaves the old
header and database (the pending file is an unused leftover, removed on the next unlock);
a crash after it leaves a header that names the pending file, and the next unlock
finishes the rename (:func:`finish_pending_switch`). A header and a database that
disagree are never left behind.

Files that are replaced are kept aside, never modified, under ``kept-aside/<time>-<why>/``
when they may hold anything worth keeping (a restore keeps the whole old journal; a WAL
with content is moved there rather than applied to a database it does not belong to).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from companion.core.fsutil import fsync_dir
from companion.core.vault.header import VaultHeader
from companion.core.vault.layout import DATABASE_NAME, HEADER_NAME, remove_quietly, sidecars
from companion.core.vault.state import DB_SALT_BYTES

STAGING_NAME = ".journal.db.staging"
PENDING_NAME = ".journal.db.next"
KEPT_ASIDE = "kept-aside"


def fsync_file(path: Path) -> None:
    """Flush a file's contents to the disk."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _salt(path: Path) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read(DB_SALT_BYTES)
    except OSError:
        return None


def aside_folder(folder: Path, why: str, *, now: datetime | None = None) -> Path:
    """A new, private ``kept-aside/<UTC time>-<why>`` folder inside the vault folder."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / KEPT_ASIDE / f"{stamp}-{why}"
    (folder / KEPT_ASIDE).mkdir(mode=0o700, exist_ok=True)
    target.mkdir(mode=0o700)
    return target


def keep_copy(paths: list[Path], target: Path) -> None:
    """Put an untouched copy of each existing file into ``target`` (a hard link when the
    file system has them: the very same bytes, at no cost)."""
    for path in paths:
        if not path.is_file():
            continue
        destination = target / path.name
        try:
            os.link(path, destination)
        except OSError:
            shutil.copy2(path, destination)
            fsync_file(destination)
    fsync_dir(target)


def _set_sidecars_aside(database: Path, why: str) -> None:
    """Empty sidecars go; a WAL with content is moved aside, never applied elsewhere."""
    folder = database.parent
    target: Path | None = None
    for path in sidecars(database):
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            continue
        if size == 0 or path.name.endswith("-shm"):
            remove_quietly(path)
            continue
        if target is None:
            target = aside_folder(folder, why)
        os.replace(path, target / path.name)
    if target is not None:
        fsync_dir(target)


def finish_pending_switch(folder: Path, header: VaultHeader) -> bool:
    """Complete a switch the header already made; drop a leftover one. True if finished."""
    pending = folder / PENDING_NAME
    remove_quietly(folder / STAGING_NAME, *sidecars(folder / STAGING_NAME))
    if not pending.is_file():
        return False
    state = header.database
    if state is None or _salt(pending) != state.salt:
        # The header never switched to it: a re-key or restore stopped before its switch.
        remove_quietly(pending, *sidecars(pending))
        fsync_dir(folder)
        return False
    database = folder / DATABASE_NAME
    _set_sidecars_aside(database, "replaced-log")
    os.replace(pending, database)
    fsync_dir(folder)
    return True


def stage(source: Path, folder: Path) -> Path:
    """Flush the built database at ``source`` (the staging file) and make it pending."""
    fsync_file(source)
    pending = folder / PENDING_NAME
    os.replace(source, pending)
    fsync_dir(folder)
    return pending


def copy_to_staging(source: Path, folder: Path) -> Path:
    """Copy a verified database file (from a backup) to the staging name."""
    staging = folder / STAGING_NAME
    remove_quietly(staging)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    os.close(os.open(staging, flags, 0o600))
    with open(source, "rb") as src, open(staging, "r+b") as dst:
        shutil.copyfileobj(src, dst, 1024 * 1024)
    return staging


def discard_staging(folder: Path) -> None:
    """Remove a staging or pending file of a switch that will not happen."""
    for name in (STAGING_NAME, PENDING_NAME):
        with contextlib.suppress(OSError):
            remove_quietly(folder / name, *sidecars(folder / name))


def install_staged(folder: Path, staging: Path, header_bytes: bytes, header: VaultHeader) -> None:
    """Make a verified staging database and its header the vault in ``folder``.

    Used where there is no journal yet ("open a journal from a file"): the same staged
    switch as a restore, so an interrupted install is finished or dropped at unlock.
    """
    from companion.core.fsutil import atomic_write_bytes

    try:
        stage(staging, folder)
        atomic_write_bytes(folder / HEADER_NAME, header_bytes)
    except BaseException:
        discard_staging(folder)
        raise
    finish_pending_switch(folder, header)


def header_path(folder: Path) -> Path:
    """The header file of the vault in ``folder``."""
    return folder / HEADER_NAME
