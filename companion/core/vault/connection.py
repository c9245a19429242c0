"""The SQLCipher connection recipe (see docs: security.md), step by step, in order.

1. ``connect("file:<path>?mode=rw", uri=True)``: ``rw`` never creates a file on a
   mistyped path; creation is a separate call that makes an empty 0600 file first.
2. Key with the raw-key form ``x'<64 hex>'`` built from a validated 32-byte buffer and
   passed to ``set_key`` (measured: sqlcipher3 0.6.4's ``set_key`` accepts a bytearray
   and honours the raw-key form, so no f-string PRAGMA is needed; passing the 32 raw
   bytes instead would make SQLCipher treat them as a passphrase).
3. ``PRAGMA cipher_version`` must be non-empty (plain SQLite ignores ``PRAGMA key``).
4. Prove the key with a read; with a key that unwrapped correctly a failure here means
   the database itself is damaged. The full page check (``cipher_integrity_check``, an
   HMAC over every page: 620 ms at 100,000 entries) is no longer part of opening:
   SQLCipher authenticates every page it reads anyway, and the vault runs the full check
   with each backup and on request (:func:`page_problems`). The structural checks that
   must come before any write live in ``opening.py``.
5. ``temp_store=MEMORY`` (SQLCipher does not encrypt temp files).
6. WAL (DELETE on network folders), ``synchronous=FULL``, ``foreign_keys``,
   ``secure_delete``, and no automatic checkpoints: the vault checkpoints itself and
   records each checkpoint in the header (``state.py``), so the main file never changes
   behind its back. ``cipher_log_level=NONE`` (a process-wide setting) is set first of
   all, because SQLCipher otherwise writes HMAC failures to stderr.
7. On close: ``wal_checkpoint(TRUNCATE)`` then close, so only the database file remains.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Callable, Iterator, Set
from pathlib import Path

import sqlcipher3

from companion.core.errors import StorageFull

# VaultInUse now lives in companion.core.errors; the alias keeps it importable from here.
from companion.core.errors import VaultInUse as VaultInUse
from companion.core.fsutil import make_private
from companion.core.vault.crypto import KEY_BYTES, new_data_key, wipe
from companion.core.vault.errors import Damage, DatabaseDamaged
from companion.core.vault.netfs import is_network_filesystem

# How long a connection waits for another program's lock before giving up.
BUSY_TIMEOUT_SECONDS = 5.0
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_FULL = 13


def _is_busy(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in str(exc)


_HEX = b"0123456789abcdef"


def raw_key_literal(key: bytearray) -> bytearray:
    """``x'<64 hex>'`` for a 32-byte key, in a bytearray the caller wipes.

    SQLCipher treats a "raw key" of any other length as a passphrase and runs PBKDF2
    on it, silently, so the length is checked here rather than trusted.

    Raises:
        ValueError: ``key`` is not exactly 32 bytes.
    """
    if not isinstance(key, bytearray) or len(key) != KEY_BYTES:
        raise ValueError("a raw database key must be a 32-byte bytearray")
    literal = bytearray(3 + 2 * KEY_BYTES)
    literal[0:2] = b"x'"
    for i, byte in enumerate(key):
        literal[2 + 2 * i] = _HEX[byte >> 4]
        literal[3 + 2 * i] = _HEX[byte & 0x0F]
    literal[-1] = ord("'")
    return literal


def is_storage_full(exc: BaseException) -> bool:
    """True when an SQLite or OS error means the disk (or quota) is full."""
    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    if isinstance(exc, sqlcipher3.Error):
        if getattr(exc, "sqlite_errorcode", None) == SQLITE_FULL:
            return True
        return "database or disk is full" in str(exc)
    return False


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Turn "disk full" from SQLite or the OS into :class:`StorageFull`."""
    try:
        yield
    except (sqlcipher3.Error, OSError) as exc:
        if is_storage_full(exc):
            raise StorageFull(str(exc)) from exc
        raise


def _pragma_value(conn: sqlcipher3.Connection, sql: str) -> object:
    row = conn.execute(sql).fetchone()
    return None if row is None else row[0]


def apply_key(conn: sqlcipher3.Connection, key: bytearray) -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")
    literal = raw_key_literal(key)
    try:
        conn.set_key(literal)
    finally:
        wipe(literal)
    version = _pragma_value(conn, "PRAGMA cipher_version")
    if not version:
        raise RuntimeError("sqlcipher3 is not linked against SQLCipher: refusing to continue")


def _prove(conn: sqlcipher3.Connection) -> None:
    """Step 4: the first real read (``PRAGMA key`` itself accepts any key)."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        if _is_busy(exc):
            raise VaultInUse from exc
        raise DatabaseDamaged(Damage.UNREADABLE, "the key does not open it") from exc
    conn.execute("PRAGMA temp_store = MEMORY")


def _configure(conn: sqlcipher3.Connection, *, network: bool) -> None:
    conn.execute("PRAGMA temp_store = MEMORY")
    # Locking is unreliable on SMB/NFS, and WAL needs shared memory: use a rollback journal.
    conn.execute(f"PRAGMA journal_mode = {'DELETE' if network else 'WAL'}").fetchone()
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    # The vault checkpoints itself (and records it in the header): see state.py.
    conn.execute("PRAGMA wal_autocheckpoint = 0").fetchone()


def _hold_lock(conn: sqlcipher3.Connection) -> None:
    """Keep the database locked against every other connection until this one closes.

    Two windows on one journal (Companion started twice) each saved their own copy of an
    entry, and the later save silently replaced the other's words. With the lock held,
    a second open waits the busy timeout and then gets :class:`VaultInUse`.

    Raises:
        VaultInUse: Another connection holds the database.
    """
    conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchone()
    try:
        # In EXCLUSIVE mode the lock a write transaction takes is kept after COMMIT.
        conn.execute("BEGIN EXCLUSIVE")
        conn.commit()
    except sqlcipher3.OperationalError as exc:
        if _is_busy(exc):
            raise VaultInUse from exc
        raise


def _connect(path: Path, mode: str) -> sqlcipher3.Connection:
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    # The UI unlocks on a worker thread and then uses the connection on the GUI thread;
    # callers must still use it from one thread at a time.
    return sqlcipher3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS)


def _open_proved(path: Path, key: bytearray, mode: str) -> sqlcipher3.Connection:
    try:
        conn = _connect(path, mode)
    except sqlcipher3.Error as exc:
        raise DatabaseDamaged(Damage.UNREADABLE, "cannot be opened") from exc
    try:
        apply_key(conn, key)
        _prove(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def open_readonly(path: Path, key: bytearray) -> sqlcipher3.Connection:
    """Open an existing encrypted database read-only, key proved, nothing configured.

    A read-only connection never checkpoints, so closing it leaves a WAL (and the main
    file) exactly as they were. It may create a ``-shm`` file; see :func:`read_only_peek`.

    Raises:
        VaultDamaged: Missing, unreadable, or the key does not open it.
        VaultInUse: Another program holds the database.
    """
    if not path.is_file():
        raise DatabaseDamaged(Damage.MISSING)
    return _open_proved(path, key, "ro")


@contextlib.contextmanager
def read_only_peek(path: Path, key: bytearray) -> Iterator[sqlcipher3.Connection]:
    """A read-only connection that removes the ``-wal``/``-shm`` it had to create, if any."""
    created = [
        side
        for side in (path.with_name(path.name + "-shm"), path.with_name(path.name + "-wal"))
        if not side.exists()
    ]
    conn = open_readonly(path, key)
    try:
        yield conn
    finally:
        conn.close()
        for side in created:
            with contextlib.suppress(OSError):
                if side.name.endswith("-shm") or side.stat().st_size == 0:
                    side.unlink()


def open_database(
    path: Path,
    key: bytearray,
    before_write: Callable[[sqlcipher3.Connection], None] | None = None,
) -> sqlcipher3.Connection:
    """Open an existing encrypted database read-write with its raw key, key proved.

    Args:
        path: The database file.
        key: Its raw key.
        before_write: Checks to run once the key is proved and before anything is
            configured (switching a rollback-journal file to WAL would write page 1).

    Raises:
        VaultDamaged: Missing, unreadable, or the key does not open it.
        VaultInUse: Another program, or another open vault, holds the database (after
            the busy timeout). Once open, this connection holds it until closed.
        StorageFull: The disk is full.
    """
    if not path.is_file():
        raise DatabaseDamaged(Damage.MISSING)
    conn = _open_proved(path, key, "rw")
    try:
        if before_write is not None:
            before_write(conn)
        with storage_errors():
            _configure(conn, network=is_network_filesystem(path.parent))
        _hold_lock(conn)
    except BaseException:
        conn.close()
        raise
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    for name in (path, wal, shm):
        make_private(name)
    return conn


def create_database(path: Path, key: bytearray) -> sqlcipher3.Connection:
    """Create a new, empty encrypted database at ``path`` (which must not exist).

    The file is created empty with mode 0600 before SQLite sees it, so it is never
    readable by others even for a moment, and its -wal/-shm inherit that mode.

    Raises:
        FileExistsError: Something already exists at ``path``.
        StorageFull: The disk is full.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    with storage_errors():
        os.close(os.open(path, flags, 0o600))
    make_private(path)
    conn = _connect(path, "rw")
    try:
        apply_key(conn, key)
        with storage_errors():
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _configure(conn, network=is_network_filesystem(path.parent))
            # Writing page 1 now makes the file start with SQLCipher's random salt.
            conn.execute("PRAGMA user_version = 0")
            conn.execute("CREATE TABLE _vault_probe (x)")
            conn.execute("DROP TABLE _vault_probe")
            conn.commit()
    except BaseException:
        conn.close()
        raise
    return conn


def open_memory_database() -> sqlcipher3.Connection:
    """An in-memory database keyed with a random raw key; nothing touches the disk.

    Its pages never leave RAM, where they sit decrypted in the page cache exactly like
    the cache of an on-disk vault; the key makes it a SQLCipher connection with the same
    guards (``cipher_version``) and is forgotten at once. Temp store and journal stay in
    memory too.
    """
    conn = sqlcipher3.connect(":memory:", check_same_thread=False)
    key = new_data_key()
    try:
        apply_key(conn, key)
    finally:
        wipe(key)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def close_database(conn: sqlcipher3.Connection, *, checkpoint: bool) -> None:
    """Checkpoint the WAL into the database (TRUNCATE), then close. Never raises on close."""
    try:
        if conn.in_transaction:
            conn.rollback()
        if checkpoint:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlcipher3.Error:
        pass  # closing still releases the file; the WAL is replayed on the next open
    finally:
        conn.close()


def close_keeping_wal(conn: sqlcipher3.Connection, path: Path, key: bytearray) -> None:
    """Close without folding the WAL into the main file (for a database found damaged).

    SQLite checkpoints when the last connection closes, which would write into a file
    that must stay as it is. It skips that when it cannot take the exclusive lock, so a
    read-only connection holds a read transaction while this one closes (read-only
    connections never checkpoint). Falls back to a plain close if that fails.
    """
    reader: sqlcipher3.Connection | None = None
    try:
        if conn.in_transaction:
            conn.rollback()
        conn.execute("PRAGMA locking_mode = NORMAL").fetchone()
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # releases the lock
        reader = _open_proved(path, key, "ro")
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlcipher3.Error, VaultInUse, DatabaseDamaged):
        pass
    finally:
        conn.close()
        if reader is not None:
            with contextlib.suppress(sqlcipher3.Error):
                reader.rollback()
            reader.close()


_FAILED_PAGE = re.compile(r"failed for page (\d+)")


def page_problems(conn: sqlcipher3.Connection, rewritten: Set[int] = frozenset()) -> list[str]:
    """``cipher_integrity_check``: every page of the main file against its HMAC.

    Args:
        conn: A keyed connection to the database.
        rewritten: Pages the WAL holds a newer, checksummed copy of. After a crash in the
            middle of a checkpoint such a page can be torn in the main file; the next
            checkpoint rewrites it, so it is not damage.
    """
    try:
        problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.OperationalError as exc:
        if _is_busy(exc):
            raise VaultInUse from exc
        raise  # interrupted (cancel): the caller decides
    except sqlcipher3.DatabaseError as exc:
        return [f"page check stopped: {type(exc).__name__}"]
    return excuse_rewritten(problems, rewritten)


def excuse_rewritten(problems: list[str], rewritten: Set[int]) -> list[str]:
    """``problems`` without the failed pages that the WAL holds a newer copy of."""
    kept = []
    for problem in problems:
        found = _FAILED_PAGE.search(problem)
        if found is None or int(found.group(1)) not in rewritten:
            kept.append(problem)
    return kept


def structure_problems(conn: sqlcipher3.Connection) -> list[str]:
    """``integrity_check`` (b-trees, indexes, FTS5 index against its content)."""
    return _integrity_check(conn, "PRAGMA integrity_check", "structure check")


def tree_names(conn: sqlcipher3.Connection) -> list[str]:
    """Every table stored as a b-tree (the schema, ordinary tables, FTS5's shadow tables)."""
    rows = conn.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table'"
        " AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
    )
    return ["sqlite_schema", *(str(row[0]) for row in rows)]


def tree_problems(conn: sqlcipher3.Connection, table: str) -> list[str]:
    """``integrity_check`` of one table's b-tree and its indexes (not a virtual table's
    own check: FTS5 re-tokenising every entry is what makes the full check slow)."""
    quoted = '"' + table.replace('"', '""') + '"'
    return _integrity_check(
        conn, f"PRAGMA integrity_check({quoted})", f"structure check of {table}"
    )


def _integrity_check(conn: sqlcipher3.Connection, sql: str, what: str) -> list[str]:
    """The rows of an ``integrity_check`` other than "ok"; a check SQLite could not
    finish is a problem of its own, and a busy database is :class:`VaultInUse`."""
    try:
        rows = [str(row[0]) for row in conn.execute(sql)]
    except sqlcipher3.OperationalError as exc:
        if _is_busy(exc):
            raise VaultInUse from exc
        raise
    except sqlcipher3.DatabaseError as exc:
        return [f"{what} stopped: {type(exc).__name__}"]
    return [row for row in rows if row != "ok"]


def integrity_problems(conn: sqlcipher3.Connection, rewritten: Set[int] = frozenset()) -> list[str]:
    """Both checks: :func:`page_problems` and :func:`structure_problems`; empty = healthy.

    The structure check runs only on pages that passed: over a damaged page it would
    report every tree the page belongs to.
    """
    problems = page_problems(conn, rewritten)
    return problems or structure_problems(conn)


def enable_memory_security() -> bool:
    """Turn on SQLCipher's memory wiping for the rest of the process; True when on.

    With ``cipher_memory_security`` on, SQLCipher zeroes every allocation it frees and
    locks its key material in RAM, so journal text does not linger in freed memory after
    a lock (an independent test found it there). It is process-wide and, once on, cannot
    be turned off, so it is set before any vault opens: guest and public sessions always
    have it (``benchmarks/journal_bench.py`` prints what it costs).
    """
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_memory_security = ON").fetchall()
        return str(_pragma_value(conn, "PRAGMA cipher_memory_security")) == "1"
    finally:
        conn.close()
