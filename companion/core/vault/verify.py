"""The full check of an open vault, in the background: every page's HMAC, then structure.

The vault's own connection holds an exclusive lock, so this check reads the main file
through a second, *immutable* read-only connection (SQLite takes no lock for it and does
not look at the WAL). The main file only changes at a checkpoint, and checkpoints wait
for the vault's guard, which the check holds: the file it reads is stable, and what the
WAL adds since was checksummed when it was written and is checked again at every unlock.
The journal stays usable meanwhile; locking cancels the check.

Measured at 100,000 entries: pages 0.6 s, structure (with the FTS5 index) about 3 s.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3

from companion.core.errors import VaultLocked
from companion.core.fsutil import fsync_dir
from companion.core.vault.connection import (
    apply_key,
    excuse_rewritten,
    page_problems,
    structure_problems,
)
from companion.core.vault.errors import Cancelled, Damage, DatabaseDamaged
from companion.core.vault.layout import DATABASE_NAME, HEADER_NAME, sidecars
from companion.core.vault.progress import CancelFn, ProgressFn, Ticker
from companion.core.vault.protocol import OpenVault
from companion.core.vault.switch import aside_folder, fsync_file

# SQLite calls the progress handler every this many virtual-machine steps.
_HANDLER_STEPS = 20_000


@contextlib.contextmanager
def immutable_connection(
    path: Path, key: bytearray, stop: Callable[[], bool] | None = None
) -> Iterator[sqlcipher3.Connection]:
    """A read-only connection to the main file alone, taking no lock; ``stop`` interrupts.

    Raises:
        DatabaseDamaged: The key does not open the file.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
    try:
        apply_key(conn, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise DatabaseDamaged(Damage.UNREADABLE, "the key does not open it") from exc
        conn.execute("PRAGMA temp_store = MEMORY")
        if stop is not None:
            conn.set_progress_handler(lambda: 1 if stop() else 0, _HANDLER_STEPS)
        yield conn
    finally:
        conn.close()


def check_file(
    path: Path,
    key: bytearray,
    *,
    rewritten: frozenset[int] = frozenset(),
    ticker: Ticker | None = None,
    stop: Callable[[], bool] | None = None,
) -> list[str]:
    """Pages, then structure, of the database file at ``path``; empty list = healthy.

    Raises:
        Cancelled: ``stop()`` became true while a check ran.
        DatabaseDamaged: The key does not open the file at all.
    """
    ticker = ticker or Ticker(None, None)
    try:
        with immutable_connection(path, key, stop) as conn:
            ticker.step(0, 2)
            found = page_problems(conn)
            problems = excuse_rewritten(found, rewritten)
            ticker.step(1, 2)
            if found and not problems:
                return []  # only torn pages the WAL rewrites; the structure waits for it
            if not problems:
                problems = structure_problems(conn)
            ticker.report(2, 2)
    except sqlcipher3.OperationalError as exc:
        if stop is not None and stop():
            raise Cancelled from exc
        raise
    if stop is not None and stop():
        raise Cancelled
    return problems


def _copy_aside(folder: Path) -> Path:
    """Real copies (never links: the open database may still change) of the vault files."""
    target = aside_folder(folder, "damaged")
    database = folder / DATABASE_NAME
    for path in (database, folder / HEADER_NAME, *sidecars(database)):
        if path.is_file():
            shutil.copy2(path, target / path.name)
            fsync_file(target / path.name)
    fsync_dir(target)
    return target


def verify_vault(
    vault: OpenVault, *, progress: ProgressFn | None = None, cancelled: CancelFn | None = None
) -> None:
    """See :meth:`Vault.verify`."""
    ticker = Ticker(progress, cancelled)
    folder, key = vault.folder, vault._dek
    if vault.is_locked or folder is None or key is None:
        if vault.is_memory and not vault.is_locked:
            return  # nothing on disk to check
        raise VaultLocked

    def stop() -> bool:
        return vault._closing.is_set() or (cancelled is not None and cancelled())

    with vault._guard:
        if vault.is_locked:
            raise VaultLocked
        problems = check_file(
            folder / DATABASE_NAME, key, rewritten=vault._rewritten, ticker=ticker, stop=stop
        )
        if not problems:
            return
        target = _copy_aside(folder)
        vault._damaged = True
    raise DatabaseDamaged(Damage.PAGES, f"{len(problems)} problem(s)", kept_aside=str(target))
