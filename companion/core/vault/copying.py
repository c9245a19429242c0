"""Copying an open vault's database into a new, verified file (backups, exports, re-key).

Two ways, both verified the same way afterwards:

* :func:`copy_main_file` (backups and exports, same key): checkpoint first, so that every
  commit is in the main file, then copy that file byte for byte while holding the
  vault's guard. The vault never checkpoints on its own (``connection.py``) and every
  checkpoint takes the guard, so the file cannot change during the copy; what is saved
  meanwhile goes to the WAL and into the next backup. (A copy of ``journal.db`` taken
  while the WAL still held commits had no tables: that is why the checkpoint comes
  first.) It costs what copying a file costs; SQLite's backup API took five times as long
  at 100,000 entries, decrypting and encrypting every page.
* :func:`copy_database` (re-key, and folders on network shares where the file is written
  in place): SQLite's backup API from the vault's connection into a file keyed with the
  given key.

The new file is then verified on connections of its own: ``cipher_integrity_check``
(every page against its HMAC: the copy is intact and opens with the key),
``integrity_check`` (structure, including the FTS5 index) and the row count of every
table against the source. The structure check is by far the slowest part (about 3 s at
100,000 entries), so it runs on a second thread alongside the others.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import sqlcipher3

from companion.core.vault.connection import apply_key, storage_errors
from companion.core.vault.errors import BackupFailed, Cancelled
from companion.core.vault.progress import Ticker
from companion.core.vault.switch import fsync_file
from companion.core.vault.verify import immutable_connection

PAGES_PER_STEP = 1024  # 4 MiB per step: progress and cancel about ten times a second
_HASH_CHUNK = 1024 * 1024


def table_counts(conn: sqlcipher3.Connection) -> dict[str, int]:
    """``{table: rows}`` for every ordinary table (virtual and internal ones left out)."""
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])  # noqa: S608
        for name in names
    }


def new_private_file(path: Path) -> None:
    """Create an empty 0600 file at ``path`` (which must not exist)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    with storage_errors():
        os.close(os.open(path, flags, 0o600))


def copy_database(
    source: sqlcipher3.Connection, target: Path, key: bytearray, ticker: Ticker
) -> dict[str, int]:
    """Copy the database behind ``source`` into a new file keyed with ``key``.

    Args:
        source: The vault's open connection.
        target: A path that does not exist yet (created 0600 here).
        key: The raw key for the copy: the vault's own (backup) or a new one (re-key).
        ticker: Progress in pages, and cancel.

    Returns:
        The source's row counts right after the copy (what the copy must hold).

    Raises:
        Cancelled: The target is removed.
        StorageFull: The target is removed.
    """
    new_private_file(target)
    try:
        dest = sqlcipher3.connect(str(target), check_same_thread=False)
        try:
            apply_key(dest, key)
            dest.execute("PRAGMA temp_store = MEMORY")

            def step(_status: int, remaining: int, total: int) -> None:
                ticker.step(total - remaining, total)

            with storage_errors():
                source.backup(dest, pages=PAGES_PER_STEP, progress=step)
        finally:
            dest.close()
        counts = table_counts(source)
        fsync_file(target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return counts


def copy_main_file(
    source: Path, target: Path, ticker: Ticker, chunk: int = 4 * 1024 * 1024
) -> None:
    """Copy a checkpointed, guarded database file byte for byte (progress in bytes).

    Raises:
        Cancelled, StorageFull: The target is removed.
    """
    new_private_file(target)
    try:
        total = source.stat().st_size
        done = 0
        with open(source, "rb") as src, open(target, "r+b") as dst, storage_errors():
            while block := src.read(chunk):
                dst.write(block)
                done += len(block)
                ticker.step(done, total)
            dst.flush()
            os.fsync(dst.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file (hashlib releases the GIL: fine on a worker thread)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _pages_and_counts(path: Path, key: bytearray, expected: dict[str, int] | None) -> list[str]:
    from companion.core.vault.connection import page_problems

    with immutable_connection(path, key) as conn:
        problems = page_problems(conn)
        if not problems and expected is not None:
            counts = table_counts(conn)
            if counts != expected:
                differ = sorted(
                    k for k in set(counts) | set(expected) if counts.get(k) != expected.get(k)
                )
                problems.append(f"row counts differ in {', '.join(differ)}")
    return problems


def _structure(path: Path, key: bytearray) -> list[str]:
    from companion.core.vault.connection import structure_problems

    with immutable_connection(path, key) as conn:
        return structure_problems(conn)


def verify_copy(path: Path, key: bytearray, expected: dict[str, int] | None, ticker: Ticker) -> str:
    """Verify a copy; returns its SHA-256.

    Raises:
        BackupFailed: A check failed (the caller removes the file).
        Cancelled: Asked to stop (checked before and after; the checks themselves run on).
    """
    ticker.check()
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="verify") as pool:
        structure = pool.submit(_structure, path, key)
        pages = _pages_and_counts(path, key, expected)
        digest = file_sha256(path)
        problems = pages + structure.result()
    if problems:
        raise BackupFailed(f"verify: {len(problems)} problem(s): {problems[0][:120]}")
    ticker.check()
    return digest


__all__ = ["Cancelled", "copy_database", "file_sha256", "table_counts", "verify_copy"]
